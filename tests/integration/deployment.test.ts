/**
 * docs/operator-guide.md's deployment steps, followed literally on a fresh clone by
 * deploy/check-deployment.sh (it clones this checkout's committed HEAD): production mode, the
 * settings read from the file, the form without the demo banner in Chromium, the fingerprint
 * keygen printed equal to the server's, verify-form passing, and `npm start` stopped by its
 * process id leaving no server behind.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

describe('deployment, as the operator guide says', () => {
  it('deploy/check-deployment.sh passes on a fresh clone', async () => {
    const { stdout } = await promisify(execFile)('bash', ['deploy/check-deployment.sh'], {
      cwd: root,
      env: { PATH: process.env.PATH, SCANWITNESS_NODE_MODULES: `${root}node_modules` },
      timeout: 240_000,
    });
    expect(stdout).toContain('ok: production, settings from ');
    expect(stdout).toContain('form without the demo banner');
    expect(stdout).toContain('ok: stopping npm start by its process id stopped the server');
    expect(stdout).toContain('check-deployment: every check passed');
  }, 300_000);
});

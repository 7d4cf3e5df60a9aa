/**
 * `npm start`'s server process as an operator meets it: demo mode on a fresh machine,
 * refusal in production without a key, graceful SIGTERM.
 */
import { mkdtempSync, rmSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

let dir: string;
let child: ServerProcess['proc'] | undefined;

function start(env: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-start-'));
  const s = startServerProcess({ DATA_DIR: dir, ...env });
  child = s.proc;
  return s;
}

afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('server start-up', () => {
  it('demo mode: makes a demo key pair (secret 0600), says so loudly, serves demo: true, stops cleanly on SIGTERM', async () => {
    const s = start({});
    const url = await s.url;
    expect(s.output().stderr).toContain('DEMO MODE');
    expect(statSync(join(dir, 'demo/campaign.key')).mode & 0o777).toBe(0o600);
    const pub = JSON.parse(readFileSync(join(dir, 'demo/campaign.pub'), 'utf8')) as { kid: string };
    const campaign = (await (await fetch(`${url}/api/campaign`)).json()) as { demo: boolean; kid: string };
    expect(campaign).toMatchObject({ demo: true, kid: pub.kid });
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form');
    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('production without a campaign key: refuses to start and says how to make one', async () => {
    const s = start({ NODE_ENV: 'production' });
    await expect(s.url).rejects.toThrow();
    expect(await s.exited).toBe(1);
    expect(s.output().stderr).toContain('npm run keygen');
    expect(s.output().stderr).toContain('CAMPAIGN_PUBLIC_KEY_FILES');
  });

  it('bad configuration: lists every bad variable at once', async () => {
    const s = start({ PORT: 'eighty', EXIT_URL: 'javascript:alert(1)' });
    await expect(s.url).rejects.toThrow();
    expect(await s.exited).toBe(1);
    expect(s.output().stderr).toContain('PORT');
    expect(s.output().stderr).toContain('EXIT_URL');
  });
});

/**
 * Issue #2's end-to-end path through the real CLIs: keygen → seal N reports → POST over
 * HTTP → export from the server's SQLite file → decrypt with the passphrase-protected key.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealReport } from '../../protocol/envelope.js';
import { readPublicKeyFile } from '../../protocol/node/key-files.js';
import { REPORT_SCHEMA_ID, type Report } from '../../protocol/report-schema.js';
import { createApp } from '../../server/app.js';
import { loadCampaign } from '../../server/campaign.js';
import { loadConfig } from '../../server/config.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';

const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (script: string, args: string[]) => {
  const r = spawnSync(tsx, [`scripts/${script}.ts`, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

const N = 12;
const reports: Report[] = Array.from({ length: N }, (_, i) => ({
  schema: REPORT_SCHEMA_ID,
  reporter: { role: i % 2 ? 'witness' : 'subject' },
  incident: { date: `2025-0${1 + (i % 9)}`, force: i % 3 ? 'metropolitan' : 'west-midlands', technology: 'fingerprint' },
  ...(i === 5 ? { narrative: 'x'.repeat(4500) } : { narrative: `report ${i} — café ✓` }),
  outcome: ['released'],
  meta: { lang: 'en' },
}));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-cli-'));
  writeFileSync(join(dir, 'passphrase'), 'correct horse battery staple\n', { mode: 0o600 });
  writeFileSync(join(dir, 'wrong'), 'incorrect horse battery staple\n', { mode: 0o600 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('keygen → seal → POST → export → decrypt', () => {
  it('gives back exactly the N reports (in random-id order: arrival order is kept nowhere)', async () => {
    const keygen = run('keygen', ['--out', join(dir, 'keys'), '--passphrase-file', join(dir, 'passphrase')]);
    expect(keygen.status, keygen.stderr).toBe(0);

    const config = loadConfig({ NODE_ENV: 'production', DATA_DIR: join(dir, 'server'), CAMPAIGN_PUBLIC_KEY_FILES: join(dir, 'keys/campaign.pub') });
    const campaign = await loadCampaign(config);
    const store = openSqliteStore(config.databasePath);
    const app = createApp({ config, campaign, store });
    const { publicKey } = await readPublicKeyFile(join(dir, 'keys/campaign.pub'));
    for (const report of reports) {
      await request(app)
        .post('/api/reports')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(sealReport(report, publicKey)))
        .expect(201);
    }

    const exported = run('export', ['--db', config.databasePath, '--out', join(dir, 'batch.ndjson')]);
    expect(exported.status, exported.stderr).toBe(0);
    store.close();
    const lines = readFileSync(join(dir, 'batch.ndjson'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(N);
    expect(readFileSync(join(dir, 'batch.ndjson'), 'utf8')).not.toContain('café');

    const decrypted = run('decrypt', [
      '--key',
      join(dir, 'keys/campaign.key'),
      '--passphrase-file',
      join(dir, 'passphrase'),
      '--out-dir',
      join(dir, 'out'),
      '--quiet',
      join(dir, 'batch.ndjson'),
    ]);
    expect(decrypted.status, decrypted.stderr).toBe(0);
    const back = readFileSync(join(dir, 'out/reports.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; report: Report });
    const byJson = (a: Report, b: Report) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
    expect(back.map((b) => b.report).sort(byJson)).toEqual([...reports].sort(byJson));
    expect(back.map((b) => b.id)).toEqual(lines.map((l) => (JSON.parse(l) as { id: number }).id));
  });

  it('a wrong passphrase: a clear message, a non-zero exit, no output', () => {
    const r = run('decrypt', [
      '--key',
      join(dir, 'keys/campaign.key'),
      '--passphrase-file',
      join(dir, 'wrong'),
      '--out-dir',
      join(dir, 'out-wrong'),
      join(dir, 'batch.ndjson'),
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('wrong passphrase');
    expect(r.stderr).not.toContain('    at '); // a message, not a stack trace
    expect(existsSync(join(dir, 'out-wrong/reports.ndjson'))).toBe(false);
  });

  it('a tampered line lands in quarantine with its reason; the rest are decrypted; exit 3', () => {
    const lines = readFileSync(join(dir, 'batch.ndjson'), 'utf8').trim().split('\n');
    const victim = JSON.parse(lines[3]!) as { id: number; envelope: { sealed: string } };
    const bytes = Buffer.from(victim.envelope.sealed, 'base64');
    bytes[200] = bytes[200]! ^ 0xff;
    victim.envelope.sealed = bytes.toString('base64');
    lines[3] = JSON.stringify(victim);
    writeFileSync(join(dir, 'tampered.ndjson'), lines.join('\n') + '\n');

    const r = run('decrypt', [
      '--key',
      join(dir, 'keys/campaign.key'),
      '--passphrase-file',
      join(dir, 'passphrase'),
      '--out-dir',
      join(dir, 'out-tampered'),
      join(dir, 'tampered.ndjson'),
    ]);
    expect(r.status).toBe(3);
    expect(r.stderr + r.stdout).toMatch(/quarantine/i);
    const quarantined = readFileSync(join(dir, 'out-tampered/quarantine.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; reason: string; source: string });
    expect(quarantined).toEqual([
      expect.objectContaining({ id: victim.id, reason: 'decryption_failed', source: expect.stringContaining('tampered.ndjson:4') }),
    ]);
    expect(readFileSync(join(dir, 'out-tampered/reports.ndjson'), 'utf8').trim().split('\n')).toHaveLength(N - 1);
  });
});

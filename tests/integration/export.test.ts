/** `npm run export`: the server database's envelopes as a batch file, read-only, never overwriting. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCampaignKeyPair, sealReport } from '../../protocol/envelope.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';
import { seededRandom, syntheticReport } from '../../bench/lib/synthetic-reports.js';

const ROOT = new URL('../..', import.meta.url).pathname;
let dir: string;
let db: string;
const keyPair = generateCampaignKeyPair();
const envelopes = Array.from({ length: 5 }, (_, i) => sealReport(syntheticReport(seededRandom(i), i), keyPair.publicKey));

function exportCli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-export-'));
  db = join(dir, 'data', 'scanwitness.sqlite');
  const store = openSqliteStore(db);
  envelopes.forEach((e, i) => store.insert(e, `2025-04-0${i + 1}`));
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run export', () => {
  it('writes every envelope as a batch line, 0600, and leaves the database untouched', () => {
    const before = readFileSync(db);
    const out = join(dir, 'all.ndjson');
    const r = exportCli('--db', db, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`export: 5 envelopes written to ${out}\n`);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    const parsed = lines.map((l) => JSON.parse(l) as { id: number; receivedOn: string; envelope: unknown });
    const bySealed = (a: { envelope: unknown }, b: { envelope: unknown }) =>
      (a.envelope as { sealed: string }).sealed < (b.envelope as { sealed: string }).sealed ? -1 : 1;
    expect(parsed.map(({ receivedOn, envelope }) => ({ receivedOn, envelope })).sort(bySealed)).toEqual(
      envelopes.map((envelope, i) => ({ receivedOn: `2025-04-0${i + 1}`, envelope })).sort(bySealed),
    );
    // Random ids, in id order: no order of arrival.
    expect(parsed.map((p) => p.id)).toEqual(parsed.map((p) => p.id).sort((a, b) => a - b));
    expect(lines[0]!.startsWith(`{"id":${parsed[0]!.id},"receivedOn":"${parsed[0]!.receivedOn}","envelope":{"v":1,"kid":`)).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('refuses to overwrite, and says so', () => {
    const out = join(dir, 'existing.ndjson');
    writeFileSync(out, 'keep me');
    const r = exportCli('--db', db, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/already exists; export never overwrites/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });

  it('a missing database is a clear error, not a new empty file', () => {
    const r = exportCli('--db', join(dir, 'nope.sqlite'), '--out', join(dir, 'x.ndjson'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot open database .*nope\.sqlite read-only/);
  });
});

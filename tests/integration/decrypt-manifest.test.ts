/**
 * `npm run decrypt` checks each batch file against the manifest `npm run fetch` wrote beside it.
 * Real batches from a real fetch against a listening server, damaged the ways a copy, an editor or
 * a full disk damages them, and the real CLI in a child process: a file cut at a line boundary
 * decrypts without a single quarantined line, so only the manifest can catch it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSecretKeyFile } from '../../protocol/node/key-files.js';
import { fetchBatches } from '../../scripts/transfer/fetch-batches.js';
import { digestBatchFile } from '../../scripts/decrypt/manifest-check.js';
import { makeAnalystServer, storeReports } from '../helpers/analyst.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const COUNT = 25;

let dir: string;
let pristine: string;
let server: string;
/** The three batch names fetch chose (batch-<server identity>-00000n), and each one's ids. */
let B1: string, B2: string, B3: string;
let idsOf: Record<string, number[]>;

function decrypt(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/decrypt.ts', '--key', join(dir, 'campaign.key'), '--jobs', '1', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let counter = 0;
/** A fresh copy of the fetched batches folder, and an output folder that does not exist yet. */
function copyBatches(): { batches: string; out: string } {
  counter += 1;
  const batches = join(dir, `batches-${counter}`);
  cpSync(pristine, batches, { recursive: true });
  return { batches, out: join(dir, `out-${counter}`) };
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean);
}

function decryptedIds(out: string): number[] {
  return lines(join(out, 'reports.ndjson')).map((l) => (JSON.parse(l) as { id: number }).id);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-decrypt-manifest-'));
  pristine = join(dir, 'pristine');
  const t = makeAnalystServer();
  try {
    server = await t.listen();
    storeReports(t, COUNT);
    const result = await fetchBatches({ server, outDir: pristine, signer: t.analyst.signer, limit: 10 });
    expect(result.batches.map((b) => [b.sequence, b.count])).toEqual([
      [1, 10],
      [2, 10],
      [3, 5],
    ]);
    [B1, B2, B3] = result.batches.map((b) => `batch-${b.serverId}-${String(b.sequence).padStart(6, '0')}`) as [string, string, string];
    idsOf = Object.fromEntries([B1, B2, B3].map((b) => [b, lines(join(pristine, `${b}.ndjson`)).map((l) => (JSON.parse(l) as { id: number }).id)]));
    writeFileSync(join(dir, 'campaign.key'), JSON.stringify(await makeSecretKeyFile('campaign-encryption', t.keyPair.publicKey, t.keyPair.secretKey, null)), {
      mode: 0o600,
    });
  } finally {
    await t.close();
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run decrypt checks fetch manifests', () => {
  it('batches that match their manifests decrypt, and the summary says how many were checked', () => {
    const { batches, out } = copyBatches();
    const r = decrypt('--out-dir', out, batches);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/25 reports written, 0 quarantined/);
    expect(r.stdout).toMatch(/manifests: {2}all 3 batch files match their fetch manifest \(SHA-256, line count\)/);
    expect(decryptedIds(out)).toEqual([...idsOf[B1]!, ...idsOf[B2]!, ...idsOf[B3]!]);
  });

  it('a file cut short exactly at a line boundary: named, expected and actual count and hash, what to do; exit 4, nothing written', () => {
    const { batches, out } = copyBatches();
    const file = join(batches, `${B2}.ndjson`);
    const manifest = JSON.parse(readFileSync(join(batches, `${B2}.manifest.json`), 'utf8')) as { sha256: string };
    const cut = `${lines(file).slice(0, 8).join('\n')}\n`;
    writeFileSync(file, cut);
    // Every line left is a whole, valid envelope: without the manifest this run would exit 0.
    const r = decrypt('--out-dir', out, batches);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^decrypt: 1 batch file does not match the manifest fetch wrote with it; nothing was decrypted:\n/);
    expect(r.stderr).toContain(`${file}: 8 envelope lines, the manifest says 10 (2 fewer: cut short, or lines deleted)`);
    expect(r.stderr).toContain(`SHA-256 ${createHash('sha256').update(cut).digest('hex')}, the manifest says ${manifest.sha256}`);
    expect(r.stderr).toMatch(/\n {2}- restore the \.ndjson and its \.manifest\.json from your backup, or\n/);
    expect(r.stderr).toContain(`- ask the operator of ${server} for \`npm run export\` of the database (it holds them only\n`);
    expect(r.stderr).toMatch(/- if you changed a file on purpose, run decrypt with --no-manifest-check\.\n$/);
    expect(r.stderr).not.toMatch(new RegExp(`${B1}|${B3}`));
    expect(existsSync(out)).toBe(false);
    // Why the check exists: unchecked, the same folder decrypts "completely", two reports short.
    const unchecked = decrypt('--out-dir', out, '--no-manifest-check', batches);
    expect(unchecked.code).toBe(0);
    expect(unchecked.stdout).toMatch(/23 reports written, 0 quarantined/);
  });

  it('analyse --key reading batch files makes the same check: exit 4 and no report for a file cut short', () => {
    const { batches, out } = copyBatches();
    const analyse = (...inputs: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyse.ts', '--key', join(dir, 'campaign.key'), '--out', out, ...inputs], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const inputs = [`${B1}.ndjson`, `${B2}.ndjson`].map((f) => join(batches, f));
    const whole = analyse(...inputs);
    expect(whole.stderr).toMatch(/^analysed 20 reports/m);
    expect(whole.status).toBe(0);
    rmSync(out, { recursive: true, force: true });
    writeFileSync(inputs[1]!, `${lines(inputs[1]!).slice(0, 8).join('\n')}\n`);
    const cut = analyse(...inputs);
    expect(cut.status).toBe(4);
    expect(cut.stderr).toContain(`${inputs[1]}: 8 envelope lines, the manifest says 10`);
    expect(cut.stderr).toContain('analyse has no such option');
    expect(existsSync(out)).toBe(false);
  });

  it('one line edited (still a valid envelope): a hash mismatch with the same count; --no-manifest-check lets it through, and says so', () => {
    const { batches, out } = copyBatches();
    const file = join(batches, `${B1}.ndjson`);
    const edited = lines(file).map((l, i) => (i === 2 ? l.replace('"receivedOn":"2025-10-01"', '"receivedOn":"2025-09-30"') : l));
    expect(edited[2]).toContain('2025-09-30');
    writeFileSync(file, `${edited.join('\n')}\n`);
    const r = decrypt('--out-dir', out, batches);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`${file}: the right number of lines (10) but different bytes: a line was edited or replaced; SHA-256 `);
    expect(existsSync(out)).toBe(false);

    const forced = decrypt('--out-dir', out, '--no-manifest-check', batches);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/manifests: {2}not checked \(--no-manifest-check\)/);
    expect(decryptedIds(out)).toHaveLength(COUNT);
  });

  it('lists every problem at once: a duplicated line, a file swapped for another, a swapped manifest', () => {
    const { batches, out } = copyBatches();
    const first = join(batches, `${B1}.ndjson`);
    const second = join(batches, `${B2}.ndjson`);
    const third = join(batches, `${B3}.ndjson`);
    appendFileSync(first, `${lines(first).at(-1)!}\n`);
    copyFileSync(join(pristine, `${B1}.ndjson`), second);
    copyFileSync(join(pristine, `${B1}.manifest.json`), join(batches, `${B3}.manifest.json`));
    const r = decrypt('--out-dir', out, batches);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^decrypt: 3 batch files do not match the manifest fetch wrote with them; nothing was decrypted:\n/);
    expect(r.stderr).toContain(`${first}: 11 envelope lines, the manifest says 10 (1 more: lines duplicated or added)`);
    expect(r.stderr).toContain(`${second}: the right number of lines (10) but different bytes`);
    const serverId = B1.split('-')[1];
    expect(r.stderr).toContain(
      `${third}: its manifest is for batch 1 of server ${serverId}, not the batch 3 of server ${serverId} in the file's name (files renamed or swapped?)`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('a damaged manifest is a clear error naming it and what is wrong; exit 4', () => {
    const { batches, out } = copyBatches();
    const notJson = join(batches, `${B1}.manifest.json`);
    writeFileSync(notJson, '{"count": 10, "sha256": ');
    const fields = join(batches, `${B3}.manifest.json`);
    const manifest = JSON.parse(readFileSync(fields, 'utf8')) as Record<string, unknown>;
    writeFileSync(fields, JSON.stringify({ ...manifest, count: '5', sha256: 'abc', server: undefined }));
    const r = decrypt('--out-dir', out, batches);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(new RegExp(`${B1}\\.ndjson: its manifest ${notJson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged: not JSON`));
    expect(r.stderr).toContain(
      `${B3}.ndjson: its manifest ${fields} is damaged: "count" is not a whole number above 0, "sha256" is not 64 lowercase hex digits, "server" is missing`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('files without a manifest decrypt as before; a fetch-named one gets a warning, an export file does not', () => {
    const { batches, out } = copyBatches();
    unlinkSync(join(batches, `${B3}.manifest.json`));
    const exported = join(dir, `export-${counter}.ndjson`);
    writeFileSync(exported, readFileSync(join(pristine, `${B3}.ndjson`)));
    const r = decrypt('--out-dir', out, join(batches, `${B1}.ndjson`), join(batches, `${B3}.ndjson`));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `decrypt: warning: ${join(batches, `${B3}.ndjson`)} has no manifest beside it (fetch writes one for every batch), so it is not checked\n`,
    );
    expect(r.stdout).toMatch(/manifests: {2}1 of 2 batch files match their fetch manifest \(SHA-256, line count\); 1 had none, not checked/);
    expect(decryptedIds(out)).toEqual([...idsOf[B1]!, ...idsOf[B3]!]);

    const plain = decrypt('--out-dir', join(dir, `out-export-${counter}`), exported);
    expect(plain.stderr).toBe('');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/5 reports written, 0 quarantined/);
    expect(plain.stdout).toMatch(/manifests: {2}none \(1 batch file without a fetch manifest, not checked\)/);
  });

  it('documents the check, exit 4 and --no-manifest-check in --help', () => {
    const help = decrypt('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/\n {2}4 {2}a batch file does not match its fetch manifest/);
    expect(help.stdout).toMatch(/--no-manifest-check/);
  });
});

describe('digestBatchFile', () => {
  it('hashes and counts lines in one streamed pass, across read chunks, skipping blank lines', async () => {
    const path = join(dir, 'big.ndjson');
    // Lines of ~300 KiB: several cross the 1 MiB read chunks; blank and whitespace-only lines are not counted.
    const long = (i: number) => `{"id":${i},"pad":"${'x'.repeat(300 * 1024)}"}`;
    const text = `${long(1)}\n\n${long(2)}\n  \r\n${long(3)}\n${long(4)}\n${long(5)}`;
    writeFileSync(path, text);
    expect(await digestBatchFile(path)).toEqual({
      sha256: createHash('sha256').update(text).digest('hex'),
      lines: 5,
      bytes: Buffer.byteLength(text),
      endsWithNewline: false,
    });
    writeFileSync(path, '');
    expect(await digestBatchFile(path)).toMatchObject({ lines: 0, bytes: 0, endsWithNewline: false });
  });
});

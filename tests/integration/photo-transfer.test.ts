/**
 * Photos from upload to the analyst's folder (docs/photos.md): a witness's sealed photo and the
 * report naming it go over real HTTP; `fetchBatches` brings the batches and the sealed photos
 * (then acknowledges them); the real decrypt CLI writes photos/<report id>/<n>.jpg after checking
 * length and SHA-256 from inside the report — and names a missing, truncated, altered or
 * reordered photo in its output and exit status (3) instead of skipping it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64 } from '../../protocol/base64.js';
import { sealReport } from '../../protocol/envelope.js';
import { makeSecretKeyFile } from '../../protocol/node/key-files.js';
import { chunkPath, UPLOADS_PATH } from '../../protocol/photo-upload.js';
import type { PhotoReference } from '../../protocol/photo-reference.js';
import { sealPhoto, SEALED_CHUNK_BYTES } from '../../protocol/sealed-photo.js';
import { fetchBatches } from '../../scripts/transfer/fetch-batches.js';
import { makeAnalystServer, report, type AnalystTestServer } from '../helpers/analyst.js';
import { PHOTO_FIXTURES } from '../fixtures/generate-photo-fixtures.js';

const ROOT = new URL('../..', import.meta.url).pathname;
let t: AnalystTestServer;
let dir: string;
let fetched: string;
let reportId: number;
const photos: { bytes: Uint8Array; ref: PhotoReference; sealed: Uint8Array }[] = [];

function decrypt(out: string, input: string) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/decrypt.ts', '--key', join(dir, 'campaign.key'), '--passphrase-file', join(dir, 'pass'), '--out-dir', out, input],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Seal and upload one photo as the form does; returns what the report will say about it. */
async function uploadPhoto(bytes: Uint8Array): Promise<void> {
  const { key, chunks } = sealPhoto(bytes);
  const res = await fetch(`${t.url}${UPLOADS_PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ size: chunks.length * SEALED_CHUNK_BYTES }),
  });
  const { id } = (await res.json()) as { id: string };
  for (const [n, chunk] of chunks.entries()) {
    const put = await fetch(`${t.url}${chunkPath(id, n)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: Buffer.from(chunk),
    });
    expect(put.status).toBe(204);
  }
  const ref = { upload: id, key: toBase64(key), bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), type: 'image/jpeg' as const };
  const sealed = new Uint8Array(chunks.length * SEALED_CHUNK_BYTES);
  chunks.forEach((c, i) => sealed.set(c, i * SEALED_CHUNK_BYTES));
  photos.push({ bytes, ref, sealed });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-photo-transfer-'));
  t = makeAnalystServer({ DELETE_AFTER_EXPORT: 'true', UPLOAD_MIN_FREE_BYTES: '1MB' });
  await t.listen();
  writeFileSync(join(dir, 'pass'), 'correct horse\n', { mode: 0o600 });
  writeFileSync(
    join(dir, 'campaign.key'),
    JSON.stringify(await makeSecretKeyFile('campaign-encryption', t.keyPair.publicKey, t.keyPair.secretKey, 'correct horse', { N: 1024, r: 8, p: 1 })),
    { mode: 0o600 },
  );
  await uploadPhoto(new Uint8Array(readFileSync(PHOTO_FIXTURES.jpeg)));
  await uploadPhoto(new Uint8Array(300 * 1024).map((_, i) => (i * 7) % 251)); // two chunks
  const envelope = sealReport({ ...report('with two photos'), photos: photos.map((p) => p.ref) }, t.keyPair.publicKey);
  expect(
    (await fetch(`${t.url}/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(envelope) })).status,
  ).toBe(201);
  fetched = join(dir, 'batches');
  const result = await fetchBatches({ server: t.url, outDir: fetched, signer: t.analyst.signer });
  expect(result).toMatchObject({ fetched: 1, photos: 2 });
  reportId = JSON.parse(readFileSync(result.batches[0]!.file, 'utf8')).id as number;
}, 120_000);

afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fetched folder whose sealed photo `i` is replaced by `change(sealed)` (null: removed). */
function tampered(name: string, i: number, change: (sealed: Uint8Array) => Uint8Array | null): string {
  const copy = join(dir, name);
  spawnSync('cp', ['-a', fetched, copy]);
  const path = join(copy, 'photos', `${photos[i]!.ref.upload}.sealed`);
  const changed = change(new Uint8Array(readFileSync(path)));
  if (changed === null) rmSync(path);
  else writeFileSync(path, changed);
  return copy;
}

describe('fetch and decrypt with photos', () => {
  it('fetch stores the sealed photos (ciphertext only) and acknowledges them: the server deletes them', () => {
    const files = readdirSync(join(fetched, 'photos')).sort();
    expect(files).toEqual(photos.map((p) => `${p.ref.upload}.sealed`).sort());
    for (const p of photos) expect(new Uint8Array(readFileSync(join(fetched, 'photos', `${p.ref.upload}.sealed`)))).toEqual(p.sealed);
    expect(t.store.photos.count()).toBe(0);
  });

  it('decrypt writes each photo to photos/<report id>/<n>.jpg, byte for byte, and exits 0', () => {
    const out = join(dir, 'out-ok');
    const r = decrypt(out, fetched);
    expect(r.stderr, r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('photos:     2 written');
    for (const [i, p] of photos.entries()) expect(new Uint8Array(readFileSync(join(out, 'photos', String(reportId), `${i + 1}.jpg`)))).toEqual(p.bytes);
  });

  it('a sealed photo no report names (the witness removed it before sending) is counted and said, not opened; exit 0', () => {
    const input = tampered('batches-unnamed', 0, (s) => s);
    writeFileSync(join(input, 'photos', `${'ab'.repeat(16)}.sealed`), photos[0]!.sealed);
    const out = join(dir, 'out-unnamed');
    const r = decrypt(out, input);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('photos:     2 written');
    expect(r.stdout).toContain('1 sealed photo(s) beside the batches named by no report here, not opened');
    expect(readdirSync(join(out, 'photos', String(reportId))).sort()).toEqual(['1.jpg', '2.jpg']);
  });

  it.each([
    ['missing', (s: Uint8Array) => (s.length > 0 ? null : s), 'missing'],
    ['truncated', (s: Uint8Array) => s.subarray(0, s.length - 100), 'truncated'],
    ['altered', (s: Uint8Array) => s.map((b, i) => (i === 1000 ? b ^ 1 : b)), 'altered'],
    ['reordered', (s: Uint8Array) => new Uint8Array([...s.subarray(SEALED_CHUNK_BYTES), ...s.subarray(0, SEALED_CHUNK_BYTES)]), 'altered'],
    ['cut to its first chunk', (s: Uint8Array) => s.subarray(0, SEALED_CHUNK_BYTES), 'truncated'],
  ])('the photo %s: named in the output with exit 3, and the other photo is still written', (name, change, reason) => {
    const input = tampered(`batches-${name.replace(/ /g, '-')}`, 1, change);
    const out = join(dir, `out-${name.replace(/ /g, '-')}`);
    const r = decrypt(out, input);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`photo 2 of report ${reportId} (upload ${photos[1]!.ref.upload}): ${reason}`);
    expect(r.stdout).toContain('1 photo(s) not written');
    expect(existsSync(join(out, 'photos', String(reportId), '1.jpg'))).toBe(true);
    expect(existsSync(join(out, 'photos', String(reportId), '2.jpg'))).toBe(false);
  });
});

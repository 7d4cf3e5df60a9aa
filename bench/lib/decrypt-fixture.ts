/**
 * The benchmark's input: N synthetic reports sealed to a bench-only campaign key, as one batch
 * file, plus an unprotected secret key file (so scrypt is not part of the measurement). Made
 * once and cached: sealing a million reports takes a while.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCampaignKeyPair, keyId } from '../../protocol/envelope.js';
import { toBase64 } from '../../protocol/base64.js';
import { writeBatchLine } from '../../protocol/batch-file.js';
import { makeSecretKeyFile } from '../../protocol/node/key-files.js';
import { pad } from '../../protocol/padding.js';
import { loadSealer } from '../../protocol/node/sodium-opener.js';
import { seededRandom, syntheticReport } from './synthetic-reports.js';

export interface DecryptFixture {
  batchPath: string;
  keyPath: string;
  count: number;
}

export async function ensureFixture(cacheDir: string, count: number, log: (m: string) => void): Promise<DecryptFixture> {
  mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  const batchPath = join(cacheDir, `batch-${count}.ndjson`);
  const keyPath = join(cacheDir, 'bench.key');
  // One bench key for every size, derived from a fixed seed so cached batches stay valid.
  const seed = seededRandom(20250601);
  const keyPair = generateCampaignKeyPair((n) => Uint8Array.from({ length: n }, () => Math.floor(seed() * 256)));
  if (!existsSync(keyPath)) {
    writeFileSync(keyPath, JSON.stringify(await makeSecretKeyFile('campaign-encryption', keyPair.publicKey, keyPair.secretKey, null)), { mode: 0o600 });
  }
  if (existsSync(batchPath)) return { batchPath, keyPath, count };

  const { seal, backend } = loadSealer();
  log(`generating ${count} envelopes with ${backend} into ${batchPath} (cached for next time)…`);
  const partial = `${batchPath}.partial`;
  const out = createWriteStream(partial, { mode: 0o600 });
  const random = seededRandom(count);
  const kid = keyId(keyPair.publicKey);
  const encoder = new TextEncoder();
  let chunk = '';
  for (let i = 0; i < count; i++) {
    const sealed = seal(pad(encoder.encode(JSON.stringify(syntheticReport(random, i)))), keyPair.publicKey);
    chunk += writeBatchLine({ id: i + 1, receivedOn: '2025-06-01', envelope: { v: 1, kid, sealed: toBase64(sealed) } });
    if (chunk.length > 4 * 1024 * 1024 || i === count - 1) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
    if (i > 0 && i % 100_000 === 0) log(`  ${i}…`);
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  renameSync(partial, batchPath);
  return { batchPath, keyPath, count };
}

/**
 * Baseline for bench/decrypt.ts: bare sodium-native crypto_box_seal_open in a loop over
 * pre-decoded sealed boxes — no I/O, no parsing, no validation, a reused output buffer. This is
 * the ceiling decrypt is measured against. Run as a worker thread (one per core) or inline.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

interface Sodium {
  crypto_box_seal_open(m: Uint8Array, c: Uint8Array, pk: Uint8Array, sk: Uint8Array): boolean;
}

export interface RawJob {
  sealed: Uint8Array[];
  publicKey: Uint8Array;
  secretKey: Uint8Array;
  durationMs: number;
}

/** Open boxes round-robin for about `durationMs`; returns how many opened and the exact time taken. */
export function rawOpenLoop(job: RawJob): { ops: number; ms: number } {
  // The bench measures libsodium itself, so it calls it directly rather than through protocol/.
  const sodium = createRequire(import.meta.url)('sodium-native') as Sodium;
  const outputs = new Map<number, Uint8Array>();
  for (const s of job.sealed) if (!outputs.has(s.length)) outputs.set(s.length, new Uint8Array(s.length - 48));
  const started = performance.now();
  let ops = 0;
  let elapsed = 0;
  while (elapsed < job.durationMs) {
    for (let i = 0; i < 256; i++) {
      const sealed = job.sealed[ops % job.sealed.length]!;
      if (!sodium.crypto_box_seal_open(outputs.get(sealed.length)!, sealed, job.publicKey, job.secretKey)) throw new Error('bench envelope did not open');
      ops += 1;
    }
    elapsed = performance.now() - started;
  }
  return { ops, ms: elapsed };
}

if (parentPort && (workerData as { entry?: string } | null)?.entry?.includes('decrypt-raw-worker')) {
  const job = workerData as RawJob & { entry: string };
  parentPort.once('message', () => parentPort!.postMessage(rawOpenLoop(job)));
}

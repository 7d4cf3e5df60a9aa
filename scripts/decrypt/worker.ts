/**
 * A decrypt worker thread: receives batches of raw lines, opens each with openLine, and posts
 * the results back in the same order. Started by pipeline.ts through worker-boot.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CampaignKeyPair } from '../../protocol/envelope.js';
import { loadSealOpener, type CryptoBackendChoice } from '../../protocol/node/sodium-opener.js';
import { DIGEST_BYTES, openLineBytes, type FailedLine, type LineResult, type OpenContext, type OpenedLine } from './open-line.js';

export interface WorkerInit {
  entry: string;
  keys: { kid: string; publicKey: Uint8Array; secretKey: Uint8Array }[];
  backend: CryptoBackendChoice;
  withSql: boolean;
}

/** A batch of lines: bytes[offsets[2i] .. offsets[2i+1]] is line i. */
export interface BatchMessage {
  seq: number;
  bytes: Uint8Array;
  offsets: Int32Array;
  flags: Uint8Array;
}

/** A batch's results, packed so that the main thread does little more than write them. */
export interface BatchResultMessage {
  type: 'result';
  seq: number;
  /** Per line: 1 if it opened, 2 if it opened as an answer to a reply (its line is in `answers`), 0 if it failed (its details are in `failures`). */
  opened: Uint8Array;
  /** Per line: the batch line's id (opened lines). */
  ids: Float64Array;
  /** DIGEST_BYTES per line; meaningful for opened lines only. */
  digests: Uint8Array;
  failures: (FailedLine & { index: number })[];
  /**
   * Decrypted NDJSON of the opened lines as UTF-8, each ending in a newline; `ndjsonEnds[i]` is
   * the byte where line i's part ends. Bytes, transferred: the main thread writes them as they
   * are, without copying or encoding a string.
   */
  ndjson: Uint8Array;
  ndjsonEnds: Int32Array;
  /** CSV records of the opened lines, likewise. */
  csv: Uint8Array;
  csvEnds: Int32Array;
  /** Per opened line, in order, when SQLite output is on. */
  sql?: NonNullable<OpenedLine['sql']>[];
  /** The answers.ndjson lines of the answers, in order, without newlines. */
  answers: string[];
}

export type WorkerMessage = { type: 'ready'; backend: string; fallbackReason?: string } | BatchResultMessage | { type: 'error'; message: string };

const port = parentPort!;

/**
 * A batch's output as UTF-8 bytes, written as each line is made: no string of the whole batch
 * builds up on the heap for the garbage collector to copy between generations. One per output,
 * reused from batch to batch; `take` copies the batch's bytes out to transfer.
 */
class ByteWriter {
  private bytes = Buffer.allocUnsafeSlow(1 << 20);
  length = 0;

  write(text: string): void {
    // A UTF-16 unit is at most 3 UTF-8 bytes.
    if (this.bytes.length - this.length < text.length * 3) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.length + text.length * 3));
      this.bytes.copy(bigger, 0, 0, this.length);
      this.bytes = bigger;
    }
    this.length += this.bytes.write(text, this.length);
  }

  /** The bytes written since the last take, in an exact-size buffer of their own (transferable). */
  take(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    out.set(this.bytes.subarray(0, this.length));
    this.length = 0;
    return out;
  }
}
const ndjson = new ByteWriter();
const csv = new ByteWriter();

const init = workerData as WorkerInit;
const keyring = new Map<string, CampaignKeyPair>(init.keys.map((k) => [k.kid, { publicKey: k.publicKey, secretKey: k.secretKey }]));

let opener;
try {
  // openLine consumes each plaintext (inside openEnvelope) before the next open.
  opener = loadSealOpener(init.backend, { reuseOutput: true });
} catch (e) {
  port.postMessage({ type: 'error', message: (e as Error).message } satisfies WorkerMessage);
  process.exit(1);
}
const ctx: OpenContext = { keyring, open: opener.open, withSql: init.withSql };
port.postMessage({
  type: 'ready',
  backend: opener.backend,
  ...(opener.fallbackReason ? { fallbackReason: opener.fallbackReason } : {}),
} satisfies WorkerMessage);

port.on('message', (batch: BatchMessage) => {
  const count = batch.flags.length;
  const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  const opened = new Uint8Array(count);
  const ids = new Float64Array(count);
  const digests = new Uint8Array(count * DIGEST_BYTES);
  const failures: BatchResultMessage['failures'] = [];
  const ndjsonEnds = new Int32Array(count);
  const csvEnds = new Int32Array(count);
  const sql: NonNullable<OpenedLine['sql']>[] = [];
  const answers: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = batch.offsets[2 * i]!;
    const end = batch.offsets[2 * i + 1]!;
    let result: LineResult;
    try {
      result = openLineBytes({ bytes, start, end, flags: batch.flags[i]!, digest: digests.subarray(i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES) }, ctx);
    } catch (e) {
      // A bug, not bad input: quarantine the line (so it is counted and kept) rather than stop the run.
      result = {
        ok: false,
        id: null,
        reason: 'internal_error',
        message: `unexpected error: ${(e as Error).message}`,
        line: bytes.toString('utf8', start, end),
      };
    }
    if (result.ok && result.answer) {
      opened[i] = 2;
      ids[i] = result.id;
      answers.push(result.json);
    } else if (result.ok) {
      opened[i] = 1;
      ids[i] = result.id;
      ndjson.write(`${result.json}\n`);
      csv.write(result.csv);
      if (result.sql) sql.push(result.sql);
    } else {
      failures.push({ ...result, index: i });
    }
    ndjsonEnds[i] = ndjson.length;
    csvEnds[i] = csv.length;
  }
  const ndjsonBytes = ndjson.take();
  const csvBytes = csv.take();
  const message: BatchResultMessage = {
    type: 'result',
    seq: batch.seq,
    opened,
    ids,
    digests,
    failures,
    ndjson: ndjsonBytes,
    ndjsonEnds,
    csv: csvBytes,
    csvEnds,
    ...(init.withSql ? { sql } : {}),
    answers,
  };
  port.postMessage(message satisfies WorkerMessage, [
    opened.buffer,
    ids.buffer,
    digests.buffer,
    ndjsonEnds.buffer,
    csvEnds.buffer,
    ndjsonBytes.buffer,
    csvBytes.buffer,
  ]);
});

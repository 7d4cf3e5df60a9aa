/**
 * A decrypt worker thread: receives batches of raw lines, opens each with openLine, and posts
 * the results back in the same order. Started by pipeline.ts through worker-boot.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CampaignKeyPair } from '../../../protocol/envelope.js';
import { loadSealOpener, type CryptoBackendChoice } from '../../../protocol/sodium-opener.js';
import { stringify } from 'csv-stringify/sync';
import { csvRecordEnds, type CsvCell } from './columns.js';
import { DIGEST_BYTES, openLine, type FailedLine, type LineResult, type OpenedLine } from './open-line.js';

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
  /** Per line: 1 if it opened, 0 if it failed (its details are in `failures`). */
  opened: Uint8Array;
  /** Per line: the batch line's id (opened lines). */
  ids: Float64Array;
  /** DIGEST_BYTES per line; meaningful for opened lines only. */
  digests: Uint8Array;
  failures: (FailedLine & { index: number })[];
  /** Decrypted NDJSON of the opened lines, each ending in a newline; `ndjsonEnds[i]` is where line i's part ends. */
  ndjson: string;
  ndjsonEnds: Int32Array;
  /** CSV records of the opened lines, likewise. */
  csv: string;
  csvEnds: Int32Array;
  /** Per opened line, in order, when SQLite output is on. */
  sql?: NonNullable<OpenedLine['sql']>[];
}

export type WorkerMessage =
  | { type: 'ready'; backend: string; fallbackReason?: string }
  | BatchResultMessage
  | { type: 'error'; message: string };

const port = parentPort!;
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
const open = opener.open;
port.postMessage({ type: 'ready', backend: opener.backend, ...(opener.fallbackReason ? { fallbackReason: opener.fallbackReason } : {}) } satisfies WorkerMessage);

port.on('message', (batch: BatchMessage) => {
  const count = batch.flags.length;
  const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  const opened = new Uint8Array(count);
  const ids = new Float64Array(count);
  const digests = new Uint8Array(count * DIGEST_BYTES);
  const failures: BatchResultMessage['failures'] = [];
  const ndjsonEnds = new Int32Array(count);
  const csvEnds = new Int32Array(count);
  const records: CsvCell[][] = [];
  const sql: NonNullable<OpenedLine['sql']>[] = [];
  let ndjson = '';
  for (let i = 0; i < count; i++) {
    const text = bytes.toString('utf8', batch.offsets[2 * i]!, batch.offsets[2 * i + 1]!);
    let result: LineResult;
    try {
      result = openLine(text, batch.flags[i]!, keyring, open, digests.subarray(i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES), init.withSql);
    } catch (e) {
      // A bug, not bad input: quarantine the line (so it is counted and kept) rather than stop the run.
      result = { ok: false, id: null, reason: 'internal_error', message: `unexpected error: ${(e as Error).message}`, line: text };
    }
    if (result.ok) {
      opened[i] = 1;
      ids[i] = result.id;
      ndjson += `${result.json}\n`;
      records.push(result.cells);
      if (result.sql) sql.push(result.sql);
    } else {
      failures.push({ ...result, index: i });
    }
    ndjsonEnds[i] = ndjson.length;
  }
  const csv = records.length > 0 ? stringify(records) : '';
  const recordEnds = csvRecordEnds(csv, records.length);
  for (let i = 0, r = 0, end = 0; i < count; i++) {
    if (opened[i]) end = recordEnds[r++]!;
    csvEnds[i] = end;
  }
  const message: BatchResultMessage = { type: 'result', seq: batch.seq, opened, ids, digests, failures, ndjson, ndjsonEnds, csv, csvEnds, ...(init.withSql ? { sql } : {}) };
  port.postMessage(message satisfies WorkerMessage, [opened.buffer, ids.buffer, digests.buffer, ndjsonEnds.buffer, csvEnds.buffer]);
});

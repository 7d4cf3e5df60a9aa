/**
 * decrypt's engine: batch files in, decrypted NDJSON / CSV / optional SQLite and a quarantine
 * file out.
 *
 *   main thread: read lines → batches of ≤256 lines ─┬→ worker 1 ─┐
 *                                                     └→ worker N ─┴→ main thread: in input order,
 *                                                                     dedup, write outputs
 *
 * Memory stays constant: at most 2 batches in flight per worker, results are written in input
 * order as soon as the oldest batch is back, and every write waits for the disk (backpressure).
 * Output order is input order, so two runs over the same files give identical outputs.
 */
import { Worker } from 'node:worker_threads';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { base64EncodedLength } from '../../protocol/base64.js';
import { decryptedReportJson } from '../../protocol/batch-file.js';
import { SEALED_LENGTHS } from '../../protocol/envelope-schema.js';
import type { CryptoBackendChoice } from '../../protocol/node/sodium-opener.js';
import { readBatches, type LineBatch } from './batch-reader.js';
import { DigestSet } from './digest-set.js';
import { DIGEST_BYTES, type QuarantineReason } from './open-line.js';
import { openOutputs, type Outputs, type SqlRow } from './outputs.js';
import type { UnlockedKey } from './keys.js';
import type { BatchMessage, BatchResultMessage, WorkerInit, WorkerMessage } from './worker.js';

export interface DecryptOptions {
  files: readonly string[];
  keys: readonly UnlockedKey[];
  outDir: string;
  sqlitePath?: string;
  /** Worker threads (default: all cores). */
  jobs?: number;
  backend?: CryptoBackendChoice;
  batchLines?: number;
  onProgress?: (progress: DecryptProgress) => void;
  /** Checked between batches; when it returns true the run stops and its outputs are deleted. */
  shouldStop?: () => boolean;
}

export interface DecryptProgress {
  bytesDone: number;
  bytesTotal: number;
  opened: number;
  quarantined: number;
  duplicates: number;
}

export interface DecryptSummary {
  /** Non-blank lines read. */
  lines: number;
  /** Distinct reports written to the outputs. */
  opened: number;
  /** Envelopes identical to one already written: counted once, listed in the quarantine file. */
  duplicates: number;
  /** Lines that could not be opened or validated (duplicates not included). */
  quarantined: number;
  /** Witnesses' answers to replies, written to answers.ndjson, not counted in `opened`. */
  answers: number;
  reasons: Partial<Record<QuarantineReason, number>>;
  backend: string;
  fallbackReason?: string;
  jobs: number;
  seconds: number;
  outputs: Outputs['paths'];
}

export class DecryptStoppedError extends Error {
  constructor() {
    super('stopped before the end; the partial outputs were deleted');
    this.name = 'DecryptStoppedError';
  }
}

const WORKER_BOOT = new URL('./worker-boot.mjs', import.meta.url);
const WORKER_ENTRY = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;
const IN_FLIGHT_PER_WORKER = 2;
const utf8 = new TextDecoder();
/** No batch line is shorter than the base64 of the smallest sealed box. */
const MIN_LINE_BYTES = base64EncodedLength(Math.min(...SEALED_LENGTHS));
/** 2 million slots: 1.5 million envelopes, 40 MB; a larger input grows the set as it goes. */
const MAX_PRESIZED_SLOTS = 2_000_000;
// A small young generation: each batch's garbage is collected within a few batches instead of
// piling up to V8's default before a scavenge (peak RSS). 16 MiB: 8 cost ~7 % throughput in
// scavenges, 32 adds ~30 MiB of RSS for 1–2 % (docs/performance.md).
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

interface PoolWorker {
  worker: Worker;
  inFlight: number;
  waiting: Map<number, { resolve: (r: BatchResultMessage) => void; reject: (e: Error) => void }>;
}

async function startWorkers(count: number, init: Omit<WorkerInit, 'entry'>): Promise<{ workers: PoolWorker[]; backend: string; fallbackReason?: string }> {
  const workers: PoolWorker[] = [];
  const ready: Promise<{ backend: string; fallbackReason?: string }>[] = [];
  for (let i = 0; i < count; i++) {
    const worker = new Worker(WORKER_BOOT, { workerData: { ...init, entry: WORKER_ENTRY } satisfies WorkerInit, resourceLimits: WORKER_LIMITS });
    const pw: PoolWorker = { worker, inFlight: 0, waiting: new Map() };
    workers.push(pw);
    ready.push(
      new Promise((resolve, reject) => {
        const failAll = (e: Error) => {
          reject(e);
          for (const w of pw.waiting.values()) w.reject(e);
          pw.waiting.clear();
        };
        worker.on('message', (m: WorkerMessage) => {
          if (m.type === 'ready') resolve(m);
          else if (m.type === 'error') failAll(new Error(m.message));
          else {
            const waiter = pw.waiting.get(m.seq);
            pw.waiting.delete(m.seq);
            pw.inFlight -= 1;
            waiter?.resolve(m);
          }
        });
        worker.on('error', (e) => failAll(e));
        worker.on('exit', (code) => failAll(new Error(`decrypt worker stopped unexpectedly (exit code ${code})`)));
      }),
    );
  }
  try {
    const first = (await Promise.all(ready))[0]!;
    return { workers, ...first };
  } catch (e) {
    await Promise.all(workers.map((w) => w.worker.terminate()));
    throw e;
  }
}

function dispatch(workers: PoolWorker[], batch: LineBatch, seq: number): Promise<BatchResultMessage> {
  const pw = workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
  pw.inFlight += 1;
  const message: BatchMessage = { seq, bytes: batch.bytes, offsets: batch.offsets, flags: batch.flags };
  return new Promise((resolve, reject) => {
    pw.waiting.set(seq, { resolve, reject });
    pw.worker.postMessage(message, [batch.bytes.buffer as ArrayBuffer]);
  });
}

/** Decrypt every line of every file. Throws (after deleting partial outputs) if the run cannot finish. */
export async function decryptFiles(options: DecryptOptions): Promise<DecryptSummary> {
  const started = performance.now();
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  let bytesTotal = 0;
  for (const file of options.files) bytesTotal += (await stat(file)).size;

  const outputs = await openOutputs(options.outDir, options.sqlitePath);
  let pool: Awaited<ReturnType<typeof startWorkers>> | undefined;
  const summary: DecryptSummary = {
    lines: 0,
    opened: 0,
    duplicates: 0,
    quarantined: 0,
    answers: 0,
    reasons: {},
    backend: '',
    jobs,
    seconds: 0,
    outputs: outputs.paths,
  };
  const write = batchWriter(outputs, summary, bytesTotal, options.onProgress);
  try {
    pool = await startWorkers(jobs, {
      keys: options.keys.map((k) => ({ kid: k.kid, publicKey: k.publicKey, secretKey: k.secretKey })),
      backend: options.backend ?? 'auto',
      withSql: options.sqlitePath !== undefined,
    });
    summary.backend = pool.backend;
    if (pool.fallbackReason) summary.fallbackReason = pool.fallbackReason;
    await decryptInOrder(options, pool.workers, jobs, write);
    if (options.shouldStop?.()) throw new DecryptStoppedError();
    await outputs.close();
  } catch (e) {
    await outputs.discard();
    throw e;
  } finally {
    if (pool) await Promise.all(pool.workers.map((w) => w.worker.terminate()));
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

type WriteBatch = (batch: LineBatch, result: BatchResultMessage) => Promise<void>;

/**
 * Every batch of every file to the workers, at most IN_FLIGHT_PER_WORKER each at a time; the
 * results are written in input order, each as soon as it and all before it are back.
 */
async function decryptInOrder(options: DecryptOptions, workers: PoolWorker[], jobs: number, write: WriteBatch): Promise<void> {
  const queue: { batch: LineBatch; result: Promise<BatchResultMessage> }[] = [];
  let seq = 0;
  for (const file of options.files) {
    for await (const batch of readBatches(file, { maxLines: options.batchLines ?? 256 })) {
      if (options.shouldStop?.()) throw new DecryptStoppedError();
      const result = dispatch(workers, batch, seq++);
      // Keep the promise handled even while it waits its turn (a worker may fail meanwhile).
      result.catch(() => undefined);
      queue.push({ batch, result });
      while (queue.length >= jobs * IN_FLIGHT_PER_WORKER) {
        const head = queue.shift()!;
        await write(head.batch, await head.result);
      }
    }
  }
  for (const head of queue) await write(head.batch, await head.result);
}

/** Writes one batch's results to every output: duplicates counted once and cut out, failures quarantined; then reports progress. */
function batchWriter(outputs: Outputs, summary: DecryptSummary, bytesTotal: number, onProgress: DecryptOptions['onProgress']): WriteBatch {
  const progress: DecryptProgress = { bytesDone: 0, bytesTotal, opened: 0, quarantined: 0, duplicates: 0 };
  // Sized up front for the most envelopes the input can hold (capped): growing by doubling would
  // leave it up to half empty, and hold the old and the new table at once while it grows.
  const seen = new DigestSet(Math.min(MAX_PRESIZED_SLOTS, Math.ceil((bytesTotal / MIN_LINE_BYTES) * (4 / 3))));
  return async (batch, result) => {
    const { quarantine, duplicate, answers } = tallyBatch(batch, result, seen, summary);
    let { ndjson, csv } = result;
    if (duplicate) {
      // Rare: cut the duplicates out of the batch's bytes.
      ndjson = withoutLines(ndjson, result.ndjsonEnds, duplicate);
      csv = withoutLines(csv, result.csvEnds, duplicate);
    }
    const sqlRows = result.sql ? sqlRowsOf(result, result.sql, duplicate) : [];
    await Promise.all([outputs.reports.write(ndjson), outputs.csv.write(csv), outputs.quarantine.write(quarantine), outputs.answers.write(answers)]);
    outputs.sqlite?.insert(sqlRows);
    progress.bytesDone = Math.min(bytesTotal, progress.bytesDone + batch.inputBytes);
    progress.opened = summary.opened;
    progress.quarantined = summary.quarantined;
    progress.duplicates = summary.duplicates;
    onProgress?.(progress);
  };
}

/**
 * Count each line of a batch in `summary` (opened, duplicate of one already written, or
 * quarantined with its reason); returns the quarantine file's lines for the batch and, when
 * any line is a duplicate, a mask of them (1 = cut it out).
 */
function tallyBatch(
  batch: LineBatch,
  { opened, ids, digests, failures, answers: answerLines }: BatchResultMessage,
  seen: DigestSet,
  summary: DecryptSummary,
): { quarantine: string; duplicate: Uint8Array | undefined; answers: string } {
  const count = opened.length;
  let quarantine = '';
  let answers = '';
  let duplicate: Uint8Array | undefined;
  let failure = 0;
  let answer = 0;
  for (let i = 0; i < count; i++) {
    if (opened[i]) {
      const firstId = seen.addOrGet(digests, i * DIGEST_BYTES, ids[i]!);
      const line = opened[i] === 2 ? answerLines[answer++]! : undefined;
      if (firstId === -1 && line !== undefined) {
        summary.answers += 1;
        answers += `${line}\n`;
      } else if (firstId === -1) {
        summary.opened += 1;
      } else {
        (duplicate ??= new Uint8Array(count))[i] = 1;
        summary.duplicates += 1;
        quarantine += `${JSON.stringify({ source: `${batch.file}:${batch.lineNumbers[i]}`, id: ids[i], reason: 'duplicate', message: `same sealed bytes as report id ${firstId}, already written: counted once` })}\n`;
      }
    } else {
      const r = failures[failure++]!;
      summary.quarantined += 1;
      summary.reasons[r.reason] = (summary.reasons[r.reason] ?? 0) + 1;
      quarantine += `${JSON.stringify({ source: `${batch.file}:${batch.lineNumbers[i]}`, id: r.id, reason: r.reason, message: r.message, ...(r.line !== undefined ? { line: r.line } : {}) })}\n`;
    }
  }
  summary.lines += count;
  return { quarantine, duplicate, answers };
}

/** `bytes` without the lines marked in `drop` (line i ends at ends[i]). */
function withoutLines(bytes: Uint8Array, ends: Int32Array, drop: Uint8Array): Buffer {
  const kept: Uint8Array[] = [];
  for (let i = 0, start = 0; i < drop.length; start = ends[i]!, i++) if (!drop[i]) kept.push(bytes.subarray(start, ends[i]));
  return Buffer.concat(kept);
}

/** The SQLite rows of the opened lines that are not duplicates, each with its decrypted report's JSON. */
function sqlRowsOf(result: BatchResultMessage, sql: NonNullable<BatchResultMessage['sql']>, duplicate: Uint8Array | undefined): SqlRow[] {
  const { opened, ids, ndjsonEnds } = result;
  const rows: SqlRow[] = [];
  for (let i = 0, r = 0, start = 0; i < opened.length; start = ndjsonEnds[i]!, i++) {
    if (opened[i] !== 1) continue; // failed, or an answer (no SQL row)
    const row = sql[r++]!;
    if (duplicate?.[i]) continue;
    const line = utf8.decode(result.ndjson.subarray(start, ndjsonEnds[i]!));
    rows.push({ id: ids[i]!, json: decryptedReportJson(line, ids[i]!, row.receivedOn), ...row });
  }
  return rows;
}

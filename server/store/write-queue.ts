/**
 * Group commit over the store: reports that arrive together are written in ONE transaction,
 * so the server pays one durable sync (synchronous = FULL) per batch instead of one per report,
 * and throughput grows with concurrency instead of with sync calls. Each caller's promise is
 * resolved only after the commit holding its report returned — a 201 still survives a power cut.
 *
 * A batch is written when `maxBatch` reports are waiting or `maxWaitMs` after the first one
 * arrived, whichever comes first; with `maxWaitMs` 0, as soon as the event loop has read every
 * request already waiting (setImmediate). No added delay is needed for batches to form: while
 * one commit blocks the event loop, the next requests pile up and make the next batch.
 */
import type { NewEnvelope, ReportStore } from './report-store.js';

/** The queue is closed (the server is stopping): the report was NOT stored. */
export class WriteQueueClosedError extends Error {
  constructor() {
    super('the server is stopping; the report was not stored');
    this.name = 'WriteQueueClosedError';
  }
}

export interface WriteQueueOptions {
  maxBatch: number;
  maxWaitMs: number;
  /** Told how many reports each durable commit stored (for the rate that sets proof-of-work difficulty). */
  onCommitted?: (count: number) => void;
}

interface Waiting {
  row: NewEnvelope;
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class WriteQueue {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  private closed = false;

  constructor(
    private readonly store: ReportStore,
    private readonly options: WriteQueueOptions,
  ) {}

  /** Resolves once `row` is committed durably; rejects if it was not stored (nothing half-written). */
  add(row: NewEnvelope): Promise<void> {
    if (this.closed) return Promise.reject(new WriteQueueClosedError());
    return new Promise((resolve, reject) => {
      this.waiting.push({ row, resolve, reject });
      if (this.waiting.length >= this.options.maxBatch) this.flush();
      else this.timer ??= this.options.maxWaitMs > 0 ? setTimeout(() => this.flush(), this.options.maxWaitMs) : setImmediate(() => this.flush());
    });
  }

  /** Reports queued but not yet committed. */
  get pending(): number {
    return this.waiting.length;
  }

  /**
   * Stop taking reports (later ones are rejected with WriteQueueClosedError) and commit every
   * one already queued, now. After this returns, everything acknowledged or about to be is on disk.
   */
  close(): void {
    this.closed = true;
    this.flush();
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer as NodeJS.Timeout);
      clearImmediate(this.timer as NodeJS.Immediate);
    }
    this.timer = undefined;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return;
    try {
      this.store.insertMany(batch.map((w) => w.row));
    } catch (e) {
      // One transaction: nothing of this batch was stored, and every sender is told so.
      for (const w of batch) w.reject(e);
      return;
    }
    this.options.onCommitted?.(batch.length);
    for (const w of batch) w.resolve();
  }
}

import type { Envelope } from '../../protocol/envelope-schema.js';

/** One stored envelope, as handed to analysts. `receivedOn` is a UTC day, nothing finer. */
export interface StoredEnvelope {
  id: number;
  receivedOn: string;
  envelope: Envelope;
}

/** One envelope waiting to be stored. */
export interface NewEnvelope {
  envelope: Envelope;
  receivedOn: string;
}

/** What routes need from storage (STYLE.md §6). SQL lives in sqlite-store.ts. */
export interface ReportStore {
  insert(envelope: Envelope, receivedOn: string): number;
  /**
   * Store many envelopes in ONE transaction (one durable commit for all: the write queue's
   * group commit), written in a random order so their order on disk is not their arrival order.
   * All or none: if it throws, nothing of the batch was stored.
   */
  insertMany(rows: readonly NewEnvelope[]): void;
  /** Envelopes with id > afterId, oldest first. */
  listAfter(afterId: number, limit: number): StoredEnvelope[];
  /** Delete envelopes with id <= upToId; returns how many were deleted. */
  deleteUpTo(upToId: number): number;
  count(): number;
  close(): void;
}

/** The UTC day of `now`: the only time the server keeps. */
export function utcDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

import type { PhotoStore } from './photo-store.js';
import type { Envelope } from '../../protocol/envelope-schema.js';

/**
 * One stored envelope, as handed to analysts. `id` is random (docs/batch-transfer.md: ids carry
 * no arrival order); `receivedOn` is a UTC day, nothing finer.
 */
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

/** What one GET response body carried to one analyst key, recorded before it is sent. */
export interface Delivery {
  /** Random, 32 hex digits; the analyst acknowledges it once the batch is safely on disk. Null: nothing to send, nothing recorded. */
  batchId: string | null;
  envelopes: StoredEnvelope[];
}

export interface AckResult {
  /** Envelopes of the batch recorded as acknowledged by this key (0 when already acknowledged). */
  acked: number;
  /** Envelopes deleted because every required key has now acknowledged them. */
  deleted: number;
  alreadyAcknowledged: boolean;
}

/** What routes need from storage (docs/architecture.md, "Storage"). SQL lives in this folder: sqlite-store.ts, sqlite-export-reader.ts. */
export interface ReportStore {
  /** This database's random identity (32 hex digits), created with it and stored in it. */
  readonly serverId: string;
  /** Sealed photos, in the same database (server/store/photo-store.ts). */
  readonly photos: PhotoStore;
  /** Store one envelope under a new random id; returns the id. */
  insert(envelope: Envelope, receivedOn: string): number;
  /**
   * Store many envelopes in ONE transaction (one durable commit for all: the write queue's
   * group commit), written in a random order so their order on disk is not their arrival order.
   * All or none: if it throws, nothing of the batch was stored.
   */
  insertMany(rows: readonly NewEnvelope[]): void;
  /**
   * Up to `limit` envelopes `analystKid` has not acknowledged, recorded durably as delivered to
   * that key under a new batch id. No envelopes: nothing is recorded and batchId is null.
   */
  deliver(analystKid: string, limit: number, receivedOn: string): Delivery;
  /**
   * `analystKid` has stored batch `batchId`. Null when no such batch was delivered to this key
   * (nothing changes). With `deleteWhenAckedBy`, each envelope of the batch that every key in it
   * has now acknowledged is deleted and erased (secure_delete, WAL wiped).
   */
  acknowledge(analystKid: string, batchId: string, deleteWhenAckedBy: readonly string[] | null): AckResult | null;
  /** Delete envelopes every key in `kids` has acknowledged (the list of keys may have shrunk). */
  deleteAckedByAll(kids: readonly string[]): number;
  /** Delete envelopes received before `day` (YYYY-MM-DD): the retention limit. */
  deleteReceivedBefore(day: string): number;
  /** Forget batches delivered before `day`: acknowledging one afterwards is refused as unknown. */
  forgetBatchesBefore(day: string): void;
  /**
   * Bytes the database holds on disk that new rows cannot reuse: its pages minus the free ones,
   * plus its -wal and -shm files (the WAL can grow well past the database while a reader holds it).
   */
  storedBytes(): number;
  /** Envelopes `analystKid` has not acknowledged: how many, and the UTC day the oldest arrived (null when none). */
  unacknowledged(analystKid: string): { count: number; oldestDay: string | null };
  /** Every stored envelope (tests, inspection), in id order — which is no order at all. */
  list(limit: number): StoredEnvelope[];
  count(): number;
  close(): void;
}

/** The UTC day of `now`: the only time the server keeps. */
export function utcDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

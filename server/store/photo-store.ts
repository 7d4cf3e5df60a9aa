/**
 * What routes may ask of storage about sealed photos (docs/photos.md, "On the server"). The SQL
 * is in sqlite-photos.ts, in the same database and under the same guarantees as the envelopes:
 * random ids, UTC days only, deleted (and erased) once every analyst key has stored them.
 */

/** As ReportStore's AckResult (its own type so the two interfaces do not import each other). */
export interface PhotoAckResult {
  acked: number;
  deleted: number;
  alreadyAcknowledged: boolean;
}

export interface UploadRow {
  id: string;
  size: number;
  received: number;
  complete: boolean;
}

export interface StoredPhoto {
  id: string;
  receivedOn: string;
  size: number;
}

export type ChunkResult = { ok: true; upload: UploadRow } | { ok: false; reason: 'unknown' | 'complete' | 'out_of_order'; upload: UploadRow | null };

export interface PhotoStore {
  /** A new upload of `size` sealed bytes (a bucket's size) under a new random id. */
  create(size: number, createdOn: string): UploadRow;
  get(id: string): UploadRow | null;
  /**
   * Store chunk `n` of upload `id` (one transaction, durable before it returns). Only the next
   * chunk is taken; the last one makes the upload complete.
   */
  putChunk(id: string, n: number, bytes: Uint8Array, chunkCount: number): ChunkResult;
  /** Sum of the sizes of every upload, complete or not: what MAX_UPLOAD_BYTES is compared to. */
  reservedBytes(): number;
  /** Up to `limit` complete photos `analystKid` has not acknowledged, recorded as delivered to it under a new batch id. */
  deliver(analystKid: string, limit: number, day: string): { batchId: string | null; photos: StoredPhoto[] };
  /** The sealed bytes of a complete photo, or null. */
  read(id: string): Buffer | null;
  /** As ReportStore.acknowledge, for a photo batch. */
  acknowledge(analystKid: string, batchId: string, deleteWhenAckedBy: readonly string[] | null): PhotoAckResult | null;
  deleteAckedByAll(kids: readonly string[]): number;
  /** Delete uploads still incomplete that were created before `day`. */
  deleteIncompleteBefore(day: string): number;
  /** Delete these uploads if they are still incomplete (idle ones, server/routes/uploads.ts); how many were. */
  deleteIfIncomplete(ids: readonly string[]): number;
  /** Delete every photo created before `day` (RETENTION_DAYS). */
  deleteCreatedBefore(day: string): number;
  forgetBatchesBefore(day: string): void;
  count(): number;
}

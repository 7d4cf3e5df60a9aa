/**
 * The acknowledgement rule, one copy for report batches (sqlite-store.ts) and photo batches
 * (sqlite-photos.ts): a batch delivered to this key is marked acknowledged once; each item in it
 * is recorded as stored by the key and erased when every key in `deleteWhenAckedBy` has stored it.
 * Runs inside the caller's transaction.
 */
import type { Statement } from 'better-sqlite3';

export interface AckStatements<Id> {
  /** (batchId, analystKid) → { acked } */
  findBatch: Statement;
  /** (batchId) → [{ id }]: the batch's items still stored */
  batchItems: Statement;
  /** (batchId) */
  markAcked: Statement;
  /** (id, analystKid) */
  insertAck: Statement;
  ackedByAllOf: (kids: readonly string[]) => (id: Id) => boolean;
  erase: (id: Id) => void;
}

export function acknowledgeBatch<Id>(
  s: AckStatements<Id>,
  analystKid: string,
  batchId: string,
  deleteWhenAckedBy: readonly string[] | null,
): { acked: number; deleted: number; alreadyAcknowledged: boolean } | null {
  const batch = s.findBatch.get(batchId, analystKid) as { acked: number } | undefined;
  if (!batch) return null;
  if (batch.acked === 1) return { acked: 0, deleted: 0, alreadyAcknowledged: true };
  const ids = (s.batchItems.all(batchId) as { id: Id }[]).map((r) => r.id);
  s.markAcked.run(batchId);
  const ackedByAll = deleteWhenAckedBy && s.ackedByAllOf(deleteWhenAckedBy);
  let deleted = 0;
  for (const id of ids) {
    s.insertAck.run(id, analystKid);
    if (ackedByAll && ackedByAll(id)) {
      s.erase(id);
      deleted += 1;
    }
  }
  return { acked: ids.length, deleted, alreadyAcknowledged: false };
}

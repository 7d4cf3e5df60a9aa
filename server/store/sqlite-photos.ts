/**
 * The SQL behind PhotoStore (server/store/photo-store.ts), on the store's one connection. Every
 * write is one transaction; `changed(deleted)` is sqlite-store.ts's hook, which blurs the file
 * times after each commit and wipes the WAL after deletes, as for envelopes.
 */
import type Database from 'better-sqlite3';
import type { PhotoAckResult as AckResult, ChunkResult, PhotoStore, StoredPhoto, UploadRow } from './photo-store.js';
import { randomHexId } from './sqlite-schema.js';
import { acknowledgeBatch } from './acknowledge.js';

type Row = { id: string; size: number; received: number; complete: number };
const toUpload = (r: Row): UploadRow => ({ id: r.id, size: r.size, received: r.received, complete: r.complete === 1 });

export function sqlitePhotos(db: Database.Database, changed: (deleted: number) => void): PhotoStore {
  const insert = db.prepare('INSERT INTO uploads (id, created_on, size, received, complete) VALUES (?, ?, ?, 0, 0)');
  const find = db.prepare('SELECT id, size, received, complete FROM uploads WHERE id = ?');
  const insertChunk = db.prepare('INSERT INTO upload_chunks (upload_id, n, bytes) VALUES (?, ?, ?)');
  const advance = db.prepare('UPDATE uploads SET received = received + 1, complete = ? WHERE id = ?');
  const reserved = db.prepare('SELECT coalesce(sum(size), 0) AS n FROM uploads');
  const countComplete = db.prepare('SELECT count(*) AS n FROM uploads WHERE complete = 1');
  const unacked = db.prepare(
    'SELECT id, created_on, size FROM uploads u WHERE complete = 1 AND NOT EXISTS (SELECT 1 FROM photo_acks a WHERE a.upload_id = u.id AND a.analyst_kid = ?) ORDER BY id LIMIT ?',
  );
  const insertBatch = db.prepare('INSERT INTO photo_batches (batch_id, analyst_kid, delivered_on, acked) VALUES (?, ?, ?, 0)');
  const insertDelivery = db.prepare('INSERT INTO photo_deliveries (batch_id, upload_id) VALUES (?, ?)');
  const chunksOf = db.prepare('SELECT bytes FROM upload_chunks WHERE upload_id = ? ORDER BY n');
  const findBatch = db.prepare('SELECT acked FROM photo_batches WHERE batch_id = ? AND analyst_kid = ?');
  const batchPhotos = db.prepare('SELECT d.upload_id AS id FROM photo_deliveries d JOIN uploads u ON u.id = d.upload_id WHERE d.batch_id = ?');
  const markAcked = db.prepare('UPDATE photo_batches SET acked = 1 WHERE batch_id = ?');
  const insertAck = db.prepare('INSERT OR IGNORE INTO photo_acks (upload_id, analyst_kid) VALUES (?, ?)');
  const ackedUploads = db.prepare('SELECT DISTINCT upload_id AS id FROM photo_acks');
  const incompleteBefore = db.prepare('SELECT id FROM uploads WHERE complete = 0 AND created_on < ?');
  const createdBefore = db.prepare('SELECT id FROM uploads WHERE created_on < ?');
  const isIncomplete = db.prepare('SELECT count(*) AS n FROM uploads WHERE id = ? AND complete = 0');
  const deleteOldBatches = db.prepare('DELETE FROM photo_batches WHERE delivered_on < ? RETURNING batch_id');
  const deleteDeliveriesOfBatch = db.prepare('DELETE FROM photo_deliveries WHERE batch_id = ?');
  const eraseStatements = [
    'DELETE FROM upload_chunks WHERE upload_id = ?',
    'DELETE FROM uploads WHERE id = ?',
    'DELETE FROM photo_acks WHERE upload_id = ?',
    'DELETE FROM photo_deliveries WHERE upload_id = ?',
  ].map((sql) => db.prepare(sql));
  const erase = (id: string): void => {
    for (const statement of eraseStatements) statement.run(id);
  };
  const ackedByAllOf = (kids: readonly string[]): ((id: string) => boolean) => {
    if (kids.length === 0) return () => false;
    const count = db.prepare(`SELECT count(*) AS n FROM photo_acks WHERE upload_id = ? AND analyst_kid IN (${kids.map(() => '?').join(', ')})`);
    const needed = new Set(kids).size;
    return (id) => (count.get(id, ...kids) as { n: number }).n === needed;
  };
  const eraseAll = db.transaction((ids: string[]): number => {
    for (const id of ids) erase(id);
    return ids.length;
  });
  const withChange = <T>(result: T, deleted = 0): T => {
    changed(deleted);
    return result;
  };

  const putChunk = db.transaction((id: string, n: number, bytes: Uint8Array, chunkCount: number): ChunkResult => {
    const row = find.get(id) as Row | undefined;
    if (!row) return { ok: false, reason: 'unknown', upload: null };
    const upload = toUpload(row);
    if (upload.complete) return { ok: false, reason: 'complete', upload };
    if (n !== upload.received) return { ok: false, reason: 'out_of_order', upload };
    insertChunk.run(id, n, bytes);
    const complete = n + 1 === chunkCount;
    advance.run(complete ? 1 : 0, id);
    return { ok: true, upload: { ...upload, received: n + 1, complete } };
  });
  const deliver = db.transaction((analystKid: string, limit: number, day: string) => {
    const photos = (unacked.all(analystKid, limit) as { id: string; created_on: string; size: number }[]).map((r): StoredPhoto => ({
      id: r.id,
      receivedOn: r.created_on,
      size: r.size,
    }));
    if (photos.length === 0) return { batchId: null, photos };
    const batchId = randomHexId();
    insertBatch.run(batchId, analystKid, day);
    for (const p of photos) insertDelivery.run(batchId, p.id);
    return { batchId, photos };
  });
  const acknowledge = db.transaction((analystKid: string, batchId: string, deleteWhenAckedBy: readonly string[] | null): AckResult | null =>
    acknowledgeBatch({ findBatch, batchItems: batchPhotos, markAcked, insertAck, ackedByAllOf, erase }, analystKid, batchId, deleteWhenAckedBy),
  );

  return {
    create(size, createdOn) {
      let id = randomHexId();
      for (;;) {
        try {
          insert.run(id, createdOn, size);
          break;
        } catch (e) {
          if ((e as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') throw e;
          id = randomHexId();
        }
      }
      return withChange({ id, size, received: 0, complete: false });
    },
    get(id) {
      const row = find.get(id) as Row | undefined;
      return row ? toUpload(row) : null;
    },
    putChunk: (id, n, bytes, chunkCount) => withChange(putChunk(id, n, bytes, chunkCount)),
    reservedBytes: () => (reserved.get() as { n: number }).n,
    deliver: (analystKid, limit, day) => withChange(deliver(analystKid, limit, day)),
    read(id) {
      const row = find.get(id) as Row | undefined;
      if (!row || row.complete !== 1) return null;
      return Buffer.concat((chunksOf.all(id) as { bytes: Buffer }[]).map((c) => c.bytes));
    },
    acknowledge(analystKid, batchId, deleteWhenAckedBy) {
      const result = acknowledge(analystKid, batchId, deleteWhenAckedBy);
      return withChange(result, result?.deleted ?? 0);
    },
    deleteAckedByAll(kids) {
      if (kids.length === 0) return 0;
      const ackedByAll = ackedByAllOf(kids);
      const deleted = eraseAll((ackedUploads.all() as { id: string }[]).map((r) => r.id).filter(ackedByAll));
      return withChange(deleted, deleted);
    },
    deleteIncompleteBefore(day) {
      const deleted = eraseAll((incompleteBefore.all(day) as { id: string }[]).map((r) => r.id));
      return withChange(deleted, deleted);
    },
    deleteIfIncomplete(ids) {
      const deleted = eraseAll(ids.filter((id) => (isIncomplete.get(id) as { n: number }).n === 1));
      return withChange(deleted, deleted);
    },
    deleteCreatedBefore(day) {
      const deleted = eraseAll((createdBefore.all(day) as { id: string }[]).map((r) => r.id));
      return withChange(deleted, deleted);
    },
    forgetBatchesBefore: db.transaction((day: string): void => {
      for (const { batch_id } of deleteOldBatches.all(day) as { batch_id: string }[]) deleteDeliveriesOfBatch.run(batch_id);
    }),
    count: () => (countComplete.get() as { n: number }).n,
  };
}

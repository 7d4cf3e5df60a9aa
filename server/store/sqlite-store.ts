/**
 * The SQLite store: ciphertext, its key id and the UTC day it arrived, under random ids; and
 * which analyst key was sent and has stored which envelope (docs/batch-transfer.md). Nothing
 * else — no IP, no User-Agent, no time of day, no arrival order.
 */
import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Envelope } from '../../protocol/envelope-schema.js';
import { randomInt } from 'node:crypto';
import type { AckResult, Delivery, NewEnvelope, ReportStore, StoredEnvelope } from './report-store.js';
import { insertWithRandomId, prepareSchema, randomHexId } from './sqlite-schema.js';
import { acknowledgeBatch } from './acknowledge.js';
import { sqlitePhotos } from './sqlite-photos.js';
import { blurFileTimes, wipeWal } from './disk-traces.js';

/** How often file times are reset even without writes, so the ctime shows this tick, not the last report. */
export const FILE_TIME_TICK_MS = 60_000;

export interface SqliteStoreOptions {
  /** One line for the operator (a migration ran). */
  log?: (line: string) => void;
  now?: () => Date;
  /** How often the file times are reset without writes (default FILE_TIME_TICK_MS); tests shorten it. */
  fileTimeTickMs?: number;
}

type Row = { id: number; received_on: string; envelope: string };
const toStored = (row: Row): StoredEnvelope => ({ id: row.id, receivedOn: row.received_on, envelope: JSON.parse(row.envelope) as Envelope });

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): ReportStore {
  const now = options.now ?? (() => new Date());
  const db = openDatabase(path);
  const { serverId, migrated } = prepareSchema(db, path);
  const tx = envelopeTransactions(db);
  // storedBytes() is asked before every report: worked out once after each change, not per request.
  let bytes: number | undefined;
  const traces = diskTraceKeeper(db, path, now, options.fileTimeTickMs ?? FILE_TIME_TICK_MS, () => (bytes = undefined));
  const listAll = db.prepare('SELECT id, received_on, envelope FROM envelopes ORDER BY id LIMIT ?');
  const unackedSummary = db.prepare(
    'SELECT count(*) AS n, min(received_on) AS oldest FROM envelopes e WHERE NOT EXISTS (SELECT 1 FROM acks a WHERE a.envelope_id = e.id AND a.analyst_kid = ?)',
  );
  // This process is the database's only writer, so the count is kept rather than re-scanned per
  // request; it changes only after a transaction has returned, that is, committed.
  let stored = (db.prepare('SELECT count(*) AS n FROM envelopes').get() as { n: number }).n;

  if (migrated !== null) {
    traces.afterDelete(1);
    options.log?.(`database migrated to random ids: ${migrated} envelope(s) kept, new server identity ${serverId}`);
  }
  traces.afterCommit();
  /** After a transaction that deleted `deleted` envelopes: count them, wipe the WAL, blur the file times. */
  const afterDelete = (deleted: number): void => {
    stored -= deleted;
    traces.afterDelete(deleted);
    traces.afterCommit();
  };

  return {
    serverId,
    // Photos never change the envelope count; their deletes wipe the WAL as envelopes' do.
    photos: sqlitePhotos(db, (deleted) => {
      traces.afterDelete(deleted);
      traces.afterCommit();
    }),
    insert(envelope: Envelope, receivedOn: string): number {
      const id = tx.insertOne(envelope, receivedOn);
      stored += 1;
      traces.afterCommit();
      return id;
    },
    insertMany(rows: readonly NewEnvelope[]): void {
      tx.insertAll(rows);
      stored += rows.length;
      traces.afterCommit();
    },
    deliver(analystKid: string, limit: number, receivedOn: string): Delivery {
      const result = tx.deliver(analystKid, limit, receivedOn);
      traces.afterCommit();
      return result;
    },
    acknowledge(analystKid: string, batchId: string, deleteWhenAckedBy: readonly string[] | null): AckResult | null {
      const result = tx.acknowledge(analystKid, batchId, deleteWhenAckedBy);
      afterDelete(result?.deleted ?? 0);
      return result;
    },
    deleteAckedByAll(kids: readonly string[]): number {
      const deleted = tx.deleteAckedByAll(kids);
      afterDelete(deleted);
      return deleted;
    },
    deleteReceivedBefore(day: string): number {
      const deleted = tx.deleteReceivedBefore(day);
      afterDelete(deleted);
      return deleted;
    },
    forgetBatchesBefore(day: string): void {
      tx.forgetBatchesBefore(day);
      traces.afterCommit();
    },
    storedBytes(): number {
      if (bytes === undefined) {
        const pageSize = db.pragma('page_size', { simple: true }) as number;
        const pages = (db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number);
        bytes = pages * pageSize + fileSize(`${path}-wal`) + fileSize(`${path}-shm`);
      }
      return bytes;
    },
    unacknowledged(analystKid: string): { count: number; oldestDay: string | null } {
      const row = unackedSummary.get(analystKid) as { n: number; oldest: string | null };
      return { count: row.n, oldestDay: row.oldest };
    },
    list(limit: number): StoredEnvelope[] {
      return (listAll.all(limit) as Row[]).map(toStored);
    },
    count(): number {
      return stored;
    },
    close(): void {
      traces.close();
    },
  };
}

/** A file's size in bytes; 0 when it does not exist (-wal and -shm exist only while a connection is open). */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw e;
  }
}

/** The database file (0600, in a 0700 folder) opened with the pragmas every guarantee here rests on. */
export function openDatabase(path: string): Database.Database {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // Only the server's user may read the ciphertext: create the file 0600 before SQLite does
  // (it would use the umask, typically 0644); SQLite gives its -wal and -shm files the
  // database file's mode. An existing file keeps the mode its operator chose.
  closeSync(openSync(path, 'a', 0o600));
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // FULL: an acknowledged report survives a power cut. secure_delete: deleted rows and freed
  // pages are overwritten with zeros in the database file (the WAL is wiped by wipeWal).
  // temp_store: sorts and statement journals stay in memory, never in files outside the data folder.
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  return db;
}

/**
 * What the disk shows besides the rows (server/store/disk-traces.ts), kept for one open
 * database: file times blurred after every commit and on a fixed tick, the WAL wiped after
 * every delete (a busy WAL is retried on the tick), and once more on close. `onChange` is told
 * after every commit and tick: the files' sizes may have changed.
 */
function diskTraceKeeper(db: Database.Database, path: string, now: () => Date, tickMs: number, onChange: () => void) {
  const walPath = `${path}-wal`;
  const traced = [path, walPath, `${path}-shm`, dirname(path)];
  let wipePending = false;
  // Both run after a transaction has committed: a failure here must never make a stored report
  // look unstored (a 500 after its commit). It is logged once (until the next success) and
  // retried on the next commit or tick.
  let failing: string | null = null;
  const afterwards = (what: string, work: () => void): void => {
    try {
      work();
      failing = null;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.name : 'error');
      if (failing !== `${what}:${code}`) console.error(`after a commit, could not ${what} (${code}); what was committed is stored — retried on the next write`);
      failing = `${what}:${code}`;
      if (what === 'wipe the WAL') wipePending = true;
    }
  };
  const afterDelete = (deleted: number): void => {
    if (deleted > 0 || wipePending) afterwards('wipe the WAL', () => (wipePending = !wipeWal(db, walPath)));
  };
  const afterCommit = (): void => {
    onChange();
    afterwards("reset the database files' times", () => blurFileTimes(traced, now()));
  };
  const tick = setInterval(() => {
    afterDelete(0);
    afterCommit();
  }, tickMs);
  tick.unref();
  return {
    afterDelete,
    afterCommit,
    close(): void {
      clearInterval(tick);
      // Closing deletes the -wal file without overwriting it: wipe it first, so its freed blocks
      // hold nothing (it may hold envelopes that are deleted from the database later).
      if (db.open) {
        wipeWal(db, walPath);
        db.close();
        blurFileTimes(traced, now());
      }
    },
  };
}

/** Every write, each one transaction (so one durable commit), and the SQL they run. */
function envelopeTransactions(db: Database.Database) {
  const insertRow = db.prepare('INSERT INTO envelopes (id, received_on, kid, envelope) VALUES (?, ?, ?, ?)');
  const unacked = db.prepare(
    'SELECT id, received_on, envelope FROM envelopes e WHERE NOT EXISTS (SELECT 1 FROM acks a WHERE a.envelope_id = e.id AND a.analyst_kid = ?) ORDER BY id LIMIT ?',
  );
  const insertBatch = db.prepare('INSERT INTO batches (batch_id, analyst_kid, delivered_on, acked) VALUES (?, ?, ?, 0)');
  const insertDelivery = db.prepare('INSERT INTO deliveries (batch_id, envelope_id) VALUES (?, ?)');
  const findBatch = db.prepare('SELECT acked FROM batches WHERE batch_id = ? AND analyst_kid = ?');
  const batchEnvelopes = db.prepare('SELECT d.envelope_id AS id FROM deliveries d JOIN envelopes e ON e.id = d.envelope_id WHERE d.batch_id = ?');
  const markAcked = db.prepare('UPDATE batches SET acked = 1 WHERE batch_id = ?');
  const insertAck = db.prepare('INSERT OR IGNORE INTO acks (envelope_id, analyst_kid) VALUES (?, ?)');
  const deleteEnvelope = db.prepare('DELETE FROM envelopes WHERE id = ?');
  const deleteAcksOf = db.prepare('DELETE FROM acks WHERE envelope_id = ?');
  const deleteDeliveriesOf = db.prepare('DELETE FROM deliveries WHERE envelope_id = ?');
  const receivedBefore = db.prepare('SELECT id FROM envelopes WHERE received_on < ?');
  const deleteOldBatches = db.prepare('DELETE FROM batches WHERE delivered_on < ? RETURNING batch_id');
  const deleteDeliveriesOfBatch = db.prepare('DELETE FROM deliveries WHERE batch_id = ?');

  const ackedEnvelopes = db.prepare('SELECT DISTINCT envelope_id AS id FROM acks');

  /**
   * Whether every key in `kids` has acknowledged an envelope (an empty list never has). The
   * statement depends on how many keys there are, so it is prepared once per list, not per envelope.
   */
  const ackedByAllOf = (kids: readonly string[]): ((id: number) => boolean) => {
    if (kids.length === 0) return () => false;
    const placeholders = kids.map(() => '?').join(', ');
    const countAcks = db.prepare(`SELECT count(*) AS n FROM acks WHERE envelope_id = ? AND analyst_kid IN (${placeholders})`);
    const needed = new Set(kids).size;
    return (id) => (countAcks.get(id, ...kids) as { n: number }).n === needed;
  };
  const erase = (id: number): void => {
    deleteEnvelope.run(id);
    deleteAcksOf.run(id);
    deleteDeliveriesOf.run(id);
  };
  const insertOne = (envelope: Envelope, receivedOn: string): number => {
    const json = JSON.stringify({ v: envelope.v, kid: envelope.kid, sealed: envelope.sealed });
    return insertWithRandomId((newId) => insertRow.run(newId, receivedOn, envelope.kid, json));
  };

  return {
    insertOne,
    // One transaction, so one durable commit (synchronous = FULL) for the whole batch; in a random
    // order, so even the placement of pages in the file does not follow arrival within a batch.
    insertAll: db.transaction((rows: readonly NewEnvelope[]) => {
      for (const i of shuffledIndexes(rows.length)) insertOne(rows[i]!.envelope, rows[i]!.receivedOn);
    }),

    deliver: db.transaction((analystKid: string, limit: number, day: string): Delivery => {
      const envelopes = (unacked.all(analystKid, limit) as Row[]).map(toStored);
      if (envelopes.length === 0) return { batchId: null, envelopes };
      const batchId = randomHexId();
      insertBatch.run(batchId, analystKid, day);
      for (const e of envelopes) insertDelivery.run(batchId, e.id);
      return { batchId, envelopes };
    }),

    acknowledge: db.transaction((analystKid: string, batchId: string, deleteWhenAckedBy: readonly string[] | null): AckResult | null =>
      acknowledgeBatch({ findBatch, batchItems: batchEnvelopes, markAcked, insertAck, ackedByAllOf, erase }, analystKid, batchId, deleteWhenAckedBy),
    ),

    deleteAckedByAll: db.transaction((kids: readonly string[]): number => {
      if (kids.length === 0) return 0;
      const ackedByAll = ackedByAllOf(kids);
      let deleted = 0;
      for (const { id } of ackedEnvelopes.all() as { id: number }[]) {
        if (ackedByAll(id)) {
          erase(id);
          deleted += 1;
        }
      }
      return deleted;
    }),

    deleteReceivedBefore: db.transaction((day: string): number => {
      const ids = (receivedBefore.all(day) as { id: number }[]).map((r) => r.id);
      for (const id of ids) erase(id);
      return ids.length;
    }),

    forgetBatchesBefore: db.transaction((day: string): void => {
      for (const { batch_id } of deleteOldBatches.all(day) as { batch_id: string }[]) deleteDeliveriesOfBatch.run(batch_id);
    }),
  };
}

/** 0..n-1 in a uniformly random order (Fisher–Yates with the CSPRNG). */
function shuffledIndexes(n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

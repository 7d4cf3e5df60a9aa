/**
 * The SQLite store: ciphertext, its key id and the UTC day it arrived. Nothing else —
 * no IP, no User-Agent, no time of day.
 */
import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Envelope } from '../../protocol/envelope-schema.js';
import { randomInt } from 'node:crypto';
import type { NewEnvelope, ReportStore, StoredEnvelope } from './report-store.js';

export function openSqliteStore(path: string): ReportStore {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // Only the server's user may read the ciphertext: create the file 0600 before SQLite does
  // (it would use the umask, typically 0644); SQLite gives its -wal and -shm files the
  // database file's mode. An existing file keeps the mode its operator chose.
  closeSync(openSync(path, 'a', 0o600));
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // FULL: an acknowledged report survives a power cut. secure_delete: deleted envelopes
  // are overwritten, so delete-after-export leaves no ciphertext in free pages.
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.exec(`
    CREATE TABLE IF NOT EXISTS envelopes (
      id INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: ids never reused, so cursors stay valid after deletes
      received_on TEXT NOT NULL,            -- UTC day, YYYY-MM-DD
      kid TEXT NOT NULL,
      envelope TEXT NOT NULL                -- the envelope JSON exactly as accepted
    ) STRICT;
  `);
  const insert = db.prepare('INSERT INTO envelopes (received_on, kid, envelope) VALUES (?, ?, ?)');
  const listAfter = db.prepare('SELECT id, received_on, envelope FROM envelopes WHERE id > ? ORDER BY id LIMIT ?');
  const deleteUpTo = db.prepare('DELETE FROM envelopes WHERE id <= ?');
  // This process is the database's only writer, so the count is kept rather than re-scanned per request.
  let stored = (db.prepare('SELECT count(*) AS n FROM envelopes').get() as { n: number }).n;

  const insertOne = (envelope: Envelope, receivedOn: string): number => {
    const json = JSON.stringify({ v: envelope.v, kid: envelope.kid, sealed: envelope.sealed });
    return Number(insert.run(receivedOn, envelope.kid, json).lastInsertRowid);
  };
  // One transaction, so one durable commit (synchronous = FULL) for the whole batch.
  const insertAll = db.transaction((rows: readonly NewEnvelope[]) => {
    for (const i of shuffledIndexes(rows.length)) insertOne(rows[i]!.envelope, rows[i]!.receivedOn);
  });

  return {
    insert(envelope: Envelope, receivedOn: string): number {
      const id = insertOne(envelope, receivedOn);
      stored += 1;
      return id;
    },
    insertMany(rows: readonly NewEnvelope[]): void {
      insertAll(rows);
      stored += rows.length;
    },
    listAfter(afterId: number, limit: number): StoredEnvelope[] {
      return (listAfter.all(afterId, limit) as { id: number; received_on: string; envelope: string }[]).map((row) => ({
        id: row.id,
        receivedOn: row.received_on,
        envelope: JSON.parse(row.envelope) as Envelope,
      }));
    },
    deleteUpTo(upToId: number): number {
      const deleted = deleteUpTo.run(upToId).changes;
      stored -= deleted;
      // Move deleted pages out of the WAL into the (secure-deleted) main file now.
      db.pragma('wal_checkpoint(TRUNCATE)');
      return deleted;
    },
    count(): number {
      return stored;
    },
    close(): void {
      db.close();
    },
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

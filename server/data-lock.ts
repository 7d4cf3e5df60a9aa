/**
 * One server per database. Two processes on one database (a blue/green deploy that starts the
 * new server before stopping the old, or a second `npm start`) would each think they are its
 * only writer: the stored count, the storage cap and the WAL wiping (server/store/disk-traces.ts)
 * all rest on that, and one could zero WAL frames the other still needs.
 *
 * The lock is an operating-system lock held by SQLite itself on a small file next to the
 * database (`<database>.lock`): an exclusive transaction opened at start and never ended. The
 * kernel drops it when the process ends in any way — SIGKILL, a crash, a power cut — so a stale
 * lock cannot stop the next start. Only the server takes it: `npm run export` reads a snapshot
 * alongside a running server, as it always has.
 */
import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/** Another server holds the database: its message is one line that says what to do. */
export class DatabaseLockedError extends Error {
  constructor(databasePath: string) {
    super(
      `another scanwitness server is already using the database ${databasePath}: stop it first (for a blue/green switch, stop the old server before starting the new one), or give this one its own DATA_DIR`,
    );
    this.name = 'DatabaseLockedError';
  }
}

/**
 * The open lock connections. better-sqlite3 closes a connection when its object is garbage
 * collected, which would drop the lock minutes after start and let a second server in; held
 * here, a lock lasts until release() or the process ends, whatever the caller keeps.
 */
const held = new Set<Database.Database>();

/** Take the database's lock for as long as this process runs; throws DatabaseLockedError when another process holds it. */
export function lockDatabase(databasePath: string): { release(): void } {
  const lockPath = `${databasePath}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true, mode: 0o700 });
  closeSync(openSync(lockPath, 'a', 0o600));
  // timeout 0: a lock held by another process is an answer, not something to wait for.
  const db = new Database(lockPath, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_BUSY') throw new DatabaseLockedError(databasePath);
    throw e;
  }
  held.add(db);
  return {
    release: () => {
      held.delete(db);
      db.close();
    },
  };
}

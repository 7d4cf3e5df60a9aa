/**
 * What the database would leave on disk besides its rows, and how the store removes it
 * (docs/operator-guide.md, "What a seized disk holds"):
 *
 * - File times. Every commit sets the modification time of the database, its -wal and -shm to
 *   the moment of the commit: with a proxy's or ISP's connection log, the time of the last report
 *   points at one connection. blurFileTimes sets atime and mtime back to the start of the current
 *   UTC day. utimes itself sets the ctime (which no call can set) to now, so the store also calls
 *   it on a fixed timer: the ctime then shows the last tick, not the last report.
 * - Deleted envelopes in the WAL. A checkpoint copies the WAL's pages into the database (where
 *   secure_delete has zeroed deleted rows) and TRUNCATE then frees the WAL's blocks without
 *   overwriting them: the raw device would still hold every envelope that passed through. wipeWal
 *   checkpoints, overwrites the whole WAL with zeros, fsyncs, and only then truncates it.
 */
import type { Database } from 'better-sqlite3';
import { closeSync, fstatSync, fsyncSync, openSync, utimesSync, writeSync } from 'node:fs';

const ZEROS = Buffer.alloc(1024 * 1024);

/** 00:00:00 UTC of `now`'s day. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Set atime and mtime of each existing path to the start of the current UTC day. */
export function blurFileTimes(paths: readonly string[], now: Date = new Date()): void {
  const day = startOfUtcDay(now);
  for (const path of paths) {
    try {
      utimesSync(path, day, day);
    } catch (e) {
      // -wal and -shm exist only while a connection is open.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
}

/**
 * Copy every WAL frame into the database, zero the WAL file on disk, then truncate it. Returns
 * false (nothing zeroed; the caller retries later) when another connection — `npm run export`
 * reading a snapshot — still needs the WAL.
 */
export function wipeWal(db: Database, walPath: string): boolean {
  const [restart] = db.pragma('wal_checkpoint(RESTART)') as { busy: number; log: number; checkpointed: number }[];
  if (!restart || restart.busy !== 0 || restart.checkpointed !== restart.log) return false;
  // Every frame is now in the database and no reader uses the WAL (a reader that starts now
  // sees it fully checkpointed and reads the database file only), so its bytes are dead.
  let fd: number;
  try {
    fd = openSync(walPath, 'r+');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw e;
  }
  try {
    const size = fstatSync(fd).size;
    for (let offset = 0; offset < size; offset += ZEROS.length) writeSync(fd, ZEROS, 0, Math.min(ZEROS.length, size - offset), offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // A crash here is harmless: a WAL of zeros has no valid header, so recovery finds it empty.
  const [truncate] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return truncate?.busy === 0;
}

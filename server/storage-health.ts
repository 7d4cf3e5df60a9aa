/**
 * Can the server store reports? Feeds /healthz and the one error handler (server/app.ts).
 *
 * SQLite in WAL mode reuses the space of its WAL file, so a write can succeed on a full disk
 * and a probe write proves little; a real failure is the reliable signal. So the server is
 * not ready when (a) a write failed with a storage error and no report has been stored since
 * (forgotten after FAILED_WRITE_MEMORY_MS, so a quiet server comes back by itself once the
 * operator frees space), (b) the filesystem holding the database has less than
 * MIN_FREE_BYTES left, or (c) the database has reached MAX_STORED_BYTES (server/storage-cap.ts).
 */
import { statfsSync } from 'node:fs';
import type { StorageCap } from './storage-cap.js';

/** Below this much free space the next WAL growth or checkpoint is likely to fail. */
export const MIN_FREE_BYTES = 1024 * 1024;
export const FAILED_WRITE_MEMORY_MS = 30_000;

/**
 * The SQLite (or system) error code when `err` means the database cannot be written — the disk
 * is full, read-only or failing — else null. Never the message: it can quote SQL.
 */
export function storageErrorCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return code;
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) return code;
  return null;
}

/** Whether `code` (from storageErrorCode) means "full" rather than "failing". */
export function isFull(code: string): boolean {
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

export type StorageStatus = { ok: true } | { ok: false; code: 'storage_full' | 'storage_unavailable' | 'storage_cap_reached' };

export class StorageHealth {
  private failure: { code: string; atMs: number } | null = null;

  constructor(
    /** The folder holding the database (statfs is asked about its filesystem). */
    private readonly dir: string,
    private readonly nowMs: () => number = Date.now,
    /** MAX_STORED_BYTES (server/storage-cap.ts): not ready once one more report would pass it. */
    private readonly cap?: StorageCap,
  ) {}

  writeFailed(code: string): void {
    this.failure = { code, atMs: this.nowMs() };
  }

  writeSucceeded(): void {
    this.failure = null;
  }

  status(): StorageStatus {
    if (this.failure && this.nowMs() - this.failure.atMs < FAILED_WRITE_MEMORY_MS) {
      return { ok: false, code: isFull(this.failure.code) ? 'storage_full' : 'storage_unavailable' };
    }
    let free: number;
    try {
      const s = statfsSync(this.dir);
      free = s.bavail * s.bsize;
    } catch {
      return { ok: false, code: 'storage_unavailable' };
    }
    if (free < MIN_FREE_BYTES) return { ok: false, code: 'storage_full' };
    return this.cap?.reached() ? { ok: false, code: 'storage_cap_reached' } : { ok: true };
  }
}

/**
 * The cap on what the database may hold on disk (MAX_STORED_BYTES), so reports are refused with a
 * clear 503 `storage_cap_reached` well before the disk fills and SQLite fails mid-write
 * (docs/operator-guide.md, "Storage cap and stale analyst keys"). What counts is the store's
 * storedBytes(): the database's pages in use plus its WAL, which can grow far past the database
 * while an export holds a snapshot. Unset, the cap is what the database holds at start plus half
 * the free space of its filesystem then.
 */
import { statfsSync } from 'node:fs';
import type { ReportStore } from './store/report-store.js';

/**
 * Room kept for each report not yet committed: its row in the database and its copy in the WAL,
 * at the largest envelope (a 100 KiB body), with some to spare for index and page overhead.
 */
export const BYTES_PER_PENDING_REPORT = 256 * 1024;
/** Unset MAX_STORED_BYTES: this fraction of the free space at start. */
export const DEFAULT_FREE_FRACTION = 0.5;

export class StorageCap {
  constructor(
    private readonly store: ReportStore,
    /** The cap in bytes. */
    readonly bytes: number,
  ) {}

  /** Whether one more report, after `pending` queued ones, could take the database past the cap. */
  reached(pending = 0): boolean {
    return this.store.storedBytes() + (pending + 1) * BYTES_PER_PENDING_REPORT > this.bytes;
  }
}

/** The cap: `configured` (MAX_STORED_BYTES), else what is stored now plus half the free space of `dir`'s filesystem. */
export function storageCapBytes(configured: number | null, dir: string, storedNow: number): number {
  if (configured !== null) return configured;
  const fs = statfsSync(dir);
  return storedNow + Math.floor(fs.bavail * fs.bsize * DEFAULT_FREE_FRACTION);
}

/** "1.5 GB" for the operator's log. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/**
 * What the replies route asks of storage (docs/replies.md). A reply row holds the sealed slot
 * and the UTC day it expires — nothing that names a report, a witness or an analyst. SQL lives
 * in sqlite-reply-store.ts.
 */
export interface ReplyStore {
  /** Store slots durably (one synchronous commit) before returning; a slot already stored is counted, not stored twice. */
  add(slots: readonly Uint8Array[], expiresOn: string): { added: number; duplicates: number };
  /** Slots stored before `day` that have not expired by it, oldest first (by expiry day, then order stored). */
  visibleOn(day: string, replyDays: number): Uint8Array[];
  /** Delete (and erase) the slots expiring on or before `day`. */
  deleteExpiredBy(day: string): number;
  /** 32 random bytes made with the database: seeds the day's dummy slots, so every visitor gets the same list all day, across restarts. */
  readonly listSecret: Uint8Array;
  count(): number;
  close(): void;
}

/** The UTC day `days` whole days after `day` (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

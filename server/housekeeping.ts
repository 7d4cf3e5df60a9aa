/**
 * Deletions that no request triggers, run at start and then hourly (docs/operator-guide.md):
 * - envelopes every listed analyst key has acknowledged, when DELETE_AFTER_EXPORT is on (the
 *   list of keys may have shrunk since they were acknowledged);
 * - envelopes older than RETENTION_DAYS, when set (unread reports expire: a seizure finds fewer);
 * - batch records older than BATCH_RECORD_DAYS (never-acknowledged deliveries are sent again);
 * - the same three for sealed photos, and photo uploads left incomplete: with day-only dates, one
 *   created on day D is deleted from day D + 2 on, so it lived at least a full day (docs/photos.md);
 * - replies to witnesses older than REPLY_DAYS (docs/replies.md).
 */
import { BATCH_RECORD_DAYS } from './routes/batches.js';
import { utcDay, type ReportStore } from './store/report-store.js';
import type { ReplyStore } from './store/reply-store.js';

export const HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;
/** An upload still incomplete on the day after the day it was started is deleted. */
export const INCOMPLETE_UPLOAD_DAYS = 1;
/** After a failed run (a full or failing disk), the next try comes this much sooner than the hour. */
export const HOUSEKEEPING_RETRY_MS = 5 * 60_000;

/**
 * Run `work` now and then every `intervalMs`. A failure never stops the server (at start or
 * later): it is logged — the error's code, never its message, which can quote SQL — and tried
 * again after `retryMs`; the hourly rhythm resumes once a run succeeds.
 */
export function keepHouse(
  work: () => void,
  { intervalMs = HOUSEKEEPING_INTERVAL_MS, retryMs = HOUSEKEEPING_RETRY_MS, log = (line: string) => console.error(line) } = {},
): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = (): void => {
    let next = intervalMs;
    try {
      work();
    } catch (e) {
      next = retryMs;
      const code = (e as { code?: unknown }).code;
      log(
        `housekeeping failed (${typeof code === 'string' ? code : e instanceof Error ? e.name : 'error'}): the deletions due now are tried again in ${Math.round(retryMs / 60_000)} minute(s); the server keeps running`,
      );
    }
    if (!stopped) {
      timer = setTimeout(run, next);
      timer.unref();
    }
  };
  run();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** The UTC day `days` whole days before `now`'s day. */
export function daysBefore(now: Date, days: number): string {
  return utcDay(new Date(now.getTime() - days * 86_400_000));
}

export function runHousekeeping({
  store,
  deleteAfterExport,
  retentionDays,
  analystKids,
  replies,
  now = new Date(),
}: {
  store: ReportStore;
  deleteAfterExport: boolean;
  retentionDays: number;
  analystKids: readonly string[];
  replies?: ReplyStore;
  now?: Date;
}): { acknowledged: number; expired: number; incompleteUploads: number; expiredReplies: number } {
  const acknowledged = deleteAfterExport ? store.deleteAckedByAll(analystKids) + store.photos.deleteAckedByAll(analystKids) : 0;
  // An envelope received on day D is kept through day D + retentionDays.
  const expired =
    retentionDays > 0 ? store.deleteReceivedBefore(daysBefore(now, retentionDays)) + store.photos.deleteCreatedBefore(daysBefore(now, retentionDays)) : 0;
  const incompleteUploads = store.photos.deleteIncompleteBefore(daysBefore(now, INCOMPLETE_UPLOAD_DAYS));
  store.forgetBatchesBefore(daysBefore(now, BATCH_RECORD_DAYS));
  store.photos.forgetBatchesBefore(daysBefore(now, BATCH_RECORD_DAYS));
  // A reply stored on day U expires on U + REPLY_DAYS: gone from that day's list, and deleted.
  const expiredReplies = replies ? replies.deleteExpiredBy(utcDay(now)) : 0;
  return { acknowledged, expired, incompleteUploads, expiredReplies };
}

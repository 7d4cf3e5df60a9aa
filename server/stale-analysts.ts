/**
 * Analyst keys that have stopped fetching (STALE_ANALYST_DAYS). With delete-after-export an
 * envelope is deleted only once every listed key has acknowledged it, so one lost or forgotten
 * key holds everything back until the storage caps refuse everyone. A key is stale when an
 * envelope it has not acknowledged arrived more than STALE_ANALYST_DAYS whole days ago. The
 * start-up log names each stale key and how much it holds back; /healthz says only how many
 * keys are stale — it is public, and a count of held envelopes would tell anyone polling it when
 * reports arrive.
 */
import { daysBefore } from './housekeeping.js';
import type { ReportStore } from './store/report-store.js';

export interface StaleKey {
  kid: string;
  /** Envelopes this key has not acknowledged. */
  holding: number;
  /** The UTC day the oldest of them arrived. */
  oldestDay: string;
}

export function staleAnalystKeys(store: ReportStore, kids: readonly string[], days: number, now: Date): StaleKey[] {
  const cutoff = daysBefore(now, days);
  return kids.flatMap((kid) => {
    const { count, oldestDay } = store.unacknowledged(kid);
    return oldestDay !== null && oldestDay < cutoff ? [{ kid, holding: count, oldestDay }] : [];
  });
}

/** The operator's line for one stale key. */
export function staleKeyLine(key: StaleKey, days: number): string {
  return (
    `analyst key ${key.kid} has left envelopes unacknowledged for more than ${days} day(s) (STALE_ANALYST_DAYS): ` +
    `it is holding back ${key.holding} envelope(s), the oldest from ${key.oldestDay} — ask its holder to fetch, or remove it from ANALYST_PUBLIC_KEY_FILES if it is lost`
  );
}

/** How often /healthz looks again: the answer changes by the day, so an hour is plenty. */
const RECHECK_MS = 60 * 60_000;

/** The number of stale keys for /healthz, worked out at most once an hour. */
export function staleKeyCounter(store: ReportStore, kids: readonly string[], days: number, now: () => Date = () => new Date()): () => number {
  let checked: { atMs: number; count: number } | undefined;
  return () => {
    const nowDate = now();
    if (!checked || nowDate.getTime() - checked.atMs >= RECHECK_MS) {
      checked = { atMs: nowDate.getTime(), count: staleAnalystKeys(store, kids, days, nowDate).length };
    }
    return checked.count;
  };
}

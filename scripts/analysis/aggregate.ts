/**
 * Incremental counting: one report at a time, never holding reports. Memory is bounded by
 * the number of categories (and months), not the number of reports, so a million reports
 * take the same memory as a hundred (docs/performance.md, "Analysis").
 */
import type { Report } from '../../protocol/report-schema.js';
import { DIMENSIONS, formLanguage, MULTI_DIMENSIONS, NOT_ANSWERED, rollUpEthnicity, type Dimension, type MultiDimension } from './categories.js';

export interface Filters {
  /** YYYY-MM-DD or YYYY-MM, inclusive. */
  from?: string;
  to?: string;
  /** Police force slugs; empty or absent means every force. */
  forces?: string[];
}

/**
 * The single-answer fields of a report, with absent answers as "not-answered": the questions
 * DIMENSION_QUESTIONS names (tests/unit/questions.test.ts checks they agree), read field by field
 * because this runs for every report (a generic reader costs half as much again).
 */
export function answers(report: Report): Record<Dimension, string> {
  const ethnicity19 = report.person?.ethnicity ?? NOT_ANSWERED;
  return {
    role: report.reporter.role,
    force: report.incident.force,
    technology: report.incident.technology,
    context: report.incident.context ?? NOT_ANSWERED,
    scanResult: report.scan?.result ?? NOT_ANSWERED,
    ethnicity19,
    ethnicity5: rollUpEthnicity(ethnicity19),
    gender: report.person?.gender ?? NOT_ANSWERED,
    ageBand: report.person?.ageBand ?? NOT_ANSWERED,
    immigrationStatus: report.person?.immigrationStatus ?? NOT_ANSWERED,
    language: formLanguage(report.meta?.lang),
  };
}

/** The incident month, YYYY-MM (dates may be month-only for privacy). */
export function incidentMonth(report: Report): string {
  return report.incident.date.slice(0, 7);
}

/**
 * Whether a report's incident date falls within the filter. A month-only date ("2025-03")
 * is kept when its month overlaps the range, since the day is unknown.
 */
export function passesFilters(report: Report, filters: Filters): boolean {
  const date = report.incident.date;
  if (filters.forces && filters.forces.length > 0 && !filters.forces.includes(report.incident.force)) return false;
  const monthOnly = date.length === 7;
  if (filters.from) {
    const from = monthOnly ? filters.from.slice(0, 7) : filters.from.length === 7 ? `${filters.from}-01` : filters.from;
    if (date < from) return false;
  }
  if (filters.to) {
    const to = monthOnly ? filters.to.slice(0, 7) : filters.to.length === 7 ? `${filters.to}-31` : filters.to;
    if (date > to) return false;
  }
  return true;
}

/** Every count the tables need. Keys are plain strings so the counts serialise as they are. */
export interface Counts {
  total: number;
  synthetic: number;
  /** Reports carrying free text or contact details: counted, never shown. */
  withNarrative: number;
  withContact: number;
  /** Reports that name photos (docs/photos.md): counted; the photos themselves never reach the analysis. */
  withPhotos: number;
  one: Record<Dimension, Record<string, number>>;
  month: Record<string, number>;
  multi: Record<MultiDimension, { mentions: Record<string, number>; answered: number }>;
  /** Rows: ethnicity5 category; outcome mentions and the number of reports answering. */
  eth5Outcome: Record<string, { mentions: Record<string, number>; answered: number }>;
  /** Rows: ethnicity5 category; columns: scan result. */
  eth5Scan: Record<string, Record<string, number>>;
  /** Rows: force; columns: month. */
  forceMonth: Record<string, Record<string, number>>;
  /** Rows: force; columns: ethnicity19 (for per-force rates and briefings). */
  forceEth19: Record<string, Record<string, number>>;
  /** Rows: force; columns: scan result (for briefings). */
  forceScan: Record<string, Record<string, number>>;
  /** Rows: force; outcome mentions and the number of reports answering (for briefings). */
  forceOutcome: Record<string, { mentions: Record<string, number>; answered: number }>;
}

function zeros(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

export function emptyCounts(): Counts {
  const one = Object.fromEntries(Object.entries(DIMENSIONS).map(([d, keys]) => [d, zeros(keys)])) as Counts['one'];
  const multi = Object.fromEntries(Object.entries(MULTI_DIMENSIONS).map(([d, keys]) => [d, { mentions: zeros(keys), answered: 0 }])) as Counts['multi'];
  return {
    total: 0,
    synthetic: 0,
    withNarrative: 0,
    withContact: 0,
    withPhotos: 0,
    one,
    month: {},
    multi,
    eth5Outcome: Object.fromEntries(DIMENSIONS.ethnicity5.map((e) => [e, { mentions: zeros(MULTI_DIMENSIONS.outcome), answered: 0 }])),
    eth5Scan: Object.fromEntries(DIMENSIONS.ethnicity5.map((e) => [e, zeros(DIMENSIONS.scanResult)])),
    forceMonth: {},
    forceEth19: {},
    forceScan: {},
    forceOutcome: {},
  };
}

/** Count one (valid, already filtered) report into `counts`. */
export function addReport(counts: Counts, report: Report): void {
  counts.total += 1;
  if (report.meta?.synthetic === true) counts.synthetic += 1;
  if (report.narrative !== undefined && report.narrative.trim() !== '') counts.withNarrative += 1;
  if (report.contact !== undefined) counts.withContact += 1;
  if (report.photos !== undefined && report.photos.length > 0) counts.withPhotos += 1;

  const a = answers(report);
  for (const d of Object.keys(a) as Dimension[]) counts.one[d][a[d]]! += 1;

  const month = incidentMonth(report);
  counts.month[month] = (counts.month[month] ?? 0) + 1;
  const fm = (counts.forceMonth[a.force] ??= {});
  fm[month] = (fm[month] ?? 0) + 1;
  const fe = (counts.forceEth19[a.force] ??= {});
  fe[a.ethnicity19] = (fe[a.ethnicity19] ?? 0) + 1;

  const fs = (counts.forceScan[a.force] ??= {});
  fs[a.scanResult] = (fs[a.scanResult] ?? 0) + 1;

  const reasons = report.scan?.reasonGiven;
  if (reasons !== undefined && reasons.length > 0) {
    counts.multi.reasonGiven.answered += 1;
    for (const r of reasons) counts.multi.reasonGiven.mentions[r]! += 1;
  }
  const outcomes = report.outcome;
  if (outcomes !== undefined && outcomes.length > 0) {
    counts.multi.outcome.answered += 1;
    const row = counts.eth5Outcome[a.ethnicity5]!;
    row.answered += 1;
    const fo = (counts.forceOutcome[a.force] ??= { mentions: {}, answered: 0 });
    fo.answered += 1;
    for (const o of outcomes) {
      counts.multi.outcome.mentions[o]! += 1;
      row.mentions[o]! += 1;
      fo.mentions[o] = (fo.mentions[o] ?? 0) + 1;
    }
  }
  counts.eth5Scan[a.ethnicity5]![a.scanResult]! += 1;
}

/** Every month from the first to the last with a report, gaps included, in order. */
export function monthRange(months: Iterable<string>): string[] {
  const sorted = [...months].sort();
  if (sorted.length === 0) return [];
  const out: string[] = [];
  let [y, m] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

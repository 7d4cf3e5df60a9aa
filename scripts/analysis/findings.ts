/**
 * Key findings: a few plain sentences for the top of the report, a press release or a letter,
 * written from the PUBLISHED (already suppressed) tables only. Each sentence is built from
 * cells whose value is published, and printed with exactly the text the table shows, so no
 * sentence can say what suppression hid: a figure that is "<10", "[c]" or "n<10" simply
 * leaves its sentence out.
 */
import { MINORITY } from './rates.js';
import type { ResolvedTable } from './table-model.js';

export interface KeyFindings {
  /** Period, number of reports and the self-selection caveat, in one paragraph. */
  opening: string;
  /** One sentence per finding, most important first. */
  findings: string[];
}

/** Short names for sentences ("people recorded as Black African"), by slug. */
const SHORT_NAMES: Record<string, string> = {
  'white-british': 'White British',
  'white-irish': 'White Irish',
  'white-gypsy-traveller': 'Gypsy or Irish Traveller',
  'white-roma': 'Roma',
  'white-other': 'Other White',
  'mixed-white-black-caribbean': 'Mixed White and Black Caribbean',
  'mixed-white-black-african': 'Mixed White and Black African',
  'mixed-white-asian': 'Mixed White and Asian',
  'mixed-other': 'Other Mixed',
  'asian-indian': 'Indian',
  'asian-pakistani': 'Pakistani',
  'asian-bangladeshi': 'Bangladeshi',
  'asian-chinese': 'Chinese',
  'asian-other': 'Other Asian',
  'black-african': 'Black African',
  'black-caribbean': 'Black Caribbean',
  'black-other': 'Other Black',
  'other-arab': 'Arab',
  'other-any': 'any other ethnic group',
  white: 'White',
  mixed: 'Mixed',
  asian: 'Asian',
  black: 'Black',
  other: 'another ethnic group',
};

export function shortName(slug: string): string {
  return SHORT_NAMES[slug] ?? slug;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The first (or last) month of a quarter: "2025-Q2" → "2025-04" ("2025-06"). */
function quarterMonth(quarter: string, last: boolean): string {
  const q = Number(quarter.slice(-1));
  return `${quarter.slice(0, 4)}-${String(3 * q - (last ? 0 : 2)).padStart(2, '0')}`;
}

function monthName(yyyyMm: string): string {
  const [y, m] = yyyyMm.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

/** A published cell of a table, or null when hidden, undefined or absent. */
export function published(tables: ResolvedTable[], tableId: string, rowKey: string, columnKey: string): { value: number; display: string } | null {
  const t = tables.find((x) => x.id === tableId);
  const row = t?.rows.find((r) => r.key === rowKey);
  const ci = t?.columns.findIndex((c) => c.key === columnKey) ?? -1;
  const c = row && ci >= 0 ? row.cells[ci] : undefined;
  if (!c || c.value === null || !Number.isFinite(c.value)) return null;
  return { value: c.value, display: c.display };
}

export interface FindingsScope {
  /** The police force the figures are about, or null for every report analysed. */
  forceLabel: string | null;
  /** The rates table to take ratios from (e.g. "rates-all", "rates-metropolitan"), if any. */
  ratesTableId: string | null;
  reference: string | null;
  /** The number of reports (the grand total, always published). */
  reports: number;
  /** Prefix of the table ids to read ("" for the report; briefing.ts's BRIEFING_PREFIX for a force). */
  prefix?: string;
}

/** The key findings of one set of published tables. */
export function keyFindings(all: ResolvedTable[], scope: FindingsScope): KeyFindings {
  const tables = scopedTables(all, scope);
  return {
    opening: openingSentence(tables, scope),
    // The largest group's share last: it compares nothing, so it never leads (the ratios, when there are any, do).
    findings: [...ratioFindings(tables, scope), ...immigrationFindings(tables), ...ethnicityFinding(tables)],
  };
}

/**
 * A force briefing's findings: only comparisons the evidence supports — each published ratio
 * against the force's population, with its interval. What the reports describe otherwise
 * (immigration matches, the Home Office contacted) is given as counts, never as a finding, and
 * the largest group's share is never one: with no population to compare with, it says nothing
 * about who is scanned more.
 */
export function briefingFindings(all: ResolvedTable[], scope: FindingsScope): KeyFindings & { counts: string[] } {
  const tables = scopedTables(all, scope);
  return { opening: openingSentence(tables, scope), findings: ratioFindings(tables, scope), counts: immigrationFindings(tables) };
}

/** The scope's own tables under their plain ids (month, ethnicity-5, …); rates keep theirs. */
function scopedTables(all: ResolvedTable[], scope: FindingsScope): ResolvedTable[] {
  const prefix = scope.prefix ?? '';
  if (prefix === '') return all;
  return all
    .filter((t) => t.id.startsWith(prefix) || t.id === scope.ratesTableId)
    .map((t) => (t.id.startsWith(prefix) ? { ...t, id: t.id.slice(prefix.length) } : t));
}

/** How many reports, over which months, and what they can and cannot show. */
function openingSentence(tables: ResolvedTable[], scope: FindingsScope): string {
  // A briefing has quarters ("2025-Q2"), not months: its period runs from the first month of the first quarter.
  const periods = tables.find((t) => t.id === 'month' || t.id === 'quarter')?.rows.filter((r) => r.role === undefined) ?? [];
  const months = periods.map((r, i) => (r.key.includes('-Q') ? quarterMonth(r.key, i === periods.length - 1) : r.key));
  const period =
    months.length === 0
      ? ''
      : months.length === 1
        ? `In ${monthName(months[0]!)}`
        : `Between ${monthName(months[0]!)} and ${monthName(months[months.length - 1]!)}`;
  const about = scope.forceLabel ? ` about ${scope.forceLabel}` : '';
  const n = scope.reports.toLocaleString('en-GB');
  return (
    `${period ? `${period}, ` : ''}the campaign received ${n} witness report${scope.reports === 1 ? '' : 's'} of police mobile fingerprint or face scans${about}` +
    `${period ? ' (by the month of the incident)' : ''}. These are reports people chose to send — a self-selected sample, not a count of all scans — so the figures below ` +
    'show what witnesses describe and where to ask questions; they do not measure how often police scan each group.'
  );
}

/** Disproportionality: every published ratio with its published interval, largest first (at most 4). */
function ratioFindings(tables: ResolvedTable[], scope: FindingsScope): string[] {
  if (!scope.ratesTableId || !scope.reference) return [];
  const t = tables.find((x) => x.id === scope.ratesTableId);
  const ref = shortName(scope.reference);
  const ratios = (t?.rows ?? [])
    .map((r) => ({
      key: r.key,
      ratio: published(tables, t!.id, r.key, 'ratio'),
      lower: published(tables, t!.id, r.key, 'ratioLower'),
      upper: published(tables, t!.id, r.key, 'ratioUpper'),
      rate: published(tables, t!.id, r.key, 'rate'),
    }))
    .filter((x) => x.ratio && x.lower && x.upper && x.rate)
    .sort((a, b) => b.ratio!.value - a.ratio!.value);
  const refRate = published(tables, t?.id ?? '', scope.reference, 'rate');
  const per = t?.columns.find((c) => c.key === 'rate')?.label.replace('Rate per ', '') ?? '';
  return ratios.slice(0, 4).map((x) => {
    const who = x.key === MINORITY ? `people of every group other than ${ref} taken together` : `people recorded as ${shortName(x.key)}`;
    const interval = `95% interval ${x.lower!.display} to ${x.upper!.display}`;
    const certain = x.lower!.value > 1 ? '' : x.upper!.value < 1 ? '' : ', an interval that includes no difference at all';
    const rates = refRate ? ` (${x.rate!.display} reports per ${per} people, against ${refRate.display})` : '';
    return `${capitalise(who)} were reported scanned at ${x.ratio!.display} times the rate of ${ref} people${rates}; ${interval}${certain}.`;
  });
}

/** Who is reported scanned: the largest group among reports that give an ethnicity. */
function ethnicityFinding(tables: ResolvedTable[]): string[] {
  const eth = tables.find((x) => x.id === 'ethnicity-5');
  const known = published(tables, 'ethnicity-5', 'known', 'reports');
  if (!eth || !known) return [];
  const shares = eth.rows
    .filter((r) => r.role === undefined)
    .map((r) => ({ key: r.key, share: published(tables, 'ethnicity-5', r.key, 'shareKnown'), count: published(tables, 'ethnicity-5', r.key, 'reports') }))
    .filter((x) => x.share && x.count)
    .sort((a, b) => b.share!.value - a.share!.value);
  const top = shares[0];
  if (!top) return [];
  return [
    `Of the ${known.display} reports that give the scanned person's ethnicity, ${top.count!.display} (${top.share!.display}%) describe them as ${shortName(top.key)}.`,
  ];
}

/** Immigration checks: reports saying the scan matched Home Office immigration records, and the Home Office contacted. */
function immigrationFindings(tables: ResolvedTable[]): string[] {
  const findings: string[] = [];
  const imm = published(tables, 'scan-result', 'match-immigration', 'reports');
  const both = published(tables, 'scan-result', 'match-both', 'reports');
  const answeredScan = published(tables, 'scan-result', 'known', 'reports');
  if (imm && both && answeredScan && imm.value + both.value > 0) {
    const total = imm.value + both.value;
    findings.push(
      `${total.toLocaleString('en-GB')} of the ${answeredScan.display} reports that say what the scan found describe a match on Home Office immigration records (${imm.display} on immigration records alone, ${both.display} on both police and immigration records).`,
    );
  }
  const homeOffice = published(tables, 'outcome', 'home-office-contacted', 'mentions');
  const answeredOutcome = published(tables, 'outcome', 'answered', 'mentions');
  if (homeOffice && answeredOutcome && homeOffice.value > 0) {
    findings.push(`In ${homeOffice.display} of the ${answeredOutcome.display} reports that say what happened next, police contacted the Home Office.`);
  }
  return findings;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

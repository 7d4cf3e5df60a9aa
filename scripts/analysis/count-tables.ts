/**
 * From counts to tables: the one-way, multi-select, month and cross tables, each count
 * registered in the shared CellSystem (see table-model.ts for what a cell may be).
 */
import {
  DIMENSIONS,
  MULTI_DIMENSIONS,
  NOT_ANSWERED,
  UNDER_18_BANDS,
  UNKNOWN_KEYS,
  label,
  rollUpEthnicity,
  type Dimension,
  type MultiDimension,
} from './categories.js';
import { monthRange, type Counts } from './aggregate.js';
import type { CellSystem } from './suppression.js';
import { COST_WEIGHT, id, OTHER_FORCES, type CellSpec, type Column, type RowSpec, type TableSpec } from './table-model.js';

const DIMENSION_TITLES: Record<Dimension, [string, string]> = {
  role: ['Who reported', 'Reporter'],
  force: ['Reports by police force', 'Police force'],
  technology: ['Scanning technology', 'Technology'],
  context: ['Context of the scan', 'Context'],
  scanResult: ['Scan result', 'Result'],
  ethnicity19: ['Ethnicity of the person scanned (19 Census 2021 groups)', 'Ethnicity'],
  ethnicity5: ['Ethnicity of the person scanned (5 groups)', 'Ethnic group'],
  gender: ['Gender of the person scanned', 'Gender'],
  ageBand: ['Age of the person scanned', 'Age band'],
  immigrationStatus: ['Immigration status of the person scanned', 'Immigration status'],
  language: ['Reports by form language', 'Language of the form'],
};

const DIMENSION_NOTES: Partial<Record<Dimension, string[]>> = {
  ethnicity19: ['Ethnicity is as the person scanned described it, or as the witness perceived it.'],
  ethnicity5: ['Ethnicity is as the person scanned described it, or as the witness perceived it.'],
  language: ['The language the form was shown in when the report was sent. "Not recorded": reports made before the form recorded it.'],
};

const MULTI_TITLES: Record<MultiDimension, [string, string]> = {
  reasonGiven: ['Reasons the police gave (more than one per report possible)', 'Reason given'],
  outcome: ['What happened next (more than one per report possible)', 'Outcome'],
};

const count = (cellId: string): CellSpec => ({ kind: 'count', id: cellId });
const pct = (num: string, den: string): CellSpec => ({ kind: 'percent', num, den });

/** Register the counts of every table in `system` and describe the tables. */
export function buildCountTables(counts: Counts, system: CellSystem): TableSpec[] {
  system.cell(id.total, counts.total);
  // Every page's opening sentence prints the number of reports.
  system.keepShown(id.total);
  // Suppression meets the cells and sums in the order they are registered here: keep it.
  const oneWay = (Object.keys(DIMENSIONS) as Dimension[]).map((d) => oneWayTable(d, counts, system));
  addEthnicityRollUp(system);
  const multiSelect = (Object.keys(MULTI_DIMENSIONS) as MultiDimension[]).map((d) => multiSelectTable(d, counts, system));
  const months = monthRange(Object.keys(counts.month));
  const byMonth = monthTable(months, counts, system);
  const tables = [
    byMonth,
    ...oneWay,
    ...multiSelect,
    ethnicityByScanResultTable(counts, system),
    ethnicityByOutcomeTable(counts, system),
    forceByQuarterTable(months, counts, system),
  ];
  weighCells(tables, system);
  return tables;
}

const blank: CellSpec = { kind: 'text', text: '' };

/** One-way table of `d`: categories add up to the total; the known answers add up to "known". */
function oneWayTable(d: Dimension, counts: Counts, system: CellSystem): TableSpec {
  let keys: string[] = [...DIMENSIONS[d]];
  if (d === 'force') keys = keys.filter((k) => counts.one.force[k]! > 0 || k === 'unknown');
  const allKeys = [...DIMENSIONS[d]];
  for (const k of allKeys) system.cell(id.one(d, k), counts.one[d][k]!, keys.includes(k));
  system.sum(
    id.total,
    allKeys.map((k) => id.one(d, k)),
  );
  const knownKeys = allKeys.filter((k) => !UNKNOWN_KEYS.has(k));
  system.cell(
    id.known(d),
    knownKeys.reduce((s, k) => s + counts.one[d][k]!, 0),
  );
  system.sum(
    id.known(d),
    knownKeys.map((k) => id.one(d, k)),
  );
  // Implied by the two above, but stated so suppression sees "known" as a neighbour of the unknowns.
  system.sum(id.total, [id.known(d), ...allKeys.filter((k) => UNKNOWN_KEYS.has(k)).map((k) => id.one(d, k))]);
  const [title, rowHeader] = DIMENSION_TITLES[d];
  const rows: RowSpec[] = keys.map((k) => ({
    key: k,
    label: label(k, d),
    role: UNKNOWN_KEYS.has(k) ? 'unknown' : undefined,
    cells: [count(id.one(d, k)), pct(id.one(d, k), id.total), UNKNOWN_KEYS.has(k) ? blank : pct(id.one(d, k), id.known(d))],
  }));
  if (d === 'ageBand') rows.push(under18Row(counts, system));
  rows.push({
    key: 'known',
    label: 'Known answers',
    role: 'subtotal',
    cells: [count(id.known(d)), pct(id.known(d), id.total), pct(id.known(d), id.known(d))],
  });
  rows.push({ key: 'total', label: 'All reports', role: 'total', cells: [count(id.total), pct(id.total, id.total), blank] });
  return {
    id: d === 'ethnicity19' ? 'ethnicity-19' : d === 'ethnicity5' ? 'ethnicity-5' : kebab(d),
    title,
    rowHeader,
    group: 'counts',
    notes: DIMENSION_NOTES[d] ?? [],
    columns: [
      { key: 'reports', label: 'Reports', kind: 'count' },
      { key: 'share', label: '% of all reports', kind: 'percent' },
      { key: 'shareKnown', label: '% of known answers', kind: 'percent' },
    ],
    rows,
  };
}

/** The age table's "under 18" subtotal: the sum of the bands below 18. */
function under18Row(counts: Counts, system: CellSystem): RowSpec {
  const d = 'ageBand';
  const under18 = [...UNDER_18_BANDS];
  system.cell(
    id.one(d, 'under-18'),
    under18.reduce((s, k) => s + counts.one.ageBand[k]!, 0),
  );
  system.sum(
    id.one(d, 'under-18'),
    under18.map((k) => id.one(d, k)),
  );
  return {
    key: 'under-18',
    label: label('under-18'),
    role: 'subtotal',
    cells: [count(id.one(d, 'under-18')), pct(id.one(d, 'under-18'), id.total), pct(id.one(d, 'under-18'), id.known(d))],
  };
}

/** The 5 ethnic groups are sums of the 19 (and so are their known answers). */
function addEthnicityRollUp(system: CellSystem): void {
  for (const e5 of DIMENSIONS.ethnicity5) {
    system.sum(
      id.one('ethnicity5', e5),
      DIMENSIONS.ethnicity19.filter((e19) => rollUpEthnicity(e19) === e5).map((e19) => id.one('ethnicity19', e19)),
    );
  }
  system.sum(id.known('ethnicity5'), [id.known('ethnicity19')]);
}

/** Multi-select table of `d`: each option counted per mention; percentages of reports answering. */
function multiSelectTable(d: MultiDimension, counts: Counts, system: CellSystem): TableSpec {
  const keys = [...MULTI_DIMENSIONS[d]];
  for (const k of keys) system.cell(id.one(d, k), counts.multi[d].mentions[k]!);
  system.cell(id.multiAnswered(d), counts.multi[d].answered);
  system.cell(id.one(d, NOT_ANSWERED), counts.total - counts.multi[d].answered);
  system.sum(id.total, [id.multiAnswered(d), id.one(d, NOT_ANSWERED)]);
  answeredAtLeastOnce(
    system,
    id.multiAnswered(d),
    keys.map((k) => id.one(d, k)),
  );
  const [title, rowHeader] = MULTI_TITLES[d];
  return {
    id: kebab(d),
    title,
    rowHeader,
    group: 'counts',
    notes: ['Counted per mention: a report giving two answers counts in two rows, so the rows add up to more than the reports.'],
    columns: [
      { key: 'mentions', label: 'Mentions', kind: 'count' },
      { key: 'shareAnswering', label: '% of reports answering', kind: 'percent' },
    ],
    rows: [
      ...keys.map((k): RowSpec => ({
        key: k,
        label: label(k, d),
        role: k === 'unknown' ? 'unknown' : undefined,
        cells: [count(id.one(d, k)), pct(id.one(d, k), id.multiAnswered(d))],
      })),
      { key: 'answered', label: 'Reports answering', role: 'subtotal', cells: [count(id.multiAnswered(d)), blank] },
      { key: NOT_ANSWERED, label: label(NOT_ANSWERED), role: 'unknown', cells: [count(id.one(d, NOT_ANSWERED)), blank] },
      { key: 'total', label: 'All reports', role: 'total', cells: [count(id.total), blank] },
    ],
  };
}

/**
 * What a multi-select question tells an attacker beyond its sums: each option is mentioned
 * by at most the reports answering, and each of those reports gives at least one answer.
 */
export function answeredAtLeastOnce(system: CellSystem, answered: string, mentions: string[]): void {
  for (const m of mentions) system.atMost(m, answered);
  system.coveredBy(answered, mentions);
}

/** Reports by incident month (YYYY-MM), gaps shown as 0. */
function monthTable(months: string[], counts: Counts, system: CellSystem): TableSpec {
  for (const m of months) system.cell(id.month(m), counts.month[m] ?? 0);
  system.sum(id.total, months.map(id.month));
  return {
    id: 'month',
    title: 'Reports by month of the incident',
    rowHeader: 'Month',
    group: 'counts',
    notes: [],
    columns: [
      { key: 'reports', label: 'Reports', kind: 'count' },
      { key: 'share', label: '% of all reports', kind: 'percent' },
    ],
    rows: [
      ...months.map((m): RowSpec => ({ key: m, label: m, cells: [count(id.month(m)), pct(id.month(m), id.total)] })),
      { key: 'total', label: 'All reports', role: 'total', cells: [count(id.total), pct(id.total, id.total)] },
    ],
  };
}

/** Ethnicity (5 groups) × scan result: rows add up to the ethnicity table, columns to the scan result table. */
function ethnicityByScanResultTable(counts: Counts, system: CellSystem): TableSpec {
  const e5 = [...DIMENSIONS.ethnicity5];
  const scans = [...DIMENSIONS.scanResult];
  for (const e of e5) {
    for (const s of scans) system.cell(id.eth5Scan(e, s), counts.eth5Scan[e]![s]!);
    system.sum(
      id.one('ethnicity5', e),
      scans.map((s) => id.eth5Scan(e, s)),
    );
  }
  for (const s of scans)
    system.sum(
      id.one('scanResult', s),
      e5.map((e) => id.eth5Scan(e, s)),
    );
  const immigrationMatch = (e: string) => `eth5ximmigration:${e}`;
  for (const e of e5) {
    system.cell(immigrationMatch(e), counts.eth5Scan[e]!['match-immigration']! + counts.eth5Scan[e]!['match-both']!);
    system.sum(immigrationMatch(e), [id.eth5Scan(e, 'match-immigration'), id.eth5Scan(e, 'match-both')]);
  }
  return {
    id: 'ethnicity-by-scan-result',
    title: 'Ethnicity (5 groups) by scan result',
    rowHeader: 'Ethnic group',
    group: 'crosstab',
    notes: ['"Immigration match" counts a match on immigration records alone or on both databases; its share is of the reports from that group.'],
    columns: [
      ...scans.map((s): Column => ({ key: s, label: label(s, 'scanResult'), kind: 'count' })),
      { key: 'total', label: 'All reports', kind: 'count' },
      { key: 'immigrationMatch', label: 'Immigration match', kind: 'count' },
      { key: 'immigrationMatchShare', label: '% immigration match', kind: 'percent' },
    ],
    rows: [
      ...e5.map((e): RowSpec => ({
        key: e,
        label: label(e, 'ethnicity5'),
        role: UNKNOWN_KEYS.has(e) ? 'unknown' : undefined,
        cells: [
          ...scans.map((s) => count(id.eth5Scan(e, s))),
          count(id.one('ethnicity5', e)),
          count(immigrationMatch(e)),
          pct(immigrationMatch(e), id.one('ethnicity5', e)),
        ],
      })),
      {
        key: 'total',
        label: 'All reports',
        role: 'total',
        cells: [...scans.map((s) => count(id.one('scanResult', s))), count(id.total), blank, blank],
      },
    ],
  };
}

/** Ethnicity (5 groups) × outcome (multi-select): columns add up to the outcome table. */
function ethnicityByOutcomeTable(counts: Counts, system: CellSystem): TableSpec {
  const e5 = [...DIMENSIONS.ethnicity5];
  const outcomes = [...MULTI_DIMENSIONS.outcome];
  for (const e of e5) {
    for (const o of outcomes) system.cell(id.eth5Outcome(e, o), counts.eth5Outcome[e]!.mentions[o]!);
    system.cell(id.eth5OutcomeAnswered(e), counts.eth5Outcome[e]!.answered);
  }
  for (const o of outcomes)
    system.sum(
      id.one('outcome', o),
      e5.map((e) => id.eth5Outcome(e, o)),
    );
  system.sum(id.multiAnswered('outcome'), e5.map(id.eth5OutcomeAnswered));
  for (const e of e5) {
    answeredAtLeastOnce(
      system,
      id.eth5OutcomeAnswered(e),
      outcomes.map((o) => id.eth5Outcome(e, o)),
    );
    system.atMost(id.eth5OutcomeAnswered(e), id.one('ethnicity5', e));
  }
  return {
    id: 'ethnicity-by-outcome',
    title: 'Ethnicity (5 groups) by outcome',
    rowHeader: 'Ethnic group',
    group: 'crosstab',
    notes: ['Outcomes are counted per mention; "Reports answering" is the number of reports from the group that said what happened.'],
    columns: [
      ...outcomes.map((o): Column => ({ key: o, label: label(o, 'outcome'), kind: 'count' })),
      { key: 'answered', label: 'Reports answering', kind: 'count' },
    ],
    rows: [
      ...e5.map((e): RowSpec => ({
        key: e,
        label: label(e, 'ethnicity5'),
        role: UNKNOWN_KEYS.has(e) ? 'unknown' : undefined,
        cells: [...outcomes.map((o) => count(id.eth5Outcome(e, o))), count(id.eth5OutcomeAnswered(e))],
      })),
      { key: 'total', label: 'All reports', role: 'total', cells: [...outcomes.map((o) => count(id.one('outcome', o))), count(id.multiAnswered('outcome'))] },
    ],
  };
}

/** Forces get their own row in force × quarter from this many reports up; the rest share one row. */
export const FORCE_BY_QUARTER_MIN = 30;

/** "2025-02" → "2025-Q1". */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/**
 * Force × quarter: rows add up to the force table, columns to the quarters of the month
 * table. Quarters and a shared "other forces" row rather than every force by month: a force
 * with a handful of reports spread over months is all ones, which its total gives away.
 */
function forceByQuarterTable(months: string[], counts: Counts, system: CellSystem): TableSpec {
  const quarters = [...new Set(months.map(quarterOf))];
  const listed = DIMENSIONS.force.filter((f) => f !== 'unknown' && counts.one.force[f]! >= FORCE_BY_QUARTER_MIN);
  const rest = DIMENSIONS.force.filter((f) => !listed.includes(f));
  for (const q of quarters) system.subtotal(id.quarter(q), months.filter((m) => quarterOf(m) === q).map(id.month));
  system.subtotal(
    id.one('force', OTHER_FORCES),
    rest.map((f) => id.one('force', f)),
  );
  const quarterCount = (f: string, q: string) => Object.entries(counts.forceMonth[f] ?? {}).reduce((sum, [m, n]) => (quarterOf(m) === q ? sum + n : sum), 0);
  for (const f of [...listed, OTHER_FORCES]) {
    const cells = quarters.map((q) =>
      system.cell(id.forceQuarter(f, q), f === OTHER_FORCES ? rest.reduce((s, r) => s + quarterCount(r, q), 0) : quarterCount(f, q)),
    );
    system.sum(id.one('force', f), cells);
  }
  for (const q of quarters)
    system.sum(
      id.quarter(q),
      [...listed, OTHER_FORCES].map((f) => id.forceQuarter(f, q)),
    );
  return {
    id: 'force-by-quarter',
    title: 'Police force by quarter of the incident',
    rowHeader: 'Police force',
    group: 'crosstab',
    notes: [`Forces with at least ${FORCE_BY_QUARTER_MIN} reports have a row of their own; "Other forces" adds up the rest (see the force table).`],
    columns: [...quarters.map((q): Column => ({ key: q, label: q, kind: 'count' })), { key: 'total', label: 'All quarters', kind: 'count' }],
    rows: [
      ...[...listed, OTHER_FORCES].map((f): RowSpec => ({
        key: f,
        label: f === OTHER_FORCES ? 'Other forces' : label(f, 'force'),
        role: f === OTHER_FORCES ? 'subtotal' : undefined,
        cells: [...quarters.map((q) => count(id.forceQuarter(f, q))), count(id.one('force', f))],
      })),
      { key: 'total', label: 'All forces', role: 'total', cells: [...quarters.map((q) => count(id.quarter(q))), count(id.total)] },
    ],
  };
}

/** Costs for secondary suppression: see COST_WEIGHT. */
function weighCells(tables: TableSpec[], system: CellSystem): void {
  system.weigh(id.total, COST_WEIGHT.grandTotal);
  for (const d of ['ethnicity19', 'ethnicity5'] as const) {
    for (const k of DIMENSIONS[d]) if (!UNKNOWN_KEYS.has(k)) system.weigh(id.one(d, k), COST_WEIGHT.ethnicGroup);
  }
  for (const t of tables) {
    for (const r of t.rows) if (r.role === 'unknown') for (const c of r.cells) if (c.kind === 'count') system.weigh(c.id, COST_WEIGHT.unknown);
  }
}

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Per-force briefings (`analyse --briefing`): one printable page per police force with enough
 * reports — its counts, its rates and ratios when the population file covers it, its key
 * findings and a letter to the local MP or police and crime commissioner drafted from them.
 *
 * A briefing's counts are cells of the SAME CellSystem as the main report, linked to it by
 * equations (a force's ethnic groups add up to its reports; each group summed over the forces
 * briefed, plus an unpublished rest, is the overall count; a force's 5-group count is its rate
 * numerators at the population file's level). So one suppression decides for the report and
 * every briefing together, and no briefing can be subtracted from the report.
 */
import { FORCES } from '../../protocol/questions.js';
import type { Counts } from './aggregate.js';
import { DIMENSIONS, label, rollUpEthnicity, UNKNOWN_KEYS } from './categories.js';
import type { KeyFindings } from './findings.js';
import type { Population } from './population.js';
import { CellSystem } from './suppression.js';
import { id, type CellSpec, type RowSpec, type TableSpec } from './table-model.js';
import { monthRange } from './aggregate.js';
import { FORCE_BY_QUARTER_MIN, quarterOf } from './count-tables.js';

/**
 * A force gets a briefing page from this many reports up: below it, most cells would be "<10".
 * The same as force × quarter's, so every briefed force has its quarters there.
 */
export const MIN_BRIEFING_REPORTS = FORCE_BY_QUARTER_MIN;

export const BRIEFING_PREFIX = (force: string) => `briefing-${force}-`;

const cell = {
  eth5: (f: string, e: string) => `brief:${f}|eth5:${e}`,
  scan: (f: string, s: string) => `brief:${f}|scan:${s}`,
  homeOffice: (f: string) => `brief:${f}|outcome:home-office-contacted`,
  answered: (f: string) => `brief:${f}|outcome:answered`,
  notAnswered: (f: string) => `brief:${f}|outcome:not-answered`,
};

/** Forces (not "unknown") with at least MIN_BRIEFING_REPORTS reports, in the schema's order. */
export function briefingForces(counts: Counts): string[] {
  return FORCES.filter((f) => f !== 'unknown' && (counts.one.force[f] ?? 0) >= MIN_BRIEFING_REPORTS);
}

const count = (cellId: string): CellSpec => ({ kind: 'count', id: cellId });

/** Register every briefing cell with its equations and describe the briefing tables. */
export function buildBriefingTables(counts: Counts, system: CellSystem, forces: string[], population: Population | null): TableSpec[] {
  // Briefed forces have a row of their own in force × quarter (count-tables.ts).
  const quarters = [...new Set(monthRange(Object.keys(counts.month)).map(quarterOf))];
  const tables = forces.flatMap((f) => {
    // The briefing's opening sentence, its letter and summary.json print the force's reports.
    system.keepShown(id.one('force', f));
    addEthnicityCells(counts, system, f, population);
    addScanCells(counts, system, f);
    addOutcomeCells(counts, system, f);
    return forceTables(f, quarters);
  });
  if (forces.length > 0) linkToOverall(system, forces);
  return tables;
}

const E5 = DIMENSIONS.ethnicity5;
const SCANS = DIMENSIONS.scanResult;

/** Ethnicity (5 groups): adds up to the force's reports; known groups to "known"; each the force's rate numerators of that group. */
function addEthnicityCells(counts: Counts, system: CellSystem, f: string, population: Population | null): void {
  const total = id.one('force', f);
  const eth19 = counts.forceEth19[f] ?? {};
  for (const e of E5)
    system.cell(
      cell.eth5(f, e),
      Object.entries(eth19).reduce((s, [g, n]) => (rollUpEthnicity(g) === e ? s + n : s), 0),
    );
  system.sum(
    total,
    E5.map((e) => cell.eth5(f, e)),
  );
  const knownE = E5.filter((e) => !UNKNOWN_KEYS.has(e));
  system.subtotal(
    cell.eth5(f, 'known'),
    knownE.map((e) => cell.eth5(f, e)),
  );
  // The same quantities as the force's rate numerators, when the population file covers it.
  if (population?.areas.has(f)) {
    for (const e of knownE) {
      const groups = population.groups.filter((g) => (population.level === 5 ? g === e : rollUpEthnicity(g) === e));
      system.sum(
        cell.eth5(f, e),
        groups.map((g) => `rate:${f}|${g}`),
      );
    }
  }
}

/** Scan result: adds up to the force's reports; known results to "known". */
function addScanCells(counts: Counts, system: CellSystem, f: string): void {
  const scan = counts.forceScan[f] ?? {};
  for (const s of SCANS) system.cell(cell.scan(f, s), scan[s] ?? 0);
  system.sum(
    id.one('force', f),
    SCANS.map((s) => cell.scan(f, s)),
  );
  const knownS = SCANS.filter((s) => !UNKNOWN_KEYS.has(s));
  system.subtotal(
    cell.scan(f, 'known'),
    knownS.map((s) => cell.scan(f, s)),
  );
}

/** Outcome: only what the findings use (Home Office contacted, reports answering). */
function addOutcomeCells(counts: Counts, system: CellSystem, f: string): void {
  const total = id.one('force', f);
  const outcome = counts.forceOutcome[f] ?? { mentions: {}, answered: 0 };
  system.cell(cell.homeOffice(f), outcome.mentions['home-office-contacted'] ?? 0);
  system.cell(cell.answered(f), outcome.answered);
  system.cell(cell.notAnswered(f), system.value(total) - outcome.answered, false);
  system.sum(total, [cell.answered(f), cell.notAnswered(f)]);
  system.atMost(cell.homeOffice(f), cell.answered(f));
}

const row = (key: string, rowLabel: string, cells: CellSpec[], role?: RowSpec['role']): RowSpec => ({ key, label: rowLabel, role, cells });

/** A force's four briefing tables: quarter, ethnicity, scan result, outcome. */
function forceTables(f: string, quarters: string[]): TableSpec[] {
  const total = id.one('force', f);
  const prefix = BRIEFING_PREFIX(f);
  return [
    {
      id: `${prefix}quarter`,
      title: `${label(f)}: reports by quarter of the incident`,
      rowHeader: 'Quarter',
      group: 'briefing',
      notes: [],
      columns: [{ key: 'reports', label: 'Reports', kind: 'count' }],
      rows: [...quarters.map((q) => row(q, q, [count(id.forceQuarter(f, q))])), row('total', 'All reports', [count(total)], 'total')],
    },
    {
      id: `${prefix}ethnicity-5`,
      title: `${label(f)}: ethnicity of the person scanned`,
      rowHeader: 'Ethnic group',
      group: 'briefing',
      notes: [],
      columns: [
        { key: 'reports', label: 'Reports', kind: 'count' },
        { key: 'shareKnown', label: '% of known answers', kind: 'percent' },
      ],
      rows: [
        ...E5.map((e) =>
          row(
            e,
            label(e, 'ethnicity5'),
            [count(cell.eth5(f, e)), UNKNOWN_KEYS.has(e) ? { kind: 'text', text: '' } : { kind: 'percent', num: cell.eth5(f, e), den: cell.eth5(f, 'known') }],
            UNKNOWN_KEYS.has(e) ? 'unknown' : undefined,
          ),
        ),
        row('known', 'Known answers', [count(cell.eth5(f, 'known')), { kind: 'text', text: '' }], 'subtotal'),
        row('total', 'All reports', [count(total), { kind: 'text', text: '' }], 'total'),
      ],
    },
    {
      id: `${prefix}scan-result`,
      title: `${label(f)}: what the scan found`,
      rowHeader: 'Result',
      group: 'briefing',
      notes: [],
      columns: [{ key: 'reports', label: 'Reports', kind: 'count' }],
      rows: [
        ...SCANS.map((s) => row(s, label(s, 'scanResult'), [count(cell.scan(f, s))], UNKNOWN_KEYS.has(s) ? 'unknown' : undefined)),
        row('known', 'Known answers', [count(cell.scan(f, 'known'))], 'subtotal'),
        row('total', 'All reports', [count(total)], 'total'),
      ],
    },
    {
      id: `${prefix}outcome`,
      title: `${label(f)}: the Home Office contacted`,
      rowHeader: 'Outcome',
      group: 'briefing',
      notes: [],
      columns: [{ key: 'mentions', label: 'Reports', kind: 'count' }],
      rows: [
        row('home-office-contacted', label('home-office-contacted', 'outcome'), [count(cell.homeOffice(f))]),
        row('answered', 'Reports saying what happened next', [count(cell.answered(f))], 'subtotal'),
      ],
    },
  ];
}

/** Each briefed quantity, summed over the forces briefed plus the (unpublished) rest, is the overall count. */
function linkToOverall(system: CellSystem, forces: string[]): void {
  const link = (overall: string, per: (f: string) => string, restId: string) => {
    const rest = system.value(overall) - forces.reduce((s, f) => s + system.value(per(f)), 0);
    system.cell(restId, rest, false);
    system.sum(overall, [...forces.map(per), restId]);
  };
  for (const e of E5) link(id.one('ethnicity5', e), (f) => cell.eth5(f, e), `brief:rest|eth5:${e}`);
  for (const s of SCANS) link(id.one('scanResult', s), (f) => cell.scan(f, s), `brief:rest|scan:${s}`);
  link(id.one('outcome', 'home-office-contacted'), cell.homeOffice, 'brief:rest|outcome:home-office-contacted');
  link(id.multiAnswered('outcome'), cell.answered, 'brief:rest|outcome:answered');
}

/** What the campaign asks of every force; the letter's wording is the project's own. */
export const CAMPAIGN_ASKS = [
  'halt mobile biometric checks against immigration databases: a roadside fingerprint or face scan should never be a route to immigration enforcement;',
  'record, and publish every quarter, the ethnicity of each person scanned, the reason given and the outcome of every scan — as forces already must for stop and search. Forces have said in answers to Freedom of Information requests that they do not record the ethnicity of the people they scan, so nobody, not even the force, can tell whether these checks fall hardest on Black and brown people and migrants.',
];

/**
 * A letter to the force area's MP or police and crime commissioner, drafted from the
 * briefing's published findings only. Square brackets mark what the campaign fills in. It
 * quotes a comparison only when the briefing has one (a ratio against the force's population,
 * with its interval); otherwise it says plainly that the reports alone cannot show who is
 * scanned more — which is the campaign's case for the force recording it — and gives counts.
 */
export function draftLetter(forceLabel: string, findings: KeyFindings & { counts?: string[] }, hasPopulation: boolean): string[] {
  const comparison = findings.findings[0];
  const count = findings.counts?.[0];
  const limits = comparison
    ? "They are a self-selected sample, not a count of every scan, but they show a pattern that only the force's own records could confirm or rule out."
    : `They are a self-selected sample, not a count of every scan, and on their own they cannot show whether these checks fall harder on some groups than others${hasPopulation ? ' (there are not yet enough of them to compare with the people who live in the area)' : ''}: only the force's own records could.`;
  return [
    'Dear [name of MP or police and crime commissioner],',
    `I am writing on behalf of [organisation] about the use of mobile fingerprint and face scanning by ${forceLabel} in [constituency or police force area].`,
    `${findings.opening.split('. ')[0]}. ${limits}`,
    // One figure: the comparison when there is one, else a count (said as a count). A letter is read whole.
    ...(comparison ? [`Among them: ${lowerFirst(comparison)}`] : count ? [`Among them: ${lowerFirst(count)}`] : []),
    `We ask you to press ${forceLabel} to:`,
    ...CAMPAIGN_ASKS.map((a, i) => `${i + 1}. ${a.charAt(0).toUpperCase() + a.slice(1)}`),
    'We would welcome the chance to meet you and share the full report (its small numbers are hidden so that no witness can be identified). Yours sincerely,',
    '[name], [role], [organisation] — [contact details]',
  ];
}

/** "In 12 of …" → "in 12 of …", but a leading number or name stays as it is. */
function lowerFirst(sentence: string): string {
  return /^[A-Z][a-z]/.test(sentence) && !/^(Black|White|Asian|Mixed|Arab|Indian|Pakistani|Bangladeshi|Chinese|Roma|Gypsy|Other)\b/.test(sentence)
    ? sentence.charAt(0).toLowerCase() + sentence.slice(1)
    : sentence;
}

/**
 * Table values against a small data set built by hand, with every expected number worked
 * out in the comments — never a snapshot of the program's own output.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CENSUS_ETHNICITIES } from '../../protocol/questions.js';
import type { Report } from '../../protocol/report-schema.js';
import { addReport, emptyCounts, passesFilters, type Counts } from '../../scripts/analysis/aggregate.js';
import { parsePopulationCsv } from '../../scripts/analysis/population.js';
import { countReports, tabulate } from '../../scripts/analysis/run.js';
import type { ResolvedTable } from '../../scripts/analysis/table-model.js';
import { loadSolver } from '../../scripts/analysis/attack.js';

// tabulate() runs the disclosure audit's solver, loaded once.
await loadSolver();

type Opts = {
  date: string;
  force: string;
  ethnicity?: string;
  outcome?: string[];
  result?: string;
  age?: string;
  technology?: string;
  /** meta.lang; absent means the report has no meta (sent before the form recorded it). */
  lang?: string;
};

function report(o: Opts): Report {
  const r = {
    schema: 'scanwitness.report.v1',
    reporter: { role: 'subject' },
    incident: { date: o.date, force: o.force, technology: o.technology ?? 'fingerprint' },
    ...(o.result ? { scan: { result: o.result } } : {}),
    ...(o.outcome ? { outcome: o.outcome } : {}),
    ...(o.ethnicity ? { person: { ethnicity: o.ethnicity, ageBand: o.age ?? '25-34' } } : {}),
    ...(o.lang ? { meta: { lang: o.lang } } : {}),
  };
  return r as Report;
}

function times(n: number, o: Opts): Report[] {
  return Array.from({ length: n }, () => report(o));
}

/**
 * The hand-built data set (45 reports), with the language the form was shown in:
 *   metropolitan, January 2025 (30):
 *     12 black-african  — match-immigration, outcome released + home-office-contacted; 2 aged 15–17, 10 aged 20–24; Somali form
 *      8 black-caribbean — no-match, outcome released; English form
 *      6 white-british   — no-match, outcome released; English form
 *      4 asian-pakistani — match-both, outcome arrested-offence, face scan; Urdu form
 *   west-yorkshire, March 2025 given as month only (15):
 *     10 white-british   — no-match, outcome released; Polish form (tag "pl-PL")
 *      3 unknown         — not-told, no outcome; 2 Arabic form, 1 a tag outside the form's languages ("de")
 *      2 with no person section and no scan section (not answered); no meta (language not recorded)
 */
const REPORTS: Report[] = [
  ...times(2, {
    date: '2025-01-10',
    force: 'metropolitan',
    ethnicity: 'black-african',
    result: 'match-immigration',
    outcome: ['released', 'home-office-contacted'],
    age: '15-17',
    lang: 'so',
  }),
  ...times(10, {
    date: '2025-01-11',
    force: 'metropolitan',
    ethnicity: 'black-african',
    result: 'match-immigration',
    outcome: ['released', 'home-office-contacted'],
    age: '20-24',
    lang: 'so',
  }),
  ...times(8, { date: '2025-01-12', force: 'metropolitan', ethnicity: 'black-caribbean', result: 'no-match', outcome: ['released'], lang: 'en' }),
  ...times(6, { date: '2025-01-13', force: 'metropolitan', ethnicity: 'white-british', result: 'no-match', outcome: ['released'], lang: 'en' }),
  ...times(4, {
    date: '2025-01-14',
    force: 'metropolitan',
    ethnicity: 'asian-pakistani',
    result: 'match-both',
    outcome: ['arrested-offence'],
    technology: 'face',
    lang: 'ur',
  }),
  ...times(10, { date: '2025-03', force: 'west-yorkshire', ethnicity: 'white-british', result: 'no-match', outcome: ['released'], lang: 'pl-PL' }),
  ...times(2, { date: '2025-03', force: 'west-yorkshire', ethnicity: 'unknown', result: 'not-told', lang: 'ar' }),
  ...times(1, { date: '2025-03', force: 'west-yorkshire', ethnicity: 'unknown', result: 'not-told', lang: 'de' }),
  ...times(2, { date: '2025-03', force: 'west-yorkshire' }),
];

function countAll(reports: Report[]): Counts {
  const counts = emptyCounts();
  for (const r of reports) addReport(counts, r);
  return counts;
}

function cell(tables: ResolvedTable[], tableId: string, rowKey: string, columnKey: string): string {
  const t = tables.find((x) => x.id === tableId);
  if (!t) throw new Error(`no table ${tableId}`);
  const row = t.rows.find((r) => r.key === rowKey);
  if (!row) throw new Error(`table ${tableId} has no row ${rowKey}`);
  const ci = t.columns.findIndex((c) => c.key === columnKey);
  if (ci < 0) throw new Error(`table ${tableId} has no column ${columnKey}`);
  return row.cells[ci]!.display;
}

const counts = countAll(REPORTS);
const { internalTables: internal, publicTables: published } = tabulate(counts);

describe('counts (internal, unsuppressed) against the hand-built data set', () => {
  it('counts 45 reports by month, with the empty February shown as 0', () => {
    expect(counts.total).toBe(45);
    expect(cell(internal, 'month', '2025-01', 'reports')).toBe('30');
    expect(cell(internal, 'month', '2025-02', 'reports')).toBe('0');
    expect(cell(internal, 'month', '2025-03', 'reports')).toBe('15');
    // 30 / 45 = 66.7 %
    expect(cell(internal, 'month', '2025-01', 'share')).toBe('66.7');
  });

  it('counts by force and technology', () => {
    expect(cell(internal, 'force', 'metropolitan', 'reports')).toBe('30');
    expect(cell(internal, 'force', 'west-yorkshire', 'reports')).toBe('15');
    expect(cell(internal, 'technology', 'face', 'reports')).toBe('4');
    expect(cell(internal, 'technology', 'fingerprint', 'reports')).toBe('41');
  });

  it('ethnicity in 19 groups and rolled up to 5, unknowns as their own share but not in "% of known"', () => {
    expect(cell(internal, 'ethnicity-19', 'black-african', 'reports')).toBe('12');
    expect(cell(internal, 'ethnicity-19', 'white-british', 'reports')).toBe('16');
    expect(cell(internal, 'ethnicity-19', 'unknown', 'reports')).toBe('3');
    expect(cell(internal, 'ethnicity-19', 'not-answered', 'reports')).toBe('2');
    // black = 12 + 8 = 20; known = 45 − 3 − 2 = 40; 20/40 = 50.0 %, 20/45 = 44.4 %
    expect(cell(internal, 'ethnicity-5', 'black', 'reports')).toBe('20');
    expect(cell(internal, 'ethnicity-5', 'known', 'reports')).toBe('40');
    expect(cell(internal, 'ethnicity-5', 'black', 'shareKnown')).toBe('50.0');
    expect(cell(internal, 'ethnicity-5', 'black', 'share')).toBe('44.4');
    // unknown: 3/45 = 6.7 % of all reports, and no "% of known"
    expect(cell(internal, 'ethnicity-5', 'unknown', 'share')).toBe('6.7');
    expect(cell(internal, 'ethnicity-5', 'unknown', 'shareKnown')).toBe('');
  });

  it('outcome counted per mention with the number of reports answering beside', () => {
    // released: 12 + 8 + 6 + 10 = 36; home-office-contacted: 12; arrested-offence: 4
    // answering: 12 + 8 + 6 + 4 + 10 = 40; not answered: 3 + 2 = 5
    expect(cell(internal, 'outcome', 'released', 'mentions')).toBe('36');
    expect(cell(internal, 'outcome', 'home-office-contacted', 'mentions')).toBe('12');
    expect(cell(internal, 'outcome', 'arrested-offence', 'mentions')).toBe('4');
    expect(cell(internal, 'outcome', 'answered', 'mentions')).toBe('40');
    expect(cell(internal, 'outcome', 'not-answered', 'mentions')).toBe('5');
    // 36 / 40 = 90.0 %
    expect(cell(internal, 'outcome', 'released', 'shareAnswering')).toBe('90.0');
  });

  it('age bands with an under-18 total', () => {
    // 2 aged 15–17; 10 aged 20–24; every other report with a person section is 25–34: 8 + 6 + 4 + 10 + 3 = 31
    expect(cell(internal, 'age-band', '15-17', 'reports')).toBe('2');
    expect(cell(internal, 'age-band', 'under-18', 'reports')).toBe('2');
    expect(cell(internal, 'age-band', '25-34', 'reports')).toBe('31');
    expect(cell(internal, 'age-band', 'not-answered', 'reports')).toBe('2');
  });

  it('cross-tabulates ethnicity × scan result, with the immigration-match share', () => {
    expect(cell(internal, 'ethnicity-by-scan-result', 'black', 'match-immigration')).toBe('12');
    expect(cell(internal, 'ethnicity-by-scan-result', 'black', 'no-match')).toBe('8');
    // immigration match = match-immigration + match-both: black 12 of 20 = 60.0 %; asian 4 of 4 = 100.0 %
    expect(cell(internal, 'ethnicity-by-scan-result', 'black', 'immigrationMatch')).toBe('12');
    expect(cell(internal, 'ethnicity-by-scan-result', 'black', 'immigrationMatchShare')).toBe('60.0');
    expect(cell(internal, 'ethnicity-by-scan-result', 'asian', 'immigrationMatchShare')).toBe('100.0');
    expect(cell(internal, 'ethnicity-by-scan-result', 'not-answered', 'not-answered')).toBe('2');
    expect(cell(internal, 'ethnicity-by-scan-result', 'total', 'no-match')).toBe('24');
  });

  it('counts reports by form language: primary subtag, other tags as "another language", no meta as not recorded', () => {
    // so 12, en 8 + 6 = 14, ur 4, pl 10 ("pl-PL"), ar 2, other 1 ("de"), not recorded 2: 45 in all
    expect(cell(internal, 'language', 'so', 'reports')).toBe('12');
    expect(cell(internal, 'language', 'en', 'reports')).toBe('14');
    expect(cell(internal, 'language', 'ur', 'reports')).toBe('4');
    expect(cell(internal, 'language', 'pl', 'reports')).toBe('10');
    expect(cell(internal, 'language', 'ar', 'reports')).toBe('2');
    expect(cell(internal, 'language', 'cy', 'reports')).toBe('0');
    expect(cell(internal, 'language', 'other-language', 'reports')).toBe('1');
    expect(cell(internal, 'language', 'not-recorded', 'reports')).toBe('2');
    expect(cell(internal, 'language', 'total', 'reports')).toBe('45');
    // known = 45 − 2 not recorded = 43; English 14 / 43 = 32.6 % of known, 14 / 45 = 31.1 % of all
    expect(cell(internal, 'language', 'known', 'reports')).toBe('43');
    expect(cell(internal, 'language', 'en', 'shareKnown')).toBe('32.6');
    expect(cell(internal, 'language', 'en', 'share')).toBe('31.1');
    // The tag itself is never printed: it is free text from the browser.
    expect(JSON.stringify(internal.find((t) => t.id === 'language'))).not.toContain('"de"');
  });

  it('cross-tabulates ethnicity × outcome and force × quarter (forces under 30 reports share a row)', () => {
    expect(cell(internal, 'ethnicity-by-outcome', 'black', 'released')).toBe('20');
    expect(cell(internal, 'ethnicity-by-outcome', 'white', 'released')).toBe('16');
    expect(cell(internal, 'ethnicity-by-outcome', 'black', 'answered')).toBe('20');
    expect(cell(internal, 'force-by-quarter', 'metropolitan', '2025-Q1')).toBe('30');
    expect(cell(internal, 'force-by-quarter', 'other-forces', '2025-Q1')).toBe('15');
    expect(cell(internal, 'force-by-quarter', 'total', 'total')).toBe('45');
    expect(internal.find((t) => t.id === 'force-by-quarter')!.rows.map((r) => r.key)).toEqual(['metropolitan', 'other-forces', 'total']);
  });
});

describe('publishable tables of the same data', () => {
  it('hide 1–9 as "<10" and protect them from the totals', () => {
    expect(cell(published, 'ethnicity-19', 'asian-pakistani', 'reports')).toBe('<10');
    expect(cell(published, 'ethnicity-5', 'asian', 'reports')).toBe('<10');
    expect(cell(published, 'technology', 'face', 'reports')).toBe('<10');
    // face 4 + fingerprint 41 = 45: fingerprint must go too, or 45 − 41 = 4.
    expect(cell(published, 'technology', 'fingerprint', 'reports')).toBe('[c]');
    // and its percentage, which would give the count back
    expect(cell(published, 'technology', 'fingerprint', 'share')).toBe('[c]');
    expect(cell(published, 'month', '2025-01', 'reports')).toBe('30');
    expect(cell(published, 'force', 'total', 'reports')).toBe('45');
  });

  it('suppress the language table like every other: 4, 2, 1 and 2 hidden, and not recoverable from the total', () => {
    expect(cell(published, 'language', 'ur', 'reports')).toBe('<10');
    expect(cell(published, 'language', 'ar', 'reports')).toBe('<10');
    expect(cell(published, 'language', 'other-language', 'reports')).toBe('<10');
    expect(cell(published, 'language', 'not-recorded', 'reports')).toBe('<10');
    expect(cell(published, 'language', 'cy', 'reports')).toBe('0');
    expect(cell(published, 'language', 'total', 'reports')).toBe('45');
    // The shown cells of the table must not add up to the total minus one small cell: with
    // the total shown, at least two cells of the column are hidden, and the hidden ones sum
    // to more than any single one of them could be alone.
    const t = published.find((x) => x.id === 'language')!;
    const rows = t.rows.filter((r) => r.role !== 'total' && r.role !== 'subtotal');
    expect(rows.filter((r) => r.cells[0]!.value === null).length).toBeGreaterThanOrEqual(2);
  });

  it('never show a small count anywhere, in any column', () => {
    for (const t of published) {
      for (const r of t.rows) {
        t.columns.forEach((c, i) => {
          if (c.kind !== 'count') return;
          const v = r.cells[i]!.value;
          if (v !== null) expect(v === 0 || v >= 10, `${t.id}/${r.key}/${c.key} = ${v}`).toBe(true);
        });
      }
    }
  });
});

describe('rates and disproportionality (5-group population file)', () => {
  // all: white 100,000; black 10,000; asian 20,000; mixed 5,000; other 5,000 (total 140,000)
  const population = parsePopulationCsv('area,ethnicity,population\nall,white,100000\nall,black,10000\nall,asian,20000\nall,mixed,5000\nall,other,5000\n');
  const { internalTables: rInternal, publicTables: rPublic } = tabulate(counts, { population });

  it('rate per 10,000: black 20 / 10,000 → 20.0; white 16 / 100,000 → 1.6', () => {
    expect(cell(rInternal, 'rates-all', 'black', 'rate')).toBe('20.0');
    expect(cell(rInternal, 'rates-all', 'white', 'rate')).toBe('1.6');
  });

  it('ratio black vs white = 20.0 / 1.6 = 12.5, with an exact interval (counts under 30)', () => {
    expect(cell(rInternal, 'rates-all', 'black', 'ratio')).toBe('12.50');
    expect(cell(rInternal, 'rates-all', 'black', 'ciMethod')).toBe('exact');
    expect(cell(rInternal, 'rates-all', 'white', 'ratio')).toBe('reference');
    // Published, the ratio stands or falls with the white count (16), which may be hidden to
    // protect asian (4) in the 5-group table (40 known − 20 black − 16 white = 4): a ratio that
    // would reveal a hidden count is hidden too.
    const white = cell(rPublic, 'rates-all', 'white', 'reports');
    expect(['16', '[c]']).toContain(white);
    expect(cell(rPublic, 'rates-all', 'black', 'ratio')).toBe(white === '16' ? '12.50' : '[c]');
    // "All minority groups combined" = black 20 + asian 4 = 24: black and the combined row
    // cannot both be published, or 24 − 20 = 4 gives asian away.
    const shown = [cell(rPublic, 'rates-all', 'black', 'reports'), cell(rPublic, 'rates-all', 'all-minority', 'reports')];
    expect(shown).toContain('[c]');
  });

  it('publishes a ratio when nothing around it is small: 40 black vs 30 white, Katz interval', () => {
    // black 40 / 10,000 → 40.0 per 10,000; white 30 / 100,000 → 3.0; ratio 13.33
    // SE = sqrt(1/40 − 1/10000 + 1/30 − 1/100000) = sqrt(0.0582233) = 0.2412950
    // lower = 13.3333 × exp(−1.959964 × 0.2412950) = 13.3333 × 0.623196 = 8.3093
    const c = countAll([
      ...times(40, { date: '2025-01-10', force: 'metropolitan', ethnicity: 'black-african' }),
      ...times(30, { date: '2025-01-10', force: 'metropolitan', ethnicity: 'white-british' }),
    ]);
    const t = tabulate(c, { population });
    expect(cell(t.publicTables, 'rates-all', 'black', 'ratio')).toBe('13.33');
    expect(cell(t.publicTables, 'rates-all', 'black', 'ciMethod')).toBe('Katz');
    expect(cell(t.publicTables, 'rates-all', 'black', 'ratioLower')).toBe('8.31');
    expect(cell(t.publicTables, 'rates-all', 'black', 'shareReports')).toBe('57.1');
  });

  it('all minority groups combined: (20 + 4 + 0 + 0) / 40,000 → 6.0 per 10,000, ratio 6.0 / 1.6 = 3.75', () => {
    expect(cell(rInternal, 'rates-all', 'all-minority', 'rate')).toBe('6.0');
    expect(cell(rInternal, 'rates-all', 'all-minority', 'ratio')).toBe('3.75');
  });

  it('share of reports vs share of population: black 20/40 = 50.0 % vs 10,000/140,000 = 7.1 %', () => {
    expect(cell(rInternal, 'rates-all', 'black', 'shareReports')).toBe('50.0');
    expect(cell(rPublic, 'rates-all', 'black', 'sharePopulation')).toBe('7.1');
  });

  it('publishes no rate or ratio on fewer than 10 reports (asian: 4)', () => {
    expect(cell(rInternal, 'rates-all', 'asian', 'rate')).toBe('2.0');
    expect(['n<10', '[c]']).toContain(cell(rPublic, 'rates-all', 'asian', 'rate'));
    expect(['n<10', '[c]']).toContain(cell(rPublic, 'rates-all', 'asian', 'ratio'));
    expect(cell(rPublic, 'rates-all', 'asian', 'reports')).toBe('<10');
  });

  it('states next to every rate table that reports are a self-selected sample', () => {
    for (const t of rPublic.filter((x) => x.group === 'rates')) expect(t.notes[0]).toMatch(/self-selected sample, not a census of scans/);
  });

  it('per-force rates from force rows of a 19-group file', () => {
    const groups19 = CENSUS_ETHNICITIES;
    // metropolitan: every group 50,000 except white-british 200,000
    const csv = ['area,ethnicity,population', ...groups19.map((g) => `metropolitan,${g},${g === 'white-british' ? 200000 : 50000}`)].join('\n');
    const pop19 = parsePopulationCsv(csv);
    const t = tabulate(counts, { population: pop19 });
    // black-african in the Met: 12 / 50,000 × 10,000 = 2.4; white-british: 6 / 200,000 × 10,000 = 0.30
    // (rates under 1 get two decimals)
    expect(cell(t.internalTables, 'rates-metropolitan', 'black-african', 'rate')).toBe('2.4');
    expect(cell(t.internalTables, 'rates-metropolitan', 'white-british', 'rate')).toBe('0.30');
    // ratio = 2.4 / 0.3 = 8.00, but the reference count (6) is under 10, so it is not published
    expect(cell(t.internalTables, 'rates-metropolitan', 'black-african', 'ratio')).toBe('8.00');
    expect(['n<10', '[c]']).toContain(cell(t.publicTables, 'rates-metropolitan', 'black-african', 'ratio'));
  });
});

describe('filters', () => {
  it('--from / --to on incident dates; month-only dates kept when their month overlaps', () => {
    const jan = report({ date: '2025-01-20', force: 'metropolitan' });
    const marchMonth = report({ date: '2025-03', force: 'west-yorkshire' });
    expect(passesFilters(jan, { from: '2025-01-21' })).toBe(false);
    expect(passesFilters(jan, { from: '2025-01-20', to: '2025-01-20' })).toBe(true);
    expect(passesFilters(marchMonth, { from: '2025-03-15' })).toBe(true);
    expect(passesFilters(marchMonth, { to: '2025-02-28' })).toBe(false);
    expect(passesFilters(jan, { to: '2025-01' })).toBe(true);
    expect(passesFilters(jan, { forces: ['west-yorkshire'] })).toBe(false);
  });
});

describe('reading input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-analysis-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('re-validates every line, counts invalid ones and names them by line number only', async () => {
    const good = (id: number, r: Report) => JSON.stringify({ id, receivedOn: '2025-02-01', report: r });
    const lines = [
      good(1, REPORTS[0]!),
      '{not json',
      JSON.stringify({ id: 3, receivedOn: '2025-02-01', report: { ...REPORTS[0]!, incident: { ...REPORTS[0]!.incident, force: 'made-up-force' } } }),
      '',
      good(4, REPORTS[20]!),
      JSON.stringify({ id: 5, receivedOn: '2025-02-01', report: { ...REPORTS[0]!, narrative: 'SECRET-NARRATIVE', extra: 1 } }),
    ];
    const file = join(dir, 'in.ndjson');
    writeFileSync(file, lines.join('\n') + '\n');
    const { counts: c, input, outsideFilters } = await countReports([file], { forces: ['metropolitan'] });
    expect(input.lines).toBe(5);
    expect(input.valid).toBe(2);
    expect(input.invalid).toBe(3);
    expect(input.invalidExamples.map((e) => e.line)).toEqual([2, 3, 6]);
    expect(input.invalidExamples[1]!.reason).toMatch(/incident\.force/);
    expect(JSON.stringify(input)).not.toContain('SECRET-NARRATIVE');
    expect(c.total).toBe(2);
    expect(outsideFilters).toBe(0);
  });
});

/**
 * Key findings against a hand-built data set whose figures are worked out here, and against
 * the published tables: every number in a sentence is a published cell's text, and a figure
 * that suppression hid leaves its sentence out.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../protocol/report-schema.js';
import { addReport, emptyCounts } from '../../scripts/analysis/aggregate.js';
import { keyFindings, published } from '../../scripts/analysis/findings.js';
import { parsePopulationCsv } from '../../scripts/analysis/population.js';
import { tabulate } from '../../scripts/analysis/run.js';
import { loadSolver } from '../../scripts/analysis/attack.js';

// tabulate() runs the disclosure audit's solver, loaded once.
await loadSolver();

function report(date: string, ethnicity: string | null, result: string, outcome: string[]): Report {
  return {
    schema: 'scanwitness.report.v1',
    reporter: { role: 'witness' },
    incident: { date, force: 'metropolitan', technology: 'fingerprint' },
    scan: { result },
    outcome,
    ...(ethnicity ? { person: { ethnicity } } : {}),
    meta: { lang: 'en' },
  } as Report;
}

/**
 * 92 reports, none from 1 to 9 in any table, so nothing is hidden:
 *   40 Black African: 25 match-immigration (outcome home-office-contacted), 15 no-match (released); 20 in Jan 2025, 20 in Mar 2025
 *   30 White British: no-match, released; Jan 2025
 *   12 Pakistani: no-match, released; Mar 2025
 *   10 with no person section: not-told, released; Mar 2025
 */
function dataSet(): Report[] {
  const r: Report[] = [];
  for (let i = 0; i < 40; i++)
    r.push(
      report(
        i < 20 ? '2025-01-05' : '2025-03-05',
        'black-african',
        i < 25 ? 'match-immigration' : 'no-match',
        i < 25 ? ['home-office-contacted'] : ['released'],
      ),
    );
  for (let i = 0; i < 30; i++) r.push(report('2025-01-06', 'white-british', 'no-match', ['released']));
  for (let i = 0; i < 12; i++) r.push(report('2025-03-07', 'asian-pakistani', 'no-match', ['released']));
  for (let i = 0; i < 10; i++) r.push(report('2025-03-08', null, 'not-told', ['released']));
  return r;
}

// 5 groups: white 100,000; black 10,000; asian 20,000; mixed 5,000; other 5,000.
const population = parsePopulationCsv('area,ethnicity,population\nall,white,100000\nall,black,10000\nall,asian,20000\nall,mixed,5000\nall,other,5000\n');

describe('key findings', () => {
  const counts = emptyCounts();
  for (const r of dataSet()) addReport(counts, r);
  const { publicTables, suppression } = tabulate(counts, { population });
  const f = keyFindings(publicTables, { forceLabel: null, ratesTableId: 'rates-all', reference: 'white', reports: 92 });

  it('opens with the period, the number of reports and the self-selection caveat in one paragraph', () => {
    expect(suppression.secondary).toBe(0);
    expect(f.opening).toMatch(/^Between January 2025 and March 2025, the campaign received 92 witness reports/);
    expect(f.opening).toMatch(/self-selected sample, not a count of all scans/);
  });

  it('states the ratio with its interval, in exactly the published figures', () => {
    // black: 10,000 × 40 / 10,000 = 40.0 per 10,000; white: 10,000 × 30 / 100,000 = 3.0; ratio 40.0 / 3.0 = 13.33.
    // Katz (both ≥ 30): SE = sqrt(1/40 − 1/10,000 + 1/30 − 1/100,000) = 0.2412950;
    // 13.3333 × exp(∓1.959964 × 0.2412950) = 13.3333 × 0.623196 = 8.31 and 13.3333 × 1.604632 = 21.40.
    const black = f.findings.find((s) => s.startsWith('People recorded as Black were'))!;
    expect(black).toBe(
      'People recorded as Black were reported scanned at 13.33 times the rate of White people (40.0 reports per 10,000 people, against 3.0); 95% interval 8.31 to 21.40.',
    );
    // Asian: 10,000 × 12 / 20,000 = 6.0 per 10,000; ratio 6.0 / 3.0 = 2.00 (exact interval, 12 < 30): the same text as the table.
    const asian = f.findings.find((s) => s.startsWith('People recorded as Asian were'))!;
    const cell = (col: string) => published(publicTables, 'rates-all', 'asian', col)!.display;
    expect(cell('ratio')).toBe('2.00');
    expect(asian).toContain(
      `at 2.00 times the rate of White people (6.0 reports per 10,000 people, against 3.0); 95% interval ${cell('ratioLower')} to ${cell('ratioUpper')}`,
    );
    // The largest ratio comes first.
    expect(f.findings.indexOf(black)).toBeLessThan(f.findings.indexOf(asian));
  });

  it('gives the largest group, the immigration matches and the Home Office contacts', () => {
    // known ethnicity 92 − 10 = 82; Black 40 / 82 = 48.8 %
    expect(f.findings).toContain("Of the 82 reports that give the scanned person's ethnicity, 40 (48.8%) describe them as Black.");
    // scan result known: 92 − 10 not told = 82; immigration matches 25 + 0
    expect(f.findings).toContain(
      '25 of the 82 reports that say what the scan found describe a match on Home Office immigration records (25 on immigration records alone, 0 on both police and immigration records).',
    );
    expect(f.findings).toContain('In 25 of the 92 reports that say what happened next, police contacted the Home Office.');
  });

  it('leaves out every sentence whose figure is hidden', () => {
    // Add 4 Bangladeshi reports: asian becomes 16 with a "<10" inside, so tables change; and
    // 3 reports of a match on both databases, a "<10" the immigration sentence would need.
    const more = [...dataSet()];
    for (let i = 0; i < 4; i++) more.push(report('2025-03-09', 'asian-bangladeshi', 'no-match', ['released']));
    for (let i = 0; i < 3; i++) more.push(report('2025-03-09', 'black-african', 'match-both', ['released']));
    const c = emptyCounts();
    for (const r of more) addReport(c, r);
    const t = tabulate(c, { population });
    const g = keyFindings(t.publicTables, { forceLabel: null, ratesTableId: 'rates-all', reference: 'white', reports: 99 });
    expect(published(t.publicTables, 'scan-result', 'match-both', 'reports')).toBeNull();
    expect(g.findings.join(' ')).not.toMatch(/immigration records alone/);
    // Every number printed in a finding is the text of a published cell (or the grand total).
    const shown = new Set<string>(['99', '95']);
    for (const table of t.publicTables) for (const r of table.rows) for (const cell of r.cells) if (cell.value !== null) shown.add(cell.display);
    for (const s of g.findings) for (const num of s.match(/\d[\d,.]*\d|\d/g) ?? []) expect(shown.has(num), `${num} in "${s}"`).toBe(true);
  });
});

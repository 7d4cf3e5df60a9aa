/**
 * Charts say what they can: with too few published figures a sentence replaces the chart,
 * and a drawn chart's value axis never shows a lone "0" (or a lone "1").
 */
import { describe, expect, it } from 'vitest';
import { addReport, emptyCounts } from '../../scripts/analysis/aggregate.js';
import { buildCharts } from '../../scripts/analysis/charts.js';
import { parsePopulationCsv } from '../../scripts/analysis/population.js';
import { tabulate } from '../../scripts/analysis/run.js';
import { syntheticReports } from '../../scripts/dev/synthetic.js';
import { loadSolver } from '../../scripts/analysis/attack.js';

// tabulate() runs the disclosure audit's solver, loaded once.
await loadSolver();

const population = parsePopulationCsv(
  'area,ethnicity,population\nall,white,48700000\nall,mixed,1700000\nall,asian,5400000\nall,black,2400000\nall,other,1300000\n',
);

async function chartsFor(n: number) {
  const counts = emptyCounts();
  for (const r of syntheticReports(n, 5)) addReport(counts, r);
  return buildCharts(tabulate(counts, { population }).publicTables);
}

/** The numbers printed as text in an SVG (axis tick labels and the like). */
function numbersIn(svg: string): string[] {
  return [...svg.matchAll(/>(-?[\d.,]+)<\/text>/g)].map((m) => m[1]!);
}

describe('charts', () => {
  it('with 30 reports, most charts become a sentence, and none is drawn with a lone tick', async () => {
    const charts = await chartsFor(30);
    const sentences = charts.filter((c) => c.svg === null);
    expect(sentences.length).toBeGreaterThan(0);
    for (const c of sentences) expect(c.caption).toMatch(/not drawn — (no figure|only 1 figure) to draw/);
    for (const c of charts.filter((x) => x.svg !== null)) {
      const ticks = numbersIn(c.svg!);
      expect(ticks.length, `${c.id}: ${ticks.join(' ')}`).toBeGreaterThanOrEqual(2);
      expect(new Set(ticks).size, c.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('with 3,000 reports every chart is drawn, with whole-number ticks on counts', async () => {
    const charts = await chartsFor(3000);
    for (const c of charts) expect(c.svg, c.id).not.toBeNull();
    const month = charts.find((c) => c.id === 'chart-month')!;
    expect(numbersIn(month.svg!).every((t) => !t.includes('.'))).toBe(true);
  });
});

/**
 * npm run bench:suppression — how much secondary suppression hides on `simulate`'s synthetic
 * inputs (fixed seeds): the number of cells it hides and the reports inside them, without and
 * with a population file (rates tables add equations). docs/analysis.md records the figures
 * of the earlier "smallest neighbour" rule beside these.
 *
 *   npm run bench:suppression -- [--counts 300,3000] [--seeds 1,2]
 */
import { parseArgs } from 'node:util';
import { addReport, emptyCounts } from '../scripts/analysis/aggregate.js';
import { parsePopulationCsv } from '../scripts/analysis/population.js';
import { tabulate } from '../scripts/analysis/run.js';
import { syntheticReports } from '../scripts/dev/synthetic.js';

/** 5-group populations (round figures near Census 2021) for all reports and two forces. */
export const BENCH_POPULATION_CSV = [
  'area,ethnicity,population',
  'all,white,48700000',
  'all,mixed,1700000',
  'all,asian,5400000',
  'all,black,2400000',
  'all,other,1300000',
  'metropolitan,white,4700000',
  'metropolitan,mixed,500000',
  'metropolitan,asian,1800000',
  'metropolitan,black,1200000',
  'metropolitan,other,600000',
  'west-midlands,white,2000000',
  'west-midlands,mixed,130000',
  'west-midlands,asian,570000',
  'west-midlands,black,190000',
  'west-midlands,other,60000',
].join('\n');

export function measure(count: number, seed: number, withPopulation: boolean) {
  const counts = emptyCounts();
  for (const r of syntheticReports(count, seed)) addReport(counts, r);
  const start = process.hrtime.bigint();
  const { suppression, system } = tabulate(counts, withPopulation ? { population: parsePopulationCsv(BENCH_POPULATION_CSV) } : {});
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let hiddenTotal = 0;
  let cells = 0;
  for (const [id, s] of suppression.status) {
    if (s !== 'secondary') continue;
    cells += 1;
    hiddenTotal += system.value(id);
  }
  return { count, seed, population: withPopulation, secondaryCells: cells, secondaryTotal: hiddenTotal, ms: Math.round(ms) };
}

if (process.argv[1]?.endsWith('suppression.ts')) {
  const { values } = parseArgs({ options: { counts: { type: 'string', default: '300,3000' }, seeds: { type: 'string', default: '1,2' } } });
  const rows = [];
  for (const count of values.counts.split(',').map(Number)) {
    for (const seed of values.seeds.split(',').map(Number)) {
      for (const pop of [false, true]) rows.push(measure(count, seed, pop));
    }
  }
  console.table(rows);
}

/**
 * npm run bench:suppression — what disclosure control costs and what it protects, on
 * `simulate`'s synthetic inputs (fixed seeds), with briefings: for the pattern linear algebra
 * alone accepts ("before") and the one the integer-programming attack accepts ("after"),
 * the hidden small counts, how many the attack narrows below 1–9, recovers exactly or pins
 * to fewer than 4 values, and the secondary cells with the reports inside them; then the time
 * of the protection and of the final audit against the whole of tabulation.
 *
 *   npm run bench:suppression -- [--counts 300,1000,3000] [--seeds 1,2,3]
 */
import { parseArgs } from 'node:util';
import { addReport, emptyCounts } from '../scripts/analysis/aggregate.js';
import { attack, loadSolver, PROTECTION_VALUES, width } from '../scripts/analysis/attack.js';
import { auditPublished } from '../scripts/analysis/audit.js';
import { parsePopulationCsv } from '../scripts/analysis/population.js';
import { tabulate } from '../scripts/analysis/run.js';
import { suppress } from '../scripts/analysis/suppression.js';
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

function attacked(ranges: Map<string, { min: number; max: number }>) {
  const w = [...ranges.values()].map(width);
  return {
    hidden: w.length,
    narrowed: w.filter((x) => x < 9).length,
    exact: w.filter((x) => x === 1).length,
    below4: w.filter((x) => x < PROTECTION_VALUES).length,
  };
}

export function measure(count: number, seed: number, withPopulation: boolean) {
  const counts = emptyCounts();
  for (const r of syntheticReports(count, seed)) addReport(counts, r);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const { system, specs, suppression, publicTables } = tabulate(counts, {
    briefing: true,
    ...(withPopulation ? { population: parsePopulationCsv(BENCH_POPULATION_CSV) } : {}),
  });
  const tabulateMs = performance.now() - start;
  const auditCpu = process.cpuUsage();
  const audit = auditPublished(system, specs, suppression);
  const auditCpuMs = (process.cpuUsage(auditCpu).user + process.cpuUsage(auditCpu).system) / 1000;
  const totalCpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
  // Before: linear algebra's pattern alone, on the same tables (a fresh system: suppress() works in place).
  const fresh = tabulate(counts, { briefing: true, ...(withPopulation ? { population: parsePopulationCsv(BENCH_POPULATION_CSV) } : {}) }).system;
  const linear = suppress(fresh);
  const before = attacked(attack(fresh, linear.status).ranges);
  const after = attacked(attack(system, suppression.status).ranges);
  const ratio = publicTables.find((t) => t.id === 'rates-all')?.rows.find((r) => r.key === 'black');
  return {
    count,
    seed,
    population: withPopulation,
    'hidden small': `${before.hidden} → ${after.hidden}`,
    narrowed: `${before.narrowed} → ${after.narrowed}`,
    exact: `${before.exact} → ${after.exact}`,
    '<4 values': `${before.below4} → ${after.below4}`,
    '[c] cells': `${linear.secondary} → ${suppression.secondary}`,
    '[c] reports': `${linear.secondaryTotal} → ${suppression.secondaryTotal}`,
    ratio: ratio ? ratio.cells[7]!.display : '',
    'protect ms': Math.round(suppression.ms),
    'audit ms': audit.ms,
    'tabulate ms': Math.round(tabulateMs),
    'audit share of CPU': `${Math.round((100 * auditCpuMs) / totalCpuMs)}%`,
  };
}

if (process.argv[1]?.endsWith('suppression.ts')) {
  const { values } = parseArgs({
    options: {
      counts: { type: 'string', default: '300,1000,3000' },
      seeds: { type: 'string', default: '1,2,3' },
      population: { type: 'boolean', default: false },
    },
  });
  await loadSolver();
  const rows = [];
  for (const count of values.counts.split(',').map(Number)) {
    for (const seed of values.seeds.split(',').map(Number)) rows.push(measure(count, seed, values.population));
  }
  console.table(rows);
}

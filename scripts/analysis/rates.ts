/**
 * Rates per k people and disproportionality ratios against a reference group, per area of
 * the population file (docs/analysis.md, "Rates and disproportionality").
 *
 * The numerators are counts, and a rate times a published population gives its numerator
 * back, so every numerator is a cell of the shared CellSystem and a rate is printed only
 * when its numerator is (and is at least 10).
 */
import { label, rollUpEthnicity } from './categories.js';
import type { Counts } from './aggregate.js';
import { ALL_AREA, type Population } from './population.js';
import { rateRatio, rateWithInterval } from './stats.js';
import { CellSystem } from './suppression.js';
import { COST_WEIGHT, id, type CellSpec, type RowSpec, type TableSpec } from './table-model.js';

export const SELF_SELECTED_CAVEAT =
  'These are witness reports, a self-selected sample, not a census of scans: a rate here is reports per population, ' +
  'not the rate at which people are scanned, and who chooses to report shapes it. Read the ratios as a signal to ask ' +
  'about, not a measurement.';

export interface RateOptions {
  /** Rates per k people (default 10,000). */
  k: number;
  /** Reference group slug at the population file's level (default white-british, or white at 5 groups). */
  reference: string;
  level: number;
}

export const MINORITY = 'all-minority';

/** Enough decimals that a small rate is not printed as 0.2 – 0.2: 1 from 1 up, 2 from 0.1, else 3. */
export function rateDecimals(rate: number): number {
  return rate >= 1 || rate === 0 ? 1 : rate >= 0.1 ? 2 : 3;
}

export function defaultReference(level: number): string {
  return level === 5 ? 'white' : 'white-british';
}

/** Count of ethnicity `group` (at the population level) among a force's reports. */
function forceGroupCount(counts: Counts, force: string, group: string, level: number): number {
  const row = counts.forceEth19[force] ?? {};
  if (level === 19) return row[group] ?? 0;
  return Object.entries(row).reduce((s, [e19, n]) => (rollUpEthnicity(e19) === group ? s + n : s), 0);
}

/** What the steps of buildRateTables share. */
interface RateContext {
  system: CellSystem;
  /** The population file's groups, at its level. */
  groups: readonly string[];
  reference: string;
  k: number;
  dim: 'ethnicity19' | 'ethnicity5';
  /** The forces the population file has a row for. */
  forceAreas: string[];
}

/** The cell of an area's count of group `g` ('known', 'unknown' and MINORITY too). */
const rateCell = (area: string, g: string) => `rate:${area}|${g}`;

export function buildRateTables(counts: Counts, population: Population, system: CellSystem, options: RateOptions): TableSpec[] {
  const { level, groups } = population;
  const { k, reference } = options;
  if (!groups.includes(reference)) {
    throw new Error(`reference group "${reference}" is not a ${level}-group ethnicity in the population file; use one of ${groups.join(', ')}`);
  }
  const ctx: RateContext = {
    system,
    groups,
    reference,
    k,
    dim: level === 19 ? 'ethnicity19' : 'ethnicity5',
    forceAreas: [...population.areas.keys()].filter((a) => a !== ALL_AREA),
  };
  addForceNumerators(ctx, counts, level);
  // Without an "all" row the overall figures cover the listed forces together.
  const overallArea = population.areas.has(ALL_AREA) ? ALL_AREA : ctx.forceAreas.length > 1 ? 'listed-forces' : null;
  let overallPopulation: Map<string, number> | null = population.areas.get(ALL_AREA) ?? null;
  if (overallArea === 'listed-forces') overallPopulation = addListedForces(ctx, population);

  const tables: TableSpec[] = [];
  if (overallArea !== null && overallPopulation !== null) tables.push(areaTable(ctx, overallArea, overallPopulation));
  for (const f of ctx.forceAreas) tables.push(areaTable(ctx, f, population.areas.get(f)!));
  return tables;
}

/** Per-force numerators, linked to the force totals and to the overall counts (the rest: "other forces"). */
function addForceNumerators({ system, groups, reference, dim, forceAreas }: RateContext, counts: Counts, level: number): void {
  for (const f of forceAreas) {
    const groupCells = groups.map((g) => system.cell(rateCell(f, g), forceGroupCount(counts, f, g, level)));
    for (const g of groups) system.weigh(rateCell(f, g), g === reference ? COST_WEIGHT.reference : COST_WEIGHT.ethnicGroup);
    const known = groupCells.reduce((s, c) => s + system.value(c), 0);
    system.cell(rateCell(f, 'known'), known);
    system.sum(rateCell(f, 'known'), groupCells);
    system.cell(rateCell(f, 'unknown'), counts.one.force[f]! - known, false);
    system.sum(id.one('force', f), [rateCell(f, 'known'), rateCell(f, 'unknown')]);
  }
  for (const g of groups) {
    const listed = forceAreas.reduce((s, f) => s + system.value(rateCell(f, g)), 0);
    system.cell(rateCell('other-forces', g), counts.one[dim][g]! - listed, false);
    system.sum(id.one(dim, g), [...forceAreas.map((f) => rateCell(f, g)), rateCell('other-forces', g)]);
  }
}

/** The listed forces together, as one area: their numerators summed; returns their population. */
function addListedForces({ system, groups, forceAreas }: RateContext, population: Population): Map<string, number> {
  const people = new Map(groups.map((g) => [g, forceAreas.reduce((s, f) => s + population.areas.get(f)!.get(g)!, 0)]));
  for (const g of groups)
    system.subtotal(
      rateCell('listed-forces', g),
      forceAreas.map((f) => rateCell(f, g)),
    );
  system.subtotal(
    rateCell('listed-forces', 'known'),
    groups.map((g) => rateCell('listed-forces', g)),
  );
  return people;
}

/** The rates table of one area: a row per group, then all groups but the reference combined. */
function areaTable(ctx: RateContext, area: string, people: Map<string, number>): TableSpec {
  const { system, groups, reference, k, dim, forceAreas } = ctx;
  const numerator = (g: string) => (area === ALL_AREA ? (g === 'known' ? id.known(dim) : id.one(dim, g)) : rateCell(area, g));
  const minority = groups.filter((g) => g !== reference);
  const minorityCell = system.cell(
    rateCell(area, MINORITY),
    minority.reduce((s, g) => s + system.value(numerator(g)), 0),
  );
  system.sum(minorityCell, minority.map(numerator));
  const figures: AreaFigures = {
    k,
    knownCell: numerator('known'),
    popTotal: groups.reduce((s, g) => s + people.get(g)!, 0),
    refCell: numerator(reference),
    refN: system.value(numerator(reference)),
    refPop: people.get(reference)!,
  };
  const areaLabel =
    area === ALL_AREA ? 'all reports' : area === 'listed-forces' ? `the ${forceAreas.length} forces in the population file together` : label(area);
  return {
    id: `rates-${area}`,
    title: `Rates per ${k.toLocaleString('en-GB')} people and disproportionality: ${areaLabel}`,
    rowHeader: 'Ethnic group',
    group: 'rates',
    notes: [
      SELF_SELECTED_CAVEAT,
      `Rate = ${k.toLocaleString('en-GB')} × reports ÷ population, with an exact Poisson 95% interval. Ratio = the group's rate ÷ the rate of ${label(reference)} (the reference), ` +
        'with a 95% interval: Katz log method when both counts are at least 30, otherwise the exact conditional (binomial) interval. ' +
        'Rates and ratios are shown only when the counts behind them are at least 10 ("n<10"). Reports with unknown or unstated ethnicity are left out of rates.',
    ],
    parts: [
      { title: 'Reports and rates', columns: ['reports', 'population', 'rate', 'rateLower', 'rateUpper'] },
      { title: 'Disproportionality ratio', columns: ['ratio', 'ratioLower', 'ratioUpper', 'ciMethod'] },
      { title: 'Share of reports and of the population', columns: ['shareReports', 'sharePopulation'] },
    ],
    columns: [
      { key: 'reports', label: 'Reports', kind: 'count' },
      { key: 'population', label: 'Population', kind: 'number' },
      { key: 'rate', label: `Rate per ${k.toLocaleString('en-GB')}`, kind: 'number' },
      { key: 'rateLower', label: 'Rate 95% CI low', kind: 'number' },
      { key: 'rateUpper', label: 'Rate 95% CI high', kind: 'number' },
      { key: 'shareReports', label: '% of reports (known ethnicity)', kind: 'percent' },
      { key: 'sharePopulation', label: '% of population', kind: 'number' },
      { key: 'ratio', label: 'Ratio vs reference', kind: 'number' },
      { key: 'ratioLower', label: 'Ratio 95% CI low', kind: 'number' },
      { key: 'ratioUpper', label: 'Ratio 95% CI high', kind: 'number' },
      { key: 'ciMethod', label: 'Ratio CI method', kind: 'text' },
    ],
    rows: [
      ...groups.map((g) => rateRow(system, figures, { key: g, label: label(g), nCell: numerator(g), pop: people.get(g)!, isRef: g === reference })),
      rateRow(system, figures, {
        key: MINORITY,
        label: `All groups other than ${label(reference)} combined`,
        nCell: minorityCell,
        pop: minority.reduce((s, g) => s + people.get(g)!, 0),
        isRef: false,
      }),
    ],
  };
}

/** What every row of an area's table is computed against. */
interface AreaFigures {
  k: number;
  /** The area's reports of known ethnicity (the share's denominator). */
  knownCell: string;
  popTotal: number;
  refCell: string;
  refN: number;
  refPop: number;
}

/** One group's row: count, population, rate with interval, shares, and ratio to the reference with interval. */
function rateRow(
  system: CellSystem,
  { k, knownCell, popTotal, refCell, refN, refPop }: AreaFigures,
  { key, label: rowLabel, nCell, pop, isRef }: { key: string; label: string; nCell: string; pop: number; isRef: boolean },
): RowSpec {
  const n = system.value(nCell);
  const r = rateWithInterval(n, Math.max(pop, 1), k);
  const rr = isRef ? null : rateRatio(n, Math.max(pop, 1), refN, Math.max(refPop, 1));
  // A group nobody in the area belongs to (population 0) has no rate: "–".
  const defined = pop > 0 && refPop > 0;
  const num = (value: number | null, decimals: number, reveals: string[]): CellSpec => ({
    kind: 'number',
    value: defined ? value : null,
    decimals,
    reveals,
    minCount: reveals,
  });
  return {
    key,
    label: rowLabel,
    role: key === MINORITY ? 'subtotal' : undefined,
    cells: [
      { kind: 'count', id: nCell },
      { kind: 'number', value: pop, decimals: 0, reveals: [], minCount: [] },
      num(r.rate, rateDecimals(r.rate), [nCell]),
      num(r.lower, rateDecimals(r.rate), [nCell]),
      num(r.upper, rateDecimals(r.rate), [nCell]),
      { kind: 'percent', num: nCell, den: knownCell },
      { kind: 'number', value: (100 * pop) / popTotal, decimals: 1, reveals: [], minCount: [] },
      isRef ? { kind: 'text', text: 'reference' } : num(rr!.ratio, 2, [nCell, refCell]),
      isRef ? { kind: 'text', text: '' } : num(rr!.lower, 2, [nCell, refCell]),
      isRef ? { kind: 'text', text: '' } : num(rr!.upper, 2, [nCell, refCell]),
      isRef || rr!.method === 'none'
        ? { kind: 'text', text: '' }
        : { kind: 'text', text: rr!.method === 'katz' ? 'Katz' : 'exact', reveals: [nCell, refCell], minCount: [nCell, refCell] },
    ],
  };
}

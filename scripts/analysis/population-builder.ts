/**
 * Build the population file (population.ts's format) from the two official downloads
 * (docs/analysis.md, "Census denominators"):
 *
 * - Census 2021 table TS021 (ethnic group) at local-authority level, as the ONS/Nomis bulk CSV
 *   (census2021-ts021-ltla.csv): columns "geography code", "Ethnic group: Total: All usual
 *   residents" and one column per group, e.g. "Ethnic group: White: Irish";
 * - the ONS lookup from local authority district to police force area: columns LADyyCD
 *   (e.g. LAD22CD) and PFAyyNM (e.g. PFA22NM), one row per local authority.
 *
 * Police force areas are unions of local authorities, so each force's population is the sum
 * of its local authorities'. Checks, each naming the file and row: every local authority of
 * the census file is in the lookup, exactly once (one force); each area's 19 groups add up to
 * its total; the forces add up to "all".
 */
import { csvParse } from 'd3-dsv';
import { CENSUS_ETHNICITIES, TERRITORIAL_FORCES } from '../../protocol/questions.js';
import { FORCE_LABELS } from '../../protocol/labels.js';
import { ALL_AREA } from './population.js';

export class PopulationBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PopulationBuildError';
  }
}

/** The TS021 column of each of the 19 groups, after "Ethnic group: ". */
export const TS021_COLUMNS: Record<(typeof CENSUS_ETHNICITIES)[number], string> = {
  'white-british': 'White: English, Welsh, Scottish, Northern Irish or British',
  'white-irish': 'White: Irish',
  'white-gypsy-traveller': 'White: Gypsy or Irish Traveller',
  'white-roma': 'White: Roma',
  'white-other': 'White: Other White',
  'mixed-white-black-caribbean': 'Mixed or Multiple ethnic groups: White and Black Caribbean',
  'mixed-white-black-african': 'Mixed or Multiple ethnic groups: White and Black African',
  'mixed-white-asian': 'Mixed or Multiple ethnic groups: White and Asian',
  'mixed-other': 'Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups',
  'asian-indian': 'Asian, Asian British or Asian Welsh: Indian',
  'asian-pakistani': 'Asian, Asian British or Asian Welsh: Pakistani',
  'asian-bangladeshi': 'Asian, Asian British or Asian Welsh: Bangladeshi',
  'asian-chinese': 'Asian, Asian British or Asian Welsh: Chinese',
  'asian-other': 'Asian, Asian British or Asian Welsh: Other Asian',
  'black-african': 'Black, Black British, Black Welsh, Caribbean or African: African',
  'black-caribbean': 'Black, Black British, Black Welsh, Caribbean or African: Caribbean',
  'black-other': 'Black, Black British, Black Welsh, Caribbean or African: Other Black',
  'other-arab': 'Other ethnic group: Arab',
  'other-any': 'Other ethnic group: Any other ethnic group',
};
const TOTAL_COLUMN = 'Total: All usual residents';
const CODE_COLUMN = 'geography code';

/** Police force area names as the ONS lookup spells them, to our force slugs. */
function forceSlug(pfaName: string): string | null {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/&/g, 'and')
      .replace(/\(.*?\)/g, '')
      .replace(/\bpolice\b/g, '')
      .replace(/[^a-z]+/g, ' ')
      .trim();
  const name = norm(pfaName);
  if (name === 'london city of' || name === 'city of london') return 'city-of-london';
  if (name === 'metropolitan' || name === 'metropolitan service') return 'metropolitan';
  if (name === 'hampshire and isle of wight') return 'hampshire';
  for (const slug of TERRITORIAL_FORCES) {
    if (norm(slug.replace(/-/g, ' ')) === name || norm((FORCE_LABELS as Record<string, string>)[slug] ?? '') === name) return slug;
  }
  return null;
}

function column(headers: string[], pattern: RegExp, file: string, what: string): string {
  const found = headers.find((h) => pattern.test(h.trim()));
  if (!found) throw new PopulationBuildError(`${file}: no ${what} column (looked for a header like ${pattern.source}); its headers are: ${headers.join(', ')}`);
  return found;
}

/** Read the lookup: local authority code → force slug. */
export function parseLookup(text: string, file: string): Map<string, string> {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const lad = column(rows.columns, /^LAD\d{2}CD$/i, file, 'local authority code');
  const pfa = column(rows.columns, /^PFA\d{2}NM$/i, file, 'police force area name');
  const out = new Map<string, string>();
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const code = row[lad]?.trim() ?? '';
    const name = row[pfa]?.trim() ?? '';
    if (code === '') return void problems.push(`row ${line}: no local authority code`);
    const slug = forceSlug(name);
    if (slug === null)
      return void problems.push(`row ${line}: police force area "${name}" is not one of the 43 territorial forces (${TERRITORIAL_FORCES.join(', ')})`);
    const earlier = out.get(code);
    if (earlier !== undefined && earlier !== slug)
      return void problems.push(`row ${line}: local authority ${code} is mapped to ${earlier} and again to ${slug}; each must belong to exactly one force`);
    out.set(code, slug);
  });
  if (problems.length > 0) throw new PopulationBuildError(`${file} has problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return out;
}

export interface BuiltPopulation {
  /** The population file's text (area,ethnicity,population). */
  csv: string;
  /** Forces the lookup named, and territorial forces it did not (their rates will be missing). */
  forces: string[];
  missingForces: string[];
  localAuthorities: number;
  total: number;
}

/** Build the population file from the TS021 local-authority CSV and the LA → police force area lookup. */
export function buildPopulation(censusText: string, censusFile: string, lookupText: string, lookupFile: string): BuiltPopulation {
  const lookup = parseLookup(lookupText, lookupFile);
  const rows = csvParse(censusText.replace(/^\uFEFF/, ''));
  const code = column(rows.columns, /^geography code$/i, censusFile, `"${CODE_COLUMN}"`);
  const header = (suffix: string) =>
    rows.columns.find(
      (h) =>
        h
          .trim()
          .replace(/^Ethnic group:\s*/i, '')
          .replace(/;.*$/, '') === suffix,
    );
  const missingCols = [TOTAL_COLUMN, ...Object.values(TS021_COLUMNS)].filter((c) => header(c) === undefined);
  if (missingCols.length > 0) {
    throw new PopulationBuildError(
      `${censusFile}: missing column(s) ${missingCols.map((c) => `"Ethnic group: ${c}"`).join(', ')} — is it table TS021 (ethnic group, 20 categories) at local-authority level?`,
    );
  }
  const byForce = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const la = row[code]?.trim() ?? '';
    if (la === '') return void problems.push(`row ${line}: no geography code`);
    if (seen.has(la)) return void problems.push(`row ${line}: local authority ${la} appears twice`);
    seen.add(la);
    const force = lookup.get(la);
    if (force === undefined)
      return void problems.push(
        `row ${line}: local authority ${la} is not in ${lookupFile} (use the lookup for the same year's boundaries as the census file, e.g. LAD 2021 or 2022 for Census 2021)`,
      );
    const num = (col: string) => Number((row[header(col)!] ?? '').replace(/,/g, ''));
    const values = CENSUS_ETHNICITIES.map((g) => num(TS021_COLUMNS[g]));
    const bad = CENSUS_ETHNICITIES.filter((_, k) => !Number.isInteger(values[k]) || values[k]! < 0);
    if (bad.length > 0) return void problems.push(`row ${line} (${la}): not a whole number for ${bad.join(', ')}`);
    const total = num(TOTAL_COLUMN);
    const sum = values.reduce((s, v) => s + v, 0);
    if (sum !== total) return void problems.push(`row ${line} (${la}): the 19 groups add up to ${sum}, but "Ethnic group: ${TOTAL_COLUMN}" is ${total}`);
    const m = byForce.get(force) ?? new Map<string, number>();
    CENSUS_ETHNICITIES.forEach((g, k) => m.set(g, (m.get(g) ?? 0) + values[k]!));
    byForce.set(force, m);
  });
  if (rows.length === 0) problems.push('no data rows');
  if (problems.length > 0) throw new PopulationBuildError(`${censusFile} has problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  const forces = TERRITORIAL_FORCES.filter((f) => byForce.has(f));
  const all = new Map(CENSUS_ETHNICITIES.map((g) => [g, forces.reduce((s, f) => s + byForce.get(f)!.get(g)!, 0)]));
  const total = [...all.values()].reduce((s, v) => s + v, 0);
  const censusTotal = rows.reduce((s, row) => s + Number((row[header(TOTAL_COLUMN)!] ?? '').replace(/,/g, '')), 0);
  if (total !== censusTotal) throw new PopulationBuildError(`the forces add up to ${total} people, but ${censusFile}'s totals add up to ${censusTotal}`);
  const lines = [
    'area,ethnicity,population',
    `# Built by npm run population from ${censusFile} (Census 2021 TS021) and ${lookupFile}; ${seen.size} local authorities.`,
  ];
  for (const [area, m] of [[ALL_AREA, all] as const, ...forces.map((f) => [f, byForce.get(f)!] as const)]) {
    for (const g of CENSUS_ETHNICITIES) lines.push(`${area},${g},${m.get(g)}`);
  }
  return { csv: `${lines.join('\n')}\n`, forces, missingForces: TERRITORIAL_FORCES.filter((f) => !byForce.has(f)), localAuthorities: seen.size, total };
}

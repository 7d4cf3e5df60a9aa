/**
 * The population file for rates (docs/analysis.md, "Population file"; template in
 * docs/population-template.csv):
 *
 *   area,ethnicity,population
 *   all,white-british,44355081
 *   metropolitan,black-african,...
 *
 * area: `all` (every report in the analysis) or a police force slug.
 * ethnicity: the 19 Census 2021 slugs, or the 5 groups (white, mixed, asian, black, other);
 * one level for the whole file, and every group of that level for every area.
 */
import { readFile } from 'node:fs/promises';
import { CENSUS_ETHNICITIES, FORCES } from '../../protocol/questions.js';
import { ETHNICITY_5 } from './categories.js';
import { AnalysisError } from './errors.js';

export type PopulationLevel = 19 | 5;

export interface Population {
  level: PopulationLevel;
  groups: readonly string[];
  /** area → group → people. Areas in file order. */
  areas: Map<string, Map<string, number>>;
}

export const ALL_AREA = 'all';

export function parsePopulationCsv(text: string, source = 'the population file'): Population {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const problems: string[] = [];
  const header = lines[0]?.split(',').map((h) => h.trim().toLowerCase());
  if (!header || header.join(',') !== 'area,ethnicity,population') {
    throw new AnalysisError(`${source}: the first line must be exactly "area,ethnicity,population" (see docs/population-template.csv)`);
  }
  const areas = new Map<string, Map<string, number>>();
  let level: PopulationLevel | null = null;
  lines.slice(1).forEach((line, i) => {
    const n = i + 2;
    if (line === '' || line.startsWith('#')) return;
    const parts = line.split(',').map((p) => p.trim());
    if (parts.length !== 3) return void problems.push(`line ${n}: expected 3 fields, found ${parts.length}`);
    const [area, group, pop] = parts as [string, string, string];
    if (area !== ALL_AREA && !(FORCES as readonly string[]).includes(area))
      return void problems.push(`line ${n}: area "${area}" is neither "all" nor a police force slug (${FORCES.filter((f) => f !== 'unknown').join(', ')})`);
    const rowLevel: PopulationLevel | null = (CENSUS_ETHNICITIES as readonly string[]).includes(group)
      ? 19
      : (ETHNICITY_5 as readonly string[]).includes(group)
        ? 5
        : null;
    if (rowLevel === null)
      return void problems.push(
        `line ${n}: ethnicity "${group}" is neither a 19-group Census slug (${CENSUS_ETHNICITIES.join(', ')}) nor one of the 5 groups (${ETHNICITY_5.join(', ')})`,
      );
    if (level === null) level = rowLevel;
    else if (level !== rowLevel) return void problems.push(`line ${n}: mixes 5-group and 19-group rows; use one level for the whole file`);
    // 0 is allowed (a small area may have nobody of a group): its rate is then undefined ("–").
    if (!/^\d+$/.test(pop)) return void problems.push(`line ${n}: population "${pop}" is not a whole number (0 or more)`);
    const m = areas.get(area) ?? new Map<string, number>();
    if (m.has(group)) return void problems.push(`line ${n}: ${area}/${group} appears twice`);
    m.set(group, Number(pop));
    areas.set(area, m);
  });
  if (level === null && problems.length === 0) problems.push('no data rows');
  const groups: readonly string[] = level === 5 ? ETHNICITY_5 : CENSUS_ETHNICITIES;
  for (const [area, m] of areas) {
    const missing = groups.filter((g) => !m.has(g));
    if (missing.length > 0)
      problems.push(`area ${area}: no row for ${missing.join(', ')} (every group of the level is needed, so "all minority groups combined" is complete)`);
  }
  for (const [area, m] of areas) if ([...m.values()].reduce((a, b) => a + b, 0) === 0) problems.push(`area ${area}: every group has population 0`);
  if (problems.length > 0) throw new AnalysisError(`${source} has problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return { level: level!, groups, areas };
}

export async function readPopulationFile(path: string): Promise<Population> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new AnalysisError(`cannot read population file ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return parsePopulationCsv(text, path);
}

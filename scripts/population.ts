/**
 * npm run population — the population file for rates, built from the official downloads:
 * Census 2021 TS021 at local-authority level and the ONS local authority → police force area
 * lookup (docs/analysis.md, "Census denominators"). Never overwrites.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { CliError, parseFlags, runCli } from './cli/run-cli.js';
import { buildPopulation } from './analysis/population-builder.js';

const HELP = `Usage: npm run population -- --census census2021-ts021-ltla.csv --lookup LAD_to_PFA.csv [--out population.csv]

Builds the population file that \`npm run analyse -- --population\` reads: the 19 Census 2021 ethnic
groups for "all" (England and Wales) and for each police force area, summed over its local
authorities. Download steps: docs/analysis.md, "Census denominators".

  --census FILE   Census 2021 table TS021 (ethnic group) by local authority, the ONS/Nomis bulk CSV
  --lookup FILE   ONS lookup, local authority district to police force area (columns LADyyCD, PFAyyNM)
  --out FILE      where to write (default population.csv; never overwritten)

Exit status: 0 written; 1 a problem with a file (each named with its row); 2 bad command line.`;

async function read(path: string, flag: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`${flag} ${path}: cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const { values } = parseFlags(argv, { census: { type: 'string' }, lookup: { type: 'string' }, out: { type: 'string' } }, HELP);
  if (!values.census || !values.lookup) throw new CliError(`give both --census and --lookup\n\n${HELP}`, 2);
  const out = values.out ?? 'population.csv';
  if (existsSync(out)) throw new CliError(`${out} already exists; choose another --out or move it away`);
  const [census, lookup] = [await read(values.census, '--census'), await read(values.lookup, '--lookup')];
  const result = buildPopulation(census, values.census, lookup, values.lookup);
  await writeFile(out, result.csv, { flag: 'wx' });
  process.stderr.write(
    `${result.localAuthorities} local authorities, ${result.forces.length} police force areas, ${result.total.toLocaleString('en-GB')} people\n`,
  );
  if (result.missingForces.length > 0)
    process.stderr.write(
      `warning: no local authority for ${result.missingForces.length} force(s), which will have no rates: ${result.missingForces.join(', ')}\n`,
    );
  process.stdout.write(`${out}\n`);
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1] ?? '')) runCli('population', main);

/**
 * npm run population through the real CLI, on small hand-made files in the two official
 * formats (tests/fixtures/population/: the Census 2021 TS021 local-authority bulk CSV and the
 * ONS LAD22 → PFA22 lookup), six local authorities in five police force areas.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePopulationCsv } from '../../scripts/analysis/population.js';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'population');
const CENSUS = join(FIXTURES, 'census2021-ts021-ltla.csv');
const LOOKUP = join(FIXTURES, 'LAD22_PFA22_EW_LU.csv');
const dir = mkdtempSync(join(tmpdir(), 'sw-population-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function population(args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/population.ts', ...args], { cwd: process.cwd(), env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

// Each test runs the CLI (a tsx start each time): generous on a loaded two-core machine.
const SLOW = 180_000;

describe('npm run population', () => {
  it(
    'sums local authorities into police force areas and "all", every group of all 19',
    async () => {
      const out = join(dir, 'population.csv');
      const r = await population(['--census', CENSUS, '--lookup', LOOKUP, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/6 local authorities, 5 police force areas/);
      expect(r.stderr).toMatch(/no local authority for 38 force\(s\)/);
      const pop = parsePopulationCsv(readFileSync(out, 'utf8'));
      expect(pop.level).toBe(19);
      expect([...pop.areas.keys()]).toEqual(['all', 'city-of-london', 'metropolitan', 'south-wales', 'west-midlands', 'west-yorkshire']);
      // Metropolitan = Tower Hamlets + Westminster: White British 70,000 + 60,000; Black African 10,000 + 6,000; Bangladeshi 107,000 + 5,000
      expect(pop.areas.get('metropolitan')!.get('white-british')).toBe(130_000);
      expect(pop.areas.get('metropolitan')!.get('black-african')).toBe(16_000);
      expect(pop.areas.get('metropolitan')!.get('asian-bangladeshi')).toBe(112_000);
      // all = the six: White British 5,000 + 70,000 + 60,000 + 500,000 + 600,000 + 250,000
      expect(pop.areas.get('all')!.get('white-british')).toBe(1_485_000);
      // A group with nobody in an area is written as 0 (City of London, Gypsy or Irish Traveller).
      expect(pop.areas.get('city-of-london')!.get('white-gypsy-traveller')).toBe(0);
      // The forces add up to "all" in every group.
      for (const g of pop.groups) {
        const forces = [...pop.areas].filter(([a]) => a !== 'all').reduce((s, [, m]) => s + m.get(g)!, 0);
        expect(forces, g).toBe(pop.areas.get('all')!.get(g));
      }
      // Never overwrites.
      const again = await population(['--census', CENSUS, '--lookup', LOOKUP, '--out', out]);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already exists/);
    },
    SLOW,
  );

  it(
    'names the row of a local authority missing from the lookup',
    async () => {
      const lookup = join(dir, 'lookup-without-leeds.csv');
      writeFileSync(
        lookup,
        readFileSync(LOOKUP, 'utf8')
          .split('\n')
          .filter((l) => !l.startsWith('E08000035'))
          .join('\n'),
      );
      const out = join(dir, 'p2.csv');
      const r = await population(['--census', CENSUS, '--lookup', lookup, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/census2021-ts021-ltla\.csv has problems:\n {2}- row 6: local authority E08000035 is not in .*lookup-without-leeds\.csv/);
      expect(existsSync(out)).toBe(false);
    },
    SLOW,
  );

  it(
    'names the row whose groups do not add up to its total',
    async () => {
      const census = join(dir, 'census-bad-total.csv');
      // Cardiff's "Total: All usual residents" (4th column) one too high.
      writeFileSync(
        census,
        readFileSync(CENSUS, 'utf8').replace(/(W06000015,)(\d+)/, (_, a: string, n: string) => `${a}${Number(n) + 1}`),
      );
      const r = await population(['--census', census, '--lookup', LOOKUP, '--out', join(dir, 'p3.csv')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/row 7 \(W06000015\): the 19 groups add up to 335000, but "Ethnic group: Total: All usual residents" is 335001/);
    },
    SLOW,
  );

  it(
    'refuses a local authority mapped to two forces, a force name it does not know, and a file that is not TS021',
    async () => {
      const twice = join(dir, 'lookup-twice.csv');
      writeFileSync(twice, `${readFileSync(LOOKUP, 'utf8').trimEnd()}\nE08000035,Leeds,E23000011,North Yorkshire,7\n`);
      const a = await population(['--census', CENSUS, '--lookup', twice, '--out', join(dir, 'p4.csv')]);
      expect(a.code).toBe(1);
      expect(a.stderr).toMatch(/row 8: local authority E08000035 is mapped to west-yorkshire and again to north-yorkshire/);
      const unknown = join(dir, 'lookup-unknown.csv');
      writeFileSync(unknown, readFileSync(LOOKUP, 'utf8').replace('West Midlands', 'Mercia Central'));
      const b = await population(['--census', CENSUS, '--lookup', unknown, '--out', join(dir, 'p5.csv')]);
      expect(b.stderr).toMatch(/row 5: police force area "Mercia Central" is not one of the 43 territorial forces \(avon-and-somerset, bedfordshire/);
      const c = await population(['--census', LOOKUP, '--lookup', LOOKUP, '--out', join(dir, 'p6.csv')]);
      expect(c.code).toBe(1);
      expect(c.stderr).toMatch(/no "geography code" column/);
    },
    SLOW,
  );
});

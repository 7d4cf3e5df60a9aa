/**
 * Nothing replaced silently (analyse and simulate; decrypt's refusals are in decrypt.test.ts):
 * a folder holding another run's results is refused with a message naming --out, and left as
 * it was; simulate's hint names a folder of its own; analyse takes a folder as decrypt does, and
 * points from decrypt's CSV to the NDJSON beside it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main as analyse } from '../../scripts/analyse.js';
import { main as simulate } from '../../scripts/simulate.js';
import { writeSyntheticDecrypted } from '../../scripts/dev/simulate.js';
import { INTERNAL_SUFFIX } from '../../scripts/analysis/run.js';

let dir: string;
let reports: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sw-never-replaced-'));
  // Shaped like decrypt's output folder: reports.ndjson with the CSV beside it.
  mkdirSync(join(dir, 'decrypted'));
  reports = join(dir, 'decrypted', 'reports.ndjson');
  await writeSyntheticDecrypted(reports, 120, 3);
  writeFileSync(join(dir, 'decrypted', 'reports.csv'), 'id,receivedOn\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run a CLI's main quietly; its output, or the error it stopped with. */
async function quietly(main: (argv: string[]) => Promise<void>, argv: string[]): Promise<{ out: string; error: Error | null }> {
  let out = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await main(argv);
    return { out, error: null };
  } catch (e) {
    return { out, error: e as Error };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
}

describe('analyse never replaces or adds to another run', () => {
  it('refuses a folder holding an earlier analysis, naming --out and a free name; the earlier results stay as they were', async () => {
    const out = join(dir, 'analysis');
    expect((await quietly(analyse, ['--input', reports, '--out', out, '--briefing'])).error).toBeNull();
    const before = snapshot(out);
    const again = await quietly(analyse, ['--input', reports, '--out', out]);
    expect(again.error?.message).toBe(
      `${out} holds the results of an earlier analysis; analyse never replaces or adds to another run's results.\n` +
        `Give a new folder with --out (e.g. --out ${out}-2), or move ${out} away first.`,
    );
    expect(snapshot(out)).toEqual(before); // briefings.html of the first run is still its own
  });

  it('refuses a folder with other files (e.g. real decrypted reports) and an internal folder already there', async () => {
    const other = await quietly(analyse, ['--input', reports, '--out', join(dir, 'decrypted')]);
    expect(other.error?.message).toMatch(/decrypted is not empty; analyse never replaces .*--out/s);
    const out = join(dir, 'fresh');
    mkdirSync(`${out}${INTERNAL_SUFFIX}`);
    writeFileSync(join(`${out}${INTERNAL_SUFFIX}`, 'summary.json'), '{}');
    const internal = await quietly(analyse, ['--input', reports, '--out', out, '--internal']);
    expect(internal.error?.message).toMatch(/INTERNAL-unsuppressed-DO-NOT-PUBLISH holds the results of an earlier analysis.*\n.*--out/);
    expect(readdirSync(dir)).not.toContain('fresh'); // refused before anything was written
  });

  it('writes into a new or empty folder, and leaves no hidden partial folder behind', async () => {
    const out = join(dir, 'empty');
    mkdirSync(out);
    expect((await quietly(analyse, ['--input', reports, '--out', out])).error).toBeNull();
    expect(readdirSync(out)).toContain('report.html');
    expect(readdirSync(dir).filter((n) => n.includes('.partial-'))).toEqual([]);
  });
});

describe('analyse inputs', () => {
  it('takes a folder as decrypt does: its reports.ndjson, with the same counts', async () => {
    const viaFolder = await quietly(analyse, ['--input', join(dir, 'decrypted'), '--out', join(dir, 'via-folder')]);
    expect(viaFolder.error).toBeNull();
    const viaFile = await quietly(analyse, ['--input', reports, '--out', join(dir, 'via-file')]);
    expect(viaFile.error).toBeNull();
    const tables = (d: string) => (JSON.parse(readFileSync(join(dir, d, 'summary.json'), 'utf8')) as { tables: unknown }).tables;
    expect(tables('via-folder')).toEqual(tables('via-file'));
  });

  it("on decrypt's CSV, points at the NDJSON beside it", async () => {
    const r = await quietly(analyse, ['--input', join(dir, 'decrypted', 'reports.csv'), '--out', join(dir, 'csv')]);
    expect(r.error?.message).toBe(
      `${join(dir, 'decrypted', 'reports.csv')} is a CSV (decrypt writes it for spreadsheets); analyse reads the NDJSON: give --input ${reports}`,
    );
  });

  it('a folder with nothing to analyse says what to give', async () => {
    mkdirSync(join(dir, 'nothing'));
    const r = await quietly(analyse, ['--input', join(dir, 'nothing'), '--out', join(dir, 'n')]);
    expect(r.error?.message).toMatch(/nothing holds no reports\.ndjson or other \.ndjson file: give the folder npm run decrypt wrote/);
  });
});

describe('simulate', () => {
  it("names a separate folder for the analysis in its hint, and refuses a folder holding another run's results", async () => {
    const sim = join(dir, 'sim');
    const r = await quietly(simulate, ['--count', '5', '--decrypted-only', '--out', sim]);
    expect(r.error).toBeNull();
    expect(r.out).toBe(`next: npm run analyse -- --input ${join(sim, 'decrypted.ndjson')} --out ${join(sim, 'analysis')}\n`);
    const intoReal = await quietly(simulate, ['--count', '5', '--decrypted-only', '--out', join(dir, 'decrypted')]);
    expect(intoReal.error?.message).toMatch(
      /decrypted already holds files \(.*reports\.ndjson.*\); simulate never overwrites or adds to another run: give a new folder with --out/,
    );
    expect(readdirSync(join(dir, 'decrypted')).sort()).toEqual(['reports.csv', 'reports.ndjson']);
  });
});

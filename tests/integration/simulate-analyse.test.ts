/**
 * The whole analyst workflow on synthetic data through the real path: simulate seals
 * reports, POSTs them to a real server on 127.0.0.1, exports the SQLite store to a batch file
 * and decrypts it; `npm run analyse` then reads the decrypted file — and, separately, the
 * batch file with the secret key — and writes publishable outputs that never carry
 * narrative or contact details.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../scripts/dev/simulate.js';
import { SYNTHETIC_NARRATIVE } from '../../scripts/dev/synthetic.js';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

async function cli(script: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, [script, ...args], { cwd: process.cwd(), env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** analyse on a small synthetic set: below MIN_PUBLISHABLE_REPORTS, so the report's figures are asked for explicitly. */
const analyseSmall = (args: string[]) => cli('scripts/analyse.ts', ['--min-reports', '1', ...args]);

function publishableText(dir: string): string {
  const files = [
    'report.html',
    'report.md',
    'summary.json',
    ...readdirSync(join(dir, 'tables')).map((f) => join('tables', f)),
    ...readdirSync(join(dir, 'charts')).map((f) => join('charts', f)),
  ];
  return files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}

let dir: string;
const COUNT = 60;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sw-simulate-'));
  await simulate({ count: COUNT, seed: 7, outDir: join(dir, 'sim') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run simulate (real path)', () => {
  it('leaves a batch file, a decrypted file with every report synthetic, the encrypted store and a demo key', () => {
    const batch = readFileSync(join(dir, 'sim', 'batch.ndjson'), 'utf8')
      .trim()
      .split('\n');
    const decrypted = readFileSync(join(dir, 'sim', 'decrypted.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(batch).toHaveLength(COUNT);
    expect(JSON.parse(batch[0]!).envelope.v).toBe(1);
    expect(decrypted).toHaveLength(COUNT);
    expect(decrypted.every((l) => l.report.meta.synthetic === true)).toBe(true);
    // Random server ids (docs/batch-transfer.md): one per report, as the batch carries them.
    expect(decrypted.map((l) => l.id)).toEqual(batch.map((l) => (JSON.parse(l) as { id: number }).id));
    expect(new Set(decrypted.map((l) => l.id)).size).toBe(COUNT);
    expect(existsSync(join(dir, 'sim', 'simulate.sqlite'))).toBe(true);
    expect(readFileSync(join(dir, 'sim', 'simulate.sqlite')).includes(Buffer.from('SYNTHETIC DEMO'))).toBe(false);
    expect(existsSync(join(dir, 'sim', 'demo-key', 'campaign.key'))).toBe(true);
  });

  it('is deterministic for a seed (fast path)', async () => {
    await simulate({ count: 25, seed: 7, outDir: join(dir, 'fast-a'), decryptedOnly: true });
    await simulate({ count: 25, seed: 7, outDir: join(dir, 'fast-b'), decryptedOnly: true });
    const a = readFileSync(join(dir, 'fast-a', 'decrypted.ndjson'), 'utf8');
    expect(a).toBe(readFileSync(join(dir, 'fast-b', 'decrypted.ndjson'), 'utf8'));
    // The real path with the same seed made the same reports (stored under random ids, in no
    // order: compare as sets).
    const key = (l: string) => JSON.stringify(JSON.parse(l).report);
    const real = new Set(
      readFileSync(join(dir, 'sim', 'decrypted.ndjson'), 'utf8')
        .trim()
        .split('\n')
        .map(key),
    );
    for (const l of a.trim().split('\n')) expect(real.has(key(l))).toBe(true);
  });

  it('refuses to overwrite or add to an earlier run, naming --out, and leaves that run as it was', async () => {
    const before = readdirSync(join(dir, 'sim')).sort();
    await expect(simulate({ count: 5, seed: 1, outDir: join(dir, 'sim') })).rejects.toThrow(/already holds files .*give a new folder with --out/);
    await expect(simulate({ count: 5, seed: 1, outDir: join(dir, 'sim'), decryptedOnly: true })).rejects.toThrow(/--out/);
    expect(readdirSync(join(dir, 'sim')).sort()).toEqual(before);
  });
});

describe('npm run analyse', () => {
  it('analyses the decrypted file: outputs, SYNTHETIC notice, invalid lines reported, no narrative or contact', async () => {
    // Add a hand-edited line that fails validation, and a report with a contact and a sentinel narrative.
    const input = join(dir, 'input.ndjson');
    const lines = readFileSync(join(dir, 'sim', 'decrypted.ndjson'), 'utf8')
      .trim()
      .split('\n');
    const first = JSON.parse(lines[0]!);
    first.id = 9001;
    first.report.narrative = 'SENTINEL-NARRATIVE-7f3a';
    first.report.contact = { consent: true, details: 'sentinel-contact-7f3a@example.org' };
    lines.push(JSON.stringify(first), '{"id":9002,"receivedOn":"2025-01-01","report":{"schema":"nope"}}');
    writeFileSync(input, lines.join('\n') + '\n');

    const out = join(dir, 'analysis');
    const r = await analyseSmall(['--input', input, '--out', out, '--internal']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/1 line\(s\) failed validation/);
    expect(r.stderr).toMatch(/input\.ndjson:62/);
    for (const f of ['report.html', 'report.md', 'summary.json', 'tables/month.csv', 'tables/ethnicity-19.csv', 'tables/force-by-quarter.csv']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.input).toMatchObject({ valid: COUNT + 1, invalid: 1, analysed: COUNT + 1, synthetic: COUNT + 1 });
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('SYNTHETIC DATA');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('SYNTHETIC DATA');

    const text = publishableText(out);
    expect(text).not.toContain('SENTINEL-NARRATIVE');
    expect(text).not.toContain(SYNTHETIC_NARRATIVE);
    expect(text).not.toContain('sentinel-contact');
    expect(text).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);

    // --internal: a separate, clearly named folder with the unsuppressed counts.
    const internal = `${out}-INTERNAL-unsuppressed-DO-NOT-PUBLISH`;
    expect(readFileSync(join(internal, 'README.txt'), 'utf8')).toMatch(/DO NOT PUBLISH/);
    const publicCsv = readFileSync(join(out, 'tables', 'force-by-quarter.csv'), 'utf8');
    const internalCsv = readFileSync(join(internal, 'tables', 'force-by-quarter.csv'), 'utf8');
    expect(publicCsv).toContain('<10');
    expect(internalCsv).not.toContain('<10');
    expect(readdirSync(out)).not.toContain('README.txt');
  });

  it('reads batch files with the secret key, decrypting on the way, to the same tables', async () => {
    const out = join(dir, 'from-batch');
    const r = await analyseSmall(['--input', join(dir, 'sim', 'batch.ndjson'), '--key', join(dir, 'sim', 'demo-key', 'campaign.key'), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const fromDecrypted = join(dir, 'from-decrypted');
    expect((await analyseSmall(['--input', join(dir, 'sim', 'decrypted.ndjson'), '--out', fromDecrypted])).code).toBe(0);
    for (const f of readdirSync(join(out, 'tables'))) {
      expect(readFileSync(join(out, 'tables', f), 'utf8'), f).toBe(readFileSync(join(fromDecrypted, 'tables', f), 'utf8'));
    }
  });

  it('applies --force and --from/--to, and explains bad flags', async () => {
    const out = join(dir, 'filtered');
    const r = await analyseSmall([
      '--input',
      join(dir, 'sim', 'decrypted.ndjson'),
      '--out',
      out,
      '--force',
      'metropolitan',
      '--from',
      '2025-03',
      '--to',
      '2025-08-31',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const all = readFileSync(join(dir, 'sim', 'decrypted.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).report);
    // Expected count, worked out from the input directly: Met reports with incident month March–August 2025.
    const expected = all.filter(
      (rep) => rep.incident.force === 'metropolitan' && rep.incident.date.slice(0, 7) >= '2025-03' && rep.incident.date.slice(0, 7) <= '2025-08',
    ).length;
    expect(summary.input.analysed).toBe(expected);
    expect(summary.input.outsideFilters).toBe(COUNT - expected);
    expect(summary.filters.forces).toEqual(['metropolitan']);

    const bad = await cli('scripts/analyse.ts', ['--input', join(dir, 'sim', 'decrypted.ndjson'), '--force', 'nowhere']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a police force slug/);
  });

  it('writes rate tables with the self-selected-sample caveat when given a population file', async () => {
    const pop = join(dir, 'pop.csv');
    writeFileSync(pop, 'area,ethnicity,population\nall,white,40000000\nall,mixed,1700000\nall,asian,5500000\nall,black,2400000\nall,other,1200000\n');
    const out = join(dir, 'rates');
    const r = await analyseSmall(['--input', join(dir, 'sim', 'decrypted.ndjson'), '--out', out, '--population', pop, '--per', '100000']);
    expect(r.code, r.stderr).toBe(0);
    const csv = readFileSync(join(out, 'tables', 'rates-all.csv'), 'utf8');
    expect(csv).toMatch(/Rate per 100,000/);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/Self-selected sample/);
    expect(html).toMatch(/not a census of scans/);
  });

  it('exits 3 and writes nothing when given encrypted batch lines without --key', async () => {
    const out = join(dir, 'no-key');
    const r = await cli('scripts/analyse.ts', ['--input', join(dir, 'sim', 'batch.ndjson'), '--out', out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/batch\.ndjson:1 is an encrypted batch line, but no --key was given/);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    // Mixed with decrypted input, the encrypted file still stops the run: its reports would be missing.
    const mixed = await cli('scripts/analyse.ts', ['--input', join(dir, 'sim', 'decrypted.ndjson'), '--input', join(dir, 'sim', 'batch.ndjson'), '--out', out]);
    expect(mixed.code).toBe(3);
    expect(existsSync(out)).toBe(false);
  }, 300_000);

  it('exits 3 and writes nothing when no report was analysed', async () => {
    const empty = join(dir, 'empty.ndjson');
    writeFileSync(empty, '');
    const invalid = join(dir, 'invalid.ndjson');
    writeFileSync(invalid, '{"id":1,"receivedOn":"2025-01-01","report":{"schema":"nope"}}\n');
    const cases: [string[], RegExp][] = [
      [['--input', empty], /the input holds no lines/],
      [['--input', invalid], /none of the 1 input lines is a valid report \(first problem: .*invalid\.ndjson:1: report fails schema/],
      [['--input', join(dir, 'sim', 'decrypted.ndjson'), '--from', '2031-01'], /all 60 valid reports were left out \(60 outside the filters/],
      [['--input', join(dir, 'sim', 'decrypted.ndjson'), '--exclude-synthetic'], /all 60 valid reports were left out \(0 outside the filters, 60 synthetic/],
    ];
    for (const [args, message] of cases) {
      const out = join(dir, 'nothing');
      const r = await cli('scripts/analyse.ts', [...args, '--out', out]);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toMatch(/no report was analysed/);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
      expect(existsSync(out), args.join(' ')).toBe(false);
    }
  }, 300_000);

  it('--exclude-synthetic leaves out meta.synthetic reports, says how many, and drops the SYNTHETIC stamp', async () => {
    const input = join(dir, 'mixed.ndjson');
    const lines = readFileSync(join(dir, 'sim', 'decrypted.ndjson'), 'utf8')
      .trim()
      .split('\n');
    // Eleven real-looking reports (the synthetic ones with meta.synthetic removed) among the 60 synthetic.
    const real = lines.slice(0, 11).map((l, i) => {
      const rec = JSON.parse(l);
      rec.id = 10_000 + i;
      rec.report.meta = { lang: 'cy' };
      delete rec.report.narrative;
      return JSON.stringify(rec);
    });
    writeFileSync(input, [...lines, ...real].join('\n') + '\n');
    const out = join(dir, 'excluded');
    const r = await analyseSmall(['--input', input, '--out', out, '--exclude-synthetic']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/left out 60 SYNTHETIC report\(s\) \(--exclude-synthetic\)/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.input).toMatchObject({ valid: 71, analysed: 11, synthetic: 0, excludedSynthetic: 60 });
    expect(summary.filters.excludeSynthetic).toBe(true);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toContain('SYNTHETIC DATA');
    expect(html).toContain('Synthetic reports left out: 60.');
    // The 11 were all sent in Welsh.
    expect(readFileSync(join(out, 'tables', 'language.csv'), 'utf8')).toMatch(/\ncy,Welsh,11,/);
  }, 300_000);
});

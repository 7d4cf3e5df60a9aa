/**
 * Letters and reports that serve the campaign: too few reports give a "too early" report with no
 * figures; report.html opens with a one-page summary, then a contents list, then the tables; a
 * briefing without population figures states no finding and never leads with the largest group's
 * share; analyse names the forces without population figures and how to add them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse, MIN_PUBLISHABLE_REPORTS } from '../../scripts/analysis/run.js';
import { populationAdvice } from '../../scripts/analyse.js';
import { draftLetter } from '../../scripts/analysis/briefing.js';
import { parsePopulationCsv } from '../../scripts/analysis/population.js';
import { writeSyntheticDecrypted } from '../../scripts/dev/simulate.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sw-campaign-report-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-01-31T12:00:00Z');

describe('too few reports', () => {
  it('says it is too early to publish and how many more are needed, with no table, chart or briefing', async () => {
    const input = join(dir, 'few.ndjson');
    await writeSyntheticDecrypted(input, 23, 4);
    const out = join(dir, 'few');
    const result = await analyse({ inputs: [input], outDir: out, briefing: true, now: NOW });
    expect(result.tooEarly).toEqual({ minimum: MIN_PUBLISHABLE_REPORTS, needed: MIN_PUBLISHABLE_REPORTS - 23 });
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h2 id="too-early">Too early to publish figures</h2>');
    expect(html).toContain(
      `The campaign has 23 witness reports so far. At least ${MIN_PUBLISHABLE_REPORTS} are needed before this report publishes any figure`,
    );
    expect(html).toContain(`${MIN_PUBLISHABLE_REPORTS - 23} more reports are needed.`);
    expect(html).not.toMatch(/&lt;10|\[c\]|<table/);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## Too early to publish figures');
    expect(readFileSync(join(out, 'briefings.html'), 'utf8')).toContain('Too early to publish figures');
    expect(existsSync(join(out, 'tables'))).toBe(false);
    expect(existsSync(join(out, 'charts'))).toBe(false);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { tooEarly: unknown; tables: unknown[] };
    expect(summary.tooEarly).toEqual({ reports: 23, minimum: MIN_PUBLISHABLE_REPORTS, needed: MIN_PUBLISHABLE_REPORTS - 23 });
    expect(summary.tables).toEqual([]);
  });
});

describe('report.html and briefings at a realistic size (600 reports, population figures for the Met only)', () => {
  let out: string;
  let html: string;
  let briefings: string;
  let withoutPopulation: { force: string; reports: number }[];
  beforeAll(async () => {
    const input = join(dir, 'many.ndjson');
    await writeSyntheticDecrypted(input, 600, 11);
    const groups = ['white', 'mixed', 'asian', 'black', 'other'];
    const population = parsePopulationCsv(
      ['area,ethnicity,population', ...[4700000, 500000, 1800000, 1200000, 600000].map((n, i) => `metropolitan,${groups[i]},${n}`)].join('\n'),
    );
    out = join(dir, 'many');
    const result = await analyse({ inputs: [input], outDir: out, briefing: true, population, populationFile: 'population.csv', now: NOW });
    expect(result.tooEarly).toBeNull();
    withoutPopulation = result.withoutPopulation;
    html = readFileSync(join(out, 'report.html'), 'utf8');
    briefings = readFileSync(join(out, 'briefings.html'), 'utf8');
  }, 240_000);

  it('opens with the summary (findings, caveat, asks), then the contents list, then the details and tables', () => {
    const at = (needle: string) => {
      const i = html.indexOf(needle);
      expect(i, needle).toBeGreaterThan(-1);
      return i;
    };
    const order = [
      at('<section class="summary-page"'),
      at('<h2 id="key-findings">Key findings</h2>'),
      at('Witness reports are a self-selected sample, not a census of scans.'),
      at('What the campaign asks of every police force'),
      at('<nav class="contents"'),
      at('<h2 id="about">About these figures</h2>'),
      at('<h2 id="charts">Charts</h2>'),
      at('<table'),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Every table is in the contents list, linked.
    const tableIds = [...html.matchAll(/<section id="section-([^"]+)">/g)].map((m) => m[1]);
    expect(tableIds.length).toBeGreaterThan(10);
    const contents = html.slice(at('<nav class="contents"'), at('<h2 id="about">'));
    for (const id of tableIds) expect(contents).toContain(`href="#section-${id}"`);
  });

  it('a briefing without population figures says so, states no finding and leads with no group share; the Met one compares', () => {
    const pages = [...briefings.matchAll(/<section class="briefing" id="briefing-([^"]+)">([\s\S]*?)<\/section>\n(?=<section|<\/body)/g)];
    const byForce = new Map(pages.map((m) => [m[1]!, m[2]!]));
    expect(byForce.has('metropolitan')).toBe(true);
    const other = [...byForce.keys()].find((f) => f !== 'metropolitan')!;
    expect(other).toBeDefined();
    const page = byForce.get(other)!;
    expect(page).toContain('<strong>No comparison with the population.</strong> There are no population figures for');
    expect(page).toContain('this page states no finding about who is scanned more: it gives counts only.');
    expect(page).not.toContain('describe them as');
    expect(page).not.toContain('Compared with the people who live in the area');
    expect(page).toMatch(
      /<p class="letter-text">|cannot show whether these checks fall harder on some groups than others: only the force&#39;s own records could/,
    );
    const met = byForce.get('metropolitan')!;
    expect(met).toContain('Compared with the people who live in the area');
    expect(met).toMatch(/times the rate of White people .*95% interval/);
  });

  it('analyse lists the forces with reports but no population figures, and how to add them', () => {
    expect(withoutPopulation.length).toBeGreaterThan(3);
    expect(withoutPopulation.map((m) => m.force)).not.toContain('metropolitan');
    const advice = populationAdvice(withoutPopulation, 'population.csv');
    expect(advice).toMatch(
      new RegExp(`^no population figures in population.csv for ${withoutPopulation.length} force\\(s\\) with reports: ${withoutPopulation[0]!.force} \\(`),
    );
    expect(advice).toContain('their briefings compare nothing: they give counts only');
    expect(advice).toContain('npm run population -- --census FILE --lookup FILE --out population.csv');
    expect(populationAdvice(withoutPopulation, undefined)).toMatch(/^no --population file: no rates and no comparison for any force/);
  });
});

describe('the draft letter', () => {
  const opening = 'Between March 2025 and May 2025, the campaign received 45 witness reports of police mobile fingerprint or face scans about Kent. These are…';
  it('without population figures: no comparison claimed, no largest-group share; counts as counts', () => {
    const letter = draftLetter(
      'Kent Police',
      { opening, findings: [], counts: ['12 of the 40 reports that say what the scan found describe a match on Home Office immigration records (…).'] },
      false,
    ).join('\n');
    expect(letter).toContain("on their own they cannot show whether these checks fall harder on some groups than others: only the force's own records could.");
    expect(letter).toContain('Among them: 12 of the 40 reports that say what the scan found describe a match on Home Office immigration records');
    expect(letter).not.toMatch(/describe them as|pattern/);
  });

  it('with a ratio: quotes the comparison with its interval first', () => {
    const ratio =
      'People recorded as Black were reported scanned at 4.10 times the rate of White people (3.0 reports per 10,000 people, against 0.73); 95% interval 2.90 to 5.80.';
    const letter = draftLetter('Kent Police', { opening, findings: [ratio], counts: [] }, true);
    expect(letter).toContain(
      `Among them: people recorded as Black were reported scanned at 4.10 times the rate of White people (3.0 reports per 10,000 people, against 0.73); 95% interval 2.90 to 5.80.`,
    );
  });
});

/**
 * report.html and briefings.html in a real browser: they open from disk with every network
 * request blocked and counted, draw their charts (inline SVG from Vega-Lite), fit a 1,280 px
 * screen without horizontal scrolling, and print on A4 (Chromium's own PDF printer) with no
 * table wider than the page and one page per force briefing. Screenshots land in
 * test-artifacts/ for a person to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { parsePopulationCsv } from '../../scripts/analysis/population.js';
import { analyse } from '../../scripts/analysis/run.js';
import { writeSyntheticDecrypted } from '../../scripts/dev/simulate.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');
/** A4 at 96 px per inch, less the report's @page margins (12 mm left and right, 14 mm top and bottom). */
const A4_CONTENT = { width: Math.floor(((210 - 24) / 25.4) * 96), height: Math.floor(((297 - 28) / 25.4) * 96) };

let dir: string;
let browser: Browser;
let reportPath: string;
let briefingsPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sw-report-html-'));
  const input = join(dir, 'decrypted.ndjson');
  await writeSyntheticDecrypted(input, 3000, 11);
  const groups = ['white', 'mixed', 'asian', 'black', 'other'];
  const population = parsePopulationCsv(
    [
      'area,ethnicity,population',
      ...[48700000, 1700000, 5400000, 2400000, 1300000].map((n, i) => `all,${groups[i]},${n}`),
      ...[4700000, 500000, 1800000, 1200000, 600000].map((n, i) => `metropolitan,${groups[i]},${n}`),
    ].join('\n'),
  );
  await analyse({
    inputs: [input],
    outDir: join(dir, 'out'),
    population,
    populationFile: 'population.csv',
    now: new Date('2026-01-31T12:00:00Z'),
    briefing: true,
  });
  reportPath = join(dir, 'out', 'report.html');
  briefingsPath = join(dir, 'out', 'briefings.html');
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openOffline(path: string, viewport: { width: number; height: number }): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport, offline: true });
  const requests: string[] = [];
  const own = pathToFileURL(path).href;
  await context.route('**/*', (route) => {
    if (route.request().url() === own) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (req) => {
    if (req.url() !== own) requests.push(req.url());
  });
  await page.goto(own, { waitUntil: 'load' });
  return { page, requests, close: () => context.close() };
}

/** Tables (by id) whose right edge passes the body's content box, and how far. */
async function tablesWiderThanBody(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const body = document.body.getBoundingClientRect();
    const style = getComputedStyle(document.body);
    const right = body.right - parseFloat(style.paddingRight);
    return [...document.querySelectorAll('table')]
      .filter((t) => t.getBoundingClientRect().right > right + 1)
      .map((t) => `${t.id}: ${Math.round(t.getBoundingClientRect().right - right)} px over`);
  });
}

/** Pages in a PDF made by Chromium: one "/Type /Page" object each. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

describe('report.html', () => {
  it('renders its charts offline, with no network request, key findings first, and says it is synthetic', async () => {
    const { page, requests, close } = await openOffline(reportPath, { width: 1100, height: 900 });
    expect(requests).toEqual([]);
    await expect(page.locator('.synthetic').first().textContent()).resolves.toContain('SYNTHETIC DATA');
    const findings = page.locator('.findings');
    await expect(findings.locator('p').first().textContent()).resolves.toMatch(/3,000 witness reports.*self-selected sample/);
    expect(await findings.locator('li').count()).toBeGreaterThanOrEqual(2);
    const charts = page.locator('figure svg');
    expect(await charts.count()).toBeGreaterThanOrEqual(7);
    for (const id of ['chart-month', 'chart-force', 'chart-ethnicity-5', 'chart-rates', 'chart-ratios']) {
      const box = await page.locator(`#${id} svg`).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(100);
      expect(await page.locator(`#${id} svg path, #${id} svg rect`).count(), id).toBeGreaterThan(5);
    }
    expect(await page.locator('table').count()).toBeGreaterThanOrEqual(17);
    await expect(page.locator('.caveat').first().textContent()).resolves.toMatch(/self-selected sample, not a census of scans/);
    expect(await page.locator('script').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'report-html.png'), fullPage: true });
    await page.locator('#chart-ratios').screenshot({ path: join(ARTIFACTS, 'report-html-ratios.png') });
    await close();
  });

  it('shows the rates and ratios at 1,280 px without horizontal scrolling', async () => {
    const { page, close } = await openOffline(reportPath, { width: 1280, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const scrolling = await page.evaluate(() =>
      [...document.querySelectorAll('.table-part')].filter((d) => d.scrollWidth > d.clientWidth + 1).map((d) => d.querySelector('table')!.id),
    );
    expect(scrolling).toEqual([]);
    for (const col of ['Ratio vs reference', 'Ratio 95% CI low', 'Rate per 10,000']) {
      const th = page.locator('#section-rates-all th', { hasText: col }).first();
      const box = await th.boundingBox();
      expect(box && box.x + box.width <= 1280, col).toBe(true);
    }
    await page.locator('#section-rates-all').screenshot({ path: join(ARTIFACTS, 'report-html-rates-table.png') });
    await close();
  });

  it('prints on A4 with every table inside the page', async () => {
    const { page, close } = await openOffline(reportPath, { width: A4_CONTENT.width, height: A4_CONTENT.height });
    await page.emulateMedia({ media: 'print' });
    expect(await tablesWiderThanBody(page)).toEqual([]);
    // The summary for an MP is the first printed page, whole; the contents list follows on its own.
    const summaryBox = await page.locator('.summary-page').boundingBox();
    expect(summaryBox!.y).toBeLessThan(150); // only the synthetic banner above it
    expect(summaryBox!.y + summaryBox!.height).toBeLessThanOrEqual(A4_CONTENT.height);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.summary-page')!).breakAfter)).toBe('page');
    await page.screenshot({ path: join(ARTIFACTS, 'report-print-first-page.png') });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(pdf)).toBeGreaterThan(3);
    mkdirSync(ARTIFACTS, { recursive: true });
    await import('node:fs/promises').then((fs) => fs.writeFile(join(ARTIFACTS, 'report.pdf'), pdf));
    await close();
  });
});

describe('briefings.html', () => {
  it('prints one A4 page per force, every table inside it, with a drafted letter', async () => {
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8'));
    const forces: string[] = summary.briefings.map((b: { force: string }) => b.force);
    expect(forces).toContain('metropolitan');
    const { page, requests, close } = await openOffline(briefingsPath, { width: A4_CONTENT.width, height: A4_CONTENT.height });
    expect(requests).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('section.briefing').count()).toBe(forces.length);
    expect(await tablesWiderThanBody(page)).toEqual([]);
    await page.locator('#briefing-metropolitan').screenshot({ path: join(ARTIFACTS, 'report-briefing-page.png') });
    // A force the population file does not cover: no comparison, said plainly.
    const other = forces.find((f) => f !== 'metropolitan')!;
    await expect(page.locator(`#briefing-${other} .no-comparison`).textContent()).resolves.toMatch(/^No comparison with the population\./);
    await page.locator(`#briefing-${other}`).screenshot({ path: join(ARTIFACTS, 'report-briefing-page-no-population.png') });
    // Each briefing fits one printed page.
    const heights = await page.evaluate(() => [...document.querySelectorAll('section.briefing')].map((s) => [s.id, s.getBoundingClientRect().height] as const));
    for (const [sectionId, h] of heights) expect(h, sectionId).toBeLessThanOrEqual(A4_CONTENT.height);
    const met = page.locator('#briefing-metropolitan');
    await expect(met.locator('.letter').textContent()).resolves.toMatch(
      /Dear \[name of MP or police and crime commissioner\].*halt mobile biometric checks against immigration databases.*do not record the ethnicity/is,
    );
    expect(await met.locator('table').count()).toBeGreaterThanOrEqual(3); // ethnicity, scan result, rates (the population file covers the Met)
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    // A title page, then one page per force.
    expect(pdfPages(pdf)).toBe(forces.length + 1);
    await close();
  });
});

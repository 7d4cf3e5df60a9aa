/**
 * report.html in a real browser: it opens from disk with every network request blocked
 * and counted, draws its charts (inline SVG from Vega-Lite), and leaves a full-page
 * screenshot in test-artifacts/report-html.png for a person to look at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { parsePopulationCsv } from '../../scripts/analysis/population.js';
import { analyse } from '../../scripts/analysis/run.js';
import { writeSyntheticDecrypted } from '../../scripts/lib/simulate.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');

let dir: string;
let browser: Browser;
let reportPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sw-report-html-'));
  const input = join(dir, 'decrypted.ndjson');
  await writeSyntheticDecrypted(input, 3000, 11);
  const population = parsePopulationCsv(
    'area,ethnicity,population\nall,white,48700000\nall,mixed,1700000\nall,asian,5400000\nall,black,2400000\nall,other,1300000\n',
  );
  await analyse({ inputs: [input], outDir: join(dir, 'out'), population, populationFile: 'population.csv', now: new Date('2026-01-31T12:00:00Z') });
  reportPath = join(dir, 'out', 'report.html');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('report.html', () => {
  it('renders its charts offline, with no network request, and says it is synthetic', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, offline: true });
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(reportPath).href) return route.continue();
      requests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('request', (req) => {
      if (req.url() !== pathToFileURL(reportPath).href) requests.push(req.url());
    });
    await page.goto(pathToFileURL(reportPath).href, { waitUntil: 'load' });

    expect(requests).toEqual([]);
    await expect(page.locator('.synthetic').first().textContent()).resolves.toContain('SYNTHETIC DATA');
    const charts = page.locator('figure svg');
    expect(await charts.count()).toBeGreaterThanOrEqual(7);
    for (const id of ['chart-month', 'chart-force', 'chart-ethnicity-5', 'chart-rates', 'chart-ratios']) {
      const box = await page.locator(`#${id} svg`).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(100);
      // bars or points were drawn, not just axes
      expect(await page.locator(`#${id} svg path, #${id} svg rect`).count(), id).toBeGreaterThan(5);
    }
    expect(await page.locator('table').count()).toBeGreaterThanOrEqual(17);
    await expect(page.locator('.caveat').first().textContent()).resolves.toMatch(/self-selected sample, not a census of scans/);
    expect(await page.locator('script').count()).toBe(0);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-html.png'), fullPage: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-html-top.png') });
    await page.locator('#chart-ratios').screenshot({ path: join(ARTIFACTS, 'report-html-ratios.png') });
    await page.locator('#table-rates-all').screenshot({ path: join(ARTIFACTS, 'report-html-rates-table.png') });
    await context.close();
  });
});

/**
 * Shared steps for the witness-form browser tests: open the form in a fresh context (real
 * CSP, no bypass), fill it the way a person does — by visible labels — run axe-core, take
 * screenshots into test-artifacts/, and look for plaintext on the server's disk.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Lang } from '../../protocol/languages.js';
import type { Report } from '../../protocol/report-schema.js';
import { loadCatalogue } from '../../scripts/dev/i18n-check.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = join(root, 'test-artifacts');
const AXE_SOURCE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface FormPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and CSP violations seen so far: a strict CSP must never be violated. */
  problems: string[];
  /** Every request the page made, as "METHOD url". */
  requests: string[];
}

/** A fresh context (no shared state between tests) with the form loaded and ready. */
export async function openForm(browser: Browser, url: string, width = 1280): Promise<FormPage> {
  const form = await newWatchedPage(browser, width);
  await form.page.goto(url);
  // The send button enabled, in whatever language the page is in: the script has taken the form over.
  await form.page.locator('#app form button[type=submit]:not([disabled])').waitFor();
  return form;
}

/** A page in a fresh context that records console errors, failed loads and requests. */
export async function newWatchedPage(browser: Browser, width = 1280): Promise<FormPage> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    // Failed loads are judged by URL below (the browser's own /favicon.ico probe is fine).
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(msg.text());
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/favicon.ico') && !res.url().endsWith('/api/reports')) problems.push(`${res.status()} ${res.url()}`);
  });
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('request', (req) => requests.push(`${req.method()} ${req.url()}`));
  return { context, page, problems, requests };
}

/** A stand-in for the operator's neutral exit page, on 127.0.0.1. */
export async function startNeutralSite(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Weather</title><h1>Weather forecast</h1><p>Sunny spells.</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** axe-core's WCAG 2.x A/AA rules (2.2 included) on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate, not addScriptTag: an injected <script> would (rightly) be refused by the CSP.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  return violations;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // From the top, so the sticky header sits where it belongs in a full-page picture.
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Every byte under `dir` (database, WAL, shared memory…) holds `needle` nowhere, in UTF-8 or UTF-16. */
export function expectNotOnDisk(dir: string, needle: string): void {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dir);
  expect(
    files.some((f) => f.endsWith('-wal')),
    'the SQLite WAL is among the files checked',
  ).toBe(true);
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const form of forms) expect(bytes.includes(form), `${needle} found in ${file}`).toBe(false);
  }
}

/**
 * The value of every field the form can show, answered by its visible label in `lang` (the
 * words come from that language's catalogue, exactly as the page shows them). Returns what the
 * report must then hold: the same slugs whatever the language, and `meta.lang`.
 */
export async function fillEverything(page: Page, narrative: string, lang: Lang = 'en'): Promise<Report> {
  const t = await loadCatalogue(lang);
  const f = t.fields;
  const exact = { exact: true };
  const group = (legend: string) => page.getByRole('group', { name: legend, exact: true });
  const optional = (label: string) => `${label}${t.optional}`;
  await group(f['reporter.role'].label).getByLabel(f['reporter.role'].options.witness, exact).check();

  const when = group(f['incident.date'].label);
  await when.getByLabel(t.dateParts.day, exact).fill('14');
  await when.getByLabel(t.dateParts.month, exact).fill('3');
  await when.getByLabel(t.dateParts.year, exact).fill('2025');
  await group(optional(f['incident.timeBand'].label)).getByLabel(f['incident.timeBand'].options['16-20'], exact).check();
  await page.getByLabel(f['incident.force'].label, exact).selectOption({ label: f['incident.force'].options['west-yorkshire'] });
  await page.getByLabel(optional(f['incident.area'].label), exact).fill('Leeds');
  await page.getByLabel(optional(f['incident.postcodeDistrict'].label), exact).fill('LS7');
  await group(optional(f['incident.context'].label)).getByLabel(f['incident.context'].options['public-transport'], exact).check();
  await group(f['incident.technology'].label).getByLabel(f['incident.technology'].options.both, exact).check();

  const reasons = group(f['scan.reasonGiven'].label);
  const offence = f['scan.suspectedOffence'];
  await expect.poll(() => group(offence.label).isVisible()).toBe(false);
  await reasons.getByLabel(f['scan.reasonGiven'].options['suspected-offence'], exact).check();
  await reasons.getByLabel(f['scan.reasonGiven'].options['no-id'], exact).check();
  // The follow-up appears only now.
  await group(offence.label).getByLabel(offence.options.drugs, exact).check();
  await group(f['scan.toldReason'].label).getByLabel(f['scan.toldReason'].options.no, exact).check();
  await group(f['scan.toldSpeculativeSearch'].label).getByLabel(f['scan.toldSpeculativeSearch'].options.unsure, exact).check();
  await group(f['scan.askedConsent'].label).getByLabel(f['scan.askedConsent'].options.no, exact).check();
  await group(f['scan.result'].label).getByLabel(f['scan.result'].options['match-immigration'], exact).check();

  const next = group(f.outcome.label);
  await next.getByLabel(f.outcome.options['home-office-contacted'], exact).check();
  await next.getByLabel(f.outcome.options['immigration-detention'], exact).check();

  await group(f['person.ethnicity'].label).getByLabel(f['person.ethnicity'].options['black-african'], exact).check();
  await group(f['person.ethnicitySource'].label).getByLabel(f['person.ethnicitySource'].options.perceived, exact).check();
  await group(f['person.gender'].label).getByLabel(f['person.gender'].options.man, exact).check();
  await page.getByLabel(f['person.ageBand'].label, exact).selectOption({ label: f['person.ageBand'].options['25-34'] });
  await group(f['person.immigrationStatus'].label).getByLabel(f['person.immigrationStatus'].options['asylum-seeker-or-refugee'], exact).check();

  await page.getByLabel(f.narrative.label, exact).fill(narrative);

  await page.getByLabel(f['contact.consent'].label, exact).check();
  await page.getByLabel(f['contact.details'].label, exact).fill('safe-inbox@example.org');

  return {
    schema: 'scanwitness.report.v1',
    reporter: { role: 'witness' },
    incident: {
      date: '2025-03-14',
      timeBand: '16-20',
      force: 'west-yorkshire',
      area: 'Leeds',
      postcodeDistrict: 'LS7',
      context: 'public-transport',
      technology: 'both',
    },
    scan: {
      reasonGiven: ['suspected-offence', 'no-id'],
      suspectedOffence: 'drugs',
      toldReason: 'no',
      toldSpeculativeSearch: 'unsure',
      askedConsent: 'no',
      result: 'match-immigration',
    },
    outcome: ['home-office-contacted', 'immigration-detention'],
    person: { ethnicity: 'black-african', ethnicitySource: 'perceived', gender: 'man', ageBand: '25-34', immigrationStatus: 'asylum-seeker-or-refugee' },
    narrative,
    contact: { consent: true, details: 'safe-inbox@example.org' },
    meta: { lang },
  };
}

/** Nothing the witness typed may stay in cookies or any web storage. */
export async function expectNoBrowserStorage(page: Page): Promise<void> {
  expect(await page.context().cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: 'caches' in globalThis ? (await caches.keys()).length : 0,
  }));
  expect(stored).toEqual({ local: 0, session: 0, idb: 0, caches: 0 });
}

/** The required answers only (a scan by British Transport Police, June 2025), and `narrative` if given. */
export async function fillRequired(page: Page, narrative?: string): Promise<void> {
  await page.getByRole('group', { name: 'How do you know about the scan?' }).getByLabel('I was scanned').check();
  await page.getByLabel('Month', { exact: true }).fill('6');
  await page.getByLabel('Year', { exact: true }).fill('2025');
  await page.getByLabel('Which police force?').selectOption({ label: 'British Transport Police (trains and stations)' });
  await page.getByRole('group', { name: 'What did the police scan?' }).getByLabel('Face (a photo taken with a phone or device)').check();
  if (narrative !== undefined) await page.getByLabel('Tell us what happened').fill(narrative);
}

/**
 * What sticks out of a phone `width` px wide: the page's scroll width, and every visible element
 * reaching past either edge (not what is aria-hidden, such as the honeypot, off-screen on purpose).
 */
export const overflowing = (page: Page, width: number) =>
  page.evaluate((w) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *:not([aria-hidden=true]):not([aria-hidden=true] *)')) {
      const r = el.getBoundingClientRect();
      if (r.width && (r.right > w + 0.5 || r.left < -0.5))
        out.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, out };
  }, width);

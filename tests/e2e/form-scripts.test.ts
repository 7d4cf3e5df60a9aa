/**
 * The form for witnesses who write in another script. Real browser, real server.
 * - Digits: a witness whose phone keyboard types Arabic, Persian/Urdu or Bengali digits gets
 *   the date and postcode sent as the 0–9 the schema reads (client/digits.ts), instead of the
 *   form answering "enter a real date" to a real date.
 * - Right-to-left pages must not scroll sideways. Content placed off-screen to the left (as the
 *   honeypot field was, with `left: -10000px`) is inside the scrollable area of a right-to-left
 *   page: at 320 px the Arabic form opened 10,320 px wide, scrolled to empty space. The English
 *   page is switched to dir="rtl" so the check does not depend on one translation.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEnvelope } from '../../protocol/envelope.js';
import { launchBrowser } from '../helpers/browser.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';
import { openForm } from '../helpers/form.js';

let browser: Browser;
let s: TestServer;

beforeAll(async () => {
  browser = await launchBrowser();
  s = makeTestServer();
  await s.listen();
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

describe('digits in other scripts', () => {
  it('a date and a postcode typed with Bengali, Arabic and Persian digits are sent as 0–9', async () => {
    const { page, context } = await openForm(browser, s.url, 375);
    await page.getByRole('group', { name: 'How do you know about the scan?' }).getByLabel('I was scanned').check();
    await page.getByLabel('Day', { exact: true }).fill('১৫');
    await page.getByLabel('Month', { exact: true }).fill('٣');
    await page.getByLabel('Year', { exact: true }).fill('۲۰۲۵');
    await page.getByLabel('Which police force?').selectOption({ label: 'Not sure' });
    await page.getByLabel('First half of the postcode').fill('e۸');
    await page.getByRole('group', { name: 'What did the police scan?' }).getByLabel('Fingerprints', { exact: true }).check();

    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    await page.getByRole('heading', { name: 'Report sent — thank you' }).waitFor();
    const report = openEnvelope(s.store.list(10)[0]!.envelope, s.keyPair) as { incident: Record<string, string> };
    expect(report.incident).toEqual({ date: '2025-03-15', force: 'unknown', postcodeDistrict: 'E8', technology: 'fingerprint' });
    await context.close();
  });
});

describe('right-to-left layout', () => {
  it('a right-to-left page at 320 px is no wider than the screen', async () => {
    const { page, context } = await openForm(browser, s.url, 320);
    const widths = await page.evaluate(() => {
      document.documentElement.dir = 'rtl';
      return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await context.close();
  });
});

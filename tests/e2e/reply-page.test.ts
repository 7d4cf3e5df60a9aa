/**
 * The /reply page in a real browser (docs/replies.md): a mistyped receipt — a wrong digit, two
 * neighbours swapped, typed in Persian digits; too short; empty — gets its message in the page's
 * language and no request at all; a right receipt with no reply downloads the one public list and
 * says "no reply yet"; the quick exit and leaving by Back clear the receipt; in every language,
 * nothing on /reply or in the form's receipt box is wider than a 320 px phone. The whole round trip
 * (a reply found, an answer sent) is tests/e2e/reply-round-trip.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../protocol/i18n/catalogue.js';
import { dammDigit, formatReceipt } from '../../protocol/receipt.js';
import { availableLanguages, loadCatalogue } from '../../scripts/dev/i18n-check.js';
import { browserAndServer } from '../helpers/browser.js';
import { ARTIFACTS, newWatchedPage, overflowing, screenshot, startNeutralSite } from '../helpers/form.js';

const shared = browserAndServer();

/** A receipt nobody was given (no reply can be there for it). */
const RECEIPT = '31415926535897932384';

describe('the /reply page', () => {
  it('refuses a mistyped receipt with a message in the page’s language and makes no request; a right one with no reply says so', async () => {
    const url = await shared.serve({}, { replies: true }).listen();
    const good = `${RECEIPT}${dammDigit(RECEIPT)}`;
    const t: Catalogue = await loadCatalogue('ur');
    const { page, requests, problems } = await newWatchedPage(shared.browser, 375);
    await page.goto(`${url}/reply?lang=ur`);
    const check = page.getByRole('button', { name: t.reply.check, exact: true });
    await page.locator('#receipt-form button[type=submit]:not([disabled])').waitFor();
    const box = page.getByLabel(t.reply.receiptLabel, { exact: true });
    const loaded = requests.length;
    const message = page.locator('#receipt-error');
    // A wrong digit, two neighbours swapped, in Persian digits too: the check digit catches each, before any work.
    const wrong = [`${good.slice(0, 5)}${(Number(good[5]) + 1) % 10}${good.slice(6)}`, `${good.slice(0, 7)}${good[8]}${good[7]}${good.slice(9)}`];
    for (const typed of wrong) {
      if (typed === good) continue;
      await box.fill(typed.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d))));
      await check.click();
      await message.getByText(t.reply.wrongCheck).waitFor();
      expect(await box.getAttribute('aria-invalid')).toBe('true');
    }
    await box.fill(good.slice(0, 12));
    await check.click();
    await message.getByText(t.reply.wrongLength).waitFor();
    await box.fill('');
    await check.click();
    await message.getByText(t.reply.empty).waitFor();
    expect(requests.slice(loaded)).toEqual([]);
    await screenshot(page, 'reply-page-wrong-ur-375');

    await box.fill(formatReceipt(good));
    await check.click();
    await page.getByText(t.reply.none).waitFor({ timeout: 60_000 });
    expect(await message.isHidden()).toBe(true);
    expect(requests.slice(loaded)).toEqual([`GET ${url}/api/replies`]);
    expect(problems).toEqual([]);
  }, 120_000);

  it('the quick exit clears the receipt and the reply, and Back does not bring them back', async () => {
    const exit = await startNeutralSite();
    try {
      const url = await shared.serve({ EXIT_URL: exit.url }, { replies: true }).listen();
      const t = await loadCatalogue('en');
      const { page, problems } = await newWatchedPage(shared.browser, 375);
      await page.goto(`${exit.url}?before`);
      await page.goto(`${url}/reply`);
      await page.locator('#receipt-form button[type=submit]:not([disabled])').waitFor();
      const good = `${RECEIPT}${dammDigit(RECEIPT)}`;
      await page.getByLabel(t.reply.receiptLabel, { exact: true }).fill(good);
      await page.getByRole('button', { name: t.reply.check, exact: true }).click();
      await page.getByText(t.reply.none).waitFor({ timeout: 60_000 });
      await page.keyboard.press('Escape');
      await page.waitForURL(exit.url);
      await page.goBack();
      expect(page.url()).toBe(`${exit.url}?before`);
      await page.goForward();
      expect(await page.content()).not.toContain(good);
      // Leaving by Back: the page is cleared on the way out (nothing parked in the back/forward cache).
      await page.goto(`${url}/reply`);
      await page.locator('#receipt-form button[type=submit]:not([disabled])').waitFor();
      await page.getByLabel(t.reply.receiptLabel, { exact: true }).fill(good);
      await page.goBack();
      await page.goForward();
      await page.locator('#receipt-form button[type=submit]:not([disabled])').waitFor();
      expect(await page.getByLabel(t.reply.receiptLabel, { exact: true }).inputValue()).toBe('');
      expect(problems).toEqual([]);
    } finally {
      await exit.close();
    }
  }, 120_000);

  it("nothing is wider than a 320 px phone, in any language: /reply empty, with an error, with the number shown; the form's receipt box", async () => {
    const url = await shared.serve({}, { replies: true }).listen();
    const { page, problems } = await newWatchedPage(shared.browser, 320);
    const good = formatReceipt(`${RECEIPT}${dammDigit(RECEIPT)}`);
    const wide: string[] = [];
    const measure = async (where: string) => {
      const r = await overflowing(page, 320);
      if (r.scrollWidth > 320 || r.out.length) wide.push(`${where}: scrollWidth ${r.scrollWidth}; ${r.out.slice(0, 5).join('; ')}`);
    };
    for (const lang of availableLanguages()) {
      const t = await loadCatalogue(lang);
      await page.goto(`${url}/reply?lang=${lang}`);
      await page.locator('#receipt-form button[type=submit]:not([disabled])').waitFor();
      await measure(`${lang} /reply empty`);
      await page.getByRole('button', { name: t.reply.check, exact: true }).click();
      await page.locator('#receipt-error').getByText(t.reply.empty).waitFor();
      await measure(`${lang} /reply error`);
      await page.getByLabel(t.reply.receiptLabel, { exact: true }).fill(good);
      await page.getByRole('button', { name: t.reply.show, exact: true }).click();
      await page.getByRole('button', { name: t.reply.hide, exact: true }).waitFor();
      await measure(`${lang} /reply number shown`);
      if (lang === 'ar') await screenshot(page, 'reply-page-ar-320');

      await page.goto(`${url}/?lang=${lang}`);
      await page.locator('#app form button[type=submit]:not([disabled])').waitFor();
      await page.getByLabel(t.replyOptIn.yes, { exact: true }).check();
      await page.locator('#receipt bdi').waitFor();
      await measure(`${lang} form receipt`);
      if (lang === 'bn') await page.locator('#reply-optin-field').screenshot({ path: join(ARTIFACTS, 'reply-receipt-bn-320.png') });
    }
    expect(wide).toEqual([]);
    expect(problems).toEqual([]);
  }, 240_000);
});

/**
 * A part of the form loaded only when used (client/lazy-part.ts; docs/form.md, "How the form
 * loads"), in Chromium against the real server: the photo part's script altered on the way (a
 * compromised cache or proxy) is refused by its SRI hash and never runs; the witness is told in
 * the page's words and can still send the report; the next try, with the file intact, loads it.
 */
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../scripts/dev/i18n-check.js';
import { browserAndServer } from '../helpers/browser.js';
import { fillRequired, openForm } from '../helpers/form.js';
import { PHOTO_FIXTURES } from '../fixtures/generate-photo-fixtures.js';

const e2e = browserAndServer();
const en = await loadCatalogue('en');
const PHOTO_PART = /\/assets\/photos-[0-9a-f]{16}\.js$/;

describe('a part of the form loaded when used', () => {
  it('is refused when its script was altered (SRI), says so, loses nothing, and loads on the next try', async () => {
    const s = e2e.serve();
    const { page, problems, requests, context } = await openForm(e2e.browser, await s.listen(), 375);
    // Nothing of the part before it is used: the first load carries none of it.
    expect(requests.filter((r) => /\/assets\/(photos-|i18n-photos-)/.test(r))).toEqual([]);

    // The part's script, altered on the way: one more statement than the build made.
    let altered = 0;
    const alter = async (route: Route) => {
      altered++;
      const response = await route.fetch();
      // no-store: the browser must not keep the altered copy for the next try (a poisoned cache would
      // be refused the same way each time, until it is cleared).
      const headers = { ...response.headers(), 'cache-control': 'no-store' };
      await route.fulfill({ response, headers, body: `${await response.text()};fetch('/stolen')` });
    };
    await page.route(PHOTO_PART, alter);
    await fillRequired(page, 'They scanned my face at the bus stop.');
    await page.locator('#photo-input').setInputFiles(PHOTO_FIXTURES.jpeg);
    await page.getByRole('alert').filter({ hasText: en.partFailed }).waitFor();
    expect(altered).toBe(1);
    expect(requests.some((r) => r.endsWith('/stolen'))).toBe(false);
    expect(await page.evaluate(() => 'scanwitnessPart_photos' in globalThis)).toBe(false);
    // The answers are still there.
    expect(await page.getByLabel('Tell us what happened').inputValue()).toBe('They scanned my face at the bus stop.');
    // The browser said why it refused the script; nothing else went wrong.
    expect(problems.filter((p) => !/integrity/i.test(p))).toEqual([]);
    expect(problems.some((p) => /integrity/i.test(p))).toBe(true);

    // The next try, with the file as built: the part loads and shows the photo.
    await page.unroute(PHOTO_PART, alter);
    await page.locator('#photo-input').setInputFiles(PHOTO_FIXTURES.jpeg);
    await page.locator('#photo-list canvas').first().waitFor();
    expect(await page.evaluate(() => 'scanwitnessPart_photos' in globalThis)).toBe(true);
    expect(requests.filter((r) => /\/assets\/i18n-photos-en-/.test(r))).toHaveLength(1);

    // Without photos the report goes as it would have: remove the photo, send.
    await page.getByRole('button', { name: en.photos.remove }).click();
    await page.getByRole('button', { name: en.send }).click();
    await page.getByRole('heading', { name: en.sentTitle }).waitFor();
    expect(s.store.count()).toBe(1);
    await context.close();
  });
});

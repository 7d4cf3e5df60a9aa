/**
 * The form in every language, in a real browser against a real server: filled by its visible
 * labels in Urdu and in Polish, it seals the same slugs as in English (only meta.lang differs);
 * switching language midway keeps every answer and downloads only the new catalogue; Arabic,
 * Persian and Urdu read right to left with the key fingerprint intact (375 px screenshots in
 * test-artifacts/); axe-core finds nothing in Arabic and Welsh; nothing is wider than a 320 px
 * phone in any language; every free-text field has spellcheck and autocorrect off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openEnvelope } from '../../protocol/envelope.js';
import { LANGUAGES, type Lang } from '../../protocol/languages.js';
import { availableLanguages, loadCatalogue } from '../../scripts/dev/i18n-check.js';
import { browserAndServer } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { axeViolations, fillEverything, openForm, overflowing, screenshot } from '../helpers/form.js';

const e2e = browserAndServer();
const built = availableLanguages();
const rtl = built.filter((l) => LANGUAGES[l].dir === 'rtl');

async function server(env: Record<string, string> = {}): Promise<TestServer> {
  const s = e2e.serve(env);
  await s.listen();
  return s;
}

const send = async (page: Page, lang: Lang) => {
  const t = await loadCatalogue(lang);
  await page.getByRole('button', { name: t.send, exact: true }).click();
  await page.getByRole('heading', { name: t.sentTitle, exact: true }).waitFor();
};

/** Elements sticking out of a `width` px screen (sideways scrolling, cut-off words). */
describe('the form in other languages', () => {
  it.each(['ur', 'pl'] as const)(
    '%s: filled and sent by its visible labels, it seals the same slugs as in English',
    async (lang) => {
      expect(built, `protocol/i18n/${lang}.ts`).toContain(lang);
      const s = await server();
      const { page, problems, context } = await openForm(e2e.browser, `${s.url}/?lang=${lang}`, 375);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, LANGUAGES[lang].dir]);
      const narrative = 'Two officers stopped a man. دو افسروں نے ایک آدمی کو روکا۔ Dwóch policjantów.';
      const expected = await fillEverything(page, narrative, lang);
      await screenshot(page, `form-375-${lang}-filled`);
      await send(page, lang);
      const [stored] = s.store.list(10);
      const report = openEnvelope(stored!.envelope, s.keyPair);
      expect(report).toEqual(expected);
      // fillEverything returns the same slugs for every language (the English run in form.test.ts
      // decrypts to them too): only meta.lang tells the languages apart.
      expect(report.meta).toEqual({ lang });
      expect(report.person).toEqual({
        ethnicity: 'black-african',
        ethnicitySource: 'perceived',
        gender: 'man',
        ageBand: '25-34',
        immigrationStatus: 'asylum-seeker-or-refugee',
      });
      expect(problems).toEqual([]);
      await context.close();
    },
    240_000,
  );

  it('switching language midway keeps every answer, fetches only the new catalogue, and records the choice in the URL only', async () => {
    expect(built).toEqual(expect.arrayContaining(['en', 'pl', 'ar']));
    const s = await server();
    const { page, problems, requests, context } = await openForm(e2e.browser, s.url, 375);
    const en = await loadCatalogue('en');
    const pl = await loadCatalogue('pl');
    await page.getByRole('group', { name: en.fields['reporter.role'].label }).getByLabel(en.fields['reporter.role'].options.subject, { exact: true }).check();
    await page.getByLabel(en.dateParts.month, { exact: true }).fill('3');
    await page.getByLabel(en.dateParts.year, { exact: true }).fill('2025');
    await page.getByLabel(en.fields['incident.force'].label, { exact: true }).selectOption('kent');
    await page.getByLabel(en.fields.narrative.label, { exact: true }).fill('They scanned me outside the shop.');
    await page.getByLabel(en.fields['contact.consent'].label, { exact: true }).check();
    await page.getByLabel(en.fields['contact.details'].label, { exact: true }).fill('me@example.org');
    // One error shown before the switch: it comes back in the new language.
    await page.getByRole('button', { name: en.send }).click();
    await page.locator('.error-summary').waitFor();

    await page.getByRole('link', { name: 'Polski', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: pl.title }).waitFor();
    expect(page.url()).toBe(`${s.url}/?lang=pl`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, history.length])).toEqual(['pl', 'ltr', 2]);
    expect(
      await page
        .getByRole('group', { name: pl.fields['reporter.role'].label })
        .getByLabel(pl.fields['reporter.role'].options.subject, { exact: true })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByLabel(pl.dateParts.year, { exact: true }).inputValue()).toBe('2025');
    expect(await page.getByLabel(pl.fields['incident.force'].label, { exact: true }).inputValue()).toBe('kent');
    expect(await page.getByLabel(pl.fields.narrative.label, { exact: true }).inputValue()).toBe('They scanned me outside the shop.');
    expect(await page.getByLabel(pl.fields['contact.details'].label, { exact: true }).inputValue()).toBe('me@example.org');
    expect(await page.locator('.error-summary a').allTextContents()).toEqual([pl.fields['incident.technology'].required]);
    expect(await page.getByRole('link', { name: 'Polski', exact: true }).getAttribute('aria-current')).toBe('true');
    expect(await page.locator('#exit').textContent()).toBe(pl.exit);
    expect(await page.title()).toBe(`${pl.errorPrefix}${pl.title}`);

    // Into Arabic and on: right to left now, still every answer.
    const ar = await loadCatalogue('ar');
    await page.getByRole('link', { name: LANGUAGES.ar.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ar.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page
      .getByRole('group', { name: ar.fields['incident.technology'].label })
      .getByLabel(ar.fields['incident.technology'].options.fingerprint, { exact: true })
      .check();
    expect(await page.locator('.error-summary').count(), 'the last error went as soon as it was put right').toBe(0);
    await send(page, 'ar');
    const report = openEnvelope(s.store.list(10)[0]!.envelope, s.keyPair);
    expect(report).toMatchObject({
      reporter: { role: 'subject' },
      incident: { date: '2025-03', force: 'kent', technology: 'fingerprint' },
      narrative: 'They scanned me outside the shop.',
      contact: { consent: true, details: 'me@example.org' },
      meta: { lang: 'ar' },
    });
    // Only the catalogues shown were downloaded, each once; no other language's words.
    const catalogues = requests.filter((r) => r.includes('/assets/i18n-')).map((r) => /i18n-([a-z]+)-/.exec(r)![1]);
    expect(catalogues).toEqual(['en', 'pl', 'ar']);
    // The language index that names them: once, at the first switch.
    expect(requests.filter((r) => r.includes('/assets/languages-'))).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('without JavaScript the language links reload the page in that language, chosen by URL or by Accept-Language', async () => {
    const s = await server();
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 }, locale: 'pl-PL' });
    const page = await context.newPage();
    const pl = await loadCatalogue('pl');
    const cy = await loadCatalogue('cy');
    await page.goto(s.url);
    expect(await page.locator('h1').textContent(), 'Accept-Language: pl').toBe(pl.title);
    expect(await page.locator('main').innerText()).toContain(pl.noJs.slice(0, 40));
    await page.getByRole('link', { name: LANGUAGES.cy.name, exact: true }).click();
    await page.waitForURL(`${s.url}/?lang=cy`);
    expect(await page.locator('h1').textContent()).toBe(cy.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    await context.close();
  });

  it.each(rtl)(
    '%s reads right to left, mirrored, with the fingerprint intact (375 px screenshots)',
    async (lang) => {
      const s = await server();
      const { page, problems, context } = await openForm(e2e.browser, `${s.url}/?lang=${lang}`, 375);
      const t = await loadCatalogue(lang);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, 'rtl']);
      // The fingerprint is isolated left to right and shown exactly.
      const fp = page.locator('#fingerprint');
      expect(await fp.getAttribute('dir')).toBe('ltr');
      expect(await fp.textContent()).toBe(s.campaign.keys[0]!.fingerprint);
      // Mirrored: quick exit on the left, the brand on the right, radios to the right of their labels.
      const exit = (await page.locator('#exit').boundingBox())!;
      const brand = (await page.locator('.brand').boundingBox())!;
      expect(exit.x).toBeLessThan(brand.x);
      const radio = (await page.locator('#reporter-role-subject').boundingBox())!;
      const label = (await page.locator('label[for=reporter-role-subject]').boundingBox())!;
      expect(radio.x).toBeGreaterThan(label.x);
      await screenshot(page, `form-375-${lang}`);
      await page.getByRole('button', { name: t.send, exact: true }).click();
      await page.locator('.error-summary').waitFor();
      // The red bar of an error sits on the right, where a right-to-left reader starts.
      const bar = await page
        .locator('.field-error')
        .first()
        .evaluate((el) => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth]);
      expect(bar).toEqual(['5px', '0px']);
      await screenshot(page, `form-375-${lang}-errors`);
      expect(problems).toEqual([]);
      await context.close();
    },
    120_000,
  );

  it.each(['ar', 'cy'] as const)(
    'axe-core finds nothing in %s, empty and with errors',
    async (lang) => {
      expect(built).toContain(lang);
      const s = await server();
      const { page, context } = await openForm(e2e.browser, `${s.url}/?lang=${lang}`, 375);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: (await loadCatalogue(lang)).send, exact: true }).click();
      await page.locator('.error-summary').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
    120_000,
  );

  it('nothing is wider than a 320 px phone, in any language, empty or with errors', async () => {
    const s = await server();
    const { page, context } = await openForm(e2e.browser, s.url, 320);
    const wide: string[] = [];
    for (const lang of built) {
      await page.goto(`${s.url}/?lang=${lang}`);
      await page.locator('#app form button[type=submit]').waitFor();
      const empty = await overflowing(page, 320);
      await page.locator('#app form button[type=submit]').click();
      await page.locator('.error-summary').waitFor();
      const errors = await overflowing(page, 320);
      for (const [state, r] of [
        ['empty', empty],
        ['errors', errors],
      ] as const) {
        if (r.scrollWidth > 320 || r.out.length) wide.push(`${lang} ${state}: scrollWidth ${r.scrollWidth}; ${r.out.slice(0, 5).join('; ')}`);
      }
    }
    expect(wide).toEqual([]);
    await context.close();
  }, 240_000);

  it('every free-text field has spellcheck, autocorrect and autocapitalize off (no "spell-jacking")', async () => {
    const s = await server();
    const { page, context } = await openForm(e2e.browser, s.url, 375);
    await page.locator('#contact-consent').check();
    // Every field a person can type into (not the honeypot no person reaches, client/honeypot.ts).
    const fields = await page.locator('#app form input[type=text], #app form textarea').evaluateAll((els) =>
      els
        .filter((e) => !e.closest('[aria-hidden=true]'))
        .map((e) => ({
          id: e.id,
          spellcheck: e.getAttribute('spellcheck'),
          autocorrect: e.getAttribute('autocorrect'),
          autocapitalize: e.getAttribute('autocapitalize'),
        })),
    );
    expect(fields.map((f) => f.id)).toEqual(expect.arrayContaining(['incident-area', 'incident-postcodeDistrict', 'narrative', 'contact-details']));
    for (const f of fields) {
      expect(f.spellcheck, f.id).toBe('false');
      if (f.id.startsWith('incident-date-')) continue; // digits only
      expect(f.autocorrect, f.id).toBe('off');
      expect(f.autocapitalize, f.id).toBe(f.id === 'incident-postcodeDistrict' ? 'characters' : 'none');
    }
    // And the browser agrees: no spellchecking anywhere a witness types.
    expect(
      await page
        .locator('#app form input[type=text], #app form textarea')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).spellcheck && !e.closest('[aria-hidden=true]')).length),
    ).toBe(0);
    await context.close();
  });

  it('an error goes as soon as its answer is put right; the others stay', async () => {
    const s = await server();
    const { page, context } = await openForm(e2e.browser, s.url, 375);
    const en = await loadCatalogue('en');
    await page.getByRole('button', { name: en.send }).click();
    const links = page.locator('.error-summary a');
    await links.first().waitFor();
    expect(await links.count()).toBe(4);
    await page.getByRole('group', { name: en.fields['reporter.role'].label }).getByLabel(en.fields['reporter.role'].options.witness, { exact: true }).check();
    expect(await links.allTextContents()).toEqual([
      en.fields['incident.date'].required,
      en.fields['incident.force'].required,
      en.fields['incident.technology'].required,
    ]);
    expect(await page.locator('#reporter-role-field .error-msg').count()).toBe(0);
    expect(await page.locator('#reporter-role-field').getAttribute('class')).toBe('field');
    // Half an answer is not yet an answer: the date error stays until month and year are there.
    await page.getByLabel(en.dateParts.month, { exact: true }).fill('3');
    expect(await page.locator('#incident-date-field .error-msg').count()).toBe(1);
    await page.getByLabel(en.dateParts.year, { exact: true }).fill('2025');
    expect(await page.locator('#incident-date-field .error-msg').count()).toBe(0);
    await page.getByLabel(en.fields['incident.force'].label, { exact: true }).selectOption('kent');
    expect(await page.getByLabel(en.fields['incident.force'].label, { exact: true }).getAttribute('aria-invalid')).toBeNull();
    await page
      .getByRole('group', { name: en.fields['incident.technology'].label })
      .getByLabel(en.fields['incident.technology'].options.face, { exact: true })
      .check();
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(await page.title()).toBe(en.title);
    await context.close();
  });
});

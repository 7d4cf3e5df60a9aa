/**
 * Safety on a shared phone: the quick exit (button and Escape) clears the answers and replaces
 * the page so Back cannot bring them back; nothing lands in cookies or storage; a visitor
 * without JavaScript learns why the form needs it and how else to reach the campaign; the
 * demo banner is unmissable.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';
import { axeViolations, expectNoBrowserStorage, newWatchedPage, openForm, screenshot, startNeutralSite } from '../helpers/form.js';

let browser: Browser;
let neutral: Awaited<ReturnType<typeof startNeutralSite>>;
const servers: TestServer[] = [];

async function server(env: Record<string, string> = {}, demo = false): Promise<TestServer> {
  const s = makeTestServer({ EXIT_URL: neutral.url, ...env }, { demo });
  servers.push(s);
  await s.listen();
  return s;
}

beforeAll(async () => {
  browser = await launchBrowser();
  neutral = await startNeutralSite();
});
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
afterAll(async () => {
  await browser?.close();
  await neutral?.close();
});

const SECRET = 'SENTINEL-quick-exit-7d1c';

/**
 * Start on another page (so Back has somewhere to go), open the form, type answers. `scriptHeld`:
 * the form's script never arrives (a slow phone), so only the page itself is working.
 */
async function fillSomeAnswers(url: string, { scriptHeld = false } = {}): Promise<{ page: Page; close(): Promise<void> }> {
  const { page, context, problems } = await newWatchedPage(browser);
  if (scriptHeld) await page.route(/\/assets\/app-[0-9a-f]+\.js$/, () => new Promise<void>(() => {}));
  await page.goto(`${neutral.url}?before`);
  await page.goto(url, { waitUntil: scriptHeld ? 'commit' : 'load' });
  await page.getByRole('button', { name: 'Encrypt and send report' }).waitFor();
  if (scriptHeld) expect(await page.getByRole('button', { name: 'Encrypt and send report' }).isDisabled()).toBe(true);
  await page.getByRole('group', { name: 'How do you know about the scan?' }).getByLabel('I was scanned').check();
  await page.getByLabel('Town, city or area (optional)').fill('Croydon');
  await page.getByLabel('Tell us what happened').fill(`They took my fingerprints. ${SECRET}`);
  await expectNoBrowserStorage(page);
  return {
    page,
    close: async () => {
      expect(problems).toEqual([]);
      await context.close();
    },
  };
}

/** After a quick exit: the neutral page, the form's history entry gone, and Back shows no answer. */
async function expectLeftSafely(page: Page, formUrl: string, { scriptHeld = false } = {}): Promise<void> {
  await page.waitForURL(neutral.url);
  expect(await page.getByRole('heading', { name: 'Weather forecast' }).isVisible()).toBe(true);
  await page.goBack();
  // location.replace swapped the form's entry for the neutral page: Back skips the form entirely.
  expect(page.url()).toBe(`${neutral.url}?before`);
  for (const text of [SECRET, 'Croydon', 'fingerprints']) expect(await page.content()).not.toContain(text);
  await page.goForward();
  expect(page.url()).toBe(neutral.url);
  expect(await page.content()).not.toContain(SECRET);
  // Opening the form again starts empty: there are no drafts.
  await page.goto(formUrl, { waitUntil: scriptHeld ? 'commit' : 'load' });
  await page.getByRole('button', { name: 'Encrypt and send report' }).waitFor();
  expect(await page.getByLabel('Tell us what happened').inputValue()).toBe('');
  expect(await page.getByLabel('Town, city or area (optional)').inputValue()).toBe('');
  await expectNoBrowserStorage(page);
}

describe('witness form safety', () => {
  it('"Leave this site" clears the answers and replaces the page; Back does not bring them back', async () => {
    const s = await server();
    const { page, close } = await fillSomeAnswers(s.url);
    const exit = page.getByRole('link', { name: 'Leave this site' });
    expect(await exit.getAttribute('href')).toBe(neutral.url);
    // Always on screen: still in view at the bottom of the long form.
    await page.getByRole('button', { name: 'Encrypt and send report' }).scrollIntoViewIfNeeded();
    expect(await exit.isVisible()).toBe(true);
    const box = (await exit.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(100);
    await exit.click();
    await expectLeftSafely(page, `${s.url}/`);
    expect(s.store.count()).toBe(0);
    await close();
  });

  it('the Escape key does the same, from inside a text box', async () => {
    const s = await server();
    const { page, close } = await fillSomeAnswers(s.url);
    await page.getByLabel('Tell us what happened').focus();
    await page.keyboard.press('Escape');
    await expectLeftSafely(page, `${s.url}/`);
    await close();
  });

  it("works before the form's script has arrived: the link and Escape leave safely from the first paint", async () => {
    const s = await server();
    for (const leave of ['link', 'Escape'] as const) {
      const { page, close } = await fillSomeAnswers(s.url, { scriptHeld: true });
      if (leave === 'link') await page.getByRole('link', { name: 'Leave this site' }).click();
      else await page.getByLabel('Tell us what happened').press('Escape');
      await expectLeftSafely(page, `${s.url}/`, { scriptHeld: true });
      await close();
    }
  });

  it('Escape leaves /about and /rights too (they have no other script)', async () => {
    const s = await server();
    const { page, context, problems } = await newWatchedPage(browser);
    for (const path of ['/about', '/rights']) {
      await page.goto(`${neutral.url}?before`);
      await page.goto(`${s.url}${path}`);
      await page.keyboard.press('Escape');
      await page.waitForURL(neutral.url);
      await page.goBack();
      expect(page.url()).toBe(`${neutral.url}?before`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('answers do not survive leaving by Back either (back/forward cache)', async () => {
    const s = await server();
    const { page, close } = await fillSomeAnswers(s.url);
    await page.goBack();
    await page.goForward();
    await page.getByRole('button', { name: 'Encrypt and send report' }).waitFor();
    expect(await page.getByLabel('Tell us what happened').inputValue()).toBe('');
    expect(await page.getByLabel('Town, city or area (optional)').inputValue()).toBe('');
    await close();
  });

  it('sensitive fields never autofill, and no answer reaches the URL', async () => {
    const s = await server();
    const { page, close } = await fillSomeAnswers(s.url);
    expect(await page.locator('form').getAttribute('autocomplete')).toBe('off');
    const autocompletes = await page.locator('input[type=text], textarea, select').evaluateAll((els) => els.map((e) => e.getAttribute('autocomplete')));
    expect(autocompletes.length).toBeGreaterThan(5);
    expect(new Set(autocompletes)).toEqual(new Set(['off']));
    // Enter in a text box submits through the form's own handler (which checks first), never natively.
    await page.getByLabel('Town, city or area (optional)').press('Enter');
    await page.locator('.error-summary').waitFor();
    expect(page.url()).toBe(`${s.url}/`);
    expect(s.store.count()).toBe(0);
    await close();
  });

  it("without JavaScript: explains why the form needs it, gives the operator's other route (escaped), nothing can be sent, and the exit still works", async () => {
    const s = await server({ ALTERNATIVE_CONTACT: 'Call <b>Stop the Scan</b> on 0300 000 0000 & ask for "Sam".' });
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(s.url);
    const text = await page.locator('main').innerText();
    expect(text).toContain('This form needs JavaScript. Your report is encrypted (locked) on this device before it is sent');
    expect(text).toContain('Call <b>Stop the Scan</b> on 0300 000 0000 & ask for "Sam".');
    expect(await page.locator('main b').count()).toBe(0);
    // The questions are in the page (they are readable before any script), but nothing can be sent.
    expect(await page.getByRole('button', { name: 'Encrypt and send report' }).isDisabled(), 'no way to send without JavaScript').toBe(true);
    expect(await page.locator('button:not([disabled])').count()).toBe(0);
    expect(await page.locator('#script-waiting').innerText()).toContain('Call <b>Stop the Scan</b> on 0300 000 0000 & ask for "Sam".');
    await screenshot(page, 'form-375-no-javascript');
    await page.getByRole('link', { name: 'Leave this site' }).click();
    await page.waitForURL(neutral.url);
    await context.close();
  });

  it('demo mode shows a prominent "do not submit real reports" banner', async () => {
    const s = await server({}, true);
    const { page, context, problems } = await openForm(browser, s.url, 375);
    const banner = page.locator('#demo');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.innerText()).toContain('Demo — do not submit real reports.');
    expect((await banner.boundingBox())!.y).toBeLessThan(120);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'form-375-demo');
    expect(problems).toEqual([]);
    await context.close();
  });
});

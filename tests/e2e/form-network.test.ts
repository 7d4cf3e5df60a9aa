/**
 * Network trouble loses nothing: when the POST fails (server down, 429, 5xx) the sealed
 * envelope stays in memory, the witness is told what happened in plain words, and "Try again"
 * sends that same envelope once the server answers — no retyping.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openEnvelope } from '../../protocol/envelope.js';
import { launchBrowser } from '../helpers/browser.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';
import { axeViolations, fillRequired, openForm, screenshot } from '../helpers/form.js';

let browser: Browser;
const servers: TestServer[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
afterAll(async () => {
  await browser?.close();
});

const NARRATIVE = 'SENTINEL-retry-3f9e: they scanned my face at the station.';

const expected = {
  schema: 'scanwitness.report.v1',
  reporter: { role: 'subject' },
  incident: { date: '2025-06', force: 'british-transport-police', technology: 'face' },
  narrative: NARRATIVE,
  meta: { lang: 'en' },
};

/** The bodies of every POST the page sent. */
function posts(page: Page): string[] {
  const bodies: string[] = [];
  page.on('request', (req) => {
    if (req.method() === 'POST') bodies.push(req.postData() ?? '');
  });
  return bodies;
}

describe('witness form on a bad connection', () => {
  it('server unreachable: the report is kept, the witness is told, and "Try again" sends it once the server is back', async () => {
    const s = makeTestServer();
    servers.push(s);
    await s.listen();
    const port = Number(new URL(s.url).port);
    const { page, context } = await openForm(browser, s.url, 375);
    const sent = posts(page);
    await fillRequired(page, NARRATIVE);

    await s.stop();
    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    const failure = page.locator('#send-failed');
    await failure.getByRole('heading', { name: 'Your report has not been sent yet' }).waitFor();
    expect(await failure.innerText()).toContain('We could not reach the website. Check you are connected to the internet, then try again.');
    expect(await failure.innerText()).toContain('Your report is kept, locked, on this page. You do not need to type it again.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('send-failed');
    // Everything typed is still there.
    expect(await page.getByLabel('Tell us what happened').inputValue()).toBe(NARRATIVE);
    expect(s.store.count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'form-375-send-failed');

    await s.listen(port);
    await failure.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Report sent — thank you' }).waitFor();
    expect(s.store.count()).toBe(1);
    expect(openEnvelope(s.store.list(10)[0]!.envelope, s.keyPair)).toEqual(expected);
    // The retry sent the very envelope sealed the first time (the attempt that never arrived).
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
    await context.close();
  });

  it('429 and 5xx answers: plain words for each, and the kept envelope goes through on retry', async () => {
    const s = makeTestServer();
    servers.push(s);
    await s.listen();
    const { page, context, problems } = await openForm(browser, s.url, 1280);
    const sent = posts(page);
    await fillRequired(page, NARRATIVE);

    // The server's own error bodies, answered before the request reaches it.
    const answers = [
      {
        status: 429,
        body: { error: 'rate_limited', message: 'too many reports from this connection' },
        words: 'The website is busy right now. Wait a few minutes, then try again.',
      },
      {
        status: 503,
        body: { error: 'storage_full', message: 'not accepting reports right now' },
        words: 'Something went wrong on the website. Wait a moment, then try again.',
      },
    ];
    let next = 0;
    await page.route('**/api/reports', async (route) => {
      const a = answers[next++];
      if (a) await route.fulfill({ status: a.status, contentType: 'application/json', body: JSON.stringify(a.body) });
      else await route.continue();
    });

    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    const failure = page.locator('#send-failed');
    await expectFailure(failure, answers[0]!.words);
    await screenshot(page, 'form-1280-busy');
    await failure.getByRole('button', { name: 'Try again' }).click();
    await expectFailure(failure, answers[1]!.words);
    expect(s.store.count()).toBe(0);

    await failure.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Report sent — thank you' }).waitFor();
    expect(s.store.count()).toBe(1);
    expect(openEnvelope(s.store.list(10)[0]!.envelope, s.keyPair)).toEqual(expected);
    expect(new Set(sent).size).toBe(1);
    expect(problems.filter((p) => !/^(429|503) /.test(p))).toEqual([]);
    await context.close();
  });

  it('a campaign key rotated while the form was open: the page fetches the key again and re-seals, once, without retyping', async () => {
    const s = makeTestServer();
    servers.push(s);
    await s.listen();
    const { page, context } = await openForm(browser, s.url, 375);
    const sent = posts(page);
    await fillRequired(page, NARRATIVE);
    let first = true;
    await page.route('**/api/reports', async (route) => {
      if (!first) return route.continue();
      first = false;
      await route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: 'unknown_key', message: 'reload' }) });
    });
    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    await page.getByRole('heading', { name: 'Report sent — thank you' }).waitFor();
    expect(sent).toHaveLength(2);
    expect(sent[1]).not.toBe(sent[0]);
    expect(openEnvelope(s.store.list(10)[0]!.envelope, s.keyPair)).toEqual(expected);
    await context.close();
  });

  it('changing an answer after a failed send seals the new answers instead of sending the stale copy', async () => {
    const s = makeTestServer();
    servers.push(s);
    await s.listen();
    const { page, context } = await openForm(browser, s.url, 375);
    await fillRequired(page, NARRATIVE);
    let first = true;
    await page.route('**/api/reports', async (route) => {
      if (first) {
        first = false;
        await route.abort('internetdisconnected');
      } else await route.continue();
    });
    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    await page.locator('#send-failed').getByRole('heading').waitFor();
    await page.getByLabel('Tell us what happened').fill(`${NARRATIVE} Corrected.`);
    expect(await page.locator('#send-failed').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    await page.getByRole('heading', { name: 'Report sent — thank you' }).waitFor();
    expect(s.store.count()).toBe(1);
    expect(openEnvelope(s.store.list(10)[0]!.envelope, s.keyPair)).toEqual({ ...expected, narrative: `${NARRATIVE} Corrected.` });
    await context.close();
  });
});

async function expectFailure(failure: import('playwright-core').Locator, words: string): Promise<void> {
  await expect.poll(() => failure.innerText().catch(() => '')).toContain(words);
  expect(await failure.isVisible()).toBe(true);
}

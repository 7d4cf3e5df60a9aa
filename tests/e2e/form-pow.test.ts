/**
 * The form on a busy day, in real Chromium under the real CSP: when the server asks for a proof
 * of work the form fetches a challenge only when sending, solves it in its Web Worker (a hashed
 * same-origin asset), says calmly why it takes a moment, and the report is stored. And the
 * honeypot: nobody can reach it, axe-core stays clean, and a form with it filled (a bot) looks
 * sent but sends nothing. Solve times under CPU throttling: `npm run bench:pow` (docs/performance.md).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sealReport } from '../../protocol/envelope.js';
import { CHALLENGE_PATH, PROOF_HEADER } from '../../protocol/proof-of-work.js';
import { REPORT_SCHEMA_ID } from '../../protocol/report-schema.js';
import { en } from '../../protocol/i18n/en.js';
import { browserAndServer, launchBrowser } from '../helpers/browser.js';
import { ARTIFACTS, axeViolations, fillRequired, openForm, screenshot } from '../helpers/form.js';
import { join } from 'node:path';

const e2e = browserAndServer();

/** Every text the "sending" status line shows, recorded as it changes. */
async function recordStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { statusTexts: string[] };
    w.statusTexts = [];
    new MutationObserver(() => w.statusTexts.push(document.getElementById('sending')?.textContent ?? '')).observe(document.getElementById('sending')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
}

describe('proof of work in the form', () => {
  it('a busy server: the form solves the challenge in its Web Worker, says why it waits, and the report is stored', async () => {
    let clock = Date.now();
    const s = e2e.serve({ POW_CALM_REPORTS_PER_MINUTE: '0', POW_BITS: '12', POW_MAX_BITS: '12' }, { now: () => new Date(clock) });
    await s.listen();
    // Three reports stored in the last minutes (calm is 0): from the next minute the server asks 12 bits.
    const report = {
      schema: REPORT_SCHEMA_ID,
      reporter: { role: 'witness' },
      incident: { date: '2025-10', force: 'metropolitan', technology: 'fingerprint' },
    } as const;
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${s.url}/api/reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(sealReport(report, s.keyPair.publicKey)),
      });
      expect(res.status).toBe(201);
    }
    clock += 60_000;
    expect((await (await fetch(`${s.url}${CHALLENGE_PATH}`)).json()).difficulty).toBe(12);

    const { page, context, problems, requests } = await openForm(e2e.browser, s.url, 375);
    // Nothing about proof of work happens before sending.
    expect(requests.filter((r) => r.includes(CHALLENGE_PATH) || r.includes('pow-worker'))).toEqual([]);
    await fillRequired(page);
    const statusTexts = await recordStatus(page);
    const proofs: (string | undefined)[] = [];
    page.on('request', (req) => {
      if (req.method() === 'POST') proofs.push(req.headers()[PROOF_HEADER.toLowerCase()]);
    });
    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    await page.getByRole('heading', { name: en.sentTitle }).waitFor();
    await screenshot(page, 'form-pow-sent');

    expect(s.store.count()).toBe(4);
    expect(proofs).toHaveLength(1);
    expect(proofs[0]).toMatch(/^v1\.\d+\.12\.[\w-]+\.[\w-]+:\d+$/);
    expect(requests.some((r) => /^GET http:\/\/127\.0\.0\.1:\d+\/assets\/pow-worker-[0-9a-f]{16}\.js$/.test(r))).toBe(true);
    expect(requests.filter((r) => !r.startsWith(`GET ${s!.url}`) && !r.startsWith(`POST ${s!.url}`))).toEqual([]); // nothing third-party
    expect(await statusTexts()).toContain(en.preparing);
    expect(problems).toEqual([]); // no CSP violation (worker-src 'self'), no error
    await context.close();
  });
});

describe('proof of work without WebCrypto (a site served over plain http)', () => {
  it('the form says what is wrong instead of waiting for ever, and keeps the report', async () => {
    // A host name that is not loopback, mapped to 127.0.0.1: Chromium treats the page as an
    // insecure context, as on a plain-http deployment, so crypto.subtle does not exist.
    const insecure = await launchBrowser(['--host-resolver-rules=MAP scanwitness-plain-http.test 127.0.0.1']);
    try {
      let clock = Date.now();
      const s = e2e.serve({ POW_CALM_REPORTS_PER_MINUTE: '0', POW_BITS: '8', POW_MAX_BITS: '8' }, { now: () => new Date(clock) });
      const url = (await s.listen()).replace('127.0.0.1', 'scanwitness-plain-http.test');
      const res = await fetch(`${s.url}/api/reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(
          sealReport(
            { schema: REPORT_SCHEMA_ID, reporter: { role: 'witness' }, incident: { date: '2025-10', force: 'metropolitan', technology: 'fingerprint' } },
            s.keyPair.publicKey,
          ),
        ),
      });
      expect(res.status).toBe(201);
      clock += 60_000; // the server now asks 8 bits of every report

      const { page, context } = await openForm(insecure, url, 375);
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
      expect(await page.evaluate(() => typeof crypto.subtle)).toBe('undefined');
      await fillRequired(page);
      await page.getByRole('button', { name: 'Encrypt and send report' }).click();
      await page.getByText(en.failNoWebCrypto).waitFor({ timeout: 30_000 });
      await screenshot(page, 'form-pow-no-webcrypto');
      await page
        .getByText(en.failNoWebCrypto)
        .locator('..')
        .screenshot({ path: join(ARTIFACTS, 'form-pow-no-webcrypto-message.png') });
      expect(await page.getByText(en.failKept).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: en.retry }).isVisible()).toBe(true);
      expect(s.store.count()).toBe(1);
      await context.close();
    } finally {
      await insecure.close();
    }
  }, 120_000);
});

describe('honeypot', () => {
  it('is out of reach (not focusable, not announced), axe-core stays clean, and when filled the form looks sent but sends nothing', async () => {
    const s = e2e.serve();
    await s.listen();
    const { page, context, problems, requests } = await openForm(e2e.browser, s.url, 375);
    expect(await axeViolations(page)).toEqual([]);
    // Not in the accessibility tree, not focusable by script or keyboard.
    expect(await page.getByRole('textbox', { name: en.honeypot }).count()).toBe(0);
    const reachable = await page.evaluate(() => {
      const input = document.getElementById('website') as HTMLInputElement;
      input.focus();
      const wrap = input.closest('[aria-hidden="true"][inert]');
      return {
        focused: document.activeElement === input,
        hidden: wrap !== null,
        autocomplete: input.autocomplete,
        tabIndex: input.tabIndex,
        onScreen: input.getBoundingClientRect().right > 0,
      };
    });
    expect(reachable).toEqual({ focused: false, hidden: true, autocomplete: 'off', tabIndex: -1, onScreen: false });
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('website');
    }

    // A bot fills every box it finds, the hidden one included, and submits.
    await fillRequired(page);
    await page.evaluate(() => {
      (document.getElementById('website') as HTMLInputElement).value = 'http://spam.example';
    });
    const before = requests.length;
    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    await page.getByRole('heading', { name: en.sentTitle }).waitFor();
    expect(requests.slice(before)).toEqual([]); // no challenge, no POST: nothing left the page
    expect(s.store.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000); // 40 key presses: slow on a loaded machine
});

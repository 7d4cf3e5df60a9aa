/**
 * The form is in the page before its script (docs/form.md, "How the form loads"): a witness on
 * a slow connection reads and answers the questions while the script is still on its way. The
 * test holds the script back (route interception), types answers, finds nothing can be sent
 * yet — the page says why and gives the other route —, then lets the script through: every
 * answer is still there, follow-ups follow them, and the report is sealed and sent with them all.
 */
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openEnvelope } from '../../protocol/envelope.js';
import { browserAndServer } from '../helpers/browser.js';
import { newWatchedPage, screenshot } from '../helpers/form.js';

const e2e = browserAndServer();

describe('answering before the script has loaded', () => {
  it('keeps every answer typed before the script arrives, sends nothing until it has, then seals and sends them all', async () => {
    const s = e2e.serve({ ALTERNATIVE_CONTACT: 'Call the campaign on 0300 000 0000.' });
    await s.listen();
    const { page, problems, requests, context } = await newWatchedPage(e2e.browser, 375);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let scriptAsked = false;
    await page.route(/\/assets\/app-[0-9a-f]+\.js$/, async (route: Route) => {
      scriptAsked = true;
      await held;
      await route.continue();
    });
    // 'commit': a module script delays DOMContentLoaded, and this one is held back.
    await page.goto(s.url, { waitUntil: 'commit' });
    const role = page.getByRole('group', { name: 'How do you know about the scan?' });
    await role.getByLabel('I was scanned').waitFor();
    expect(scriptAsked).toBe(true);

    const sentinel = `typed-early-${Date.now()}`;
    await role.getByLabel('I was scanned').check();
    await page.getByLabel('Day', { exact: true }).fill('9');
    await page.getByLabel('Month', { exact: true }).fill('6');
    await page.getByLabel('Year', { exact: true }).fill('2025');
    await page.getByLabel('Which police force?').selectOption({ label: 'British Transport Police (trains and stations)' });
    await page.getByRole('group', { name: 'What did the police scan?' }).getByLabel('Fingerprints', { exact: true }).check();
    await page
      .getByRole('group', { name: 'What reason did the police give for the scan?' })
      .getByLabel('They said the person had broken the law (an offence)')
      .check();
    await page.getByRole('group', { name: 'What happened after the scan?' }).getByLabel('The person was let go', { exact: true }).check();
    const narrative = page.getByLabel(/^Tell us what happened/);
    await narrative.fill(`They stopped me at the station. ${sentinel}`);
    // Enter in a text box must not submit the form natively (the default button is disabled).
    await narrative.press('Enter');
    await page.getByLabel(/^Town, city or area/).fill('Euston');
    await page.getByLabel(/^Town, city or area/).press('Enter');

    // Nothing can be sent yet, and the page says so, with the other route.
    const send = page.getByRole('button', { name: 'Encrypt and send report' });
    expect(await send.isDisabled()).toBe(true);
    const waiting = page.locator('#script-waiting');
    expect(await waiting.isVisible()).toBe(true);
    expect(await waiting.innerText()).toContain('You can start answering now. You can send when the form has finished loading.');
    expect(await waiting.innerText()).toContain('Call the campaign on 0300 000 0000.');
    // The follow-up on "suspected an offence" needs the script: still hidden.
    expect(await page.getByRole('group', { name: 'Which offence did they mention?' }).isVisible()).toBe(false);
    await screenshot(page, 'form-375-before-script');
    expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
    expect(page.url()).toBe(`${s.url}/`);

    release();
    await send.and(page.locator(':not([disabled])')).waitFor();
    expect(await waiting.isVisible()).toBe(false);
    // Every answer is still there; the follow-up now shows; the fingerprint is filled in.
    expect(await role.getByLabel('I was scanned').isChecked()).toBe(true);
    expect(await page.getByLabel('Day', { exact: true }).inputValue()).toBe('9');
    expect(await page.getByLabel('Year', { exact: true }).inputValue()).toBe('2025');
    expect(await narrative.inputValue()).toBe(`They stopped me at the station. ${sentinel}\n`);
    expect(await page.locator('.fp code').textContent()).toBe(s.campaign.keys[0]!.fingerprint);
    const offence = page.getByRole('group', { name: 'Which offence did they mention?' });
    expect(await offence.isVisible()).toBe(true);
    await offence.getByLabel('Drugs').check();

    await send.click();
    await page.getByRole('heading', { name: 'Report sent — thank you' }).waitFor();
    expect(s.store.count()).toBe(1);
    const report = openEnvelope(s.store.list(10)[0]!.envelope, s.keyPair);
    expect(report.reporter).toEqual({ role: 'subject' });
    expect(report.incident).toMatchObject({ date: '2025-06-09', force: 'british-transport-police', area: 'Euston', technology: 'fingerprint' });
    expect(report.scan).toMatchObject({ reasonGiven: ['suspected-offence'], suspectedOffence: 'drugs' });
    expect(report.outcome).toEqual(['released']);
    expect(report.narrative).toBe(`They stopped me at the station. ${sentinel}\n`);
    expect(requests.filter((r) => r.startsWith('POST '))).toEqual([`POST ${s.url}/api/reports`]);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});

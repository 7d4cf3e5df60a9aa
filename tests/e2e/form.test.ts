/**
 * The witness form in a real browser (Debian's Chromium via playwright-core), against a real
 * server on a real SQLite file: a person fills every section by its visible labels and sends;
 * the server holds one envelope and no plaintext; the campaign's key (and `npm run decrypt`)
 * gets back exactly what was typed. Also: validation the accessible way, axe-core, screenshots.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeBatchLine } from '../../protocol/batch-file.js';
import { openEnvelope } from '../../protocol/envelope.js';
import { makeSecretKeyFile } from '../../protocol/node/key-files.js';
import { writeNewPrivateFile } from '../../protocol/node/private-files.js';
import { browserAndServer } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { axeViolations, expectNoBrowserStorage, expectNotOnDisk, fillEverything, fillRequired, openForm, screenshot } from '../helpers/form.js';

const e2e = browserAndServer();

async function server(): Promise<TestServer> {
  const s = e2e.serve();
  await s.listen();
  return s;
}

const activeId = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('witness form', () => {
  it('a witness fills every section by its labels and sends; one envelope is stored, no plaintext on disk, decryption returns exactly the answers', async () => {
    const s = await server();
    const { page, problems, requests, context } = await openForm(e2e.browser, s.url, 1280);

    // The page says, in plain words, that the report is encrypted here, and shows the key fingerprint.
    expect(await page.getByText('Your answers are encrypted (locked) on this device before they are sent').first().isVisible()).toBe(true);
    expect(await page.locator('.fp code').textContent()).toBe(s.campaign.keys[0]!.fingerprint);
    expect(await page.locator('#demo').isVisible()).toBe(false);
    const historyLength = await page.evaluate(() => history.length);
    await screenshot(page, 'form-1280-empty');

    const sentinel = `SENTINEL-${randomUUID()}`;
    const narrative = `Two officers stopped a man at the bus station.\nThey scanned his fingers without asking. ${sentinel} — “quotes”, émigré, 日本語.`;
    const expected = await fillEverything(page, narrative);
    expect(await page.locator('#narrative-count').textContent()).toBe(`You have ${(5000 - narrative.length).toLocaleString('en-GB')} characters left`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'form-1280-filled');

    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    await page.getByRole('heading', { name: 'Report sent — thank you' }).waitFor();

    // Exactly one envelope, and it opens with the campaign key to exactly the answers typed.
    expect(s.store.count()).toBe(1);
    const [stored] = s.store.list(10);
    expect(openEnvelope(stored!.envelope, s.keyPair)).toEqual(expected);
    expectNotOnDisk(s.dir, sentinel);
    expect(requests.filter((r) => r.startsWith('POST '))).toEqual([`POST ${s.url}/api/reports`]);
    expect(
      requests.every((r) => r.split(' ')[1]!.startsWith(`${s.url}/`)),
      'no third-party requests',
    ).toBe(true);

    // The confirmation explains what happens next, echoes no answer, and the form is gone.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Report sent — thank you');
    const body = (await page.locator('body').innerText()) + (await page.content());
    for (const answer of [sentinel, 'safe-inbox', 'Leeds', 'LS7', 'West Yorkshire']) expect(body).not.toContain(answer);
    expect(await page.locator('input, textarea, select').count()).toBe(0);
    expect(page.url()).toBe(`${s.url}/`);
    expect(await page.evaluate(() => history.length), 'sending adds no history entry').toBe(historyLength);
    await expectNoBrowserStorage(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'form-1280-sent');
    expect(problems).toEqual([]);
    await context.close();

    // And the analyst's CLI opens the same envelope to the same answers.
    const work = mkdtempSync(join(tmpdir(), 'scanwitness-decrypt-'));
    try {
      const keyFile = join(work, 'campaign.key');
      await writeNewPrivateFile(keyFile, JSON.stringify(await makeSecretKeyFile('campaign-encryption', s.keyPair.publicKey, s.keyPair.secretKey, null)));
      writeFileSync(join(work, 'batch.ndjson'), writeBatchLine(stored!));
      await promisify(execFile)(
        join(process.cwd(), 'node_modules/.bin/tsx'),
        ['scripts/decrypt.ts', '--key', keyFile, '--out-dir', join(work, 'out'), '--jobs', '1', '--quiet', join(work, 'batch.ndjson')],
        { timeout: 60_000 },
      );
      const lines = readFileSync(join(work, 'out/reports.ndjson'), 'utf8').trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toEqual({ id: stored!.id, receivedOn: stored!.receivedOn, report: expected });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);

  it('missing required answers: an error summary takes focus, each link jumps to its field, nothing is sent', async () => {
    const s = await server();
    const { page, problems, requests, context } = await openForm(e2e.browser, s.url, 375);
    await screenshot(page, 'form-375-empty');
    await page.getByRole('button', { name: 'Encrypt and send report' }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await summary.getByRole('heading').textContent()).toBe('There is a problem');
    expect(await page.evaluate(() => document.querySelector('#app > :first-child')?.className), 'the summary is at the top').toBe('error-summary');
    expect(await page.title()).toBe('Error: Report a police scan');
    const links = summary.getByRole('link');
    expect(await links.allTextContents()).toEqual([
      'Choose how you know about the scan',
      'Enter the month and year it happened',
      'Choose a police force, or “Not sure”',
      'Choose what the police scanned, or “Not sure”',
    ]);
    // Each link moves focus into its question, without putting anything in the URL.
    const targets = ['reporter-role-subject', 'incident-date-month', 'incident-force', 'incident-technology-fingerprint'];
    for (const [i, target] of targets.entries()) {
      await links.nth(i).click();
      expect(await activeId(page)).toBe(target);
    }
    expect(page.url()).toBe(`${s.url}/`);
    // The same words next to each question, announced with the field.
    expect(await page.getByRole('group', { name: 'How do you know about the scan?' }).locator('.error-msg').textContent()).toBe(
      'Error: Choose how you know about the scan',
    );
    expect(await page.getByLabel('Which police force?').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Which police force?').evaluate((el) => el.getAttribute('aria-describedby'))).toContain('incident-force-error');

    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'form-375-errors');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'form-1280-errors');

    // Answers that are there but wrong get their own words.
    await page.getByLabel('Day', { exact: true }).fill('1');
    await page.getByLabel('Month', { exact: true }).fill('1');
    await page.getByLabel('Year', { exact: true }).fill(String(new Date().getFullYear() + 1));
    await page.getByLabel('First half of the postcode (optional)').fill('LS7 3AB');
    await page.getByLabel('Tell us what happened').fill('x'.repeat(5003));
    expect(await page.locator('#narrative-count').textContent()).toBe('You have 3 characters too many');
    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    expect(await page.locator('.error-summary a').allTextContents()).toEqual([
      'Choose how you know about the scan',
      'The date must be today or in the past',
      'Choose a police force, or “Not sure”',
      'Enter only the first half of a postcode, for example LS7',
      'Choose what the police scanned, or “Not sure”',
      'Your account is 3 characters too long. Shorten it to 5,000 characters or fewer.',
    ]);
    await page.getByLabel('Day', { exact: true }).fill('31');
    await page.getByLabel('Month', { exact: true }).fill('2');
    await page.getByLabel('Year', { exact: true }).fill('2025');
    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    expect(await page.locator('.error-summary a').nth(1).textContent()).toBe('Enter a real date in numbers, for example 3 and 2025 for March 2025');

    expect(requests.filter((r) => r.startsWith('POST '))).toEqual([]);
    expect(s.store.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the month alone is enough, optional questions may stay empty, and follow-ups left hidden are not sent', async () => {
    const s = await server();
    const { page, context } = await openForm(e2e.browser, s.url, 375);
    await page.getByRole('group', { name: 'How do you know about the scan?' }).getByLabel('I was scanned').check();
    await page.getByLabel('Month', { exact: true }).fill('11');
    await page.getByLabel('Year', { exact: true }).fill('2024');
    await page.getByLabel('Which police force?').selectOption({ label: 'Not sure' });
    await page.getByRole('group', { name: 'What did the police scan?' }).getByLabel('Not sure').check();
    // A follow-up shown, answered, then hidden again is not part of the report.
    const reasons = page.getByRole('group', { name: 'What reason did the police give for the scan?' });
    await reasons.getByLabel('They said the person had broken the law (an offence)').check();
    await page.getByRole('group', { name: 'Which offence did they mention?' }).getByLabel('Theft').check();
    await reasons.getByLabel('They said the person had broken the law (an offence)').uncheck();
    expect(await page.getByRole('group', { name: 'Which offence did they mention?' }).isVisible()).toBe(false);
    await page.getByLabel('You may contact me about this report').check();
    await page.getByLabel('You may contact me about this report').uncheck();
    expect(await page.getByLabel('How can the campaign contact you?').isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    await page.getByRole('heading', { name: 'Report sent — thank you' }).waitFor();
    await screenshot(page, 'form-375-sent');
    expect(openEnvelope(s.store.list(10)[0]!.envelope, s.keyPair)).toEqual({
      schema: 'scanwitness.report.v1',
      reporter: { role: 'subject' },
      incident: { date: '2024-11', force: 'unknown', technology: 'unsure' },
      meta: { lang: 'en' },
    });

    // "Send another report" starts again from an empty form.
    await page.getByRole('button', { name: 'Send another report' }).click();
    expect(await page.getByLabel('Year', { exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('group', { name: 'How do you know about the scan?' }).getByLabel('I was scanned').isChecked()).toBe(false);
    // …the page's own markup again (no catalogue carries the questions' words now), taken over and sendable.
    await fillRequired(page, 'A second time, at the station.');
    await page.getByRole('button', { name: 'Encrypt and send report' }).click();
    await page.getByRole('heading', { name: 'Report sent — thank you' }).waitFor();
    expect(s.store.count()).toBe(2);
    await context.close();
  });

  it('works by keyboard alone and stays usable at 320 px wide and at 200% zoom', async () => {
    const s = await server();
    const { page, context } = await openForm(e2e.browser, s.url, 320);
    // Nothing wider than the screen: no sideways scrolling at 320 CSS px (also what 1280 px at 400% zoom gives).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'form-320');

    // Tab order starts at the quick exit; then the first question, answered with the keyboard.
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('exit');
    // Then each language (in its own name), the outline of the form's parts, and the first question.
    const order: string[] = [];
    for (let i = 0; i < 40 && (await activeId(page)) !== 'reporter-role-subject'; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(
          () => (document.activeElement?.closest('nav')?.id || document.activeElement?.closest('nav')?.className) ?? document.activeElement?.id ?? '',
        ),
      );
    }
    expect(order.at(-1)).toBe('reporter-role-subject');
    expect(order.at(0)).toBe('languages');
    expect(order.at(-2)).toBe('outline');
    expect(await activeId(page)).toBe('reporter-role-subject');
    await page.keyboard.press('ArrowDown');
    expect(await activeId(page)).toBe('reporter-role-witness');
    // The focused control is visibly outlined.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await context.close();

    // 200% zoom of a 1280 px window lays out like 640 CSS px with twice the scale.
    const zoomed = await e2e.browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const zpage = await zoomed.newPage();
    await zpage.goto(s.url);
    await zpage.getByRole('button', { name: 'Encrypt and send report' }).waitFor();
    expect(await zpage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await screenshot(zpage, 'form-zoom-200');
    await zoomed.close();
  });
});

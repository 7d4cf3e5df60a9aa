/**
 * The way back, with a witness in a real browser (docs/replies.md), in English and in Arabic:
 * opt in on the form, read the receipt off the page (5 groups, left to right), retype its last
 * group (Arabic-Indic digits in the Arabic run), send; the analyst fetches, decrypts, runs
 * `reply` and `send-replies` (the real CLIs); the next day the witness opens /reply, types the
 * receipt, sees the campaign's reply and answers; the analyst's next fetch + decrypt shows the
 * answer linked to the report. Neither the receipt, the derived secret key nor the reply public
 * key is in the server's data folder, its log or any response the browser got. Also: the reply
 * part downloads only on opt-in; a change of language keeps the receipt; the quick exit clears
 * it. Screenshots at 375 px in test-artifacts/ (reply-*.png). The /reply page's refusals (a
 * mistyped receipt makes no request) are tests/e2e/reply-page.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toBase64 } from '../../protocol/base64.js';
import { LANGUAGES } from '../../protocol/languages.js';
import { formatReceipt, lastGroup, parseReceipt } from '../../protocol/receipt.js';
import { deriveReplyKeyPair } from '../../protocol/reply-key.js';
import { loadAnalystKeys } from '../../server/analyst-auth.js';
import { loadCampaign } from '../../server/campaign.js';
import { loadConfig } from '../../server/config.js';
import { makeLocalServer, type LocalServer } from '../../scripts/dev/local-server.js';
import { loadCatalogue } from '../../scripts/dev/i18n-check.js';
import { browserAndServer } from '../helpers/browser.js';
import { ARTIFACTS, axeViolations, expectNotOnDisk, fillEverything, newWatchedPage, screenshot, startNeutralSite } from '../helpers/form.js';
import { runScript } from '../helpers/cli.js';

const shared = browserAndServer();
const dir = mkdtempSync(join(tmpdir(), 'scanwitness-e2e-reply-'));
const keys = join(dir, 'keys');
beforeAll(async () => {
  const made = await runScript('keygen', ['--out', keys, '--no-passphrase']);
  expect(made.status, made.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the server process writes to its console while a test runs: its log. */
let log = '';
const writes = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
const servers: { local: LocalServer; data: string }[] = [];
afterEach(async () => {
  process.stdout.write = writes.out;
  process.stderr.write = writes.err;
  for (const s of servers.splice(0)) await s.local.close();
});

/** A server with the campaign's keys from keygen (so it can check reply signatures), on a clock the test can move to tomorrow. */
async function replyServer(
  name: string,
  env: Record<string, string> = {},
): Promise<{ local: LocalServer; data: string; url: string; clock: { offsetMs: number } }> {
  const data = join(dir, name);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: data,
    POW_BITS: '0',
    CAMPAIGN_PUBLIC_KEY_FILES: join(keys, 'campaign.pub'),
    ANALYST_PUBLIC_KEY_FILES: join(keys, 'analyst.pub'),
    REPLY_SLOTS: '20',
    ...env,
  });
  const campaign = await loadCampaign(config, () => undefined);
  const clock = { offsetMs: 0 };
  const analystKeys = await loadAnalystKeys(config.analystPublicKeyFiles);
  const local = makeLocalServer({ config, campaign, analystKeys, now: () => new Date(Date.now() + clock.offsetMs) });
  servers.push({ local, data });
  log = '';
  const capture = (write: typeof process.stdout.write) =>
    ((chunk: string | Uint8Array, ...rest: never[]) => {
      log += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return write(chunk, ...rest);
    }) as typeof process.stdout.write;
  process.stdout.write = capture(writes.out);
  process.stderr.write = capture(writes.err);
  return { local, data, url: await local.listen(), clock };
}

/** Every response body the page receives, kept to search for secrets afterwards. */
function keepBodies(page: Page): Buffer[] {
  const bodies: Buffer[] = [];
  page.on('response', (response) => {
    void response
      .body()
      .then((b) => bodies.push(b))
      .catch(() => undefined);
  });
  return bodies;
}

/** The files under `dir` whose bytes hold `bytes`. */
function filesHolding(dir: string, bytes: Uint8Array): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && readFileSync(join(e.parentPath, e.name)).includes(Buffer.from(bytes)))
    .map((e) => e.name);
}

const ARABIC_INDIC = (digits: string) => digits.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));

const NARRATIVE = 'Officers stopped me at the bus station and scanned my face with a phone';
const MESSAGE = 'Thank you for telling us. A caseworker can help you: answer here with a good day to talk.';

describe('reply round trip in a real browser', () => {
  it.each([
    { lang: 'en', typed: (s: string) => s },
    { lang: 'ar', typed: ARABIC_INDIC },
  ] as const)(
    '$lang: opt in, write the receipt down, send; the campaign replies; the witness reads it on /reply and answers',
    async ({ lang, typed }) => {
      const t = await loadCatalogue(lang);
      const { data, url, clock } = await replyServer(`server-${lang}`);

      // The form: answer everything, ask for a way to get a reply.
      const witness = await newWatchedPage(shared.browser, 375);
      const formBodies = keepBodies(witness.page);
      await witness.page.goto(`${url}/?lang=${lang}`);
      await witness.page.locator('#app form button[type=submit]:not([disabled])').waitFor();
      await fillEverything(witness.page, NARRATIVE, lang);
      await witness.page.getByLabel(t.replyOptIn.yes, { exact: true }).check();
      const shown = witness.page.locator('#receipt bdi');
      await shown.waitFor();
      expect(await shown.getAttribute('dir')).toBe('ltr');
      const written = (await shown.textContent())!;
      expect(written).toMatch(/^\d{4} \d{4} \d{4} \d{4} \d{5}$/);
      const receipt = written.replace(/ /g, '');
      expect(parseReceipt(receipt)).toEqual({ ok: true, receipt });
      expect(formatReceipt(receipt)).toBe(written);
      await witness.page.getByText(t.reply.writeDown).waitFor();
      expect(await axeViolations(witness.page)).toEqual([]);
      await witness.page.locator('#reply-optin-field').screenshot({ path: join(ARTIFACTS, `reply-receipt-${lang}-375.png`) });

      // Not sent until the last group is typed back, right.
      const send = witness.page.getByRole('button', { name: t.send, exact: true });
      await send.click();
      await witness.page.locator('.error-summary').getByText(t.reply.retypeMissing).waitFor();
      const retype = witness.page.getByLabel(t.reply.retypeLabel, { exact: true });
      await retype.fill(typed(lastGroup(receipt).split('').reverse().join('')));
      await send.click();
      await witness.page.locator('.error-summary').getByText(t.reply.retypeWrong).waitFor();
      expect(witness.requests.filter((r) => r.startsWith('POST'))).toEqual([]);
      await retype.fill(typed(lastGroup(receipt)));
      await send.click();
      await witness.page.getByRole('heading', { name: t.sentTitle, exact: true }).waitFor({ timeout: 90_000 });
      // The confirmation: keep the receipt, and where to check; the receipt itself is gone from the page.
      await witness.page.getByText(t.reply.sentKeep).waitFor({ timeout: 60_000 });
      expect(await witness.page.getByRole('link', { name: t.reply.title, exact: true }).getAttribute('href')).toBe(`/reply?lang=${lang}`);
      expect(await witness.page.content()).not.toContain(written);
      expect(witness.problems).toEqual([]);
      expect(witness.requests.some((r) => r.includes(receipt) || r.includes(lastGroup(receipt)))).toBe(false);
      await witness.context.close();

      // The analyst: fetch, decrypt, reply, upload.
      const out = (name: string) => join(dir, `${lang}-${name}`);
      const fetch1 = await runScript('fetch', ['--server', url, '--key', join(keys, 'analyst.key'), '--out', out('batches1')]);
      expect(fetch1.status, fetch1.stderr).toBe(0);
      const dec1 = await runScript('decrypt', ['--key', join(keys, 'campaign.key'), '--out-dir', out('out1'), '--quiet', out('batches1')]);
      expect(dec1.status, dec1.stderr).toBe(0);
      const [decrypted] = readFileSync(join(out('out1'), 'reports.ndjson'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: number; report: { narrative: string; reply?: { publicKey: string }; meta: { lang: string } } });
      expect(decrypted!.report.narrative).toBe(NARRATIVE);
      expect(decrypted!.report.meta.lang).toBe(lang);
      const keyPair = await deriveReplyKeyPair(receipt);
      expect(decrypted!.report.reply).toEqual({ publicKey: toBase64(keyPair.publicKey) });
      writeFileSync(out('message.txt'), `${MESSAGE}\n`);
      const replied = await runScript('reply', [
        '--report',
        String(decrypted!.id),
        '--message-file',
        out('message.txt'),
        '--decrypted',
        out('out1'),
        '--key',
        join(keys, 'signing.key'),
        '--outbox',
        out('outbox'),
      ]);
      expect(replied.status, replied.stderr).toBe(0);
      const sent = await runScript('send-replies', ['--server', url, '--key', join(keys, 'analyst.key'), '--outbox', out('outbox')]);
      expect(sent.status, sent.stderr).toBe(0);

      // Tomorrow: the witness checks for a reply with the receipt alone.
      clock.offsetMs = 86_400_000;
      const reader = await newWatchedPage(shared.browser, 375);
      const replyBodies = keepBodies(reader.page);
      await reader.page.goto(`${url}/reply?lang=${lang}`);
      expect(await reader.page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      const box = reader.page.getByLabel(t.reply.receiptLabel, { exact: true });
      expect(await box.getAttribute('inputmode')).toBe('numeric');
      expect(await box.getAttribute('autocomplete')).toBe('off');
      expect(await box.getAttribute('spellcheck')).toBe('false');
      await reader.page.getByRole('button', { name: t.reply.check, exact: true }).and(reader.page.locator(':not([disabled])')).waitFor();
      await box.fill(typed(written));
      expect(await box.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security'))).toBe('disc');
      await reader.page.getByRole('button', { name: t.reply.show, exact: true }).click();
      expect(await box.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security'))).toBe('none');
      await reader.page.getByRole('button', { name: t.reply.check, exact: true }).click();
      await reader.page.getByRole('heading', { name: t.reply.found, exact: true }).waitFor({ timeout: 60_000 });
      expect(await reader.page.locator('.reply-message').textContent()).toBe(MESSAGE);
      const day = new Date(Date.now() + clock.offsetMs - 86_400_000).toISOString().slice(0, 10);
      expect(await reader.page.locator('#reply-result time').getAttribute('datetime')).toBe(day);
      await screenshot(reader.page, `reply-page-${lang}-375`);
      expect(await axeViolations(reader.page)).toEqual([]);
      expect(reader.requests.filter((r) => r.includes('/api/'))).toEqual([`GET ${url}/api/replies`]);

      // The answer, sealed and sent like a report.
      await reader.page.getByLabel(t.reply.answerLabel, { exact: true }).fill('Thursday afternoon is good.');
      await reader.page.getByRole('button', { name: t.reply.sendAnswer, exact: true }).click();
      await reader.page.getByText(t.reply.answerSent, { exact: true }).waitFor({ timeout: 60_000 });
      expect(reader.requests.filter((r) => r.includes('/api/replies'))).toHaveLength(1);
      expect(reader.requests.filter((r) => r.startsWith('POST'))).toEqual([`POST ${url}/api/reports`]);
      expect(reader.problems).toEqual([]);
      await reader.context.close();

      // Back to today for the analyst's signed requests (their timestamps are checked against the server's clock).
      clock.offsetMs = 0;
      const fetch2 = await runScript('fetch', ['--server', url, '--key', join(keys, 'analyst.key'), '--out', out('batches2')]);
      expect(fetch2.status, fetch2.stderr).toBe(0);
      const dec2 = await runScript('decrypt', ['--key', join(keys, 'campaign.key'), '--out-dir', out('out2'), '--quiet', out('batches2')]);
      expect(dec2.status, dec2.stderr).toBe(0);
      const answers = readFileSync(join(out('out2'), 'answers.ndjson'), 'utf8')
        .trim()
        .split('\n');
      expect(answers).toHaveLength(1);
      expect(JSON.parse(answers[0]!)).toMatchObject({
        answers: decrypted!.id,
        answer: { inReplyTo: { replyKey: toBase64(keyPair.publicKey), report: decrypted!.id }, message: 'Thursday afternoon is good.', meta: { lang } },
      });

      // Nothing that opens a reply, or links one to the report, is anywhere the server or the network has.
      expect(formBodies.length + replyBodies.length).toBeGreaterThan(10);
      const secrets = [
        receipt,
        written,
        ARABIC_INDIC(receipt),
        toBase64(keyPair.publicKey),
        toBase64(keyPair.secretKey),
        Buffer.from(keyPair.secretKey).toString('hex'),
      ];
      for (const secret of secrets) {
        expectNotOnDisk(data, secret);
        expect(log.includes(secret), `${secret} in the server's log`).toBe(false);
        for (const body of [...formBodies, ...replyBodies]) expect(body.includes(secret), `${secret} in a response`).toBe(false);
      }
      for (const raw of [keyPair.publicKey, keyPair.secretKey]) expect(filesHolding(data, raw)).toEqual([]);
    },
    300_000,
  );
});

describe('the receipt on the form', () => {
  it('stays, with what was typed, when the language changes; unticking forgets it; the quick exit clears it', async () => {
    const exit = await startNeutralSite();
    try {
      const url = await shared.serve({ EXIT_URL: exit.url }, { replies: true }).listen();
      const [en, ur] = [await loadCatalogue('en'), await loadCatalogue('ur')];
      const { page, requests, problems } = await newWatchedPage(shared.browser, 375);
      await page.goto(`${exit.url}?before`);
      await page.goto(url);
      await page.locator('#app form button[type=submit]:not([disabled])').waitFor();
      // Nothing of the reply part is downloaded until the witness asks for it.
      expect(requests.filter((r) => /\/assets\/(reply-|i18n-reply-)/.test(r))).toEqual([]);
      await page.getByLabel(en.replyOptIn.yes, { exact: true }).check();
      const shown = page.locator('#receipt bdi');
      const written = (await shown.textContent())!;
      expect(requests.filter((r) => /\/assets\/(reply-|i18n-reply-)/.test(r))).toHaveLength(2);
      await page.getByLabel(en.reply.retypeLabel, { exact: true }).fill('12');

      await page.getByRole('link', { name: LANGUAGES.ur.name, exact: true }).click();
      await page.getByText(ur.reply.writeDown).waitFor();
      expect(await shown.textContent()).toBe(written);
      expect(await page.getByLabel(ur.reply.retypeLabel, { exact: true }).inputValue()).toBe('12');
      expect(await page.getByLabel(ur.replyOptIn.yes, { exact: true }).isChecked()).toBe(true);
      await page.locator('#reply-optin-field').screenshot({ path: join(ARTIFACTS, 'reply-receipt-switched-ur-375.png') });

      // Unticked and ticked again: a new receipt (the old one is gone).
      await page.getByLabel(ur.replyOptIn.yes, { exact: true }).uncheck();
      expect(await page.locator('#receipt').count()).toBe(0);
      await page.getByLabel(ur.replyOptIn.yes, { exact: true }).check();
      const again = (await shown.textContent())!;
      expect(again).not.toBe(written);

      await page.keyboard.press('Escape');
      await page.waitForURL(exit.url);
      await page.goBack();
      expect(page.url()).toBe(`${exit.url}?before`);
      await page.goForward();
      expect(await page.content()).not.toContain(again);
      expect(problems).toEqual([]);
    } finally {
      await exit.close();
    }
  }, 120_000);
});

/**
 * The way back through the real CLIs and real HTTP (docs/replies.md): keygen → a witness's
 * report carrying a reply key → fetch → decrypt → reply (refusals offline, a warning when it
 * quotes the narrative) → send-replies → the next day's public list opens with the witness's
 * receipt → the witness's answer, sealed like a report → fetch → decrypt writes it to
 * answers.ndjson with the report's id → analyse never counts it and says it set it aside.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANSWER_SCHEMA_ID, type Answer } from '../../protocol/answer-schema.js';
import { toBase64 } from '../../protocol/base64.js';
import { sealReport } from '../../protocol/envelope.js';
import { readPublicKeyFile } from '../../protocol/node/key-files.js';
import { generateReceipt } from '../../protocol/receipt.js';
import { REPORT_SCHEMA_ID, type Report } from '../../protocol/report-schema.js';
import { deriveReplyKeyPair } from '../../protocol/reply-key.js';
import { findReply, REPLIES_PATH, splitSlots } from '../../protocol/reply-envelope.js';
import { loadAnalystKeys } from '../../server/analyst-auth.js';
import { createApp } from '../../server/app.js';
import { loadCampaign } from '../../server/campaign.js';
import { loadConfig } from '../../server/config.js';
import { openSqliteReplyStore } from '../../server/store/sqlite-reply-store.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';
import { runScript } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'scanwitness-reply-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NARRATIVE = 'Two officers stopped me outside the library and scanned my fingerprints with a phone without saying why';
const base = (narrative: string): Report => ({
  schema: REPORT_SCHEMA_ID,
  reporter: { role: 'subject' },
  incident: { date: '2025-10', force: 'metropolitan', technology: 'fingerprint' },
  narrative,
});

describe('reply round trip through the CLIs', () => {
  it('reaches the witness who holds the receipt, and their answer comes back linked to the report, never counted as one', async () => {
    const keys = join(dir, 'keys');
    expect((await runScript('keygen', ['--out', keys, '--no-passphrase'])).status).toBe(0);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: join(dir, 'server'),
      POW_BITS: '0',
      CAMPAIGN_PUBLIC_KEY_FILES: join(keys, 'campaign.pub'),
      ANALYST_PUBLIC_KEY_FILES: join(keys, 'analyst.pub'),
      REPLY_SLOTS: '20',
    });
    const campaign = await loadCampaign(config, () => undefined);
    expect(campaign.keys[0]!.replySigningKey).toBeDefined();
    const store = openSqliteStore(config.databasePath);
    const replies = openSqliteReplyStore(join(config.dataDir, 'replies.sqlite'));
    const clock = { offsetMs: 0 };
    const app = createApp({
      config,
      campaign,
      store,
      replies,
      analystKeys: await loadAnalystKeys(config.analystPublicKeyFiles),
      now: () => new Date(Date.now() + clock.offsetMs),
    });
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const { publicKey } = await readPublicKeyFile(join(keys, 'campaign.pub'));
      const post = (body: unknown) =>
        fetch(`${url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

      // The witness: a receipt made and kept in the "browser", a key derived from it, the public half inside the report.
      const receipt = generateReceipt((n) => crypto.getRandomValues(new Uint8Array(n)));
      const witness = await deriveReplyKeyPair(receipt);
      expect((await post(sealReport({ ...base(NARRATIVE), reply: { publicKey: toBase64(witness.publicKey) } }, publicKey))).status).toBe(201);
      expect((await post(sealReport(base('no reply wanted'), publicKey))).status).toBe(201);

      const fetch1 = await runScript('fetch', ['--server', url, '--key', join(keys, 'analyst.key'), '--out', join(dir, 'batches1')]);
      expect(fetch1.status, fetch1.stderr).toBe(0);
      const dec1 = await runScript('decrypt', ['--key', join(keys, 'campaign.key'), '--out-dir', join(dir, 'out1'), '--quiet', join(dir, 'batches1')]);
      expect(dec1.status, dec1.stderr).toBe(0);
      const decrypted = readFileSync(join(dir, 'out1/reports.ndjson'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: number; report: Report });
      const asked = decrypted.find((d) => d.report.reply)!.id;
      const notAsked = decrypted.find((d) => !d.report.reply)!.id;

      // Refused offline: a report that asked for no reply, an unknown id. Nothing goes to the outbox.
      writeFileSync(join(dir, 'message.txt'), 'Thank you for telling us. A caseworker can help: answer here with a good day to talk.\n');
      const reply = (id: number, file = 'message.txt') =>
        runScript('reply', [
          '--report',
          String(id),
          '--message-file',
          join(dir, file),
          '--decrypted',
          join(dir, 'out1'),
          '--key',
          join(keys, 'signing.key'),
          '--outbox',
          join(dir, 'outbox'),
        ]);
      const refused = await reply(notAsked);
      expect([refused.status, refused.stderr]).toEqual([1, expect.stringContaining('did not ask for a reply')]);
      const unknown = await reply(123);
      expect([unknown.status, unknown.stderr]).toEqual([1, expect.stringContaining('no report with id 123')]);
      // A message that restates the narrative is written, with a warning.
      writeFileSync(join(dir, 'quoting.txt'), 'You said they scanned my fingerprints with a phone without saying why. We can help.\n');
      const quoting = await reply(asked, 'quoting.txt');
      expect(quoting.status, quoting.stderr).toBe(0);
      expect(quoting.stderr).toContain('warning: the message repeats the report');
      rmSync(join(dir, 'outbox'), { recursive: true });
      const written = await reply(asked);
      expect(written.status, written.stderr).toBe(0);
      expect(written.stderr).not.toContain('warning');
      expect(readFileSync(join(dir, 'outbox', readdirSync(join(dir, 'outbox'))[0]!), 'utf8')).not.toContain('caseworker');

      const sent = await runScript('send-replies', ['--server', url, '--key', join(keys, 'analyst.key'), '--outbox', join(dir, 'outbox')]);
      expect(sent.status, sent.stderr).toBe(0);
      expect(sent.stdout).toContain('1 stored');
      expect(readdirSync(join(dir, 'outbox/sent'))).toHaveLength(1);

      // Tomorrow: the witness downloads the same list as everyone and finds the reply with the receipt alone.
      clock.offsetMs = 86_400_000;
      const list = new Uint8Array(await (await fetch(`${url}${REPLIES_PATH}`)).arrayBuffer());
      const again = await deriveReplyKeyPair(receipt, 'js');
      const found = findReply(splitSlots(list)!, again, campaign.keys[0]!.replySigningKey!);
      expect(found?.message).toContain('A caseworker can help');
      expect(found?.report).toBe(asked);
      clock.offsetMs = 0;

      // The answer, sealed exactly like a report.
      const answer: Answer = {
        schema: ANSWER_SCHEMA_ID,
        inReplyTo: { replyKey: toBase64(again.publicKey), reply: found!.id, report: found!.report },
        message: 'Thursday afternoon is good.',
      };
      expect((await post(sealReport(answer, publicKey))).status).toBe(201);
      expect((await post(sealReport(base('a third report'), publicKey))).status).toBe(201);
      const fetch2 = await runScript('fetch', ['--server', url, '--key', join(keys, 'analyst.key'), '--out', join(dir, 'batches2')]);
      expect(fetch2.status, fetch2.stderr).toBe(0);
      const dec2 = await runScript('decrypt', ['--key', join(keys, 'campaign.key'), '--out-dir', join(dir, 'out2'), join(dir, 'batches2')]);
      expect(dec2.status, dec2.stderr).toBe(0);
      expect(dec2.stdout).toContain('1 answer to replies');
      const answers = readFileSync(join(dir, 'out2/answers.ndjson'), 'utf8').trim().split('\n');
      expect(answers).toHaveLength(1);
      expect(JSON.parse(answers[0]!)).toMatchObject({ answers: asked, answer });
      expect(readFileSync(join(dir, 'out2/reports.ndjson'), 'utf8').trim().split('\n')).toHaveLength(1);

      // analyse: the same counts with and without the answers in the input, and it says what it set aside.
      const without = await runScript('analyse', ['--input', join(dir, 'out2/reports.ndjson'), '--out', join(dir, 'analysis-without')]);
      const withAnswers = await runScript('analyse', [
        '--input',
        join(dir, 'out2/reports.ndjson'),
        '--input',
        join(dir, 'out2/answers.ndjson'),
        '--out',
        join(dir, 'analysis-with'),
      ]);
      expect(without.status, without.stderr).toBe(0);
      expect(withAnswers.status, withAnswers.stderr).toBe(0);
      expect(withAnswers.stderr).toContain('set aside 1 answer(s) to replies');
      const summary = (name: string) =>
        JSON.parse(readFileSync(join(dir, name, 'summary.json'), 'utf8')) as { input: Record<string, unknown>; tables: unknown };
      const a = summary('analysis-without');
      const b = summary('analysis-with');
      expect(b.input.analysed).toBe(a.input.analysed);
      expect(b.input.answersSetAside).toBe(1);
      expect(b.tables).toEqual(a.tables);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
      replies.close();
    }
  }, 240_000);
});

/**
 * The reply list and uploads over real HTTP on a real SQLite file (server/routes/replies.ts):
 * the same bytes for everyone all day, the same slot count and size whatever is stored, uploads
 * signed, checked, durable and expiring, the oldest kept when there are more than slots.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { toBase64 } from '../../protocol/base64.js';
import { generateCampaignKeyPair } from '../../protocol/envelope.js';
import { signRequest } from '../../protocol/node/request-signing.js';
import { findReply, REPLIES_PATH, REPLY_SLOT_BYTES, sealReply, splitSlots, type Reply } from '../../protocol/reply-envelope.js';
import { runHousekeeping } from '../../server/housekeeping.js';
import { openSqliteReplyStore } from '../../server/store/sqlite-reply-store.js';
import { buildReplyList } from '../../server/reply-list.js';
import { addDays } from '../../server/store/reply-store.js';
import { utcDay } from '../../server/store/report-store.js';
import { makeAnalystServer, type AnalystTestServer } from '../helpers/analyst.js';

let t: AnalystTestServer;
afterEach(async () => t?.close());

// Signed requests must be signed after the server started: the tests' clock starts now, and moves only forward.
const DAY = utcDay(new Date());
const after = (days: number) => addDays(DAY, days);
const at = (day: string, time = '09:00:00') => new Date(`${day}T${time}Z`);

function server(env: Record<string, string> = {}): AnalystTestServer {
  t = makeAnalystServer({ REPLY_SLOTS: '8', REPLY_DAYS: '30', ...env });
  return t;
}

function replyTo(witnessPublicKey: Uint8Array, message = 'We can help. Reply here.', report = 42): Uint8Array {
  const reply: Reply = { v: 1, id: Math.random().toString(16).slice(2, 10).padEnd(16, '0'), day: DAY, report, message };
  return sealReply(reply, witnessPublicKey, t.signing.secretKey);
}

async function upload(slots: Uint8Array[] | string, contentType = 'application/json') {
  if (!t.url) await t.listen();
  const body = typeof slots === 'string' ? slots : JSON.stringify({ replies: slots.map((s) => toBase64(s)) });
  const headers = signRequest({ origin: t.url, method: 'POST', path: REPLIES_PATH, query: '', body }, t.analyst.signer, { now: t.clock.now });
  return fetch(`${t.url}${REPLIES_PATH}`, { method: 'POST', headers: { ...headers, 'content-type': contentType }, body });
}

const list = async (extra: Record<string, string> = {}, path = REPLIES_PATH) => {
  const res = await request(t.app)
    .get(path)
    .set(extra)
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return { res, body: res.body as Buffer };
};

describe('GET /api/replies', () => {
  it('has the same number of equal slots with 0, 1 and many replies stored', async () => {
    server();
    const sizes: number[] = [];
    for (const stored of [0, 1, 6]) {
      const witnesses = Array.from({ length: stored - t.replies.count() }, () => generateCampaignKeyPair());
      if (witnesses.length)
        t.replies.add(
          witnesses.map((w) => replyTo(w.publicKey)),
          after(30),
        );
      const fresh = buildReplyList(t.replies, after(1), 8, 30); // stored the day before: in the list
      expect(fresh.real).toBe(stored);
      const slots = splitSlots(fresh.body)!;
      expect(slots).toHaveLength(8);
      for (const slot of slots) expect(slot.length).toBe(REPLY_SLOT_BYTES);
      sizes.push(fresh.body.length);
    }
    expect(new Set(sizes).size).toBe(1);
  });

  it('is byte-identical for every visitor all day (whatever they send), cacheable, and never names them', async () => {
    server();
    const witness = generateCampaignKeyPair();
    t.replies.add([replyTo(witness.publicKey)], after(30));
    t.clock.now = at(after(1), '00:00:05');
    const a = await list({ 'User-Agent': 'phone A', Cookie: 'x=1', 'Accept-Language': 'ar' });
    t.clock.now = at(after(1), '23:59:50');
    const b = await list({ 'User-Agent': 'laptop B' }, `${REPLIES_PATH}?receipt=1234`);
    expect(a.res.status).toBe(200);
    expect(a.res.headers['content-type']).toBe('application/octet-stream');
    expect(a.res.headers['cache-control']).toMatch(/^public, max-age=\d+, immutable$/);
    expect(a.res.headers['set-cookie']).toBeUndefined();
    expect(Buffer.compare(a.body, b.body)).toBe(0);
    expect(a.body.length).toBe(8 * REPLY_SLOT_BYTES);
    // Cached until the next UTC midnight, no longer.
    expect(Number(/max-age=(\d+)/.exec(b.res.headers['cache-control'] as string)![1])).toBeLessThanOrEqual(10);
    // The witness's key finds the reply; another finds nothing.
    const slots = splitSlots(new Uint8Array(a.body))!;
    expect(findReply(slots, witness, t.signing.publicKey)?.message).toBe('We can help. Reply here.');
    expect(findReply(slots, generateCampaignKeyPair(), t.signing.publicKey)).toBeNull();
  });

  it('serves the same bytes after a restart the same day (dummies come from the database, not from memory)', async () => {
    server();
    t.replies.add([replyTo(generateCampaignKeyPair().publicKey)], after(30));
    const before = buildReplyList(t.replies, after(1), 8, 30).body;
    const reopened = openSqliteReplyStore(join(t.dir, 'replies.sqlite'));
    try {
      expect(Buffer.compare(buildReplyList(reopened, after(1), 8, 30).body, before)).toBe(0);
      expect(Buffer.compare(buildReplyList(reopened, after(2), 8, 30).body, before)).not.toBe(0);
    } finally {
      reopened.close();
    }
  });
});

describe('POST /api/replies', () => {
  it('stores signed uploads durably, shows them from the next day, and deletes them after REPLY_DAYS', async () => {
    server({ REPLY_DAYS: '3' });
    const witness = generateCampaignKeyPair();
    const slot = replyTo(witness.publicKey);
    const res = await upload([slot]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ stored: 1, duplicates: 0, shownFrom: after(1), expiresOn: after(3), waiting: 0 });
    // Durable before the 200: another connection to the file sees it.
    const db = new Database(join(t.dir, 'replies.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM replies').get()).toEqual({ n: 1 });
      // A reply row holds the ciphertext and its expiry day: nothing that names a report.
      expect((db.prepare('PRAGMA table_info(replies)').all() as { name: string }[]).map((c) => c.name)).toEqual(['sealed', 'expires_on']);
    } finally {
      db.close();
    }
    const again = await upload([slot]);
    expect(await again.json()).toMatchObject({ stored: 0, duplicates: 1 });

    const shown = (day: string) => findReply(splitSlots(buildReplyList(t.replies, day, 8, 3).body)!, witness, t.signing.publicKey);
    expect(shown(DAY)).toBeNull(); // not today: uploads join tomorrow's list
    expect(shown(after(1))).not.toBeNull();
    expect(shown(after(2))).not.toBeNull();
    expect(shown(after(3))).toBeNull();
    const { expiredReplies } = runHousekeeping({
      store: t.store,
      deleteAfterExport: false,
      retentionDays: 0,
      analystKids: [],
      replies: t.replies,
      now: at(after(3)),
    });
    expect(expiredReplies).toBe(1);
    expect(t.replies.count()).toBe(0);
  });

  it('keeps the oldest valid replies when there are more than slots, and says how many wait', async () => {
    server({ REPLY_SLOTS: '3' });
    const witnesses = Array.from({ length: 5 }, () => generateCampaignKeyPair());
    const first = await upload(witnesses.slice(0, 2).map((w) => replyTo(w.publicKey)));
    expect(await first.json()).toMatchObject({ stored: 2, waiting: 0 });
    t.clock.now = new Date(Date.now() + 1000);
    const second = await upload(witnesses.slice(2).map((w) => replyTo(w.publicKey)));
    expect(await second.json()).toMatchObject({ stored: 3, waiting: 2 });
    const slots = splitSlots(buildReplyList(t.replies, after(1), 3, 30).body)!;
    const found = witnesses.map((w) => findReply(slots, w, t.signing.publicKey) !== null);
    expect(found).toEqual([true, true, true, false, false]);
    expect(t.replies.count()).toBe(5); // nothing dropped
  });

  it('refuses unsigned, malformed, wrong-size, too many and too large uploads with stable codes, storing nothing', async () => {
    server();
    const unsigned = await request(t.app).post(REPLIES_PATH).set('Content-Type', 'application/json').send('{"replies":[]}');
    expect([unsigned.status, unsigned.body.error]).toEqual([401, 'signature_required']);
    const slot = replyTo(generateCampaignKeyPair().publicKey);
    const cases: [() => Promise<Response>, number, string][] = [
      [() => upload('not json'), 400, 'invalid_json'],
      [() => upload('{"replies":[]}'), 400, 'invalid_replies'],
      [() => upload(JSON.stringify({ replies: [toBase64(slot)], extra: 1 })), 400, 'invalid_replies'],
      [() => upload('{"replies":["%%%"]}'), 400, 'invalid_base64'],
      [() => upload([slot.subarray(0, 100)]), 400, 'invalid_reply_length'],
      [() => upload(Array.from({ length: 101 }, () => slot)), 413, 'envelope_too_large'],
      [() => upload([slot], 'text/plain'), 415, 'unsupported_content_type'],
    ];
    for (const [send, status, code] of cases) {
      const res = await send();
      const body = (await res.json()) as { error: string };
      expect([res.status, body.error]).toEqual([status, code]);
    }
    expect(t.replies.count()).toBe(0);
  });
});

describe('what the server keeps', () => {
  it('its data folder holds replies only as ciphertext (no witness key, no report id in the clear)', async () => {
    server();
    const witness = generateCampaignKeyPair();
    await upload([replyTo(witness.publicKey, 'Call us on Tuesday.', 987654321)]);
    const files = readdirSync(t.dir).filter((f) => statSync(join(t.dir, f)).isFile());
    const needles = [Buffer.from(witness.publicKey), Buffer.from(toBase64(witness.publicKey)), Buffer.from('Call us on Tuesday'), Buffer.from('987654321')];
    for (const file of files) {
      const bytes = readFileSync(join(t.dir, file));
      for (const needle of needles) expect(bytes.includes(needle), `${file} holds ${needle.toString('latin1').slice(0, 20)}`).toBe(false);
    }
  });
});

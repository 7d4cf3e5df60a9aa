/**
 * GET /api/batches and POST /api/batches/ack (issue #4) over real HTTP against a real SQLite
 * file: every refusal is 401 with no envelope in the body; ack deletes exactly what was
 * acknowledged and nothing newer.
 */
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalQuery, signRequest } from '../../protocol/node/request-signing.js';
import { filesContaining } from '../helpers/disk.js';
import { makeAnalyst, makeAnalystServer, storeReports, type Analyst, type AnalystTestServer } from '../helpers/analyst.js';

/** These tests use supertest (a port not known before the request), so the app is given its public origin. */
const ORIGIN = 'https://report.example.org';
const makeServer = (env: Record<string, string> = {}, options?: Parameters<typeof makeAnalystServer>[1]) => makeAnalystServer({ PUBLIC_ORIGIN: ORIGIN, ...env }, options);

let t: AnalystTestServer;
afterEach(async () => {
  await t?.close();
});

function signedGet(analyst: Analyst, query: Record<string, string>, options: { now?: Date; nonce?: string; sentQuery?: string } = {}) {
  const q = canonicalQuery(Object.entries(query));
  const headers = signRequest({ origin: ORIGIN, method: 'GET', path: '/api/batches', query: q }, analyst.signer, { now: options.now ?? t.clock.now, nonce: options.nonce });
  return { headers, send: () => request(t.app).get(`/api/batches?${options.sentQuery ?? q}`).set(headers) };
}

function signedAck(analyst: Analyst, upTo: number, options: { sentBody?: string } = {}) {
  const body = JSON.stringify({ upTo });
  const headers = signRequest({ origin: ORIGIN, method: 'POST', path: '/api/batches/ack', query: '', body }, analyst.signer, { now: t.clock.now });
  return request(t.app).post('/api/batches/ack').set(headers).set('Content-Type', 'application/json').send(options.sentBody ?? body);
}

const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: number; receivedOn: string; envelope: { sealed: string } });

function expectRefused(res: request.Response, code: string, sealed: string[]) {
  expect(res.status).toBe(401);
  expect(res.body.error).toBe(code);
  expect(res.headers['www-authenticate']).toMatch(/Scanwitness-Signature/);
  expect(res.text).not.toContain('envelope');
  for (const s of sealed) expect(res.text).not.toContain(s.slice(0, 40));
}

describe('GET /api/batches', () => {
  it('serves NDJSON {id, receivedOn, envelope} to a signed request, oldest first, after the cursor', async () => {
    t = makeServer();
    const sealed = storeReports(t, 5);
    const res = await signedGet(t.analyst, { after: '2', limit: '2' }).send().expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(res.headers['x-scanwitness-count']).toBe('2');
    expect(res.headers['x-scanwitness-last-id']).toBe('4');
    expect(res.headers['cache-control']).toBe('no-store');
    const got = lines(res.text);
    expect(got.map((l) => l.id)).toEqual([3, 4]);
    expect(got[0]).toEqual({ id: 3, receivedOn: '2025-10-01', envelope: { v: 1, kid: t.campaign.keys[0]!.kid, sealed: sealed[2] } });
    expect(res.text.split('\n')[0]).toBe(`{"id":3,"receivedOn":"2025-10-01","envelope":{"v":1,"kid":"${t.campaign.keys[0]!.kid}","sealed":"${sealed[2]}"}}`);
    const empty = await signedGet(t.analyst, { after: '5' }).send().expect(200);
    expect(empty.text).toBe('');
    expect(empty.headers['x-scanwitness-count']).toBe('0');
  });

  it('refuses with 401 and no envelope: no signature, bad signature, unknown key, expired or future timestamp, replayed nonce, tampered query', async () => {
    t = makeServer();
    const sealed = storeReports(t, 3);

    expectRefused(await request(t.app).get('/api/batches'), 'signature_required', sealed);

    const good = signedGet(t.analyst, { after: '0' });
    const partial = { ...good.headers };
    delete partial['x-scanwitness-nonce'];
    expectRefused(await request(t.app).get('/api/batches?after=0').set(partial), 'signature_required', sealed);

    // Bad signature: right kid, signed by someone else's key.
    const forger = makeAnalyst();
    const forged = signedGet({ ...forger, signer: { ...forger.signer, kid: t.analyst.signer.kid } }, { after: '0' });
    expectRefused(await forged.send(), 'bad_signature', sealed);
    // Bad signature: garbage in the header.
    expectRefused(await request(t.app).get('/api/batches?after=0').set({ ...good.headers, 'x-scanwitness-signature': 'A'.repeat(86) + '==' }), 'bad_signature', sealed);
    expectRefused(await request(t.app).get('/api/batches?after=0').set({ ...good.headers, 'x-scanwitness-timestamp-ms': 'soon' }), 'bad_signature', sealed);

    // Unknown key: a valid signature by a key the operator never configured.
    expectRefused(await signedGet(makeAnalyst(), { after: '0' }).send(), 'unknown_analyst_key', sealed);

    // Expired (and from the future): outside the 300 s window.
    expectRefused(await signedGet(t.analyst, { after: '0' }, { now: new Date(t.clock.now.getTime() - 301_000) }).send(), 'expired_timestamp', sealed);
    expectRefused(await signedGet(t.analyst, { after: '0' }, { now: new Date(t.clock.now.getTime() + 301_000) }).send(), 'expired_timestamp', sealed);

    // Signed for limit=1, sent with limit=1000.
    expectRefused(await signedGet(t.analyst, { after: '0', limit: '1' }, { sentQuery: 'after=0&limit=1000' }).send(), 'bad_signature', sealed);
    // Signed for after=2, sent with after=0: a captured request cannot be re-aimed.
    expectRefused(await signedGet(t.analyst, { after: '2' }, { sentQuery: 'after=0' }).send(), 'bad_signature', sealed);

    // Replay: the same signed request twice.
    const once = signedGet(t.analyst, { after: '0' });
    expect(lines((await once.send().expect(200)).text)).toHaveLength(3);
    expectRefused(await once.send(), 'replayed_nonce', sealed);
    // ...also later in the window, and after it (then the timestamp has expired).
    t.clock.now = new Date(t.clock.now.getTime() + 200_000);
    expectRefused(await once.send(), 'replayed_nonce', sealed);
    t.clock.now = new Date(t.clock.now.getTime() + 200_000);
    expectRefused(await once.send(), 'expired_timestamp', sealed);
  });

  it('refuses everything when no analyst key is configured', async () => {
    t = makeServer({}, { analysts: [] });
    const sealed = storeReports(t, 1);
    expectRefused(await signedGet(makeAnalyst(), {}).send(), 'unknown_analyst_key', sealed);
  });

  it('caps limit at 1000 and rejects unknown or repeated parameters (after authentication)', async () => {
    t = makeServer();
    storeReports(t, 2);
    expect((await signedGet(t.analyst, { limit: '1001' }).send()).body.error).toBe('invalid_query');
    expect((await signedGet(t.analyst, { limit: '0' }).send()).body.error).toBe('invalid_query');
    expect((await signedGet(t.analyst, { after: '-1' }).send()).body.error).toBe('invalid_query');
    expect((await signedGet(t.analyst, { after: '0', since: 'x' }).send()).body.error).toBe('invalid_query');
    const twice = canonicalQuery([['after', '0'], ['after', '1']]);
    const headers = signRequest({ origin: ORIGIN, method: 'GET', path: '/api/batches', query: twice }, t.analyst.signer, { now: t.clock.now });
    expect((await request(t.app).get(`/api/batches?${twice}`).set(headers)).status).toBe(400);
    expect(lines((await signedGet(t.analyst, { limit: '1000' }).send().expect(200)).text)).toHaveLength(2);
    expect((await request(t.app).get('/api/batches?limit=5000')).status).toBe(401);
  });
});

describe('POST /api/batches/ack', () => {
  it('deletes exactly the acknowledged envelopes and nothing newer, and leaves no ciphertext on disk', async () => {
    t = makeServer({ DELETE_AFTER_EXPORT: 'true' });
    const sealed = storeReports(t, 5);
    await signedGet(t.analyst, { after: '0', limit: '3' }).send().expect(200);
    storeReports(t, 2, 6); // arrive after the fetch
    const res = await signedAck(t.analyst, 3).expect(200);
    expect(res.body).toMatchObject({ ok: true, upTo: 3, deleted: 3, deleteAfterExport: true });
    expect(t.store.listAfter(0, 100).map((r) => r.id)).toEqual([4, 5, 6, 7]);
    expect(t.store.count()).toBe(4);
    // secure_delete + WAL checkpoint: the deleted ciphertext is gone from every file in the data dir.
    for (const s of sealed.slice(0, 3)) expect(filesContaining(t.dir, s.slice(100, 160))).toEqual([]);
    expect(filesContaining(t.dir, sealed[3]!.slice(100, 160)).length).toBeGreaterThan(0);
  });

  it('refuses to acknowledge beyond what was served to that key (409, nothing deleted)', async () => {
    const other = makeAnalyst();
    t = makeServer({ DELETE_AFTER_EXPORT: 'true' }, { analysts: [makeAnalyst(), other] });
    storeReports(t, 5);
    expect((await signedAck(t.analyst, 1)).body.error).toBe('ack_beyond_served');
    await signedGet(t.analyst, { after: '0', limit: '2' }).send().expect(200);
    const res = await signedAck(t.analyst, 5).expect(409);
    expect(res.body.error).toBe('ack_beyond_served');
    // Another analyst's fetch does not let this one acknowledge more.
    expect((await signedAck(other, 2)).status).toBe(409);
    expect(t.store.count()).toBe(5);
    expect((await signedAck(t.analyst, 2).expect(200)).body.deleted).toBe(2);
  });

  it('deletes nothing and says so when delete-after-export is off', async () => {
    t = makeServer();
    storeReports(t, 3);
    await signedGet(t.analyst, {}).send().expect(200);
    const res = await signedAck(t.analyst, 3).expect(200);
    expect(res.body).toMatchObject({ ok: true, deleted: 0, deleteAfterExport: false });
    expect(res.body.message).toMatch(/delete-after-export is off/);
    expect(t.store.count()).toBe(3);
  });

  it('refuses unsigned, replayed and tampered acknowledgements with 401 and deletes nothing', async () => {
    t = makeServer({ DELETE_AFTER_EXPORT: 'true' });
    storeReports(t, 4);
    await signedGet(t.analyst, {}).send().expect(200);
    expect((await request(t.app).post('/api/batches/ack').set('Content-Type', 'application/json').send('{"upTo":4}')).status).toBe(401);
    const tampered = await signedAck(t.analyst, 1, { sentBody: '{"upTo":4}' });
    expect(tampered.status).toBe(401);
    expect(tampered.body.error).toBe('bad_signature');
    expect((await signedAck(makeAnalyst(), 4)).body.error).toBe('unknown_analyst_key');
    expect(t.store.count()).toBe(4);

    const body = JSON.stringify({ upTo: 1 });
    const headers = signRequest({ origin: ORIGIN, method: 'POST', path: '/api/batches/ack', query: '', body }, t.analyst.signer, { now: t.clock.now });
    const send = () => request(t.app).post('/api/batches/ack').set(headers).set('Content-Type', 'application/json').send(body);
    expect((await send().expect(200)).body.deleted).toBe(1);
    expect((await send()).body.error).toBe('replayed_nonce');
    expect(t.store.count()).toBe(3);

    const bad = JSON.stringify({ upTo: 2, more: true });
    const h2 = signRequest({ origin: ORIGIN, method: 'POST', path: '/api/batches/ack', query: '', body: bad }, t.analyst.signer, { now: t.clock.now });
    expect((await request(t.app).post('/api/batches/ack').set(h2).set('Content-Type', 'application/json').send(bad)).body.error).toBe('invalid_ack');
    expect(t.store.count()).toBe(3);
  });
});

/**
 * GET /api/batches and POST /api/batches/ack over real HTTP against a real SQLite file: every
 * refusal is 401 with no envelope in the body; an ack deletes only envelopes delivered in that
 * batch to that key, once every listed key has acknowledged them (docs/batch-transfer.md).
 */
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalQuery, signRequest } from '../../protocol/node/request-signing.js';
import { filesContaining } from '../helpers/disk.js';
import { makeAnalyst, makeAnalystServer, storeReports, type Analyst, type AnalystTestServer } from '../helpers/analyst.js';

/** These tests use supertest (a port not known before the request), so the app is given its public origin. */
const ORIGIN = 'https://report.example.org';
const makeServer = (env: Record<string, string> = {}, options?: Parameters<typeof makeAnalystServer>[1]) =>
  makeAnalystServer({ PUBLIC_ORIGIN: ORIGIN, ...env }, options);

let t: AnalystTestServer;
afterEach(async () => {
  await t?.close();
});

function signedGet(analyst: Analyst, query: Record<string, string>, options: { now?: Date; nonce?: string; sentQuery?: string } = {}) {
  const q = canonicalQuery(Object.entries(query));
  const headers = signRequest({ origin: ORIGIN, method: 'GET', path: '/api/batches', query: q }, analyst.signer, {
    now: options.now ?? t.clock.now,
    nonce: options.nonce,
  });
  return {
    headers,
    send: () =>
      request(t.app)
        .get(`/api/batches?${options.sentQuery ?? q}`)
        .set(headers),
  };
}

function signedAck(analyst: Analyst, batch: string, options: { sentBody?: string; server?: string } = {}) {
  const body = JSON.stringify({ batch, server: options.server ?? t.store.serverId });
  const headers = signRequest({ origin: ORIGIN, method: 'POST', path: '/api/batches/ack', query: '', body }, analyst.signer, { now: t.clock.now });
  return request(t.app)
    .post('/api/batches/ack')
    .set(headers)
    .set('Content-Type', 'application/json')
    .send(options.sentBody ?? body);
}

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: number; receivedOn: string; envelope: { sealed: string } });

function expectRefused(res: request.Response, code: string, sealed: string[]) {
  expect(res.status).toBe(401);
  expect(res.body.error).toBe(code);
  expect(res.headers['www-authenticate']).toMatch(/Scanwitness-Signature/);
  expect(res.text).not.toContain('envelope');
  for (const s of sealed) expect(res.text).not.toContain(s.slice(0, 40));
}

describe('GET /api/batches', () => {
  it('serves NDJSON {id, receivedOn, envelope} of unacknowledged envelopes, with a batch id and the server identity', async () => {
    t = makeServer();
    const sealed = storeReports(t, 5);
    const res = await signedGet(t.analyst, { limit: '2' }).send().expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(res.headers['x-scanwitness-count']).toBe('2');
    expect(res.headers['x-scanwitness-batch']).toMatch(/^[0-9a-f]{32}$/);
    expect(res.headers['x-scanwitness-server']).toBe(t.store.serverId);
    expect(res.headers['x-scanwitness-last-id']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    const got = lines(res.text);
    const first = got[0]!;
    const index = sealed.indexOf(first.envelope.sealed);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(res.text.split('\n')[0]).toBe(
      `{"id":${first.id},"receivedOn":"2025-10-01","envelope":{"v":1,"kid":"${t.campaign.keys[0]!.kid}","sealed":"${sealed[index]}"}}`,
    );
    // Not acknowledged: the next GET sends them again (under a new batch id), with the rest.
    const all = await signedGet(t.analyst, {}).send().expect(200);
    expect(
      lines(all.text)
        .map((l) => l.envelope.sealed)
        .sort(),
    ).toEqual([...sealed].sort());
    expect(all.headers['x-scanwitness-batch']).not.toBe(res.headers['x-scanwitness-batch']);
    await signedAck(t.analyst, all.headers['x-scanwitness-batch']!).expect(200);
    const empty = await signedGet(t.analyst, {}).send().expect(200);
    expect(empty.text).toBe('');
    expect(empty.headers['x-scanwitness-count']).toBe('0');
    expect(empty.headers['x-scanwitness-batch']).toBeUndefined();
  });

  it('refuses HEAD (405): it would count as a delivery without a body', async () => {
    t = makeServer();
    storeReports(t, 2);
    const q = canonicalQuery([['limit', '10']]);
    const headers = signRequest({ origin: ORIGIN, method: 'HEAD', path: '/api/batches', query: q }, t.analyst.signer, { now: t.clock.now });
    const res = await request(t.app).head(`/api/batches?${q}`).set(headers);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET');
    expect(res.headers['x-scanwitness-batch']).toBeUndefined();
  });

  it('refuses with 401 and no envelope: no signature, bad signature, unknown key, expired or future timestamp, replayed nonce, tampered query', async () => {
    t = makeServer();
    const sealed = storeReports(t, 3);

    expectRefused(await request(t.app).get('/api/batches'), 'signature_required', sealed);

    const good = signedGet(t.analyst, {});
    const partial = { ...good.headers };
    delete partial['x-scanwitness-nonce'];
    expectRefused(await request(t.app).get('/api/batches').set(partial), 'signature_required', sealed);

    // Bad signature: right kid, signed by someone else's key.
    const forger = makeAnalyst();
    const forged = signedGet({ ...forger, signer: { ...forger.signer, kid: t.analyst.signer.kid } }, {});
    expectRefused(await forged.send(), 'bad_signature', sealed);
    // Bad signature: garbage in the header.
    expectRefused(
      await request(t.app)
        .get('/api/batches')
        .set({ ...good.headers, 'x-scanwitness-signature': 'A'.repeat(86) + '==' }),
      'bad_signature',
      sealed,
    );
    expectRefused(
      await request(t.app)
        .get('/api/batches')
        .set({ ...good.headers, 'x-scanwitness-timestamp-ms': 'soon' }),
      'bad_signature',
      sealed,
    );

    // Unknown key: a valid signature by a key the operator never configured.
    expectRefused(await signedGet(makeAnalyst(), {}).send(), 'unknown_analyst_key', sealed);

    // Expired (and from the future): outside the 300 s window.
    expectRefused(await signedGet(t.analyst, {}, { now: new Date(t.clock.now.getTime() - 301_000) }).send(), 'expired_timestamp', sealed);
    expectRefused(await signedGet(t.analyst, {}, { now: new Date(t.clock.now.getTime() + 301_000) }).send(), 'expired_timestamp', sealed);

    // Signed for limit=1, sent with limit=1000.
    expectRefused(await signedGet(t.analyst, { limit: '1' }, { sentQuery: 'limit=1000' }).send(), 'bad_signature', sealed);
    // Signed for limit=2, sent with limit=3: a captured request cannot be re-aimed.
    expectRefused(await signedGet(t.analyst, { limit: '2' }, { sentQuery: 'limit=3' }).send(), 'bad_signature', sealed);

    // Replay: the same signed request twice.
    const once = signedGet(t.analyst, {});
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
    expect((await signedGet(t.analyst, { after: '2' }).send()).body).toMatchObject({
      error: 'invalid_query',
      message: expect.stringMatching(/after is no longer used/),
    });
    expect((await signedGet(t.analyst, { since: 'x' }).send()).body.error).toBe('invalid_query');
    const twice = canonicalQuery([
      ['limit', '1'],
      ['limit', '2'],
    ]);
    const headers = signRequest({ origin: ORIGIN, method: 'GET', path: '/api/batches', query: twice }, t.analyst.signer, { now: t.clock.now });
    expect((await request(t.app).get(`/api/batches?${twice}`).set(headers)).status).toBe(400);
    expect(lines((await signedGet(t.analyst, { limit: '1000' }).send().expect(200)).text)).toHaveLength(2);
    expect((await request(t.app).get('/api/batches?limit=5000')).status).toBe(401);
  });
});

const batchOf = (res: request.Response) => res.headers['x-scanwitness-batch'] as string;
const sealedOf = (res: request.Response) => lines(res.text).map((l) => l.envelope.sealed);

describe('POST /api/batches/ack', () => {
  it('deletes exactly the envelopes of the acknowledged batch, and leaves no ciphertext on disk', async () => {
    t = makeServer({ DELETE_AFTER_EXPORT: 'true' });
    const sealed = storeReports(t, 5);
    const got = await signedGet(t.analyst, { limit: '3' }).send().expect(200);
    const later = storeReports(t, 2, 6); // arrive after the fetch
    const res = await signedAck(t.analyst, batchOf(got)).expect(200);
    expect(res.body).toMatchObject({ ok: true, batch: batchOf(got), server: t.store.serverId, acked: 3, deleted: 3, deleteAfterExport: true });
    const left = t.store.list(100).map((r) => r.envelope.sealed);
    expect(left.sort()).toEqual([...sealed.filter((s) => !sealedOf(got).includes(s)), ...later].sort());
    expect(t.store.count()).toBe(4);
    // secure_delete + wiped WAL: the deleted ciphertext is gone from every file in the data dir.
    for (const s of sealedOf(got)) expect(filesContaining(t.dir, s.slice(100, 160))).toEqual([]);
    expect(filesContaining(t.dir, left[0]!.slice(100, 160)).length).toBeGreaterThan(0);
    // Acknowledging again is harmless and deletes nothing more.
    expect((await signedAck(t.analyst, batchOf(got)).expect(200)).body).toMatchObject({ alreadyAcknowledged: true, acked: 0, deleted: 0 });
  });

  it('refuses batches never delivered to that key, or from another database (4xx, nothing deleted)', async () => {
    const other = makeAnalyst();
    t = makeServer({ DELETE_AFTER_EXPORT: 'true' }, { analysts: [makeAnalyst(), other] });
    storeReports(t, 5);
    expect((await signedAck(t.analyst, 'a'.repeat(32)).expect(404)).body.error).toBe('unknown_batch');
    const got = await signedGet(t.analyst, { limit: '2' }).send().expect(200);
    // Another analyst cannot acknowledge this analyst's batch.
    expect((await signedAck(other, batchOf(got)).expect(404)).body.error).toBe('unknown_batch');
    // A batch id from another database (a replaced server) is refused by identity.
    const changed = await signedAck(t.analyst, batchOf(got), { server: 'b'.repeat(32) }).expect(409);
    expect(changed.body.error).toBe('server_changed');
    expect(changed.body.message).toContain(t.store.serverId);
    expect(t.store.count()).toBe(5);
    // Acknowledged by one of two listed keys: kept until the other has it too.
    expect((await signedAck(t.analyst, batchOf(got)).expect(200)).body).toMatchObject({ acked: 2, deleted: 0 });
    expect(t.store.count()).toBe(5);
    const theirs = await signedGet(other, {}).send().expect(200);
    expect(lines(theirs.text)).toHaveLength(5);
    expect((await signedAck(other, batchOf(theirs)).expect(200)).body).toMatchObject({ acked: 5, deleted: 2 });
    expect(t.store.count()).toBe(3);
  });

  it('deletes nothing and says so when delete-after-export is off', async () => {
    t = makeServer({ DELETE_AFTER_EXPORT: 'false' });
    storeReports(t, 3);
    const got = await signedGet(t.analyst, {}).send().expect(200);
    const res = await signedAck(t.analyst, batchOf(got)).expect(200);
    expect(res.body).toMatchObject({ ok: true, acked: 3, deleted: 0, deleteAfterExport: false });
    expect(res.body.message).toMatch(/delete-after-export is off/);
    expect(t.store.count()).toBe(3);
    expect((await signedGet(t.analyst, {}).send().expect(200)).text).toBe('');
  });

  it('refuses unsigned, replayed, tampered and malformed acknowledgements and deletes nothing', async () => {
    t = makeServer({ DELETE_AFTER_EXPORT: 'true' });
    storeReports(t, 4);
    const one = await signedGet(t.analyst, { limit: '1' }).send().expect(200);
    const rest = await signedGet(t.analyst, {}).send().expect(200);
    const ackBody = (batch: string) => JSON.stringify({ batch, server: t.store.serverId });
    expect(
      (
        await request(t.app)
          .post('/api/batches/ack')
          .set('Content-Type', 'application/json')
          .send(ackBody(batchOf(rest)))
      ).status,
    ).toBe(401);
    const tampered = await signedAck(t.analyst, batchOf(one), { sentBody: ackBody(batchOf(rest)) });
    expect(tampered.status).toBe(401);
    expect(tampered.body.error).toBe('bad_signature');
    expect((await signedAck(makeAnalyst(), batchOf(rest))).body.error).toBe('unknown_analyst_key');
    expect(t.store.count()).toBe(4);

    const body = ackBody(batchOf(one));
    const headers = signRequest({ origin: ORIGIN, method: 'POST', path: '/api/batches/ack', query: '', body }, t.analyst.signer, { now: t.clock.now });
    const send = () => request(t.app).post('/api/batches/ack').set(headers).set('Content-Type', 'application/json').send(body);
    expect((await send().expect(200)).body.deleted).toBe(1);
    expect((await send()).body.error).toBe('replayed_nonce');
    expect(t.store.count()).toBe(3);

    for (const bad of [
      JSON.stringify({ upTo: 4 }),
      JSON.stringify({ batch: batchOf(rest), server: t.store.serverId, more: true }),
      JSON.stringify({ batch: 'ABC', server: t.store.serverId }),
    ]) {
      const h = signRequest({ origin: ORIGIN, method: 'POST', path: '/api/batches/ack', query: '', body: bad }, t.analyst.signer, { now: t.clock.now });
      expect((await request(t.app).post('/api/batches/ack').set(h).set('Content-Type', 'application/json').send(bad).expect(400)).body.error).toBe(
        'invalid_ack',
      );
    }
    expect(t.store.count()).toBe(3);
  });
});

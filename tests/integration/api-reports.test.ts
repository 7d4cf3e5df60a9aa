/**
 * POST /api/reports and GET /api/campaign over real HTTP (supertest) against a real SQLite
 * file: the envelope contract, every malformed class with its own 4xx, and the privacy promise.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { basename } from 'node:path';
import { toBase64 } from '../../protocol/base64.js';
import { generateCampaignKeyPair, openEnvelope, sealReport } from '../../protocol/envelope.js';
import { REPORT_SCHEMA_ID, type Report } from '../../protocol/report-schema.js';
import { filesContaining, filesUnder } from '../helpers/disk.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

const report = (narrative = 'they scanned my fingers'): Report => ({
  schema: REPORT_SCHEMA_ID,
  reporter: { role: 'witness' },
  incident: { date: '2025-10', force: 'metropolitan', technology: 'fingerprint' },
  narrative,
});

let t: TestServer;
beforeEach(() => {
  t = makeTestServer();
});
afterEach(async () => {
  await t.close();
});

const post = (body: string | object, type = 'application/json') =>
  request(t.app)
    .post('/api/reports')
    .set('Content-Type', type)
    .send(typeof body === 'string' ? body : JSON.stringify(body));

describe('GET /api/campaign', () => {
  it('serves the campaign key, its kid and fingerprint, and the demo flag', async () => {
    const res = await request(t.app).get('/api/campaign').expect(200);
    expect(res.body).toMatchObject({
      name: 'Test campaign',
      publicKey: toBase64(t.keyPair.publicKey),
      kid: t.campaign.keys[0]!.kid,
      fingerprint: t.campaign.keys[0]!.fingerprint,
      demo: false,
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('POST /api/reports', () => {
  it('stores a valid envelope: 201, and exactly that ciphertext is in the database', async () => {
    const envelope = sealReport(report(), t.keyPair.publicKey);
    const res = await post(envelope).expect(201);
    expect(res.body).toEqual({ ok: true });
    const stored = t.store.list(10);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.envelope).toEqual(envelope);
    expect(stored[0]!.receivedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(openEnvelope(stored[0]!.envelope, t.keyPair)).toEqual(report());
  });

  it('accepts every bucket size', async () => {
    for (const n of [10, 5000, 10000, 20000, 40000]) {
      await post(sealReport(report('a'.repeat(n > 5000 ? 5000 : n)), t.keyPair.publicKey)).expect(201);
    }
    const big = sealReport(report(), t.keyPair.publicKey);
    // A 64 KiB-bucket envelope made by hand (the schema caps narratives, the wire format does not care).
    const sealed64 = toBase64(new Uint8Array(65536 + 48));
    await post({ ...big, sealed: sealed64 }).expect(201);
  });

  const valid = () => sealReport(report(), t.keyPair.publicKey);
  const cases: [string, () => string | object, number, string][] = [
    ['invalid JSON', () => '{"v":1,', 400, 'invalid_json'],
    ['a JSON array', () => [valid()], 400, 'invalid_envelope'],
    ['JSON null', () => 'null', 400, 'invalid_envelope'],
    ['an extra key', () => ({ ...valid(), ip: '203.0.113.9' }), 400, 'unexpected_field'],
    [
      'a missing v',
      () => {
        const { v: _v, ...rest } = valid();
        return rest;
      },
      400,
      'invalid_envelope',
    ],
    ['an unknown v', () => ({ ...valid(), v: 2 }), 400, 'unsupported_version'],
    ['v as a string', () => ({ ...valid(), v: '1' }), 400, 'unsupported_version'],
    ['a malformed kid', () => ({ ...valid(), kid: 'ABCDEF0123456789' }), 400, 'invalid_kid'],
    ['an unknown kid', () => sealReport(report(), generateCampaignKeyPair().publicKey), 400, 'unknown_key'],
    ['bad base64', () => ({ ...valid(), sealed: valid().sealed.replace(/^..../, '$$$$') }), 400, 'invalid_base64'],
    ['unpadded base64', () => ({ ...valid(), sealed: valid().sealed.replace(/=+$/, '') }), 400, 'invalid_base64'],
    ['sealed not a string', () => ({ ...valid(), sealed: 42 }), 400, 'invalid_base64'],
    ['a wrong decoded length', () => ({ ...valid(), sealed: toBase64(new Uint8Array(4096 + 47)) }), 400, 'invalid_length'],
    ['a length between buckets', () => ({ ...valid(), sealed: toBase64(new Uint8Array(6000)) }), 400, 'invalid_length'],
  ];
  it.each(cases)('refuses %s with %i %s and stores nothing', async (_name, body, status, code) => {
    const res = await post(body()).expect(status);
    expect(res.body.error).toBe(code);
    expect(res.body.message).toEqual(expect.any(String));
    expect(t.store.count()).toBe(0);
  });

  it('refuses a body over the cap with 413 before reading it all', async () => {
    const res = await post({ ...valid(), sealed: 'A'.repeat(200 * 1024) }).expect(413);
    expect(res.body.error).toBe('envelope_too_large');
    expect(t.store.count()).toBe(0);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('refuses Content-Type %s with 415', async (type) => {
    const res = await post(JSON.stringify(valid()), type).expect(415);
    expect(res.body.error).toBe('unsupported_content_type');
    expect(t.store.count()).toBe(0);
  });

  it('refuses a missing body with 415 and a gzip-encoded body with 415', async () => {
    expect((await request(t.app).post('/api/reports').expect(415)).body.error).toBe('unsupported_content_type');
    const res = await request(t.app).post('/api/reports').set('Content-Type', 'application/json').set('Content-Encoding', 'br').send('xx').expect(415);
    expect(res.body.error).toBe('unsupported_encoding');
  });

  it('answers unknown routes and methods with a JSON 404, never 5xx', async () => {
    expect((await request(t.app).get('/api/reports').expect(404)).body.error).toBe('not_found');
    expect((await request(t.app).delete('/api/reports').expect(404)).body.error).toBe('not_found');
  });
});

describe('rate limits', () => {
  it('answers 429 with a plain explanation once a client has sent too many', async () => {
    await t.close();
    t = makeTestServer({ RATE_LIMIT_REPORTS_PER_CLIENT: '2' });
    await post(valid2()).expect(201);
    await post(valid2()).expect(201);
    const res = await post(valid2()).expect(429);
    expect(res.body.error).toBe('rate_limited');
    expect(t.store.count()).toBe(2);
  });
  const valid2 = () => sealReport(report(), t.keyPair.publicKey);
});

describe('privacy', () => {
  it('keeps no plaintext on disk: a sentinel sealed into a report is in neither the database nor the WAL', async () => {
    const sentinel = `SENTINEL-${Math.random().toString(36).slice(2)}-never-on-disk`;
    for (let i = 0; i < 3; i++) await post(sealReport(report(`${sentinel} ${i}`), t.keyPair.publicKey)).expect(201);
    const files = filesUnder(t.dir).map((f) => basename(f.path));
    expect(files).toEqual(expect.arrayContaining(['scanwitness.sqlite', 'scanwitness.sqlite-wal']));
    expect(filesContaining(t.dir, sentinel)).toEqual([]);
    expect(filesContaining(t.dir, 'SENTINEL')).toEqual([]);
    // The check itself works: the stored ciphertext is findable on disk.
    expect(filesContaining(t.dir, t.store.list(1)[0]!.envelope.sealed.slice(0, 40)).length).toBeGreaterThan(0);
  });

  it('stores no IP address, User-Agent or time of day, and logs nothing about the request', async () => {
    const log = vi.spyOn(console, 'log');
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const ua = 'Mozilla/5.0 (WitnessPhone) UNIQUE-UA-7f3a';
    const res = await post(sealReport(report(), t.keyPair.publicKey)).set('User-Agent', ua).set('X-Forwarded-For', '198.51.100.77').expect(201);
    await post('{bad').set('User-Agent', ua).expect(400);
    expect(res.headers['set-cookie']).toBeUndefined();
    for (const needle of ['127.0.0.1', '::ffff:127.0.0.1', '198.51.100.77', 'UNIQUE-UA-7f3a', 'WitnessPhone']) {
      expect(filesContaining(t.dir, needle)).toEqual([]);
    }
    const row = t.store.list(1)[0]!;
    expect(Object.keys(row).sort()).toEqual(['envelope', 'id', 'receivedOn']);
    expect(row.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([...log.mock.calls, ...error.mock.calls, ...warn.mock.calls]).toEqual([]);
    vi.restoreAllMocks();
  });

  it('sends strict security headers: CSP without inline script or eval, no referrer, no framing, no cookies', async () => {
    const res = await request(t.app).get('/api/campaign').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toContain('max-age=');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['permissions-policy']).toContain('geolocation=()');
  });

  it('answers /healthz without touching storage', async () => {
    expect((await request(t.app).get('/healthz').expect(200)).body).toEqual({ ok: true });
  });
});

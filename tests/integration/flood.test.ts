/**
 * No one can silence the form (docs/threat-model.md, "Floods"), over real HTTP against a real
 * listening server behind a (pretend) reverse proxy: TRUST_PROXY=1, so X-Forwarded-For tells
 * clients apart. One address's thousands of junk and valid requests cost that address only:
 * past its free allowance each of its requests must carry a fresh proof of work, so a witness
 * elsewhere is stored without one and a witness at the same address is stored after one. The
 * global limit counts stored reports only; when many clients reach it, every further report
 * gets 429 with Retry-After until the window ends. The onion-service case (everyone at one
 * address) is in shared-address.test.ts and, with a real browser, tests/e2e/shared-address-flood.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CHALLENGE_PATH, PROOF_HEADER } from '../../protocol/proof-of-work.js';
import { client, flood } from '../helpers/flood.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('a flood from one address', () => {
  it('costs only that address: a witness elsewhere is stored as usual, a witness at the same address after one proof of work', async () => {
    t = makeTestServer({
      TRUST_PROXY: '1',
      RATE_LIMIT_REPORTS_TOTAL: '30',
      RATE_LIMIT_REPORTS_PER_CLIENT: '5',
      POW_CALM_REPORTS_PER_MINUTE: '1000',
      POW_BITS: '8',
      POW_MAX_BITS: '10',
    });
    await t.listen();
    const attacker = client(t.url, t.keyPair.publicKey, '198.51.100.7');
    const sealed = attacker.sealed();
    const junk = [
      () => attacker.post('not json', { 'Content-Type': 'text/plain' }), // 415
      () => attacker.post('{"v":1,'), // 400 invalid JSON
      () => attacker.post(JSON.stringify({ v: 1, kid: 'x', sealed: 'AAAA' })), // 400 bad envelope
      () => attacker.post(sealed), // valid
    ];
    // Halfway through the flood, a witness elsewhere and one at the attacker's address send a report.
    let elsewhere: Promise<Response> | undefined;
    let sameAddress: Promise<Response> | undefined;
    const statuses = await flood(1600, 32, (i) => junk[i % junk.length]!(), {
      at: (answered) => {
        if (answered !== 800) return;
        elsewhere = client(t!.url, t!.keyPair.publicKey, '203.0.113.20').sendLikeTheForm();
        sameAddress = client(t!.url, t!.keyPair.publicKey, '198.51.100.7').sendLikeTheForm();
      },
    });
    expect((await elsewhere!).status).toBe(201);
    expect((await sameAddress!).status).toBe(201);
    // The flooder got its own 5 requests' worth (whatever they were), then 403 (proof of work required) only.
    expect(Object.values(statuses).reduce((a, b) => a + b)).toBe(1600);
    expect(statuses[403]).toBe(1600 - 5);
    const storedFromFlood = t.store.count() - 2;
    expect(storedFromFlood).toBeLessThanOrEqual(5);
    // The same proof twice: the second is refused, for the cost of one hash.
    const proof = (await attacker.proof())!;
    expect((await attacker.post(sealed, { [PROOF_HEADER]: proof })).status).toBe(201);
    const replays = await flood(300, 16, () => attacker.post(sealed, { [PROOF_HEADER]: proof }));
    expect(replays).toEqual({ 403: 300 });
    // A new witness elsewhere: no proof asked (the global rate is calm), stored.
    expect((await client(t.url, t.keyPair.publicKey, '203.0.113.41').post(sealed)).status).toBe(201);
    // Only stored reports counted towards the 30 in all: 2,000 refused requests did not.
    expect(t.store.count()).toBe(storedFromFlood + 2 + 1 + 1);
  }, 240_000); // 2,000 requests: a few seconds on an idle machine, much longer on a shared one

  it('with proof of work off (POW_BITS=0) an address past its allowance gets 429; no response carries RateLimit headers (a shared counter or a per-client pseudonym)', async () => {
    t = makeTestServer({ TRUST_PROXY: '1', RATE_LIMIT_REPORTS_PER_CLIENT: '2' });
    await t.listen();
    const from = client(t.url, t.keyPair.publicKey, '198.51.100.9');
    const responses = [];
    for (let i = 0; i < 4; i++) responses.push(await from.post(from.sealed()));
    responses.push(
      await fetch(`${t.url}${CHALLENGE_PATH}`),
      await fetch(`${t.url}/api/campaign`),
      await fetch(`${t.url}/healthz`),
      // The analysts' endpoint has its own limiter: unsigned, refused, but no counter either.
      await fetch(`${t.url}/api/batches`),
    );
    expect(responses.slice(0, 4).map((r) => r.status)).toEqual([201, 201, 429, 429]);
    for (const res of responses) {
      const names = [...res.headers.keys()];
      expect(
        names.filter((h) => /ratelimit/i.test(h)),
        names.join(', '),
      ).toEqual([]);
    }
    const retryAfter = Number(responses[2]!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(((await responses[2]!.json()) as { message: string }).message).toMatch(/wait a few minutes/);
  });
});

describe('the global limit, reached by many clients', () => {
  it('counts stored reports only; once full, every further report gets 429 with Retry-After until the window ends, then they are stored again', async () => {
    let clock = Date.now();
    t = makeTestServer(
      { TRUST_PROXY: '1', RATE_LIMIT_REPORTS_TOTAL: '10', RATE_LIMIT_REPORTS_PER_CLIENT: '3', RATE_LIMIT_WINDOW_MINUTES: '15' },
      { now: () => new Date(clock) },
    );
    await t.listen();
    const post = (from: string, body: string, headers?: Record<string, string>) => client(t!.url, t!.keyPair.publicKey, from).post(body, headers);
    const sealed = () => client(t!.url, t!.keyPair.publicKey).sealed();
    // 20 clients each send junk first: none of it counts towards the 10.
    for (let c = 0; c < 20; c++) expect((await post(`192.0.2.${c}`, 'x', { 'Content-Type': 'text/plain' })).status).toBe(415);
    // 6 clients × 2 valid reports = 12: the first 10 are stored, the last 2 refused.
    const statuses: number[] = [];
    for (let c = 0; c < 6; c++) for (let i = 0; i < 2; i++) statuses.push((await post(`192.0.2.${c}`, sealed())).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(t.store.count()).toBe(10);
    // A client that has sent nothing is refused too, and told when to come back.
    const fresh = await post('192.0.2.100', sealed());
    expect(fresh.status).toBe(429);
    expect(((await fresh.json()) as { message: string }).message).toMatch(/too many reports right now/);
    const retryAfter = Number(fresh.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Junk is still answered for what it is (400/415), not with the global 429.
    expect((await post('192.0.2.101', '{"v":1,')).status).toBe(400);
    // The window ends: reports are stored again.
    clock += retryAfter * 1000;
    expect((await post('192.0.2.102', sealed())).status).toBe(201);
    expect(t.store.count()).toBe(11);
  });
});

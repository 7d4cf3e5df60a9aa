/**
 * No one can silence the form (docs/threat-model.md, "Floods"), over real HTTP against a real
 * listening server behind a (pretend) reverse proxy: TRUST_PROXY=1, so X-Forwarded-For tells
 * clients apart. One client's thousands of junk and valid requests cost that client only;
 * another client's sealed report — with a proof of work once one is asked — is stored during
 * and after the flood. The global limit counts stored reports only; when many clients reach
 * it, every further report gets 429 with Retry-After until the window ends.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sealReport } from '../../protocol/envelope.js';
import { CHALLENGE_PATH, PROOF_HEADER, solveProofOfWork, type ChallengeResponse } from '../../protocol/proof-of-work.js';
import { REPORT_SCHEMA_ID, type Report } from '../../protocol/report-schema.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

const report: Report = {
  schema: REPORT_SCHEMA_ID,
  reporter: { role: 'witness' },
  incident: { date: '2025-10', force: 'metropolitan', technology: 'fingerprint' },
};

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function post(from: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${t!.url}/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from, ...headers }, body });
}

/** What the form does: ask for a challenge, solve it if one is asked, POST the sealed report. */
async function sendLikeTheForm(from: string): Promise<Response> {
  const asked = (await (await fetch(`${t!.url}${CHALLENGE_PATH}`, { headers: { 'X-Forwarded-For': from } })).json()) as ChallengeResponse;
  const headers: Record<string, string> = asked.challenge ? { [PROOF_HEADER]: await solveProofOfWork(asked.challenge, asked.difficulty) } : {};
  return post(from, JSON.stringify(sealReport(report, t!.keyPair.publicKey)), headers);
}

/** `n` requests, `concurrency` at a time, each made by `make(i)`; the statuses, counted. `halfway` is called once half are answered. */
async function flood(n: number, concurrency: number, make: (i: number) => Promise<Response>, halfway?: () => void): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  let next = 0;
  let answered = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const res = await make(next++);
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (++answered === n / 2) halfway?.();
      }
    }),
  );
  return statuses;
}

describe('a flood from one client', () => {
  it('is refused, costs only that client, and a second client is stored (201) during and after it — with a proof of work once asked', async () => {
    let clock = Date.now();
    t = makeTestServer(
      {
        TRUST_PROXY: '1',
        RATE_LIMIT_REPORTS_TOTAL: '30',
        RATE_LIMIT_REPORTS_PER_CLIENT: '5',
        POW_CALM_REPORTS_PER_MINUTE: '3',
        POW_BITS: '8',
        POW_MAX_BITS: '8',
      },
      { now: () => new Date(clock) },
    );
    await t.listen();
    const attacker = '198.51.100.7';
    const sealed = JSON.stringify(sealReport(report, t.keyPair.publicKey));
    const junk = [
      () => post(attacker, 'not json', { 'Content-Type': 'text/plain' }), // 415
      () => post(attacker, '{"v":1,'), // 400 invalid JSON
      () => post(attacker, JSON.stringify({ v: 1, kid: 'x', sealed: 'AAAA' })), // 400 bad envelope
      () => post(attacker, sealed), // valid
    ];
    // Halfway through the flood, a witness elsewhere sends a report.
    let witnessDuring: Promise<Response> | undefined;
    const statuses = await flood(
      1600,
      32,
      (i) => junk[i % junk.length]!(),
      () => (witnessDuring = sendLikeTheForm('203.0.113.20')),
    );
    expect((await witnessDuring!).status).toBe(201);
    // The flooder got its own 5 requests' worth (whatever they were), then 429s only.
    expect(Object.values(statuses).reduce((a, b) => a + b)).toBe(1600);
    expect(statuses[429]).toBe(1600 - 5);
    const storedFromFlood = t.store.count() - 1;
    expect(storedFromFlood).toBeLessThanOrEqual(5);

    // A few reports stored by others in the past minute (calm is 3): proof of work is now asked.
    for (const from of ['203.0.113.31', '203.0.113.32', '203.0.113.33', '203.0.113.34']) expect((await sendLikeTheForm(from)).status).toBe(201);
    clock += 10_000;
    const asked = (await (await fetch(`${t.url}${CHALLENGE_PATH}`)).json()) as ChallengeResponse;
    expect(asked.difficulty).toBe(8);
    // The flooder keeps going, valid reports without the proof included; still refused by its own limit.
    const after = await flood(400, 16, () => post(attacker, sealed));
    expect(after).toEqual({ 429: 400 });
    // A new witness: asked for the proof (without it, 403), solves it as the form does, stored.
    expect((await post('203.0.113.40', JSON.stringify(sealReport(report, t.keyPair.publicKey)))).status).toBe(403);
    const witnessAfter = await sendLikeTheForm('203.0.113.41');
    expect(witnessAfter.status).toBe(201);
    // Only stored reports counted towards the 30 in all: 2,000 refused requests did not.
    expect(t.store.count()).toBe(storedFromFlood + 1 + 4 + 1);
  }, 240_000); // 2,000 requests: a few seconds on an idle machine, much longer on a shared one

  it('no response carries RateLimit headers (a shared counter or a per-client pseudonym); a 429 says when to retry', async () => {
    t = makeTestServer({ TRUST_PROXY: '1', RATE_LIMIT_REPORTS_PER_CLIENT: '2' });
    await t.listen();
    const responses = [];
    for (let i = 0; i < 4; i++) responses.push(await post('198.51.100.9', JSON.stringify(sealReport(report, t.keyPair.publicKey))));
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
    // 20 clients each send junk first: none of it counts towards the 10.
    for (let c = 0; c < 20; c++) expect((await post(`192.0.2.${c}`, 'x', { 'Content-Type': 'text/plain' })).status).toBe(415);
    // 6 clients × 2 valid reports = 12: the first 10 are stored, the last 2 refused.
    const statuses: number[] = [];
    for (let c = 0; c < 6; c++)
      for (let i = 0; i < 2; i++) statuses.push((await post(`192.0.2.${c}`, JSON.stringify(sealReport(report, t.keyPair.publicKey)))).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(t.store.count()).toBe(10);
    // A client that has sent nothing is refused too, and told when to come back.
    const fresh = await post('192.0.2.100', JSON.stringify(sealReport(report, t.keyPair.publicKey)));
    expect(fresh.status).toBe(429);
    expect(((await fresh.json()) as { message: string }).message).toMatch(/too many reports right now/);
    const retryAfter = Number(fresh.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Junk is still answered for what it is (400/415), not with the global 429.
    expect((await post('192.0.2.101', '{"v":1,')).status).toBe(400);
    // The window ends: reports are stored again.
    clock += retryAfter * 1000;
    expect((await post('192.0.2.102', JSON.stringify(sealReport(report, t.keyPair.publicKey)))).status).toBe(201);
    expect(t.store.count()).toBe(11);
  });
});

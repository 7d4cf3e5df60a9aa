/**
 * Adaptive proof of work over real HTTP against a real SQLite file: nothing asked while calm;
 * after STORED reports a challenge is asked and checked (valid, stale, reused, forged, wrong
 * difficulty, missing); the difficulty falls back once they leave the window. The server's clock
 * is a test clock so minutes pass instantly; the solving is real WebCrypto. Calm is 0 here, so the
 * threshold has no noise and the levels are exact (the noise: tests/unit/pow-observer.test.ts).
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sealReport } from '../../protocol/envelope.js';
import { CHALLENGE_PATH, PROOF_HEADER, leadingZeroBits, solveProofOfWork } from '../../protocol/proof-of-work.js';
import { REPORT_SCHEMA_ID, type Report } from '../../protocol/report-schema.js';
import { CHALLENGE_TTL_SECONDS, ProofOfWork, WINDOW_MINUTES } from '../../server/proof-of-work.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

const report: Report = {
  schema: REPORT_SCHEMA_ID,
  reporter: { role: 'witness' },
  incident: { date: '2025-10', force: 'metropolitan', technology: 'fingerprint' },
};

/** calm: 0 (any stored report raises the level); raised level 6 bits (quick to solve in a test), at most 8. */
const POW = { POW_CALM_REPORTS_PER_MINUTE: '0', POW_BITS: '6', POW_MAX_BITS: '8', RATE_LIMIT_REPORTS_PER_CLIENT: '1000' };

let t: TestServer;
let clock: number;
let app: TestServer['app'];
beforeEach(() => {
  clock = Date.UTC(2026, 0, 5, 12, 0, 0);
  t = makeTestServer(POW, { now: () => new Date(clock) });
  app = t.app;
});
afterEach(async () => {
  await t.close();
});

const envelope = () => JSON.stringify(sealReport(report, t.keyPair.publicKey));
const post = (proof?: string) => {
  const r = request(app).post('/api/reports').set('Content-Type', 'application/json');
  return (proof ? r.set(PROOF_HEADER, proof) : r).send(envelope());
};
const challenge = async () => (await request(app).get(CHALLENGE_PATH).expect(200)).body as { difficulty: number; challenge?: string };
/** Store `n` reports in the current minute, then move the clock into the next one (the level is set per minute). */
async function burst(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const c = await challenge();
    const res = await post(c.challenge ? await solveProofOfWork(c.challenge, c.difficulty) : undefined);
    expect(res.status).toBe(201);
  }
  clock += 60_000;
}

describe('adaptive proof of work', () => {
  it('asks nothing while calm: difficulty 0, no challenge, a report without a proof is stored', async () => {
    expect(await challenge()).toEqual({ difficulty: 0 });
    await post().expect(201);
    expect(t.store.count()).toBe(1);
  });

  it('rises after stored reports, with one more bit per doubling, and falls back once they leave the window', async () => {
    await burst(1);
    const raised = await challenge();
    expect(raised.difficulty).toBe(6);
    expect(raised.challenge).toMatch(/^v1\.\d+\.6\./);
    await burst(1); // 2 in the window: one more bit
    expect((await challenge()).difficulty).toBe(7);
    await burst(6); // 8: capped at POW_MAX_BITS
    expect((await challenge()).difficulty).toBe(8);
    clock += WINDOW_MINUTES * 60_000; // the reports leave the window
    expect(await challenge()).toEqual({ difficulty: 0 });
    await post().expect(201);
  });

  it('refuses, once raised: missing, forged, wrong (does not solve), stale, reused — and stores nothing for them', async () => {
    await burst(1);
    const before = t.store.count();
    const missing = await post().expect(403);
    expect(missing.body.error).toBe('proof_of_work_required');

    const c = (await challenge()).challenge!;
    const proof = await solveProofOfWork(c, 6);
    // Forged: a challenge with a lower difficulty written by the client (the MAC no longer matches).
    const forgedChallenge = c.replace(/^v1\.(\d+)\.6\./, 'v1.$1.1.');
    expect((await post(`${forgedChallenge}:0`).expect(403)).body.error).toBe('proof_of_work_invalid');
    expect((await post('not a proof').expect(403)).body.error).toBe('proof_of_work_invalid');
    // Wrong: a nonce that does not give 6 leading zero bits.
    let bad = 0;
    while (leadingZeroBits(createHash('sha256').update(`${c}:${bad}`).digest()) >= 6) bad++;
    expect((await post(`${c}:${bad}`).expect(403)).body.error).toBe('proof_of_work_wrong');
    // Valid, once; the same proof again is refused.
    await post(proof).expect(201);
    expect((await post(proof).expect(403)).body.error).toBe('proof_of_work_reused');
    // Stale: solved, but sent after the challenge's time window.
    const old = (await challenge()).challenge!;
    const late = await solveProofOfWork(old, 6);
    clock += CHALLENGE_TTL_SECONDS * 1000; // (a proof sent is always checked, raised or not)
    expect((await post(late).expect(403)).body.error).toBe('proof_of_work_stale');
    expect(t.store.count()).toBe(before + 1);
  });

  it('refuses a proof at a lower difficulty than the one asked now (the form then asks again)', async () => {
    await burst(1);
    const easy = (await challenge()).challenge!;
    const proof = await solveProofOfWork(easy, 6);
    await burst(1); // now 2 in the window → 7 bits asked
    expect((await challenge()).difficulty).toBe(7);
    expect((await post(proof).expect(403)).body.error).toBe('proof_of_work_too_easy');
  });

  it('a challenge from another server (or before a restart) is refused: the key lives in memory only', async () => {
    await burst(1);
    const other = new ProofOfWork({ calmPerMinute: 0, bits: 6, maxBits: 6 }, () => clock);
    other.recordStored(1);
    clock += 60_000;
    const foreign = other.issue().challenge!;
    expect((await post(await solveProofOfWork(foreign, 6)).expect(403)).body.error).toBe('proof_of_work_invalid');
  });

  it('solving at the raised level takes about 2^bits hashes, and the proof carries the count of zero bits asked', async () => {
    const c = 'v1.0.10.AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBB';
    const proof = await solveProofOfWork(c, 10);
    expect(leadingZeroBits(createHash('sha256').update(proof).digest())).toBeGreaterThanOrEqual(10);
  });
});

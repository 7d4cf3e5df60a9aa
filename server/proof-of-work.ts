/**
 * Adaptive proof of work (docs/threat-model.md, "Floods"): nothing to solve in normal times;
 * when clearly more reports were STORED in the last minutes than the calm rate, each further
 * report must come with a solved challenge, harder the bigger the burst. It raises the cost of
 * a flood; it identifies nobody (a challenge is bound to no address, no cookie, nothing).
 *
 * The level is public (anyone may ask for a challenge), so it must not tell when one more
 * report was stored: it is set once a minute, from the reports stored in the last
 * WINDOW_MINUTES complete minutes, against a threshold drawn afresh each minute between 1× and
 * 2× the calm rate. An observer who holds the rate wherever they like sees one added report
 * change each minute's level with a chance of at most 1 / (calm rate × WINDOW_MINUTES), so at
 * most 1 / calm rate over all the minutes it counts in (tests/unit/pow-observer.test.ts).
 *
 * An address past its free allowance (server/rate-limit.ts) is asked the highest level
 * whatever the rate: the `floor` below.
 *
 * Challenges are stateless: HMAC-signed under a key made at start-up and kept only in memory.
 * A used challenge is remembered, in memory, only until it would have expired anyway.
 */
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { HttpError } from './http-error.js';
import { PROOF_HEADER, leadingZeroBits, parseChallenge, parseProof, type ChallengeResponse } from '../protocol/proof-of-work.js';

/** A challenge is valid this long after it is issued: plenty to solve one, too short to stockpile. */
export const CHALLENGE_TTL_SECONDS = 120;
/** The level follows the reports stored in this many complete minutes. */
export const WINDOW_MINUTES = 5;
const MINUTE_MS = 60_000;

/** Uniform in [0, 1) from the CSPRNG: the threshold's noise must not be predictable. */
const secureRandom = (): number => randomInt(2 ** 32) / 2 ** 32;

export interface ProofOfWorkSettings {
  /** Stored reports per minute at or below which nothing is asked. */
  calmPerMinute: number;
  /** Leading zero bits asked just above the calm rate; 0 turns proof of work off. */
  bits: number;
  /** The most ever asked, however big the burst. */
  maxBits: number;
}

export class ProofOfWork {
  private readonly key = randomBytes(32);
  /** Challenge id → when it expires (ms), for challenges already used. */
  private readonly used = new Map<string, number>();
  /** Stored reports per minute, by minute number (ms since the epoch / MINUTE_MS). */
  private readonly stored = new Map<number, number>();
  /** The level set for one minute. */
  private level: { minute: number; bits: number } | undefined;

  constructor(
    private readonly settings: ProofOfWorkSettings,
    private readonly now: () => number = Date.now,
    /** Uniform in [0, 1): the threshold's noise (tests pass a fixed or seeded one). */
    private readonly random: () => number = secureRandom,
  ) {}

  /** Whether proof of work is on at all (POW_BITS > 0). */
  get enabled(): boolean {
    return this.settings.bits > 0;
  }

  /** Count stored reports (the write queue calls this once their commit is durable). */
  recordStored(count = 1): void {
    const minute = Math.floor(this.now() / MINUTE_MS);
    this.stored.set(minute, (this.stored.get(minute) ?? 0) + count);
    for (const m of this.stored.keys()) if (m < minute - WINDOW_MINUTES) this.stored.delete(m);
  }

  /**
   * Reports stored in the last WINDOW_MINUTES complete minutes. Complete minutes only: the
   * level must not change the moment someone submits, or polling it would tell when they did.
   */
  storedInWindow(minute = Math.floor(this.now() / MINUTE_MS)): number {
    let sum = 0;
    for (let m = minute - WINDOW_MINUTES; m < minute; m++) sum += this.stored.get(m) ?? 0;
    return sum;
  }

  /**
   * Zero bits asked of a report now: 0 while calm, then one more bit per doubling of the rate;
   * set once a minute against a threshold with fresh noise (the header comment says why).
   * `floor`: asked at least this much (an address past its allowance).
   */
  requiredDifficulty(floor = 0): number {
    const minute = Math.floor(this.now() / MINUTE_MS);
    if (this.level?.minute !== minute) this.level = { minute, bits: this.levelFor(this.storedInWindow(minute)) };
    return Math.max(this.level.bits, floor);
  }

  private levelFor(count: number): number {
    const { calmPerMinute, bits, maxBits } = this.settings;
    const threshold = calmPerMinute * WINDOW_MINUTES * (1 + this.random());
    if (bits === 0 || count <= threshold) return 0;
    return Math.min(maxBits, bits + Math.floor(Math.log2(count / Math.max(threshold, 1))));
  }

  /** The highest level: what an address past its free allowance is asked. */
  get maxBits(): number {
    return this.settings.maxBits;
  }

  issue(floor = 0): ChallengeResponse {
    const difficulty = this.requiredDifficulty(floor);
    if (difficulty === 0) return { difficulty };
    const signed = `v1.${Math.floor(this.now() / 1000)}.${difficulty}.${randomBytes(16).toString('base64url')}`;
    return { difficulty, challenge: `${signed}.${this.mac(signed)}` };
  }

  /** Throws a 403 HttpError (with a code saying why) unless `proof` is acceptable now, at `floor` bits at least. */
  check(proof: string | undefined, floor = 0): void {
    const required = this.requiredDifficulty(floor);
    if (proof === undefined) {
      if (required === 0) return;
      throw refused(
        'proof_of_work_required',
        'the server is busy: this report needs a proof of work (the form does it by itself; reload the page if this persists)',
      );
    }
    const parts = parseProof(proof);
    const challenge = parts && parseChallenge(parts.challenge);
    if (!parts || !challenge || !this.signatureMatches(challenge.signed, challenge.mac)) {
      throw refused('proof_of_work_invalid', 'the proof of work is not one this server issued');
    }
    const nowMs = this.now();
    const expires = (challenge.issuedSeconds + CHALLENGE_TTL_SECONDS) * 1000;
    if (nowMs >= expires) throw refused('proof_of_work_stale', 'the proof of work has expired; ask for a new challenge');
    if (challenge.difficulty < required) throw refused('proof_of_work_too_easy', 'the server has become busier; ask for a new challenge');
    const hash = createHash('sha256').update(`${parts.challenge}:${parts.nonce}`).digest();
    if (leadingZeroBits(hash) < challenge.difficulty) throw refused('proof_of_work_wrong', 'the proof of work does not solve its challenge');
    this.forgetExpired(nowMs);
    if (this.used.has(challenge.id)) throw refused('proof_of_work_reused', 'this proof of work was already used; ask for a new challenge');
    this.used.set(challenge.id, expires);
  }

  /**
   * Middleware: refuse a report whose proof (header) is missing or wrong while one is asked;
   * after the address allowance, which marks an address past it (proofFloor).
   */
  middleware(): RequestHandler {
    return (req: Request, res, next) => {
      this.check(req.get(PROOF_HEADER), proofFloor(res));
      next();
    };
  }

  private mac(signed: string): string {
    return createHmac('sha256', this.key).update(signed).digest('base64url');
  }

  private signatureMatches(signed: string, mac: string): boolean {
    const expected = Buffer.from(this.mac(signed));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /**
   * The map is in order of use, which is nearly the order of expiry: stop at the first entry
   * still valid (a later one may linger a little longer — remembering longer never lets one
   * be reused), so each check costs O(1) however many were used.
   */
  private forgetExpired(nowMs: number): void {
    for (const [id, expires] of this.used) {
      if (expires > nowMs) break;
      this.used.delete(id);
    }
  }
}

const refused = (code: string, message: string) => new HttpError(403, code, message);

/** The least difficulty this request must carry, set by the address allowance (0: none). */
export function proofFloor(res: Response): number {
  return (res.locals.proofFloor as number | undefined) ?? 0;
}

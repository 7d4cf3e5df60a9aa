/**
 * Adaptive proof of work (docs/threat-model.md, "Floods"): nothing to solve in normal times;
 * when more reports were STORED in the last minute than the calm rate, each further report
 * must come with a solved challenge, harder the bigger the burst. It raises the cost of a
 * flood; it identifies nobody (a challenge is bound to no address, no cookie, nothing).
 *
 * Challenges are stateless: HMAC-signed under a key made at start-up and kept only in memory.
 * A used challenge is remembered, in memory, only until it would have expired anyway.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { HttpError } from './http-error.js';
import { PROOF_HEADER, leadingZeroBits, parseChallenge, parseProof, type ChallengeResponse } from '../protocol/proof-of-work.js';

/** A challenge is valid this long after it is issued: plenty to solve one, too short to stockpile. */
export const CHALLENGE_TTL_SECONDS = 120;
/** The stored rate is counted in slices of this many seconds over the last minute (complete slices only). */
const SLICE_SECONDS = 10;
const SLICES = 6;

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
  /** Stored reports per slice, by slice number (seconds since the epoch / SLICE_SECONDS). */
  private readonly stored = new Map<number, number>();

  constructor(
    private readonly settings: ProofOfWorkSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Count one stored report (the write queue calls this once its commit is durable). */
  recordStored(count = 1): void {
    const slice = Math.floor(this.now() / 1000 / SLICE_SECONDS);
    this.stored.set(slice, (this.stored.get(slice) ?? 0) + count);
    for (const s of this.stored.keys()) if (s <= slice - SLICES - 1) this.stored.delete(s);
  }

  /**
   * Reports stored in the last minute's complete slices. Complete slices only: the difficulty
   * must not change the second someone submits, or polling it would tell when they did.
   */
  recentRate(): number {
    const current = Math.floor(this.now() / 1000 / SLICE_SECONDS);
    let sum = 0;
    for (let s = current - SLICES; s < current; s++) sum += this.stored.get(s) ?? 0;
    return sum;
  }

  /** Zero bits asked of a report now: 0 when calm, then one more bit per doubling of the rate. */
  requiredDifficulty(): number {
    const { calmPerMinute, bits, maxBits } = this.settings;
    const rate = this.recentRate();
    if (bits === 0 || rate <= calmPerMinute) return 0;
    return Math.min(maxBits, bits + Math.floor(Math.log2(rate / Math.max(calmPerMinute, 1))));
  }

  issue(): ChallengeResponse {
    const difficulty = this.requiredDifficulty();
    if (difficulty === 0) return { difficulty };
    const signed = `v1.${Math.floor(this.now() / 1000)}.${difficulty}.${randomBytes(16).toString('base64url')}`;
    return { difficulty, challenge: `${signed}.${this.mac(signed)}` };
  }

  /** Throws a 403 HttpError (with a code saying why) unless `proof` is acceptable now. */
  check(proof: string | undefined): void {
    const required = this.requiredDifficulty();
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

  /** Middleware: refuse a report whose proof (header) is missing or wrong while one is asked. */
  middleware(): RequestHandler {
    return (req: Request, _res, next) => {
      this.check(req.get(PROOF_HEADER));
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

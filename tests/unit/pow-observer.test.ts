/**
 * The proof-of-work level is public (anyone may ask for a challenge), so it must not tell when
 * one more report was stored (server/proof-of-work.ts). This test plays the observer: it
 * controls the stored rate (it can store reports itself while calm), holds it wherever it
 * likes, and reads the level every minute; then it tries to tell whether a witness stored one
 * report too. Against a threshold without noise it always can; against the server's it is
 * little better than a coin toss. And the levels themselves, exactly, with the noise fixed.
 */
import { describe, expect, it } from 'vitest';
import { ProofOfWork, WINDOW_MINUTES } from '../../server/proof-of-work.js';
import { deterministicRandom } from '../helpers/deterministic-random.js';

const CALM = 30;
const MINUTE = 60_000;

/** Uniform in [0, 1) from a seeded stream: the server's noise, reproducibly. */
function seededUniform(label: string): () => number {
  const bytes = deterministicRandom(label);
  return () => new DataView(bytes(4).buffer).getUint32(0) / 2 ** 32;
}

/**
 * One trial: the observer stores `held` reports in one minute (a witness adds one more, or
 * not), then reads the level in each of the WINDOW_MINUTES minutes that count them. Returns
 * how many of those minutes showed a raised level.
 */
function raisedMinutes(held: number, witness: boolean, random: () => number): number {
  let clock = Date.UTC(2026, 0, 5, 12, 0, 0);
  const pow = new ProofOfWork({ calmPerMinute: CALM, bits: 10, maxBits: 14 }, () => clock, random);
  pow.recordStored(held + (witness ? 1 : 0));
  let raised = 0;
  for (let m = 0; m < WINDOW_MINUTES; m++) {
    clock += MINUTE;
    if (pow.requiredDifficulty() > 0) raised += 1;
  }
  return raised;
}

/**
 * The observer's best advantage at telling "a witness stored one" from "nobody did", over every
 * rate it could hold: the total variation distance between the two distributions of what it
 * sees (how many minutes were raised; the minutes are independent draws, so the count is all
 * there is to see), estimated from `trials` trials per hypothesis and rate.
 */
function bestAdvantage(random: () => number, trials: number): { held: number; advantage: number } {
  let best = { held: 0, advantage: 0 };
  // Rates across the band where the level can flip, from the lowest threshold to the highest,
  // both ends included (the noise is uniform, so inside the band every rate is about as good).
  const low = CALM * WINDOW_MINUTES;
  for (const held of [low - 1, low, low + 1, 1.25 * low, 1.5 * low, 1.75 * low, 2 * low - 1, 2 * low]) {
    const seen = { with: new Array(WINDOW_MINUTES + 1).fill(0), without: new Array(WINDOW_MINUTES + 1).fill(0) };
    for (let i = 0; i < trials; i++) {
      seen.with[raisedMinutes(held, true, random)] += 1;
      seen.without[raisedMinutes(held, false, random)] += 1;
    }
    const advantage = seen.with.reduce((sum: number, n: number, k: number) => sum + Math.abs(n - seen.without[k]), 0) / (2 * trials);
    if (advantage > best.advantage) best = { held, advantage };
  }
  return best;
}

describe('an observer who controls the rate', () => {
  it('tells one added report for certain when the threshold has no noise (what the noise is for)', () => {
    const noNoise = () => 0;
    expect(raisedMinutes(CALM * WINDOW_MINUTES, false, noNoise)).toBe(0);
    expect(raisedMinutes(CALM * WINDOW_MINUTES, true, noNoise)).toBe(WINDOW_MINUTES);
    expect(bestAdvantage(noNoise, 20).advantage).toBe(1);
  });

  it("cannot tell one added report with the server's noise: its best advantage is about 1 / calm rate (3%), well under 10%", () => {
    const { advantage } = bestAdvantage(seededUniform('pow-observer'), 4000);
    // Bound: one report moves each minute's chance of a raised level by 1 / (calm × WINDOW_MINUTES),
    // over WINDOW_MINUTES minutes: 1 / CALM = 3.3%; sampling error with 4,000 trials adds about 2%.
    expect(advantage).toBeLessThan(0.1);
  });

  it('still sees a real burst: twice the highest threshold raises every minute', () => {
    expect(raisedMinutes(2 * CALM * WINDOW_MINUTES + 1, false, seededUniform('burst'))).toBe(WINDOW_MINUTES);
    expect(raisedMinutes(CALM * WINDOW_MINUTES, false, seededUniform('calm'))).toBe(0);
  });
});

describe('the level, with the noise fixed', () => {
  it('0 at or below the threshold; above it POW_BITS, one more bit per doubling, at most POW_MAX_BITS; set once a minute', () => {
    let clock = Date.UTC(2026, 0, 5, 12, 0, 0);
    const at = (stored: number, noise: number) => {
      const pow = new ProofOfWork(
        { calmPerMinute: CALM, bits: 10, maxBits: 13 },
        () => clock,
        () => noise,
      );
      pow.recordStored(stored);
      const now = pow.requiredDifficulty();
      clock += MINUTE;
      const next = pow.requiredDifficulty();
      pow.recordStored(10_000); // in this minute: not counted until it is complete
      return [now, next, pow.requiredDifficulty()];
    };
    const threshold = CALM * WINDOW_MINUTES; // noise 0
    expect(at(threshold, 0)).toEqual([0, 0, 0]);
    expect(at(threshold + 1, 0)).toEqual([0, 10, 10]);
    expect(at(2 * threshold, 0)).toEqual([0, 11, 11]);
    expect(at(2 * threshold, 0.5)).toEqual([0, 10, 10]); // threshold 1.5×
    expect(at(2 * threshold - 1, 0.999)).toEqual([0, 0, 0]); // threshold ~2×
    expect(at(100 * threshold, 0)).toEqual([0, 13, 13]);
  });

  it('an address past its allowance is asked the floor, whatever the rate', () => {
    const pow = new ProofOfWork({ calmPerMinute: CALM, bits: 10, maxBits: 14 });
    expect(pow.requiredDifficulty()).toBe(0);
    expect(pow.requiredDifficulty(pow.maxBits)).toBe(14);
    expect(pow.issue(14).challenge).toMatch(/^v1\.\d+\.14\./);
  });
});

/**
 * Every formula the analysis publishes, against values computed by hand (shown in the
 * comments) or published in standard tables.
 */
import { describe, expect, it } from 'vitest';
import {
  betaI,
  binomialMidP,
  binomialPmf,
  binomialUpperTail,
  clopperPearson,
  gammaP,
  katzInterval,
  logGamma,
  poissonExactInterval,
  ratePer,
  rateRatio,
  rateRatioExactInterval,
  rateWithInterval,
  zFor,
} from '../../scripts/analysis/stats.js';

describe('special functions', () => {
  it('logGamma(10) = ln(9!) = ln 362880', () => {
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });

  it('gammaP(3, 2) = 1 − e^−2 (1 + 2 + 2²/2) = 1 − 5e^−2', () => {
    expect(gammaP(3, 2)).toBeCloseTo(1 - 5 * Math.exp(-2), 12);
    // Large x goes through the continued fraction: P(1, 10) = 1 − e^−10.
    expect(gammaP(1, 10)).toBeCloseTo(1 - Math.exp(-10), 12);
  });

  it('betaI(2, 3, 0.4) = P(Binomial(4, 0.4) ≥ 2) = 1 − 0.6⁴ − 4·0.4·0.6³ = 0.5248', () => {
    expect(betaI(2, 3, 0.4)).toBeCloseTo(0.5248, 12);
    expect(binomialUpperTail(2, 4, 0.4)).toBeCloseTo(0.5248, 12);
  });

  it('z for 95% is 1.959964', () => {
    expect(zFor(0.95)).toBeCloseTo(1.959964, 6);
  });
});

describe('rates per k', () => {
  it('70 scans in a group of 100,000 people → 7.0 per 10,000', () => {
    expect(ratePer(70, 100_000)).toBe(7);
  });
  it('20 in 100,000 → 2.0 per 10,000', () => {
    expect(ratePer(20, 100_000)).toBe(2);
  });
  it('k is configurable: 70 in 100,000 → 0.7 per 1,000', () => {
    expect(ratePer(70, 100_000, 1000)).toBeCloseTo(0.7, 12);
  });
  it('a rate carries the exact Poisson interval scaled by k / population', () => {
    // 3 in 100,000: 10,000 × [0.6187, 8.7673] / 100,000 = [0.06187, 0.87673].
    const r = rateWithInterval(3, 100_000);
    expect(r.rate).toBeCloseTo(0.3, 12);
    expect(r.lower).toBeCloseTo(0.06187, 5);
    expect(r.upper).toBeCloseTo(0.87673, 5);
  });
  it('refuses a population of zero', () => {
    expect(() => ratePer(1, 0)).toThrow(RangeError);
  });
});

describe('exact Poisson interval (Garwood)', () => {
  it('for a count of 3 is 0.6187 to 8.7673', () => {
    const ci = poissonExactInterval(3);
    expect(ci.lower).toBeCloseTo(0.6187, 4);
    expect(ci.upper).toBeCloseTo(8.7673, 4);
  });
  it('for 0 is 0 to ln 40 = 3.6889 (e^−μ = 0.025)', () => {
    const ci = poissonExactInterval(0);
    expect(ci.lower).toBe(0);
    expect(ci.upper).toBeCloseTo(Math.log(40), 9);
  });
  it('for 10 is 4.7954 to 18.3904 (published tables)', () => {
    const ci = poissonExactInterval(10);
    expect(ci.lower).toBeCloseTo(4.7954, 4);
    expect(ci.upper).toBeCloseTo(18.3904, 4);
  });
  it('for 1 the lower bound solves 1 − e^−μ = 0.025, i.e. μ = −ln 0.975 = 0.025318', () => {
    expect(poissonExactInterval(1).lower).toBeCloseTo(-Math.log(0.975), 9);
  });
});

describe('binomial intervals', () => {
  it('Clopper–Pearson for 3/10 is 0.0667 to 0.6525', () => {
    const ci = clopperPearson(3, 10);
    expect(ci.lower).toBeCloseTo(0.06674, 5);
    expect(ci.upper).toBeCloseTo(0.652453, 5);
  });
  it('Clopper–Pearson for 0/10: upper = 1 − 0.025^(1/10) = 0.30850', () => {
    const ci = clopperPearson(0, 10);
    expect(ci.lower).toBe(0);
    expect(ci.upper).toBeCloseTo(1 - 0.025 ** (1 / 10), 9);
  });
  it('mid-p for 3/10 solves its defining tail equations and lies inside Clopper–Pearson', () => {
    const ci = binomialMidP(3, 10);
    // lower: P(X > 3) + ½P(X = 3) = 0.025 ; upper: P(X < 3) + ½P(X = 3) = 0.025.
    expect(binomialUpperTail(4, 10, ci.lower) + 0.5 * binomialPmf(3, 10, ci.lower)).toBeCloseTo(0.025, 9);
    expect(1 - binomialUpperTail(3, 10, ci.upper) + 0.5 * binomialPmf(3, 10, ci.upper)).toBeCloseTo(0.025, 9);
    const cp = clopperPearson(3, 10);
    expect(ci.lower).toBeGreaterThan(cp.lower);
    expect(ci.upper).toBeLessThan(cp.upper);
  });
});

describe('disproportionality ratio', () => {
  it('70 per 100,000 vs 20 per 100,000: ratio 3.5 with the Katz interval computed by hand', () => {
    // RR = (70/100000)/(20/100000) = 3.5; ln 3.5 = 1.2527630
    // SE = sqrt(1/70 − 1/100000 + 1/20 − 1/100000) = sqrt(0.0142857 − 0.00001 + 0.05 − 0.00001)
    //    = sqrt(0.0642657) = 0.2535068
    // z·SE = 1.959964 × 0.2535068 = 0.4968644
    // lower = exp(1.2527630 − 0.4968644) = exp(0.7558986) = 2.12952
    // upper = exp(1.2527630 + 0.4968644) = exp(1.7496274) = 5.75246
    const k = katzInterval(70, 100_000, 20, 100_000)!;
    expect(k.ratio).toBeCloseTo(3.5, 12);
    expect(k.se).toBeCloseTo(0.2535068, 6);
    expect(k.lower).toBeCloseTo(2.12952, 4);
    expect(k.upper).toBeCloseTo(5.75246, 4);
  });

  it('with unequal populations the ratio is of rates, not counts', () => {
    // 30 in 50,000 (6.0 per 10,000) vs 40 in 200,000 (2.0 per 10,000): RR = 3.0
    // SE = sqrt(1/30 − 1/50000 + 1/40 − 1/200000) = sqrt(0.0583083) = 0.2414711
    // lower = exp(ln 3 − 1.959964·0.2414711) = exp(1.0986123 − 0.4732747) = exp(0.6253376) = 1.86888
    const k = katzInterval(30, 50_000, 40, 200_000)!;
    expect(k.ratio).toBeCloseTo(3, 12);
    expect(k.lower).toBeCloseTo(1.86888, 4);
    expect(k.upper).toBeCloseTo((3 * 3) / 1.86888, 3); // symmetric on the log scale
  });

  it('the exact conditional interval is the Clopper–Pearson interval of a/(a+c) mapped to a ratio', () => {
    // a = 3 in N1 = 100,000, c = 7 in N2 = 100,000: π = 3/10, RR = π/(1−π) · N2/N1.
    // CP for 3/10 = [0.066740, 0.652453] → RR in [0.066740/0.933260, 0.652453/0.347547] = [0.071512, 1.877323].
    const ci = rateRatioExactInterval(3, 100_000, 7, 100_000)!;
    expect(ci.lower).toBeCloseTo(0.06674 / 0.93326, 4);
    expect(ci.upper).toBeCloseTo(0.652453 / 0.347547, 3);
    // With N2 = 2·N1 the ratio and both bounds double.
    const doubled = rateRatioExactInterval(3, 100_000, 7, 200_000)!;
    expect(doubled.lower).toBeCloseTo(2 * ci.lower, 9);
    expect(doubled.upper).toBeCloseTo(2 * ci.upper, 9);
  });

  it('shows Katz only when both counts are at least 30, the exact interval otherwise', () => {
    expect(rateRatio(70, 100_000, 20, 100_000).method).toBe('exact-conditional');
    const big = rateRatio(70, 100_000, 40, 100_000);
    expect(big.method).toBe('katz');
    expect(big.lower).toBe(big.katz!.lower);
    const small = rateRatio(12, 100_000, 20, 100_000);
    expect(small.lower).toBe(small.exact!.lower);
    // Katz and exact agree roughly when counts are moderate.
    expect(Math.abs(Math.log(small.katz!.lower / small.exact!.lower))).toBeLessThan(0.2);
  });

  it('has no ratio when the reference count is 0', () => {
    const r = rateRatio(5, 1000, 0, 1000);
    expect(r.ratio).toBeNull();
    expect(r.method).toBe('none');
  });
});

/**
 * The few statistical formulas the analysis publishes, written out so each can be checked
 * by hand (docs/analysis.md gives every formula; tests/unit/stats.test.ts checks each one
 * against hand-computed or published values).
 *
 * The special functions and the Gamma, Beta and normal quantiles come from stdlib
 * (@stdlib/math-base-special-*, @stdlib/stats-base-dists-*-quantile: well tested, accurate to
 * a few ulps); only the mid-p interval, which no library offers, is solved here by bisection.
 */
import stdlibBetainc from '@stdlib/math-base-special-betainc';
import stdlibGammainc from '@stdlib/math-base-special-gammainc';
import stdlibGammaln from '@stdlib/math-base-special-gammaln';
import stdlibBetaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import stdlibGammaQuantile from '@stdlib/stats-base-dists-gamma-quantile';
import stdlibNormalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  return stdlibGammaln(x);
}

/** Regularized lower incomplete gamma P(a, x) = γ(a, x) / Γ(a), a > 0, x ≥ 0. */
export function gammaP(a: number, x: number): number {
  return x <= 0 ? 0 : stdlibGammainc(x, a, true, false);
}

/** Regularized incomplete beta I_x(a, b), a, b > 0, 0 ≤ x ≤ 1. */
export function betaI(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return stdlibBetainc(x, a, b, true, false);
}

/** The x in [lo, hi] where the increasing function f crosses target, by bisection. */
function solveIncreasing(f: (x: number) => number, target: number, lo: number, hi: number): number {
  for (let i = 0; i < 300; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Quantile of the Gamma(shape, 1) distribution: the x with P(shape, x) = p. */
export function gammaQuantile(p: number, shape: number): number {
  return stdlibGammaQuantile(p, shape, 1);
}

/** Quantile of the Beta(a, b) distribution: the x with I_x(a, b) = p. */
export function betaQuantile(p: number, a: number, b: number): number {
  return stdlibBetaQuantile(p, a, b);
}

export interface Interval {
  lower: number;
  upper: number;
}

/** z for a two-sided interval at `level` (0.95 → 1.959963984540054): the standard normal quantile of (1 + level) / 2. */
export function zFor(level: number): number {
  return stdlibNormalQuantile((1 + level) / 2, 0, 1);
}

/**
 * Exact (Garwood) confidence interval for a Poisson mean given an observed count x:
 *   lower = ½ χ²(α/2; 2x) = Gamma quantile(α/2; shape x)   (0 when x = 0)
 *   upper = ½ χ²(1 − α/2; 2x + 2) = Gamma quantile(1 − α/2; shape x + 1)
 */
export function poissonExactInterval(x: number, level = 0.95): Interval {
  if (!Number.isInteger(x) || x < 0) throw new RangeError(`a count must be a whole number ≥ 0, got ${x}`);
  const alpha = 1 - level;
  return {
    lower: x === 0 ? 0 : gammaQuantile(alpha / 2, x),
    upper: gammaQuantile(1 - alpha / 2, x + 1),
  };
}

/** Clopper–Pearson exact interval for a binomial proportion x / n. */
export function clopperPearson(x: number, n: number, level = 0.95): Interval {
  if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || n < 1 || x > n) throw new RangeError(`need whole numbers 0 ≤ x ≤ n, n ≥ 1; got ${x}/${n}`);
  const alpha = 1 - level;
  return {
    lower: x === 0 ? 0 : betaQuantile(alpha / 2, x, n - x + 1),
    upper: x === n ? 1 : betaQuantile(1 - alpha / 2, x + 1, n - x),
  };
}

/** P(X = x) for X ~ Binomial(n, p). */
export function binomialPmf(x: number, n: number, p: number): number {
  if (p <= 0) return x === 0 ? 1 : 0;
  if (p >= 1) return x === n ? 1 : 0;
  return Math.exp(logGamma(n + 1) - logGamma(x + 1) - logGamma(n - x + 1) + x * Math.log(p) + (n - x) * Math.log(1 - p));
}

/** P(X ≥ x) for X ~ Binomial(n, p): I_p(x, n − x + 1). */
export function binomialUpperTail(x: number, n: number, p: number): number {
  if (x <= 0) return 1;
  if (x > n) return 0;
  return betaI(x, n - x + 1, p);
}

/**
 * Mid-p interval for a binomial proportion: the p where
 *   lower:  P(X > x) + ½ P(X = x) = α/2      upper:  P(X < x) + ½ P(X = x) = α/2.
 */
export function binomialMidP(x: number, n: number, level = 0.95): Interval {
  if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || n < 1 || x > n) throw new RangeError(`need whole numbers 0 ≤ x ≤ n, n ≥ 1; got ${x}/${n}`);
  const half = (1 - level) / 2;
  // P(X > x) + ½P(X = x) increases with p; P(X < x) + ½P(X = x) decreases with p.
  const upperTailMid = (p: number) => binomialUpperTail(x + 1, n, p) + 0.5 * binomialPmf(x, n, p);
  return {
    lower: x === 0 ? 0 : solveIncreasing(upperTailMid, half, 0, 1),
    upper: x === n ? 1 : solveIncreasing(upperTailMid, 1 - half, 0, 1),
  };
}

/** Rate per k people: k · count / population. */
export function ratePer(count: number, population: number, k = 10_000): number {
  if (!(population > 0)) throw new RangeError(`population must be > 0, got ${population}`);
  return (k * count) / population;
}

/** A rate with its exact Poisson interval: k · [lower, upper] / population. */
export function rateWithInterval(count: number, population: number, k = 10_000, level = 0.95): { rate: number } & Interval {
  const ci = poissonExactInterval(count, level);
  return { rate: ratePer(count, population, k), lower: (k * ci.lower) / population, upper: (k * ci.upper) / population };
}

/**
 * Katz log interval for the ratio of two rates r1 = a/N1, r2 = c/N2 (risk-ratio form):
 *   ln(RR) ± z · sqrt(1/a − 1/N1 + 1/c − 1/N2).
 * Undefined when a or c is 0.
 */
export function katzInterval(a: number, n1: number, c: number, n2: number, level = 0.95): ({ ratio: number; se: number } & Interval) | null {
  if (a <= 0 || c <= 0) return null;
  const ratio = a / n1 / (c / n2);
  const se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
  const z = zFor(level);
  return { ratio, se, lower: Math.exp(Math.log(ratio) - z * se), upper: Math.exp(Math.log(ratio) + z * se) };
}

/** p / (1 − p) · N2 / N1: a proportion of a + c that fell in group 1, as a rate ratio. */
function proportionToRatio(p: number, n1: number, n2: number): number {
  if (p >= 1) return Infinity;
  return (p / (1 - p)) * (n2 / n1);
}

/**
 * Exact conditional interval for a ratio of two Poisson rates. Given a + c = n events,
 * a ~ Binomial(n, π) with π = N1·RR / (N1·RR + N2); an interval for π (Clopper–Pearson,
 * or mid-p) becomes one for RR = π/(1 − π) · N2/N1.
 */
export function rateRatioExactInterval(
  a: number,
  n1: number,
  c: number,
  n2: number,
  level = 0.95,
  method: 'clopper-pearson' | 'mid-p' = 'clopper-pearson',
): Interval | null {
  const n = a + c;
  if (n === 0) return null;
  const ci = method === 'mid-p' ? binomialMidP(a, n, level) : clopperPearson(a, n, level);
  return { lower: proportionToRatio(ci.lower, n1, n2), upper: proportionToRatio(ci.upper, n1, n2) };
}

/** Below this many events in either group the published interval is the exact one, not Katz. */
export const EXACT_BELOW = 30;

export interface RatioEstimate {
  ratio: number | null;
  /** The interval the report shows: Katz when both counts ≥ EXACT_BELOW, otherwise exact. */
  lower: number | null;
  upper: number | null;
  method: 'katz' | 'exact-conditional' | 'none';
  katz: Interval | null;
  exact: Interval | null;
  midP: Interval | null;
}

/** The disproportionality ratio (r1 / r2) with every interval, and the one the report shows. */
export function rateRatio(a: number, n1: number, c: number, n2: number, level = 0.95): RatioEstimate {
  const katz = katzInterval(a, n1, c, n2, level);
  const exact = rateRatioExactInterval(a, n1, c, n2, level);
  const midP = rateRatioExactInterval(a, n1, c, n2, level, 'mid-p');
  const ratio = c > 0 ? a / n1 / (c / n2) : null;
  if (ratio === null) return { ratio, lower: null, upper: null, method: 'none', katz: null, exact, midP };
  const useKatz = katz !== null && a >= EXACT_BELOW && c >= EXACT_BELOW;
  const shown = useKatz ? katz : exact;
  return {
    ratio,
    lower: shown?.lower ?? null,
    upper: shown?.upper ?? null,
    method: useKatz ? 'katz' : 'exact-conditional',
    katz: katz && { lower: katz.lower, upper: katz.upper },
    exact,
    midP,
  };
}

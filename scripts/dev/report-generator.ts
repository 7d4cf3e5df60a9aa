/**
 * The one generator of synthetic reports, for `npm run simulate` (plausible distributions,
 * scripts/dev/synthetic.ts) and the benchmarks (answers spread evenly, bench/lib/synthetic-reports.ts).
 * It walks the question list (protocol/questions.ts): a profile says how to answer the questions
 * it cares about, and a choice question it does not mention is answered evenly, so a question
 * added to the list shows up in synthetic data without touching either profile. Deterministic
 * for a seed: the draws happen in a fixed order (the profile's `first`, then the list's).
 * Never real testimony: every report carries meta.synthetic = true.
 */
import { QUESTIONS, mayBeAbsent, pathOf, type AnswerTo, type Question, type QuestionId, type QuestionOf, type Questions } from '../../protocol/questions.js';
import { REPORT_SCHEMA_ID, type Report } from '../../protocol/report-schema.js';

/** mulberry32: a small, fast, seedable PRNG (deterministic across platforms; not for secrets). */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The answers drawn so far, by question: later answers may depend on earlier ones. */
export type Answers = { [Q in QuestionId]?: AnswerTo<QuestionOf<Q>> };
/** How a profile answers one question; undefined leaves it out (and draws nothing, if it drew nothing). */
export type Answerer<A> = (rand: () => number, so: Answers, index: number) => A | undefined;

export interface Profile {
  /** Questions answered before the others, in this order: the ones other answers depend on. */
  first?: readonly QuestionId[];
  answers: { readonly [Q in QuestionId]?: Answerer<AnswerTo<QuestionOf<Q>>> };
  /** Last, on the built report: leave out what some witnesses leave out. */
  leaveOut?: (report: Report, rand: () => number) => void;
}

/**
 * One report. `index` is the report's number in its run (a profile may use it); `questions` is
 * the list to answer (tests pass one with a throw-away question).
 */
export function generateReport(rand: () => number, profile: Profile, index = 0, questions: Questions = QUESTIONS): Report {
  const ids = Object.keys(questions);
  const first: readonly string[] = profile.first ?? [];
  const answers: Record<string, unknown> = {};
  const answerers = profile.answers as Readonly<Record<string, Answerer<unknown> | undefined>>;
  for (const id of [...first, ...ids.filter((id) => !first.includes(id))]) {
    const answerer = answerers[id];
    answers[id] = answerer ? answerer(rand, answers as Answers, index) : evenAnswer(id, questions[id]!, rand);
  }
  // The report's keys in the list's order, whatever the order of the draws.
  const report: Record<string, unknown> = { schema: REPORT_SCHEMA_ID };
  for (const id of ids) {
    if (answers[id] === undefined) continue;
    const { part, field } = pathOf(id);
    if (part === undefined) report[field] = answers[id];
    else ((report[part] ??= {}) as Record<string, unknown>)[field] = answers[id];
  }
  report.meta = { lang: 'en', synthetic: true };
  profile.leaveOut?.(report as Report, rand);
  return report as Report;
}

/**
 * A choice no profile mentions: one answer, evenly; or each of several with a chance of 1 in 5
 * (at most 3; when none comes up, left out, or one drawn evenly if the report must have it).
 * Nothing for a date, text or tick: a profile answers those.
 */
function evenAnswer(id: string, question: Question, rand: () => number): unknown {
  if (question.kind !== 'choice') return undefined;
  const one = () => question.values[Math.floor(rand() * question.values.length)]!;
  if (!question.multiple) return one();
  const chosen = question.values.filter(() => rand() < 0.2).slice(0, 3);
  if (chosen.length > 0) return chosen;
  return mayBeAbsent(id, question) ? undefined : [one()];
}

export type Weights<T extends string> = Partial<Record<T, number>>;

/** One of `values`, each as likely as its weight (`fallback` for those without one). */
export function weighted<T extends string>(rand: () => number, values: readonly T[], weights: Weights<T> = {}, fallback = 1): T {
  const w = values.map((v) => weights[v] ?? fallback);
  const total = w.reduce((s, x) => s + x, 0);
  let r = rand() * total;
  for (let i = 0; i < values.length; i++) {
    r -= w[i]!;
    if (r < 0) return values[i]!;
  }
  return values[values.length - 1]!;
}

/** One to `max` draws of `values` by weight (0.3 for those without one), each kept once. */
export function pickSome<T extends string>(rand: () => number, values: readonly T[], weights: Weights<T>, max: number): T[] {
  const n = 1 + Math.floor(rand() * max);
  const out = new Set<T>();
  for (let i = 0; i < n; i++) out.add(weighted(rand, values, weights, 0.3));
  return [...out];
}

/**
 * The plaintext report, schema "scanwitness.report.v1" (docs/architecture.md, "Formats"),
 * derived from the question list (protocol/questions.ts): a choice is one of its slugs (or a
 * list of them, each at most once), a tick is `true`, and each written answer (a date, free
 * text) has its rule below. The same zod schema validates in the witness's browser (client/)
 * and on the analyst's machine (scripts/).
 */
// Written only with the functional API that zod and zod/mini share (z.optional(x), .check(…)),
// never zod's chaining methods, so that each side gets the build it needs: in Node, full zod,
// whose JIT-compiled object parser validates a report in 3.0 µs instead of 5.5 (analyse of
// 300,000 reports: 92k/s instead of 69k/s; docs/performance.md); in the form's bundle, zod/mini,
// the same validation at a fraction of the size. scripts/dev/form-build.ts resolves 'zod' to 'zod/mini'
// (with full zod the form would weigh 51.5 KB gzipped; its 40 KB budget is a test).
import * as z from 'zod';
import { MAX_PHOTOS } from './photo-upload.js';
import { PARTS, QUESTIONS, pathOf, type AnswerTo, type Question, type QuestionId, type Questions, type WrittenId } from './questions.js';

export const REPORT_SCHEMA_ID = 'scanwitness.report.v1';

export const NARRATIVE_MAX = 5000;
export const CONTACT_MAX = 200;
export const AREA_MAX = 80;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "YYYY-MM-DD" or "YYYY-MM" (month only, for privacy), a real calendar date, not in
 * the future. A day of slack covers a witness whose clock or time zone is ahead of UTC.
 */
export function isAcceptableIncidentDate(value: string, now: Date = new Date()): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (year < 2000 || month < 1 || month > 12 || day < 1) return false;
  const start = Date.UTC(year, month - 1, day);
  if (new Date(start).getUTCDate() !== day) return false; // e.g. 2025-02-30
  return start <= now.getTime() + DAY_MS;
}

// Control characters (U+0000–U+001F) are exactly what a single-line answer must not hold.
const singleLine = (max: number) =>
  // eslint-disable-next-line no-control-regex
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), z.regex(/^[^\u0000-\u001f]*$/, 'must be a single line'));

type Rule = (now: () => Date) => z.core.$ZodType;

/** The rule of each written answer: a date or text question added to the list without one fails `tsc` here. */
const WRITTEN_RULES: { readonly [Q in WrittenId]: Rule } = {
  'incident.date': (now) =>
    z.string().check(z.refine((v) => isAcceptableIncidentDate(v, now()), { message: 'must be YYYY-MM-DD or YYYY-MM, a real date, not in the future' })),
  'incident.area': () => singleLine(AREA_MAX),
  /** Outward code only (e.g. "LS7"): never the full postcode. */
  'incident.postcodeDistrict': () =>
    z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{1,2}[0-9][0-9A-Z]?$/, 'must be the first half of a postcode only, e.g. LS7')),
  narrative: () => z.string().check(z.maxLength(NARRATIVE_MAX)),
  'contact.details': () => z.string().check(z.trim(), z.minLength(1), z.maxLength(CONTACT_MAX)),
};

const metaSchema = z.strictObject({
  lang: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/)),
  /** Set only by `npm run simulate`: synthetic demo data, never real testimony. */
  synthetic: z.optional(z.literal(true)),
});

/** Standard base64 of a 32-byte key. */
export const KEY_BASE64_RE = /^[A-Za-z0-9+/]{43}=$/;

/** Present when the witness asked for a way back: their reply public key (protocol/reply-key.ts, docs/replies.md). */
const replySchema = z.strictObject({ publicKey: z.string().check(z.regex(KEY_BASE64_RE)) });

/**
 * The photos sent with the report: their shape (upload id, key, length, SHA-256, type) has its own
 * home, protocol/photo-reference.ts, checked where photos are opened (decrypt); here only that
 * there are 1 to MAX_PHOTOS of them, which keeps the rule out of the form's first load.
 */
const photosSchema = z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_PHOTOS));

/** A multi-select answer: each value at most once. */
function uniqueList<T extends readonly [string, ...string[]]>(values: T) {
  return z.array(z.enum(values)).check(
    z.maxLength(values.length),
    z.refine((list) => new Set(list).size === list.length, { message: 'duplicate answer' }),
  );
}

function answerSchema(id: string, question: Question, now: () => Date, rules: Readonly<Record<string, Rule>>): z.core.$ZodType {
  if (question.kind === 'choice') return question.multiple ? uniqueList(question.values) : z.enum(question.values);
  if (question.kind === 'tick') return z.literal(true);
  return rules[id]!(now);
}

/**
 * The schema of a report answering `questions`: each answer in its part (a strict object,
 * optional when protocol/questions.ts's PARTS says so), in the list's order. Tests pass a list
 * with a throw-away question; everyone else uses `reportSchema`.
 */
export function schemaFor(questions: Questions, now: () => Date, rules: Readonly<Record<string, Rule>> = WRITTEN_RULES) {
  const shape: Record<string, z.core.$ZodType> = { schema: z.literal(REPORT_SCHEMA_ID) };
  const parts = new Map<string, Record<string, z.core.$ZodType>>();
  for (const [id, question] of Object.entries(questions)) {
    const { part, field } = pathOf(id);
    const answer = answerSchema(id, question, now, rules);
    const entry = question.optional ? z.optional(answer) : answer;
    if (part === undefined) shape[field] = entry;
    else if (parts.has(part)) parts.get(part)![field] = entry;
    else {
      parts.set(part, { [field]: entry });
      shape[part] = entry; // holds the part's place in the key order until it is built below
    }
  }
  for (const [part, fields] of parts) {
    const optional = (PARTS as Readonly<Record<string, { optional: boolean }>>)[part]!.optional;
    shape[part] = optional ? z.optional(z.strictObject(fields)) : z.strictObject(fields);
  }
  shape.photos = z.optional(photosSchema);
  shape.meta = z.optional(metaSchema);
  shape.reply = z.optional(replySchema);
  return z.strictObject(shape);
}

/** Build the schema against a given "now" (tests pin it; callers use `reportSchema`). */
export function makeReportSchema(now: () => Date = () => new Date()): z.ZodType<Report> {
  return schemaFor(QUESTIONS, now) as unknown as z.ZodType<Report>;
}

export const reportSchema = makeReportSchema();

// The report's type, from the same list: a required answer is a required key, an optional one (or
// a part that may be left out) an optional key.
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type FieldOf<K extends string> = K extends `${string}.${infer F}` ? F : K;
type IsOptional<T> = T extends { optional: true } ? true : false;
type Answers<Ks extends QuestionId> = Simplify<
  { [K in Ks as IsOptional<(typeof QUESTIONS)[K]> extends true ? never : FieldOf<K>]: AnswerTo<(typeof QUESTIONS)[K]> } & {
    [K in Ks as IsOptional<(typeof QUESTIONS)[K]> extends true ? FieldOf<K> : never]?: AnswerTo<(typeof QUESTIONS)[K]>;
  }
>;
type Part = keyof typeof PARTS;
type InPart<P extends Part> = Extract<QuestionId, `${P}.${string}`>;
type Parts = { [P in Part as IsOptional<(typeof PARTS)[P]> extends true ? never : P]: Answers<InPart<P>> } & {
  [P in Part as IsOptional<(typeof PARTS)[P]> extends true ? P : never]?: Answers<InPart<P>>;
};

export type Report = Simplify<
  { schema: typeof REPORT_SCHEMA_ID } & Parts &
    Answers<Exclude<QuestionId, `${string}.${string}`>> & { photos?: unknown[]; meta?: z.infer<typeof metaSchema>; reply?: z.infer<typeof replySchema> }
>;

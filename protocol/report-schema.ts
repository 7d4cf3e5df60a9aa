/**
 * The plaintext report, schema "scanwitness.report.v1" (docs/architecture.md, "Formats").
 * The same zod schema validates in the witness's browser (client/) and on the
 * analyst's machine (scripts/). Enum values are stable slugs; labels live in the
 * client's message catalogue so they can be translated without touching the data.
 */
// Written only with the functional API that zod and zod/mini share (z.optional(x), .check(…)),
// never zod's chaining methods, so that each side gets the build it needs: in Node, full zod,
// whose JIT-compiled object parser validates a report in 3.0 µs instead of 5.5 (analyse of
// 300,000 reports: 92k/s instead of 69k/s; docs/performance.md); in the form's bundle, zod/mini,
// the same validation at a fraction of the size. scripts/dev/form-build.ts resolves 'zod' to 'zod/mini'
// (with full zod the form would weigh 51.5 KB gzipped; its 40 KB budget is a test).
import * as z from 'zod';

export const REPORT_SCHEMA_ID = 'scanwitness.report.v1';

export const ROLES = ['subject', 'witness', 'told-by-subject', 'legal-observer', 'other'] as const;
export const TIME_BANDS = ['00-04', '04-08', '08-12', '12-16', '16-20', '20-24', 'unknown'] as const;

/** The 43 territorial forces of England & Wales, as data.police.uk slugs. */
export const TERRITORIAL_FORCES = [
  'avon-and-somerset',
  'bedfordshire',
  'cambridgeshire',
  'cheshire',
  'city-of-london',
  'cleveland',
  'cumbria',
  'derbyshire',
  'devon-and-cornwall',
  'dorset',
  'durham',
  'dyfed-powys',
  'essex',
  'gloucestershire',
  'greater-manchester',
  'gwent',
  'hampshire',
  'hertfordshire',
  'humberside',
  'kent',
  'lancashire',
  'leicestershire',
  'lincolnshire',
  'merseyside',
  'metropolitan',
  'norfolk',
  'north-wales',
  'north-yorkshire',
  'northamptonshire',
  'northumbria',
  'nottinghamshire',
  'south-wales',
  'south-yorkshire',
  'staffordshire',
  'suffolk',
  'surrey',
  'sussex',
  'thames-valley',
  'warwickshire',
  'west-mercia',
  'west-midlands',
  'west-yorkshire',
  'wiltshire',
] as const;
export const FORCES = [...TERRITORIAL_FORCES, 'british-transport-police', 'police-scotland', 'psni', 'unknown'] as const;

export const CONTEXTS = [
  'street-stop',
  'stop-and-search',
  'traffic-stop',
  'public-transport',
  'immigration-operation',
  'protest',
  'welfare-or-medical',
  'other',
  'unknown',
] as const;
export const TECHNOLOGIES = ['fingerprint', 'face', 'both', 'unsure'] as const;
export const REASONS_GIVEN = ['suspected-offence', 'name-refused', 'no-id', 'name-doubted', 'immigration-check', 'none-given', 'other'] as const;
export const SUSPECTED_OFFENCES = [
  'motoring',
  'minor-offence',
  'asb-public-order',
  'drugs',
  'theft',
  'immigration',
  'none-stated',
  'other',
  'unknown',
] as const;
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
export const SCAN_RESULTS = ['no-match', 'match-police', 'match-immigration', 'match-both', 'scan-failed', 'not-told', 'unknown'] as const;
export const OUTCOMES = [
  'released',
  'identity-confirmed-released',
  'fixed-penalty',
  'summons',
  'arrested-offence',
  'arrested-warrant',
  'home-office-contacted',
  'immigration-enforcement-attended',
  'immigration-detention',
  'taken-to-station',
  'vehicle-seized',
  'other',
  'unknown',
] as const;

/** The 19 ethnic groups of the 2021 Census of England & Wales. */
export const CENSUS_ETHNICITIES = [
  'white-british',
  'white-irish',
  'white-gypsy-traveller',
  'white-roma',
  'white-other',
  'mixed-white-black-caribbean',
  'mixed-white-black-african',
  'mixed-white-asian',
  'mixed-other',
  'asian-indian',
  'asian-pakistani',
  'asian-bangladeshi',
  'asian-chinese',
  'asian-other',
  'black-african',
  'black-caribbean',
  'black-other',
  'other-arab',
  'other-any',
] as const;
export const ETHNICITIES = [...CENSUS_ETHNICITIES, 'prefer-not-to-say', 'unknown'] as const;
export const ETHNICITY_SOURCES = ['self', 'perceived'] as const;
export const GENDERS = ['woman', 'man', 'non-binary', 'self-describe', 'prefer-not-to-say', 'unknown'] as const;
export const AGE_BANDS = ['under-10', '10-14', '15-17', '18-19', '20-24', '25-34', '35-44', '45-54', '55-64', '65-plus', 'unknown'] as const;
export const IMMIGRATION_STATUSES = [
  'british-or-irish-citizen',
  'settled-or-pre-settled',
  'visa-holder',
  'asylum-seeker-or-refugee',
  'no-status',
  'prefer-not-to-say',
  'unknown',
] as const;

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

/** Build the schema against a given "now" (tests pin it; callers use `reportSchema`). */
export function makeReportSchema(now: () => Date = () => new Date()) {
  return z.strictObject({
    schema: z.literal(REPORT_SCHEMA_ID),
    reporter: z.strictObject({ role: z.enum(ROLES) }),
    incident: z.strictObject({
      date: z.string().check(z.refine((v) => isAcceptableIncidentDate(v, now()), { message: 'must be YYYY-MM-DD or YYYY-MM, a real date, not in the future' })),
      timeBand: z.optional(z.enum(TIME_BANDS)),
      force: z.enum(FORCES),
      area: z.optional(singleLine(AREA_MAX)),
      /** Outward code only (e.g. "LS7"): never the full postcode. */
      postcodeDistrict: z.optional(
        z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{1,2}[0-9][0-9A-Z]?$/, 'must be the first half of a postcode only, e.g. LS7')),
      ),
      context: z.optional(z.enum(CONTEXTS)),
      technology: z.enum(TECHNOLOGIES),
    }),
    scan: z.optional(
      z.strictObject({
        reasonGiven: z.optional(uniqueList(REASONS_GIVEN)),
        suspectedOffence: z.optional(z.enum(SUSPECTED_OFFENCES)),
        toldReason: z.optional(z.enum(YES_NO_UNSURE)),
        toldSpeculativeSearch: z.optional(z.enum(YES_NO_UNSURE)),
        askedConsent: z.optional(z.enum(YES_NO_UNSURE)),
        result: z.optional(z.enum(SCAN_RESULTS)),
      }),
    ),
    outcome: z.optional(uniqueList(OUTCOMES)),
    person: z.optional(
      z.strictObject({
        ethnicity: z.optional(z.enum(ETHNICITIES)),
        ethnicitySource: z.optional(z.enum(ETHNICITY_SOURCES)),
        gender: z.optional(z.enum(GENDERS)),
        ageBand: z.optional(z.enum(AGE_BANDS)),
        immigrationStatus: z.optional(z.enum(IMMIGRATION_STATUSES)),
      }),
    ),
    narrative: z.optional(z.string().check(z.maxLength(NARRATIVE_MAX))),
    /** Only present when the witness ticked "you may contact me" after a warning. */
    contact: z.optional(z.strictObject({ consent: z.literal(true), details: z.string().check(z.trim(), z.minLength(1), z.maxLength(CONTACT_MAX)) })),
    meta: z.optional(
      z.strictObject({
        lang: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/)),
        /** Set only by `npm run simulate`: synthetic demo data, never real testimony. */
        synthetic: z.optional(z.literal(true)),
      }),
    ),
  });
}

/** A multi-select answer: each value at most once. */
function uniqueList<T extends readonly [string, ...string[]]>(values: T) {
  return z.array(z.enum(values)).check(
    z.maxLength(values.length),
    z.refine((list) => new Set(list).size === list.length, { message: 'duplicate answer' }),
  );
}

export const reportSchema = makeReportSchema();
export type Report = z.infer<typeof reportSchema>;

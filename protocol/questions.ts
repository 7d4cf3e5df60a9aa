/**
 * The form's questions, each described once: where its answer sits in the report (its key, a
 * dot path such as `scan.result`), what the answer may be (one or several of a list of slugs, a
 * date, free text, or a tick) and whether the witness may leave it out. Everything else derives
 * from this list: the report's schema (report-schema.ts), the labels' typing (labels.ts), the
 * form's screen (client/questions.ts), the analysis's categories, decrypt's columns and the
 * synthetic reports. Adding a question: docs/architecture.md, "Where to make common changes".
 *
 * Slugs are stable: they are the data. Their English words are in labels.ts, other languages'
 * in the form's catalogues.
 */

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

/** The report's parts that hold questions (`scan.result` is in `scan`); an optional part may be left out whole. */
export const PARTS = {
  reporter: { optional: false },
  incident: { optional: false },
  scan: { optional: true },
  person: { optional: true },
  contact: { optional: true },
} as const;

/** What an answer is: a choice among slugs (one, or several when `multiple`), a date, free text, or a tick (true when ticked). */
export type Question =
  { kind: 'choice'; values: readonly [string, ...string[]]; multiple?: true; optional?: true } | { kind: 'date' | 'text' | 'tick'; optional?: true };

/**
 * Every question, in the form's order (which is also the order of the report's keys, of decrypt's
 * columns and of the synthetic generators' draws). `optional`: the witness may leave it out of its
 * part; a question in an optional part may also be absent with the whole part.
 */
export const QUESTIONS = {
  'reporter.role': { kind: 'choice', values: ROLES },
  'incident.date': { kind: 'date' },
  'incident.timeBand': { kind: 'choice', values: TIME_BANDS, optional: true },
  'incident.force': { kind: 'choice', values: FORCES },
  'incident.area': { kind: 'text', optional: true },
  'incident.postcodeDistrict': { kind: 'text', optional: true },
  'incident.context': { kind: 'choice', values: CONTEXTS, optional: true },
  'incident.technology': { kind: 'choice', values: TECHNOLOGIES },
  'scan.reasonGiven': { kind: 'choice', values: REASONS_GIVEN, multiple: true, optional: true },
  'scan.suspectedOffence': { kind: 'choice', values: SUSPECTED_OFFENCES, optional: true },
  'scan.toldReason': { kind: 'choice', values: YES_NO_UNSURE, optional: true },
  'scan.toldSpeculativeSearch': { kind: 'choice', values: YES_NO_UNSURE, optional: true },
  'scan.askedConsent': { kind: 'choice', values: YES_NO_UNSURE, optional: true },
  'scan.result': { kind: 'choice', values: SCAN_RESULTS, optional: true },
  outcome: { kind: 'choice', values: OUTCOMES, multiple: true, optional: true },
  'person.ethnicity': { kind: 'choice', values: ETHNICITIES, optional: true },
  'person.ethnicitySource': { kind: 'choice', values: ETHNICITY_SOURCES, optional: true },
  'person.gender': { kind: 'choice', values: GENDERS, optional: true },
  'person.ageBand': { kind: 'choice', values: AGE_BANDS, optional: true },
  'person.immigrationStatus': { kind: 'choice', values: IMMIGRATION_STATUSES, optional: true },
  narrative: { kind: 'text', optional: true },
  /** Only with details, after a warning: the part is there only when the witness asks to be contacted. */
  'contact.consent': { kind: 'tick' },
  'contact.details': { kind: 'text' },
} as const satisfies Questions;

/** A list of questions by their path; tests extend QUESTIONS with a throw-away one to see the derivations follow. */
export type Questions = Readonly<Record<string, Question>>;
export type QuestionId = keyof typeof QUESTIONS;
export type QuestionOf<Q extends QuestionId> = (typeof QUESTIONS)[Q];
/** The questions answered by choosing among slugs. */
export type ChoiceId = { [Q in QuestionId]: QuestionOf<Q> extends { kind: 'choice' } ? Q : never }[QuestionId];
/** The questions whose answer is written (a date or free text): the schema gives each its own rule. */
export type WrittenId = { [Q in QuestionId]: QuestionOf<Q> extends { kind: 'date' | 'text' } ? Q : never }[QuestionId];
export type ValuesOf<Q extends ChoiceId> = QuestionOf<Q>['values'];

/** The answer to a question as the report holds it. */
export type AnswerTo<T extends Question> = T extends { kind: 'choice'; values: readonly (infer V)[] }
  ? T extends { multiple: true }
    ? V[]
    : V
  : T extends { kind: 'tick' }
    ? true
    : string;

export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];

type PartOf<K> = K extends `${infer P}.${string}` ? P : never;
type None<T extends never> = T;
/** A question in a part PARTS does not list (a typo, or a new part left out there) fails `tsc` here. */
export type UnlistedPart = None<Exclude<PartOf<QuestionId>, keyof typeof PARTS>>;

/** Where an answer sits: `scan.result` → part `scan`, field `result`; `outcome` → no part, field `outcome`. */
export function pathOf(id: string): { part?: string; field: string } {
  const dot = id.indexOf('.');
  return dot < 0 ? { field: id } : { part: id.slice(0, dot), field: id.slice(dot + 1) };
}

/** Whether a report may lack this answer: the question is optional, or its whole part is. */
export function mayBeAbsent(id: string, question: Question): boolean {
  const { part } = pathOf(id);
  return question.optional === true || (part !== undefined && (PARTS as Record<string, { optional: boolean }>)[part]?.optional === true);
}

/** A function that reads one question's answer from a report (undefined when absent). */
export function answerReader(id: string): (report: object) => unknown {
  const { part, field } = pathOf(id);
  if (part === undefined) return (report) => (report as Record<string, unknown>)[field];
  return (report) => (report as Record<string, Record<string, unknown> | undefined>)[part]?.[field];
}

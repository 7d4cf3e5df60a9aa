/**
 * The categories the analysis counts, in a fixed order, with English labels for the report.
 * Which questions get a table is said here (DIMENSION_QUESTIONS, MULTI_QUESTIONS); their
 * categories and labels come from protocol/questions.ts and protocol/labels.ts, so nothing here
 * invents a value.
 */
import { FORCE_LABELS, ETHNICITY_LABELS, OPTION_LABELS } from '../../protocol/labels.js';
import { QUESTIONS, mayBeAbsent, type ChoiceId, type Question } from '../../protocol/questions.js';
import { isLang, LANGUAGE_CODES } from '../../protocol/languages.js';

/** A question the witness left out (the field is absent), as opposed to answering "unknown". */
export const NOT_ANSWERED = 'not-answered';

/** Answers that carry no information about the category: shown as their own share, never in rates. */
export const UNKNOWN_KEYS: ReadonlySet<string> = new Set(['unknown', 'prefer-not-to-say', 'unsure', 'not-told', NOT_ANSWERED, 'not-recorded']);

/**
 * The languages the witness form is offered in (docs/form.md), in the form's order. A report's
 * `meta.lang` is counted by its primary subtag ("pt-BR" → pt); a tag outside this list is
 * counted as "other-language", never printed as it is (it is free text from the browser), and a
 * report without `meta` as not recorded.
 */
export const FORM_LANGUAGES = LANGUAGE_CODES;
export const OTHER_LANGUAGE = 'other-language';
export const LANGUAGE_NOT_RECORDED = 'not-recorded';

export function formLanguage(lang: string | undefined): string {
  if (lang === undefined) return LANGUAGE_NOT_RECORDED;
  const primary = lang.split('-')[0]!.toLowerCase();
  return isLang(primary) ? primary : OTHER_LANGUAGE;
}

/** The ONS 5-group roll-up of the 19 Census 2021 groups. */
export const ETHNICITY_5 = ['white', 'mixed', 'asian', 'black', 'other'] as const;

export function rollUpEthnicity(e19: string): string {
  if (e19.startsWith('white-')) return 'white';
  if (e19.startsWith('mixed-')) return 'mixed';
  if (e19.startsWith('asian-')) return 'asian';
  if (e19.startsWith('black-')) return 'black';
  if (e19 === 'other-arab' || e19 === 'other-any') return 'other';
  return e19; // prefer-not-to-say, unknown, not-answered stay as they are
}

export const UNDER_18_BANDS: ReadonlySet<string> = new Set(['under-10', '10-14', '15-17']);

/**
 * Labels of the analysis's own rows (the 5-group roll-up, not answered, totals, the form's
 * languages). Every answer slug is labelled as the form shows it, from protocol/labels.ts.
 */
const LABELS: Record<string, string> = {
  white: 'White',
  mixed: 'Mixed or Multiple',
  asian: 'Asian or Asian British',
  black: 'Black, Black British, Caribbean or African',
  other: 'Other',
  unknown: 'Not sure',
  'prefer-not-to-say': 'Prefer not to say',
  [NOT_ANSWERED]: 'Not answered',
  'under-18': 'Under 18 (total)',
  // form languages, by their English names
  en: 'English',
  cy: 'Welsh',
  ar: 'Arabic',
  fa: 'Persian',
  ur: 'Urdu',
  bn: 'Bengali',
  pl: 'Polish',
  ro: 'Romanian',
  sk: 'Slovak',
  cs: 'Czech',
  sq: 'Albanian',
  pt: 'Portuguese',
  es: 'Spanish',
  so: 'Somali',
  'other-language': 'Another language',
  'not-recorded': 'Not recorded',
};

/** The single-answer questions counted one way, each in its own table, by the dimension's name. */
export const DIMENSION_QUESTIONS = {
  role: 'reporter.role',
  force: 'incident.force',
  technology: 'incident.technology',
  context: 'incident.context',
  scanResult: 'scan.result',
  ethnicity19: 'person.ethnicity',
  gender: 'person.gender',
  ageBand: 'person.ageBand',
  immigrationStatus: 'person.immigrationStatus',
} as const satisfies Record<string, ChoiceId>;

/** The multiple-answer questions counted by mention, each in its own table. */
export const MULTI_QUESTIONS = { reasonGiven: 'scan.reasonGiven', outcome: 'outcome' } as const satisfies Record<string, ChoiceId>;

const FORM_LABELS: Record<string, Readonly<Record<string, string>>> = Object.fromEntries(
  Object.entries({ ...DIMENSION_QUESTIONS, ...MULTI_QUESTIONS }).map(([dimension, id]) => [dimension, OPTION_LABELS[id]]),
);

/**
 * A human label for a slug: as the form words the answer to `dimension` (protocol/labels.ts),
 * else the analysis's own label; force slugs are labelled without a dimension too.
 */
export function label(slug: string, dimension?: Dimension | MultiDimension): string {
  const fromForm = dimension ? FORM_LABELS[dimension]?.[slug] : undefined;
  return fromForm ?? LABELS[slug] ?? (FORCE_LABELS as Record<string, string>)[slug] ?? (ETHNICITY_LABELS as Record<string, string>)[slug] ?? slug;
}

/** A question's categories in report order: its answers, then "not answered" where a report may lack it. */
export function categoriesOf(id: string, question: Question & { kind: 'choice' }): string[] {
  return mayBeAbsent(id, question) ? [...question.values, NOT_ANSWERED] : [...question.values];
}

const categories = (d: keyof typeof DIMENSION_QUESTIONS) => categoriesOf(DIMENSION_QUESTIONS[d], QUESTIONS[DIMENSION_QUESTIONS[d]]);

/** Category lists in report order (the tables' order too), each with a not-answered row where the field is optional. */
export const DIMENSIONS = {
  role: categories('role'),
  force: categories('force'),
  technology: categories('technology'),
  context: categories('context'),
  scanResult: categories('scanResult'),
  ethnicity19: categories('ethnicity19'),
  ethnicity5: [...ETHNICITY_5, 'prefer-not-to-say', 'unknown', NOT_ANSWERED],
  gender: categories('gender'),
  ageBand: categories('ageBand'),
  immigrationStatus: categories('immigrationStatus'),
  language: [...FORM_LANGUAGES, OTHER_LANGUAGE, LANGUAGE_NOT_RECORDED],
} satisfies Record<keyof typeof DIMENSION_QUESTIONS | 'ethnicity5' | 'language', string[]>;

export const MULTI_DIMENSIONS = Object.fromEntries(Object.entries(MULTI_QUESTIONS).map(([d, id]) => [d, [...QUESTIONS[id].values]])) as Record<
  keyof typeof MULTI_QUESTIONS,
  string[]
>;

export type Dimension = keyof typeof DIMENSIONS;
export type MultiDimension = keyof typeof MULTI_DIMENSIONS;

/**
 * The categories the analysis counts, in a fixed order, with English labels for the
 * report. Slugs come from protocol/report-schema.ts; nothing here invents a value.
 */
import {
  AGE_BAND_LABELS,
  CONTEXT_LABELS,
  ETHNICITY_LABELS,
  FORCE_LABELS,
  GENDER_LABELS,
  IMMIGRATION_STATUS_LABELS,
  OUTCOME_LABELS,
  REASON_LABELS,
  ROLE_LABELS,
  SCAN_RESULT_LABELS,
  TECHNOLOGY_LABELS,
} from '../../protocol/labels.js';
import {
  AGE_BANDS,
  CENSUS_ETHNICITIES,
  CONTEXTS,
  ETHNICITIES,
  FORCES,
  GENDERS,
  IMMIGRATION_STATUSES,
  OUTCOMES,
  REASONS_GIVEN,
  ROLES,
  SCAN_RESULTS,
  TECHNOLOGIES,
} from '../../protocol/report-schema.js';
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

const FORM_LABELS: Record<string, Readonly<Record<string, string>>> = {
  role: ROLE_LABELS,
  force: FORCE_LABELS,
  technology: TECHNOLOGY_LABELS,
  context: CONTEXT_LABELS,
  scanResult: SCAN_RESULT_LABELS,
  ethnicity19: ETHNICITY_LABELS,
  gender: GENDER_LABELS,
  ageBand: AGE_BAND_LABELS,
  immigrationStatus: IMMIGRATION_STATUS_LABELS,
  reasonGiven: REASON_LABELS,
  outcome: OUTCOME_LABELS,
};

/**
 * A human label for a slug: as the form words the answer to `dimension` (protocol/labels.ts),
 * else the analysis's own label; force slugs are labelled without a dimension too.
 */
export function label(slug: string, dimension?: Dimension | MultiDimension): string {
  const fromForm = dimension ? FORM_LABELS[dimension]?.[slug] : undefined;
  return fromForm ?? LABELS[slug] ?? (FORCE_LABELS as Record<string, string>)[slug] ?? (ETHNICITY_LABELS as Record<string, string>)[slug] ?? slug;
}

/** Category lists in report order, each with a not-answered row where the field is optional. */
export const DIMENSIONS = {
  role: [...ROLES],
  force: [...FORCES],
  technology: [...TECHNOLOGIES],
  context: [...CONTEXTS, NOT_ANSWERED],
  scanResult: [...SCAN_RESULTS, NOT_ANSWERED],
  ethnicity19: [...ETHNICITIES, NOT_ANSWERED],
  ethnicity5: [...ETHNICITY_5, 'prefer-not-to-say', 'unknown', NOT_ANSWERED],
  gender: [...GENDERS, NOT_ANSWERED],
  ageBand: [...AGE_BANDS, NOT_ANSWERED],
  immigrationStatus: [...IMMIGRATION_STATUSES, NOT_ANSWERED],
  language: [...FORM_LANGUAGES, OTHER_LANGUAGE, LANGUAGE_NOT_RECORDED],
} as const;

export const MULTI_DIMENSIONS = {
  reasonGiven: [...REASONS_GIVEN],
  outcome: [...OUTCOMES],
} as const;

export type Dimension = keyof typeof DIMENSIONS;
export type MultiDimension = keyof typeof MULTI_DIMENSIONS;

export { CENSUS_ETHNICITIES };

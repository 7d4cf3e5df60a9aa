/**
 * The categories the analysis counts, in a fixed order, with English labels for the
 * report. Slugs come from protocol/report-schema.ts; nothing here invents a value.
 */
import {
  AGE_BANDS, CENSUS_ETHNICITIES, CONTEXTS, ETHNICITIES, FORCES, GENDERS, IMMIGRATION_STATUSES,
  OUTCOMES, REASONS_GIVEN, ROLES, SCAN_RESULTS, TECHNOLOGIES,
} from '../../protocol/report-schema.js';

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
export const FORM_LANGUAGES = ['en', 'cy', 'ar', 'fa', 'ur', 'bn', 'pl', 'ro', 'sk', 'cs', 'sq', 'pt', 'es', 'so'] as const;
export const OTHER_LANGUAGE = 'other-language';
export const LANGUAGE_NOT_RECORDED = 'not-recorded';

export function formLanguage(lang: string | undefined): string {
  if (lang === undefined) return LANGUAGE_NOT_RECORDED;
  const primary = lang.split('-')[0]!.toLowerCase();
  return (FORM_LANGUAGES as readonly string[]).includes(primary) ? primary : OTHER_LANGUAGE;
}

/** The ONS 5-group roll-up of the 19 Census 2021 groups. */
export const ETHNICITY_5 = ['white', 'mixed', 'asian', 'black', 'other'] as const;
export type Ethnicity5 = (typeof ETHNICITY_5)[number];

export function rollUpEthnicity(e19: string): string {
  if (e19.startsWith('white-')) return 'white';
  if (e19.startsWith('mixed-')) return 'mixed';
  if (e19.startsWith('asian-')) return 'asian';
  if (e19.startsWith('black-')) return 'black';
  if (e19 === 'other-arab' || e19 === 'other-any') return 'other';
  return e19; // prefer-not-to-say, unknown, not-answered stay as they are
}

export const UNDER_18_BANDS: ReadonlySet<string> = new Set(['under-10', '10-14', '15-17']);

const LABELS: Record<string, string> = {
  // roles
  subject: 'The person scanned', witness: 'A witness', 'told-by-subject': 'Told by the person scanned',
  'legal-observer': 'Legal observer',
  // technology
  fingerprint: 'Fingerprint', face: 'Face', both: 'Fingerprint and face', unsure: 'Unsure',
  // context
  'street-stop': 'Street stop', 'stop-and-search': 'Stop and search', 'traffic-stop': 'Traffic stop',
  'public-transport': 'Public transport', 'immigration-operation': 'Immigration operation', protest: 'Protest',
  'welfare-or-medical': 'Welfare or medical',
  // reasons
  'suspected-offence': 'Suspected offence', 'name-refused': 'Refused to give name', 'no-id': 'No ID',
  'name-doubted': 'Name doubted', 'immigration-check': 'Immigration check', 'none-given': 'No reason given',
  // scan results
  'no-match': 'No match', 'match-police': 'Match: police records', 'match-immigration': 'Match: immigration records',
  'match-both': 'Match: both', 'scan-failed': 'Scan failed', 'not-told': 'Not told',
  // outcomes
  released: 'Released', 'identity-confirmed-released': 'Identity confirmed, released', 'fixed-penalty': 'Fixed penalty',
  summons: 'Summons', 'arrested-offence': 'Arrested (offence)', 'arrested-warrant': 'Arrested (warrant)',
  'home-office-contacted': 'Home Office contacted', 'immigration-enforcement-attended': 'Immigration Enforcement attended',
  'immigration-detention': 'Immigration detention', 'taken-to-station': 'Taken to a police station', 'vehicle-seized': 'Vehicle seized',
  // ethnicity 19
  'white-british': 'White: English, Welsh, Scottish, Northern Irish or British', 'white-irish': 'White: Irish',
  'white-gypsy-traveller': 'White: Gypsy or Irish Traveller', 'white-roma': 'White: Roma', 'white-other': 'White: Other White',
  'mixed-white-black-caribbean': 'Mixed: White and Black Caribbean', 'mixed-white-black-african': 'Mixed: White and Black African',
  'mixed-white-asian': 'Mixed: White and Asian', 'mixed-other': 'Mixed: Other Mixed or Multiple',
  'asian-indian': 'Asian: Indian', 'asian-pakistani': 'Asian: Pakistani', 'asian-bangladeshi': 'Asian: Bangladeshi',
  'asian-chinese': 'Asian: Chinese', 'asian-other': 'Asian: Other Asian',
  'black-african': 'Black: African', 'black-caribbean': 'Black: Caribbean', 'black-other': 'Black: Other Black',
  'other-arab': 'Other: Arab', 'other-any': 'Other: Any other ethnic group',
  // ethnicity 5
  white: 'White', mixed: 'Mixed or Multiple', asian: 'Asian or Asian British', black: 'Black, Black British, Caribbean or African',
  other: 'Other', // also "other" for roles, contexts, reasons, outcomes
  // gender
  woman: 'Woman', man: 'Man', 'non-binary': 'Non-binary', 'self-describe': 'Self-described',
  // age
  'under-10': 'Under 10', '65-plus': '65 and over',
  // immigration status
  'british-or-irish-citizen': 'British or Irish citizen', 'settled-or-pre-settled': 'Settled or pre-settled status',
  'visa-holder': 'Visa holder', 'asylum-seeker-or-refugee': 'Asylum seeker or refugee', 'no-status': 'No status',
  // unknowns
  unknown: 'Unknown', 'prefer-not-to-say': 'Prefer not to say', [NOT_ANSWERED]: 'Not answered',
  'under-18': 'Under 18 (total)',
  'british-transport-police': 'British Transport Police', 'police-scotland': 'Police Scotland', psni: 'PSNI',
  'city-of-london': 'City of London', metropolitan: 'Metropolitan Police',
  // form languages, by their English names
  en: 'English', cy: 'Welsh', ar: 'Arabic', fa: 'Persian', ur: 'Urdu', bn: 'Bengali', pl: 'Polish', ro: 'Romanian',
  sk: 'Slovak', cs: 'Czech', sq: 'Albanian', pt: 'Portuguese', es: 'Spanish', so: 'Somali',
  'other-language': 'Another language', 'not-recorded': 'Not recorded',
};

/** A human label for a slug; forces without an entry are title-cased from their slug. */
export function label(slug: string): string {
  const known = LABELS[slug];
  if (known !== undefined) return known;
  if (/^\d{2}-\d{2}$/.test(slug)) return slug.replace('-', '–');
  return slug.split('-').map((w) => (w === 'and' || w === 'of' ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
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

/**
 * The English label of every slug in protocol/questions.ts, in ONE place: the form's English
 * catalogue (protocol/i18n/en.ts) shows them as answer options, and the analysis prints the same
 * words in its tables, so a published table says exactly what the witness chose. OPTION_LABELS
 * is typed against the question list: a choice question or a slug added there without its label
 * here fails `tsc` here. Other languages translate these in their own catalogues
 * (docs/translating.md).
 */
import type { ChoiceId, ValuesOf } from './questions.js';

export type Labels<T extends readonly string[]> = { readonly [K in T[number]]: string };

export const ROLE_LABELS = {
  subject: 'I was scanned',
  witness: 'I saw it happen to someone else',
  'told-by-subject': 'The person who was scanned told me about it',
  'legal-observer': 'I was there as a legal observer or community monitor',
  other: 'Other',
} as const;

export const TIME_BAND_LABELS = {
  '00-04': 'Midnight to 4am',
  '04-08': '4am to 8am',
  '08-12': '8am to noon',
  '12-16': 'Noon to 4pm',
  '16-20': '4pm to 8pm',
  '20-24': '8pm to midnight',
  unknown: 'Not sure',
} as const;

/** Place names stay as they are in every language (docs/translating.md); the explanations in brackets do not. */
export const FORCE_LABELS = {
  'avon-and-somerset': 'Avon and Somerset',
  bedfordshire: 'Bedfordshire',
  cambridgeshire: 'Cambridgeshire',
  cheshire: 'Cheshire',
  'city-of-london': 'City of London',
  cleveland: 'Cleveland',
  cumbria: 'Cumbria',
  derbyshire: 'Derbyshire',
  'devon-and-cornwall': 'Devon and Cornwall',
  dorset: 'Dorset',
  durham: 'Durham',
  'dyfed-powys': 'Dyfed-Powys',
  essex: 'Essex',
  gloucestershire: 'Gloucestershire',
  'greater-manchester': 'Greater Manchester',
  gwent: 'Gwent',
  hampshire: 'Hampshire and Isle of Wight',
  hertfordshire: 'Hertfordshire',
  humberside: 'Humberside',
  kent: 'Kent',
  lancashire: 'Lancashire',
  leicestershire: 'Leicestershire',
  lincolnshire: 'Lincolnshire',
  merseyside: 'Merseyside',
  metropolitan: 'Metropolitan Police (London)',
  norfolk: 'Norfolk',
  'north-wales': 'North Wales',
  'north-yorkshire': 'North Yorkshire',
  northamptonshire: 'Northamptonshire',
  northumbria: 'Northumbria',
  nottinghamshire: 'Nottinghamshire',
  'south-wales': 'South Wales',
  'south-yorkshire': 'South Yorkshire',
  staffordshire: 'Staffordshire',
  suffolk: 'Suffolk',
  surrey: 'Surrey',
  sussex: 'Sussex',
  'thames-valley': 'Thames Valley',
  warwickshire: 'Warwickshire',
  'west-mercia': 'West Mercia',
  'west-midlands': 'West Midlands',
  'west-yorkshire': 'West Yorkshire',
  wiltshire: 'Wiltshire',
  'british-transport-police': 'British Transport Police (trains and stations)',
  'police-scotland': 'Police Scotland',
  psni: 'Police Service of Northern Ireland',
  unknown: 'Not sure',
} as const;

export const CONTEXT_LABELS = {
  'street-stop': 'Stopped in the street',
  'stop-and-search': 'A stop and search',
  'traffic-stop': 'Stopped while driving or riding (traffic stop)',
  'public-transport': 'On a bus or train, or at a station',
  'immigration-operation': 'An immigration raid or operation',
  protest: 'At a protest',
  'welfare-or-medical': 'Police came to help someone (welfare or medical)',
  other: 'Something else',
  unknown: 'Not sure',
} as const;

export const TECHNOLOGY_LABELS = {
  fingerprint: 'Fingerprints',
  face: 'Face (a photo taken with a phone or device)',
  both: 'Both fingerprints and face',
  unsure: 'Not sure',
} as const;

export const REASON_LABELS = {
  'suspected-offence': 'They said the person had broken the law (an offence)',
  'name-refused': 'The person would not give their name',
  'no-id': 'The person had no ID',
  'name-doubted': 'Police did not believe the name given',
  'immigration-check': 'To check immigration status',
  'none-given': 'They gave no reason',
  other: 'Another reason',
} as const;

export const SUSPECTED_OFFENCE_LABELS = {
  motoring: 'A driving or vehicle offence',
  'minor-offence': 'A minor offence (for example litter or not paying a fare)',
  'asb-public-order': 'Anti-social behaviour or public order',
  drugs: 'Drugs',
  theft: 'Theft',
  immigration: 'An immigration offence',
  'none-stated': 'They did not say which',
  other: 'Another offence',
  unknown: 'Not sure',
} as const;

export const YES_NO_LABELS = { yes: 'Yes', no: 'No', unsure: 'Not sure' } as const;

export const SCAN_RESULT_LABELS = {
  'no-match': 'Nothing was found (no match)',
  'match-police': 'A match on police records',
  'match-immigration': 'A match on Home Office immigration records',
  'match-both': 'Matches on both police and immigration records',
  'scan-failed': 'The scan did not work',
  'not-told': 'Police did not say',
  unknown: 'Not sure',
} as const;

export const OUTCOME_LABELS = {
  released: 'The person was let go',
  'identity-confirmed-released': 'Police confirmed who they were, then let them go',
  'fixed-penalty': 'They got a fine (fixed penalty notice)',
  summons: 'They were told they must go to court (summons)',
  'arrested-offence': 'Arrested for an offence',
  'arrested-warrant': 'Arrested because of a warrant',
  'home-office-contacted': 'Police contacted the Home Office',
  'immigration-enforcement-attended': 'Immigration Enforcement officers came',
  'immigration-detention': 'Taken into immigration detention',
  'taken-to-station': 'Taken to a police station',
  'vehicle-seized': 'A vehicle was taken by police',
  other: 'Something else',
  unknown: 'Not sure',
} as const;

export const ETHNICITY_LABELS = {
  'white-british': 'White: English, Welsh, Scottish, Northern Irish or British',
  'white-irish': 'White: Irish',
  'white-gypsy-traveller': 'White: Gypsy or Irish Traveller',
  'white-roma': 'White: Roma',
  'white-other': 'White: any other White background',
  'mixed-white-black-caribbean': 'Mixed: White and Black Caribbean',
  'mixed-white-black-african': 'Mixed: White and Black African',
  'mixed-white-asian': 'Mixed: White and Asian',
  'mixed-other': 'Mixed: any other mixed background',
  'asian-indian': 'Asian or Asian British: Indian',
  'asian-pakistani': 'Asian or Asian British: Pakistani',
  'asian-bangladeshi': 'Asian or Asian British: Bangladeshi',
  'asian-chinese': 'Asian or Asian British: Chinese',
  'asian-other': 'Asian or Asian British: any other Asian background',
  'black-african': 'Black, Black British, Caribbean or African: African',
  'black-caribbean': 'Black, Black British, Caribbean or African: Caribbean',
  'black-other': 'Black, Black British, Caribbean or African: any other Black background',
  'other-arab': 'Other ethnic group: Arab',
  'other-any': 'Other ethnic group: any other',
  'prefer-not-to-say': 'Prefer not to say',
  unknown: 'Not sure',
} as const;

export const ETHNICITY_SOURCE_LABELS = {
  self: 'They told me, or it is me',
  perceived: 'It is my impression',
} as const;

export const GENDER_LABELS = {
  woman: 'Woman',
  man: 'Man',
  'non-binary': 'Non-binary',
  'self-describe': 'They describe it another way',
  'prefer-not-to-say': 'Prefer not to say',
  unknown: 'Not sure',
} as const;

export const AGE_BAND_LABELS = {
  'under-10': 'Under 10',
  '10-14': '10 to 14',
  '15-17': '15 to 17',
  '18-19': '18 or 19',
  '20-24': '20 to 24',
  '25-34': '25 to 34',
  '35-44': '35 to 44',
  '45-54': '45 to 54',
  '55-64': '55 to 64',
  '65-plus': '65 or over',
  unknown: 'Not sure',
} as const;

export const IMMIGRATION_STATUS_LABELS = {
  'british-or-irish-citizen': 'British or Irish citizen',
  'settled-or-pre-settled': 'Settled or pre-settled status, or indefinite leave to remain',
  'visa-holder': 'Has a visa (for example for work, study or family)',
  'asylum-seeker-or-refugee': 'Asylum seeker or refugee',
  'no-status': 'No immigration status',
  'prefer-not-to-say': 'Prefer not to say',
  unknown: 'Not sure',
} as const;

/** Each choice question's answer labels (several questions share the yes / no / not sure ones). */
export const OPTION_LABELS = {
  'reporter.role': ROLE_LABELS,
  'incident.timeBand': TIME_BAND_LABELS,
  'incident.force': FORCE_LABELS,
  'incident.context': CONTEXT_LABELS,
  'incident.technology': TECHNOLOGY_LABELS,
  'scan.reasonGiven': REASON_LABELS,
  'scan.suspectedOffence': SUSPECTED_OFFENCE_LABELS,
  'scan.toldReason': YES_NO_LABELS,
  'scan.toldSpeculativeSearch': YES_NO_LABELS,
  'scan.askedConsent': YES_NO_LABELS,
  'scan.result': SCAN_RESULT_LABELS,
  outcome: OUTCOME_LABELS,
  'person.ethnicity': ETHNICITY_LABELS,
  'person.ethnicitySource': ETHNICITY_SOURCE_LABELS,
  'person.gender': GENDER_LABELS,
  'person.ageBand': AGE_BAND_LABELS,
  'person.immigrationStatus': IMMIGRATION_STATUS_LABELS,
} as const satisfies { readonly [Q in ChoiceId]: Labels<ValuesOf<Q>> };

/**
 * Every word the witness sees, in one catalogue (English; other languages are issue work of
 * their own). index.html takes its static text from here at build time ({{t.key}}), main.ts
 * the rest at run time. Enum labels are typed against the schema's slugs, so adding a slug
 * without a label fails `tsc`.
 *
 * Plain words for people who may be shaken, reading on a small phone, in a second language:
 * short sentences, no "IABS"/"PACE" without saying what it means.
 */
import type {
  AGE_BANDS, CONTEXTS, ETHNICITIES, ETHNICITY_SOURCES, FORCES, GENDERS, IMMIGRATION_STATUSES, OUTCOMES,
  REASONS_GIVEN, ROLES, SCAN_RESULTS, SUSPECTED_OFFENCES, TECHNOLOGIES, TIME_BANDS, YES_NO_UNSURE,
} from '../protocol/report-schema.js';

type Labels<T extends readonly string[]> = Record<T[number], string>;

/** What one question says: its label (legend for groups), optional hint, and its errors. */
export interface FieldText {
  label: string;
  hint?: string;
  /** When a required answer is missing. */
  required?: string;
  /** When the answer is there but not acceptable. */
  invalid?: string;
  options?: Record<string, string>;
}

const yesNo: Labels<typeof YES_NO_UNSURE> = { yes: 'Yes', no: 'No', unsure: 'Not sure' };

export const en = {
  lang: 'en',
  title: 'Report a police scan',
  exit: 'Leave this site',
  noJs:
    'This form needs JavaScript. Your report is encrypted (locked) on this device before it is sent, ' +
    'so nobody else — not even this website — can read it. That locking needs JavaScript. ' +
    'Please turn JavaScript on, or use another way to reach the campaign:',
  loadFailed: 'The form could not load. Check your internet connection, then reload this page. Or use another way to reach the campaign:',
  loading: 'Loading the form…',
  demo: 'Demo — do not submit real reports.',
  demoMore: 'This is a test copy of the form. Anything sent here is not protected and may be read by anyone.',

  intro:
    'Use this form to tell the campaign about a time police scanned someone’s fingerprints or face ' +
    'with a phone or a small handheld device. You do not need to give your name.',
  safetyTitle: 'Staying safe',
  safety: [
    'To leave quickly, press the Esc key or the “Leave this site” button. Your answers are cleared.',
    'Nothing is saved on this device. If you close or leave this page, your answers are gone.',
    'For extra safety, use a private (incognito) window.',
  ],
  encrypted:
    'Your answers are encrypted (locked) on this device before they are sent. Only the campaign can ' +
    'unlock them — not this website’s server, and not anyone watching the internet connection.',
  fingerprint: 'Campaign key fingerprint:',
  fingerprintHint: 'The campaign publishes this code. If it matches, only the campaign can read your report.',
  optional: ' (optional)',
  allOptional: 'Every question in this section is optional.',
  sendTitle: 'Send your report',
  send: 'Encrypt and send report',
  sending: 'Encrypting and sending your report…',

  sections: {
    about: 'About you',
    where: 'When and where',
    scan: 'The scan',
    next: 'What happened next',
    person: 'The person who was scanned',
    account: 'What happened, in your words',
    contact: 'Contact',
  },
  personWhy:
    'These answers help the campaign show who police scan — for example, whether Black people are ' +
    'scanned more often than White people. If you were scanned, answer about yourself. Answer only what you are comfortable with.',
  contactWhy: 'The campaign does not need to contact you. Only fill this in if you want them to.',
  contactWarning:
    'Warning: contact details identify you. Anyone who later gets this report could find out who you are. ' +
    'Use something safe, for example an email address you made only for this.',

  fields: {
    'reporter.role': {
      label: 'How do you know about the scan?',
      required: 'Choose how you know about the scan',
      options: {
        subject: 'I was scanned',
        witness: 'I saw it happen to someone else',
        'told-by-subject': 'The person who was scanned told me about it',
        'legal-observer': 'I was there as a legal observer or community monitor',
        other: 'Other',
      } satisfies Labels<typeof ROLES>,
    },
    'incident.date': {
      label: 'When did it happen?',
      hint: 'For example 27 3 2025. If you only know the month, or would rather not say the day, leave Day empty.',
      required: 'Enter the month and year it happened',
      invalid: 'Enter a real date in numbers, for example 3 and 2025 for March 2025',
    },
    'incident.timeBand': {
      label: 'Roughly what time was it?',
      options: {
        '00-04': 'Midnight to 4am', '04-08': '4am to 8am', '08-12': '8am to noon',
        '12-16': 'Noon to 4pm', '16-20': '4pm to 8pm', '20-24': '8pm to midnight', unknown: 'Not sure',
      } satisfies Labels<typeof TIME_BANDS>,
    },
    'incident.force': {
      label: 'Which police force?',
      hint: 'The force for the area where it happened. On a train or at a railway station, choose British Transport Police.',
      required: 'Choose a police force, or “Not sure”',
      options: {
        'avon-and-somerset': 'Avon and Somerset', bedfordshire: 'Bedfordshire', cambridgeshire: 'Cambridgeshire',
        cheshire: 'Cheshire', 'city-of-london': 'City of London', cleveland: 'Cleveland', cumbria: 'Cumbria',
        derbyshire: 'Derbyshire', 'devon-and-cornwall': 'Devon and Cornwall', dorset: 'Dorset', durham: 'Durham',
        'dyfed-powys': 'Dyfed-Powys', essex: 'Essex', gloucestershire: 'Gloucestershire',
        'greater-manchester': 'Greater Manchester', gwent: 'Gwent', hampshire: 'Hampshire and Isle of Wight',
        hertfordshire: 'Hertfordshire', humberside: 'Humberside', kent: 'Kent', lancashire: 'Lancashire',
        leicestershire: 'Leicestershire', lincolnshire: 'Lincolnshire', merseyside: 'Merseyside',
        metropolitan: 'Metropolitan Police (London)', norfolk: 'Norfolk', 'north-wales': 'North Wales',
        'north-yorkshire': 'North Yorkshire', northamptonshire: 'Northamptonshire', northumbria: 'Northumbria',
        nottinghamshire: 'Nottinghamshire', 'south-wales': 'South Wales', 'south-yorkshire': 'South Yorkshire',
        staffordshire: 'Staffordshire', suffolk: 'Suffolk', surrey: 'Surrey', sussex: 'Sussex',
        'thames-valley': 'Thames Valley', warwickshire: 'Warwickshire', 'west-mercia': 'West Mercia',
        'west-midlands': 'West Midlands', 'west-yorkshire': 'West Yorkshire', wiltshire: 'Wiltshire',
        'british-transport-police': 'British Transport Police (trains and stations)',
        'police-scotland': 'Police Scotland', psni: 'Police Service of Northern Ireland', unknown: 'Not sure',
      } satisfies Labels<typeof FORCES>,
    },
    'incident.area': {
      label: 'Town, city or area',
      hint: 'For example Leeds or Hackney. Keep it general: no street names.',
      invalid: 'Enter the town or area on one line, in 80 characters or fewer',
    },
    'incident.postcodeDistrict': {
      label: 'First half of the postcode',
      hint: 'Only the first part, for example LS7 or E8. Never the full postcode.',
      invalid: 'Enter only the first half of a postcode, for example LS7',
    },
    'incident.context': {
      label: 'What was going on?',
      options: {
        'street-stop': 'Stopped in the street',
        'stop-and-search': 'A stop and search',
        'traffic-stop': 'Stopped while driving or riding (traffic stop)',
        'public-transport': 'On a bus or train, or at a station',
        'immigration-operation': 'An immigration raid or operation',
        protest: 'At a protest',
        'welfare-or-medical': 'Police came to help someone (welfare or medical)',
        other: 'Something else',
        unknown: 'Not sure',
      } satisfies Labels<typeof CONTEXTS>,
    },
    'incident.technology': {
      label: 'What did the police scan?',
      hint: 'Police use phones or small devices to check fingerprints or faces against police and Home Office records.',
      required: 'Choose what the police scanned, or “Not sure”',
      options: {
        fingerprint: 'Fingerprints',
        face: 'Face (a photo taken with a phone or device)',
        both: 'Both fingerprints and face',
        unsure: 'Not sure',
      } satisfies Labels<typeof TECHNOLOGIES>,
    },
    'scan.reasonGiven': {
      label: 'What reason did the police give for the scan?',
      hint: 'Tick all that apply.',
      options: {
        'suspected-offence': 'They said the person had broken the law (an offence)',
        'name-refused': 'The person would not give their name',
        'no-id': 'The person had no ID',
        'name-doubted': 'Police did not believe the name given',
        'immigration-check': 'To check immigration status',
        'none-given': 'They gave no reason',
        other: 'Another reason',
      } satisfies Labels<typeof REASONS_GIVEN>,
    },
    'scan.suspectedOffence': {
      label: 'Which offence did they mention?',
      options: {
        motoring: 'A driving or vehicle offence',
        'minor-offence': 'A minor offence (for example litter or not paying a fare)',
        'asb-public-order': 'Anti-social behaviour or public order',
        drugs: 'Drugs',
        theft: 'Theft',
        immigration: 'An immigration offence',
        'none-stated': 'They did not say which',
        other: 'Another offence',
        unknown: 'Not sure',
      } satisfies Labels<typeof SUSPECTED_OFFENCES>,
    },
    'scan.toldReason': { label: 'Did the police explain why they wanted to scan?', options: yesNo },
    'scan.toldSpeculativeSearch': {
      label: 'Did the police say the scan would be checked against police and Home Office records?',
      hint: 'The law (PACE 1984) says police should tell the person their fingerprints may be checked against records.',
      options: yesNo,
    },
    'scan.askedConsent': { label: 'Did the police ask for permission before scanning?', options: yesNo },
    'scan.result': {
      label: 'What did the scan show, as far as you know?',
      options: {
        'no-match': 'Nothing was found (no match)',
        'match-police': 'A match on police records',
        'match-immigration': 'A match on Home Office immigration records',
        'match-both': 'Matches on both police and immigration records',
        'scan-failed': 'The scan did not work',
        'not-told': 'Police did not say',
        unknown: 'Not sure',
      } satisfies Labels<typeof SCAN_RESULTS>,
    },
    outcome: {
      label: 'What happened after the scan?',
      hint: 'Tick all that apply.',
      options: {
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
      } satisfies Labels<typeof OUTCOMES>,
    },
    'person.ethnicity': {
      label: 'Ethnic group',
      hint: 'The groups used in the 2021 Census.',
      options: {
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
      } satisfies Labels<typeof ETHNICITIES>,
    },
    'person.ethnicitySource': {
      label: 'How do you know their ethnic group?',
      options: { self: 'They told me, or it is me', perceived: 'It is my impression' } satisfies Labels<typeof ETHNICITY_SOURCES>,
    },
    'person.gender': {
      label: 'Gender',
      options: {
        woman: 'Woman', man: 'Man', 'non-binary': 'Non-binary', 'self-describe': 'They describe it another way',
        'prefer-not-to-say': 'Prefer not to say', unknown: 'Not sure',
      } satisfies Labels<typeof GENDERS>,
    },
    'person.ageBand': {
      label: 'Age, roughly',
      options: {
        'under-10': 'Under 10', '10-14': '10 to 14', '15-17': '15 to 17', '18-19': '18 or 19', '20-24': '20 to 24',
        '25-34': '25 to 34', '35-44': '35 to 44', '45-54': '45 to 54', '55-64': '55 to 64', '65-plus': '65 or over',
        unknown: 'Not sure',
      } satisfies Labels<typeof AGE_BANDS>,
    },
    'person.immigrationStatus': {
      label: 'Immigration status',
      hint: 'Only if you know. It helps show whether scans are used for immigration checks.',
      options: {
        'british-or-irish-citizen': 'British or Irish citizen',
        'settled-or-pre-settled': 'Settled or pre-settled status, or indefinite leave to remain',
        'visa-holder': 'Has a visa (for example for work, study or family)',
        'asylum-seeker-or-refugee': 'Asylum seeker or refugee',
        'no-status': 'No immigration status',
        'prefer-not-to-say': 'Prefer not to say',
        unknown: 'Not sure',
      } satisfies Labels<typeof IMMIGRATION_STATUSES>,
    },
    narrative: {
      label: 'Tell us what happened',
      hint: 'Write in any language. Do not include names, addresses, phone numbers or anything else that could identify you or anyone else.',
    },
    'contact.consent': { label: 'You may contact me about this report' },
    'contact.details': {
      label: 'How can the campaign contact you?',
      required: 'Enter how the campaign can contact you, or untick “You may contact me”',
      invalid: 'Contact details must be 200 characters or fewer',
    },
  } satisfies Record<string, FieldText>,

  choose: 'Choose one',
  dateParts: { day: 'Day', month: 'Month', year: 'Year' },
  dateFuture: 'The date must be today or in the past',
  charsLeft: (n: number) => `You have ${n.toLocaleString('en-GB')} characters left`,
  charsOver: (n: number) => `You have ${n.toLocaleString('en-GB')} characters too many`,
  tooLong: (n: number) => `Your account is ${n.toLocaleString('en-GB')} characters too long. Shorten it to 5,000 characters or fewer.`,
  errorTitle: 'There is a problem',
  errorPrefix: 'Error: ',

  sentTitle: 'Report sent — thank you',
  sentBody: [
    'Your report was encrypted on this device and sent. The website stored only the locked copy.',
    'The campaign unlocks reports on its own computer, adds them together with other reports, and publishes only totals. Small numbers are hidden so that nobody can be picked out.',
    'Nobody will contact you, unless you gave contact details and said they may.',
    'Nothing about your report is kept on this device. If you are worried someone may check this device, close this tab.',
  ],
  another: 'Send another report',

  failTitle: 'Your report has not been sent yet',
  failKept: 'Your report is kept, locked, on this page. You do not need to type it again.',
  failOffline: 'We could not reach the website. Check you are connected to the internet, then try again.',
  failBusy: 'The website is busy right now. Wait a few minutes, then try again.',
  failServer: 'Something went wrong on the website. Wait a moment, then try again.',
  failRejected: 'The website did not accept the report. Try again; if it keeps happening, reload the page and fill the form in again.',
  retry: 'Try again',
} as const;

export type Messages = typeof en;
export type FieldPath = keyof Messages['fields'];

/**
 * The English catalogue: every word the witness can see or hear, and the source every other
 * catalogue (protocol/i18n/<code>.ts) translates key by key. Its shape is the `Catalogue` type
 * (protocol/i18n/catalogue.ts): a translation with a key missing, an extra key or a list of the
 * wrong length fails `tsc`, and tests/unit/i18n-parity.test.ts checks placeholders like {count}.
 * Answer options come from protocol/labels.ts (one home for the English of every slug).
 *
 * Plain words for people who may be shaken, reading on a small phone, in a second language:
 * short sentences, no "IABS"/"PACE" without saying what it means. How to translate:
 * docs/translating.md.
 */
import {
  AGE_BAND_LABELS,
  CONTEXT_LABELS,
  ETHNICITY_LABELS,
  ETHNICITY_SOURCE_LABELS,
  FORCE_LABELS,
  GENDER_LABELS,
  IMMIGRATION_STATUS_LABELS,
  OUTCOME_LABELS,
  REASON_LABELS,
  ROLE_LABELS,
  SCAN_RESULT_LABELS,
  SUSPECTED_OFFENCE_LABELS,
  TECHNOLOGY_LABELS,
  TIME_BAND_LABELS,
  YES_NO_LABELS,
} from '../labels.js';

export const en = {
  title: 'Report a police scan',
  exit: 'Leave this site',
  noJs:
    'This form needs JavaScript. Your report is encrypted (locked) on this device before it is sent, ' +
    'so nobody else — not even this website — can read it. That locking needs JavaScript. ' +
    'Please turn JavaScript on, or use another way to reach the campaign:',
  loadFailed: 'The form could not load. Check your internet connection, then reload this page. Or use another way to reach the campaign:',
  scriptWaiting: 'You can start answering now. You can send when the form has finished loading. If it does not load, use another way to reach the campaign:',
  demo: 'Demo — do not submit real reports.',
  demoMore: 'This is a test copy of the form. Anything sent here is not protected and may be read by anyone.',

  language: 'Language',
  switchFailed: 'That language could not be loaded. Your answers are still here. Check your internet connection and try again.',
  partFailed: 'This part of the form could not load. Your answers are still here. Check your internet connection and try again.',
  newTab: '(opens in a new tab)',
  backToForm: 'Back to the form',

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
  fingerprintHint: 'If this code is the same as the one the campaign publishes, only the campaign can read your report.',
  fingerprintWhere: 'The campaign publishes its code here:',
  fingerprintAsk: 'Ask the campaign where it publishes its code.',
  optional: ' (optional)',
  allOptional: 'Every question in this part is optional.',
  outlineTitle: 'Parts of this form',
  partOf: 'Part {n} of {total}',
  sendTitle: 'Send your report',
  send: 'Encrypt and send report',
  sending: 'Encrypting and sending your report…',
  preparing: 'The website is busy, so this device is doing a short check before sending. It can take a few seconds. Please keep this page open.',
  honeypot: 'Leave this box empty.',

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
      options: ROLE_LABELS,
    },
    'incident.date': {
      label: 'When did it happen?',
      hint: 'For example 27 3 2025. If you only know the month, or would rather not say the day, leave Day empty.',
      required: 'Enter the month and year it happened',
      invalid: 'Enter a real date in numbers, for example 3 and 2025 for March 2025',
    },
    'incident.timeBand': { label: 'Roughly what time was it?', options: TIME_BAND_LABELS },
    'incident.force': {
      label: 'Which police force?',
      hint: 'The force for the area where it happened. On a train or at a railway station, choose British Transport Police.',
      required: 'Choose a police force, or “Not sure”',
      options: FORCE_LABELS,
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
    'incident.context': { label: 'What was going on?', options: CONTEXT_LABELS },
    'incident.technology': {
      label: 'What did the police scan?',
      hint: 'Police use phones or small devices to check fingerprints or faces against police and Home Office records.',
      required: 'Choose what the police scanned, or “Not sure”',
      options: TECHNOLOGY_LABELS,
    },
    'scan.reasonGiven': { label: 'What reason did the police give for the scan?', hint: 'Tick all that apply.', options: REASON_LABELS },
    'scan.suspectedOffence': { label: 'Which offence did they mention?', options: SUSPECTED_OFFENCE_LABELS },
    'scan.toldReason': { label: 'Did the police explain why they wanted to scan?', options: YES_NO_LABELS },
    'scan.toldSpeculativeSearch': {
      label: 'Did the police say the scan would be checked against police and Home Office records?',
      hint: 'The law (PACE 1984) says police should tell the person their fingerprints may be checked against records.',
      options: YES_NO_LABELS,
    },
    'scan.askedConsent': { label: 'Did the police ask for permission before scanning?', options: YES_NO_LABELS },
    'scan.result': { label: 'What did the scan show, as far as you know?', options: SCAN_RESULT_LABELS },
    outcome: { label: 'What happened after the scan?', hint: 'Tick all that apply.', options: OUTCOME_LABELS },
    'person.ethnicity': { label: 'Ethnic group', hint: 'The groups used in the 2021 Census.', options: ETHNICITY_LABELS },
    'person.ethnicitySource': { label: 'How do you know their ethnic group?', options: ETHNICITY_SOURCE_LABELS },
    'person.gender': { label: 'Gender', options: GENDER_LABELS },
    'person.ageBand': { label: 'Age, roughly', options: AGE_BAND_LABELS },
    'person.immigrationStatus': {
      label: 'Immigration status',
      hint: 'Only if you know. It helps show whether scans are used for immigration checks.',
      options: IMMIGRATION_STATUS_LABELS,
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
  },

  /** The form's one question about replies (docs/replies.md); the rest of the reply words are in `reply`, loaded only when used. */
  replyOptIn: {
    label: 'Would you like a way to get a reply from the campaign?',
    hint: 'You can skip this. Skipping it is safe: your report is sent the same way.',
    yes: 'Yes, I would like a way to get a reply',
  },
  replyLink: 'Check for a reply from the campaign',

  choose: 'Choose one',
  dateParts: { day: 'Day', month: 'Month', year: 'Year' },
  dateFuture: 'The date must be today or in the past',
  charsLeft: 'You have {count} characters left',
  charsOver: 'You have {count} characters too many',
  tooLong: 'Your account is {count} characters too long. Shorten it to {max} characters or fewer.',
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
  failNoWebCrypto:
    'This browser cannot do the check the busy website needs. This is a problem with the website, not with you. Try again later, or reach the campaign another way.',
  retry: 'Try again',

  /** "Add photos" as the page shows it before the photo part is loaded (client/add-photos.ts); its other words are `photos` below. */
  photosTitle: 'Photos',
  photosHint: 'You can add up to {max} photos, for example of the scanning device, the police van or an officer’s number.',
  addPhotos: 'Add photos',

  /** The page /about: who runs the site, and what the software really does with an answer. */
  about: {
    link: 'Who runs this site, and what happens to your answers',
    title: 'About this site and your answers',
    runByTitle: 'Who runs this site',
    runByDefault: 'This site is run by the {campaign} campaign.',
    dataTitle: 'What happens to your answers',
    data: [
      'Your answers are encrypted (locked) in your browser before they are sent. This website’s server cannot unlock them.',
      'The server keeps the locked report and the day it arrived, not the time. It does not keep your internet (IP) address, details of your phone or browser, or any cookie.',
      'To stop floods of fake reports, the server uses a scrambled form of your internet address for a short time, in memory only. It is never written down.',
      'Nothing is saved on your device. Your browser may still list this site in its history. A private (incognito) window avoids that.',
      'The campaign downloads the locked reports and unlocks them on its own computer. It publishes only totals, and hides small numbers so that nobody can be picked out.',
      'If you give contact details, they are locked with the rest of the report. Only the campaign can read them.',
    ],
    noticeLink: 'The campaign’s full privacy notice',
  },

  /** The page /rights: general information about police fingerprint scans in England and Wales. */
  rights: {
    link: 'Your rights if police scan you',
    title: 'Your rights if police scan you',
    notAdvice:
      'This is general information, not legal advice. It is about the law in England and Wales. The law in Scotland and Northern Ireland is different.',
    whenTitle: 'When can police take your fingerprints in the street?',
    when: 'Police need your agreement to take your fingerprints, except in cases the law sets out. In the street, an officer may scan your fingerprints without your agreement only if both of these are true:',
    conditions: [
      'the officer has a real reason to suspect you of a crime (an offence): doing it now, trying to do it, or having done it; and',
      'the officer does not know your name and cannot easily find it out, or has a real reason to doubt the name you gave.',
    ],
    law: 'This is section 61(6A) of the Police and Criminal Evidence Act 1984 (PACE).',
    tellTitle: 'What police must tell you',
    tell: [
      'Before the scan, the officer must tell you why they are taking your fingerprints, and that they may be checked against records.',
      'You can ask the officer which law they are using, and why they suspect you.',
      'The rules for photos of your face are less clear. You can ask why they want a photo and which law they are using.',
    ],
    checkTitle: 'What the scan checks',
    check: [
      'The scan compares your fingerprints with police records and with Home Office immigration records.',
      'The law says fingerprints taken this way in the street must be destroyed after the check. They must not be kept.',
    ],
    matchTitle: 'What happens after a match',
    match: [
      'If there is no match, the scan does not tell the police who you are.',
      'If there is a match, the officer can see the name and the record linked to your fingerprints. If there is a warrant for you, or the police suspect a crime, they may arrest you.',
      'If there is a match on immigration records, police may contact the Home Office. Immigration officers may then ask to speak to you, or come to where you are.',
      'If you are arrested, you have the right to free legal advice from a solicitor at the police station. Ask for it.',
    ],
    helpTitle: 'Where to get help',
    helpNone: 'Ask a law centre or Citizens Advice near you.',
  },
  // The lazily loaded parts' words (client/lazy-part.ts): each is its own small asset.
  /**
   * Replies (docs/replies.md): the receipt on the form, the reminder after sending, and the page
   * /reply. Machine-drafted in every language but English (docs/translating.md).
   */
  reply: {
    receiptTitle: 'Your receipt number',
    writeDown:
      'Write this number down now, on paper, and keep it safe. It is the only way to get a reply. It will not be shown again, and nobody can send it to you.',
    exposes: 'Anyone who has this number can read the campaign’s replies to you and answer them. The number does not show your report or who you are.',
    retypeLabel: 'Type the last group of your receipt number',
    retypeHint: 'The last 5 digits. This checks that you wrote the number down.',
    retypeMissing: 'Type the last group of your receipt number (5 digits)',
    retypeWrong: 'That is not the last group of your receipt number. Check what you wrote down.',
    sentKeep: 'Keep your receipt number safe. Replies can take a few days. You can check for one here:',

    title: 'Check for a reply',
    intro: 'If you asked for a reply when you sent a report, type your receipt number here.',
    private:
      'Your receipt number is not sent anywhere. This device downloads the same list of locked replies that every visitor gets, and unlocks only the one for your number.',
    noJs: 'Checking for a reply needs JavaScript. Please turn JavaScript on, or use another way to reach the campaign:',
    receiptLabel: 'Receipt number',
    receiptHint: '21 digits. Spaces do not matter.',
    show: 'Show number',
    hide: 'Hide number',
    check: 'Check for a reply',
    empty: 'Type your receipt number',
    wrongLength: 'A receipt number has 21 digits and nothing else. Check what you wrote down.',
    wrongCheck: 'This receipt number is not right. A digit may be wrong, or two digits may be swapped. Check what you wrote down.',
    checking: 'Checking for a reply. This can take a few seconds…',
    failed: 'We could not check for a reply. Check your internet connection, then try again.',
    none: 'There is no reply yet. Replies can take a few days. Check again later.',
    found: 'Reply from the campaign',
    day: 'Sent on {day}',
    answerLabel: 'Your answer (optional)',
    answerHint: 'It is locked on this device before it is sent. Only the campaign can read it. Do not include names, addresses or phone numbers.',
    answerEmpty: 'Write your answer first.',
    sendAnswer: 'Encrypt and send answer',
    sendingAnswer: 'Encrypting and sending your answer…',
    answerSent: 'Your answer was sent. Only the campaign can read it.',
    answerFailed: 'Your answer has not been sent. Check your internet connection, then try again.',
  },
  photos: {
    preparing: 'Preparing your photos…',
    removed:
      'Hidden details in the file, such as where and when the photo was taken and the phone model, were removed. Only the picture below is sent. Cover faces, number plates and reference numbers with black boxes.',
    boxHelp:
      'Drag a box to move it, or drag its yellow corner to change its size. With a keyboard: arrow keys move a box, Shift and arrow keys change its size, Delete removes it.',
    undecodable: 'This file could not be opened as a picture, so it will not be sent. Try a JPEG or PNG photo.',
    refused: 'This photo could not be cleaned safely, so it will not be sent.',
    blank: 'This browser gave back a blank picture, so this photo will not be sent. Try another browser.',
    tooMany: 'You can add up to {max} photos. Some were not added.',
    title: 'Photo {n}',
    preview: 'Photo {n}, as it will be sent',
    box: 'Black box {n}',
    addBox: 'Add a black box',
    remove: 'Remove this photo',
    progress: 'Sending photo {n}: {percent}%',
    sent: 'Photo {n} sent',
    failTitle: 'Your photos have not been sent',
    failBusy: 'This connection has sent as many photos as it can for now.',
    failFull: 'The website is not taking photos right now.',
    offline: 'No internet connection. Sending will go on by itself when the connection is back.',
    failNetwork: 'The connection to the website was lost.',
    failNoWebCrypto: 'This browser cannot do the check the busy website needs.',
    failRefused: 'The website did not accept the photos.',
    failChoice: 'Try again: sending goes on from where it stopped. Or send your report without the photos.',
    retry: 'Try again',
    without: 'Send without photos',
  },
} as const;

import type { Catalogue } from './catalogue.js';
/** Every catalogue file exports its texts as `catalogue` (what the build and the checks load). */
export const catalogue: Catalogue = en;

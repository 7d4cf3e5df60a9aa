/**
 * How each question of protocol/questions.ts appears on the form: the part of the page it is in,
 * its widget, when a follow-up shows, and its input's attributes. What the question asks for (its
 * values, whether it may be left out) is in protocol/questions.ts, its words in the catalogues.
 * SCREEN names every question: one missing, or a widget its kind does not allow, fails `tsc`.
 * No DOM here: the markup is built in question-markup.ts.
 */
import { CENSUS_ETHNICITIES, QUESTION_IDS, QUESTIONS, type Question, type QuestionId, type QuestionOf } from '../protocol/questions.js';
import type { ClientCatalogue } from '../protocol/i18n/catalogue.js';
import { FREE_TEXT } from './free-text.js';

/** A part of the page: its heading in the catalogue, and the sentence under the heading. */
export type PagePart = keyof ClientCatalogue['sections'];
type Intro = 'allOptional' | 'personWhy' | 'contactWhy';

/** The page's parts in order; inside each, its questions in the order of protocol/questions.ts. */
export const PAGE_PARTS: readonly { key: PagePart; intro?: Intro }[] = [
  { key: 'about' },
  { key: 'where' },
  { key: 'scan', intro: 'allOptional' },
  { key: 'next', intro: 'allOptional' },
  { key: 'person', intro: 'personWhy' },
  { key: 'account', intro: 'allOptional' },
  { key: 'contact', intro: 'contactWhy' },
];

export type Widget = 'radio' | 'select' | 'checks' | 'text' | 'textarea' | 'date' | 'tick';
/** The widgets a kind of question allows: one choice as radio buttons or a drop-down, several as tick boxes. */
type WidgetFor<T extends Question> = T extends { kind: 'choice'; multiple: true }
  ? 'checks'
  : T extends { kind: 'choice' }
    ? 'radio' | 'select'
    : T extends { kind: 'text' }
      ? 'text' | 'textarea'
      : T['kind'];

/** The current answer to a question, or undefined when it has none. */
export type Get = (id: QuestionId) => unknown;

export interface Screen<W extends Widget = Widget> {
  part: PagePart;
  widget: W;
  /** A follow-up question: shown (and sent) only when this says so. */
  when?: (get: Get) => boolean;
  attrs?: Readonly<Record<string, string>>;
  note?: 'contactWarning';
  /** Digits typed in another script (۲۷, ২৭) are read as 0–9: the schema's pattern takes only those. */
  digits?: true;
}

export type ScreenMap = { readonly [Q in QuestionId]: Screen<WidgetFor<QuestionOf<Q>>> };

const chose = (id: QuestionId, value: string) => (get: Get) => ((get(id) as string[] | undefined) ?? []).includes(value);
const census = new Set<string>(CENSUS_ETHNICITIES);

export const SCREEN: ScreenMap = {
  'reporter.role': { part: 'about', widget: 'radio' },
  'incident.date': { part: 'where', widget: 'date' },
  'incident.timeBand': { part: 'where', widget: 'radio' },
  'incident.force': { part: 'where', widget: 'select' },
  'incident.area': { part: 'where', widget: 'text', attrs: FREE_TEXT },
  'incident.postcodeDistrict': {
    part: 'where',
    widget: 'text',
    digits: true,
    attrs: { ...FREE_TEXT, class: 'short', autocapitalize: 'characters', dir: 'ltr' },
  },
  'incident.context': { part: 'where', widget: 'radio' },
  'incident.technology': { part: 'where', widget: 'radio' },
  'scan.reasonGiven': { part: 'scan', widget: 'checks' },
  'scan.suspectedOffence': { part: 'scan', widget: 'radio', when: chose('scan.reasonGiven', 'suspected-offence') },
  'scan.toldReason': { part: 'scan', widget: 'radio' },
  'scan.toldSpeculativeSearch': { part: 'scan', widget: 'radio' },
  'scan.askedConsent': { part: 'scan', widget: 'radio' },
  'scan.result': { part: 'scan', widget: 'radio' },
  outcome: { part: 'next', widget: 'checks' },
  'person.ethnicity': { part: 'person', widget: 'radio' },
  'person.ethnicitySource': { part: 'person', widget: 'radio', when: (get) => census.has(get('person.ethnicity') as string) },
  'person.gender': { part: 'person', widget: 'radio' },
  'person.ageBand': { part: 'person', widget: 'select' },
  'person.immigrationStatus': { part: 'person', widget: 'radio' },
  narrative: { part: 'account', widget: 'textarea', attrs: FREE_TEXT },
  'contact.consent': { part: 'contact', widget: 'tick' },
  'contact.details': { part: 'contact', widget: 'text', when: (get) => get('contact.consent') === true, note: 'contactWarning', attrs: FREE_TEXT },
};

/** A question as the form shows it. */
export interface FormQuestion extends Screen {
  id: QuestionId;
  /** The slugs of a choice question. */
  values?: readonly string[];
  /** Marked "(optional)": it may be left out, in a part of the page that also has required questions. */
  markOptional: boolean;
}

const mayLeaveOut = (id: QuestionId) => (QUESTIONS[id] as Question).optional === true;

/** Every question in page order. */
export const FORM_QUESTIONS: readonly FormQuestion[] = PAGE_PARTS.flatMap(({ key }) => {
  const ids = QUESTION_IDS.filter((id) => SCREEN[id].part === key);
  const someRequired = ids.some((id) => !mayLeaveOut(id));
  return ids.map((id): FormQuestion => {
    const question = QUESTIONS[id] as Question;
    return { id, ...SCREEN[id], ...(question.kind === 'choice' ? { values: question.values } : {}), markOptional: someRequired && mayLeaveOut(id) };
  });
});

export const DATE_PARTS = ['day', 'month', 'year'] as const;

/** The id of a question's input (or first part of it): `incident.date` → `incident-date`. */
export const elementId = (id: QuestionId) => id.replace('.', '-');

/**
 * The questions, built from a short list of fields and the message catalogue; reading the
 * answers into a report; and showing the shared schema's verdict the accessible way (an
 * error summary that links to each field, and a message next to each field).
 */
import {
  AGE_BANDS, CENSUS_ETHNICITIES, CONTEXTS, ETHNICITIES, ETHNICITY_SOURCES, FORCES, GENDERS, IMMIGRATION_STATUSES,
  NARRATIVE_MAX, OUTCOMES, REASONS_GIVEN, REPORT_SCHEMA_ID, ROLES, SCAN_RESULTS, SUSPECTED_OFFENCES, TECHNOLOGIES,
  TIME_BANDS, YES_NO_UNSURE, isAcceptableIncidentDate, reportSchema, type Report,
} from '../protocol/report-schema.js';
import { asciiDigits } from './digits.js';
import { h } from './dom.js';
import { format } from './i18n/catalogue.js';
import { en as m } from './i18n/en.js';

type FieldPath = keyof typeof m.fields;
/** What one question says: its label (legend for groups), optional hint, errors and options. */
interface FieldText { label: string; hint?: string; required?: string; invalid?: string; options?: Record<string, string> }

type Kind = 'radio' | 'select' | 'checks' | 'text' | 'textarea' | 'date' | 'tick';
type Get = (path: FieldPath) => unknown;

interface Field {
  path: FieldPath;
  kind: Kind;
  values?: readonly string[];
  /** Marked "(optional)" in a section that also has required questions. */
  opt?: true;
  /** A follow-up question: shown (and sent) only when this says so. */
  when?: (get: Get) => boolean;
  attrs?: Record<string, string>;
  note?: string;
  /** Digits typed in another script (۲۷, ২৭) are read as 0–9: the schema's pattern takes only those. */
  digits?: true;
}

const census = new Set<string>(CENSUS_ETHNICITIES);
const has = (path: FieldPath, value: string) => (get: Get) => ((get(path) as string[] | undefined) ?? []).includes(value);

const SECTIONS: { key: keyof typeof m.sections; intro?: string; fields: Field[] }[] = [
  { key: 'about', fields: [{ path: 'reporter.role', kind: 'radio', values: ROLES }] },
  {
    key: 'where',
    fields: [
      { path: 'incident.date', kind: 'date' },
      { path: 'incident.timeBand', kind: 'radio', values: TIME_BANDS, opt: true },
      { path: 'incident.force', kind: 'select', values: FORCES },
      { path: 'incident.area', kind: 'text', opt: true },
      { path: 'incident.postcodeDistrict', kind: 'text', opt: true, digits: true, attrs: { class: 'short', autocapitalize: 'characters' } },
      { path: 'incident.context', kind: 'radio', values: CONTEXTS, opt: true },
      { path: 'incident.technology', kind: 'radio', values: TECHNOLOGIES },
    ],
  },
  {
    key: 'scan',
    intro: m.allOptional,
    fields: [
      { path: 'scan.reasonGiven', kind: 'checks', values: REASONS_GIVEN },
      { path: 'scan.suspectedOffence', kind: 'radio', values: SUSPECTED_OFFENCES, when: has('scan.reasonGiven', 'suspected-offence') },
      { path: 'scan.toldReason', kind: 'radio', values: YES_NO_UNSURE },
      { path: 'scan.toldSpeculativeSearch', kind: 'radio', values: YES_NO_UNSURE },
      { path: 'scan.askedConsent', kind: 'radio', values: YES_NO_UNSURE },
      { path: 'scan.result', kind: 'radio', values: SCAN_RESULTS },
    ],
  },
  { key: 'next', intro: m.allOptional, fields: [{ path: 'outcome', kind: 'checks', values: OUTCOMES }] },
  {
    key: 'person',
    intro: m.personWhy,
    fields: [
      { path: 'person.ethnicity', kind: 'select', values: ETHNICITIES },
      { path: 'person.ethnicitySource', kind: 'radio', values: ETHNICITY_SOURCES, when: (get) => census.has(get('person.ethnicity') as string) },
      { path: 'person.gender', kind: 'radio', values: GENDERS },
      { path: 'person.ageBand', kind: 'select', values: AGE_BANDS },
      { path: 'person.immigrationStatus', kind: 'select', values: IMMIGRATION_STATUSES },
    ],
  },
  { key: 'account', intro: m.allOptional, fields: [{ path: 'narrative', kind: 'textarea' }] },
  {
    key: 'contact',
    intro: m.contactWhy,
    fields: [
      { path: 'contact.consent', kind: 'tick' },
      { path: 'contact.details', kind: 'text', when: (get) => get('contact.consent') === true, note: m.contactWarning, attrs: { spellcheck: 'false' } },
    ],
  },
];
const FIELDS = SECTIONS.flatMap((s) => s.fields);
const DATE_PARTS = ['day', 'month', 'year'] as const;

const idOf = (path: string) => path.replace('.', '-');
const text = (f: Field) => m.fields[f.path] as FieldText;
/** The form being filled (lookups stay inside it: it is built before it joins the page). */
let root: HTMLFormElement;
const byIdIn = <T extends HTMLElement = HTMLInputElement>(id: string) => root.querySelector<T>(`#${id}`)!;
const input = (id: string) => byIdIn(id);
const wrapOf = (f: Field) => byIdIn<HTMLElement>(`${idOf(f.path)}-field`);

/** Build the form's sections into `form`. */
export function buildForm(form: HTMLFormElement): void {
  root = form;
  for (const s of SECTIONS) {
    const section = h('section', { 'aria-labelledby': `s-${s.key}` }, h('h2', { id: `s-${s.key}` }, m.sections[s.key]));
    if (s.intro) section.append(h('p', { class: 'hint' }, s.intro));
    for (const f of s.fields) section.append(buildField(f));
    form.append(section);
  }
  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);
  refresh();
}

function buildField(f: Field): HTMLElement {
  const t = text(f);
  const id = idOf(f.path);
  const group = f.kind === 'radio' || f.kind === 'checks' || f.kind === 'date';
  const label = t.label + (f.opt ? m.optional : '');
  const wrap = h(group ? 'fieldset' : 'div', { class: 'field', id: `${id}-field` });
  const described: string[] = [];
  if (f.note) {
    wrap.append(h('p', { class: 'warning', id: `${id}-note` }, f.note));
    described.push(`${id}-note`);
  }
  if (f.kind !== 'tick') wrap.append(group ? h('legend', {}, label) : h('label', { for: id }, label));
  if (t.hint) {
    wrap.append(h('p', { class: 'hint', id: `${id}-hint` }, t.hint));
    described.push(`${id}-hint`);
  }
  const common = { id, autocomplete: 'off', ...f.attrs };
  let control: HTMLElement | undefined;
  const after: HTMLElement[] = [];
  switch (f.kind) {
    case 'radio':
    case 'checks':
      for (const v of f.values!) {
        const vid = `${id}-${v}`;
        wrap.append(h('div', { class: 'choice' },
          h('input', { type: f.kind === 'radio' ? 'radio' : 'checkbox', name: id, id: vid, value: v }),
          h('label', { for: vid }, t.options![v]!)));
      }
      break;
    case 'tick':
      wrap.append(h('div', { class: 'choice' }, h('input', { type: 'checkbox', id }), h('label', { for: id }, label)));
      break;
    case 'date':
      wrap.append(h('div', { class: 'date' }, ...DATE_PARTS.map((p) =>
        h('div', {},
          h('label', { for: `${id}-${p}` }, m.dateParts[p]),
          h('input', { type: 'text', id: `${id}-${p}`, class: p, inputmode: 'numeric', autocomplete: 'off', maxlength: p === 'year' ? '4' : '2' })))));
      break;
    case 'select':
      control = h('select', common, h('option', { value: '' }, m.choose), ...f.values!.map((v) => h('option', { value: v }, t.options![v]!)));
      break;
    case 'text':
      control = h('input', { type: 'text', ...common });
      break;
    case 'textarea': {
      const area = h('textarea', { rows: '8', ...common });
      const count = h('p', { class: 'hint count', id: `${id}-count`, 'aria-hidden': 'true' }, format(m.charsLeft, { count: NARRATIVE_MAX.toLocaleString('en-GB') }));
      const live = h('p', { class: 'vh', 'aria-live': 'polite' });
      described.push(`${id}-count`);
      let timer: ReturnType<typeof setTimeout> | undefined;
      area.addEventListener('input', () => {
        const left = NARRATIVE_MAX - area.value.length;
        count.textContent = format(left < 0 ? m.charsOver : m.charsLeft, { count: Math.abs(left).toLocaleString('en-GB') });
        count.classList.toggle('over', left < 0);
        // Screen readers hear the count once typing pauses, not on every key.
        clearTimeout(timer);
        timer = setTimeout(() => (live.textContent = count.textContent), 1500);
      });
      control = area;
      after.push(count, live);
      break;
    }
  }
  if (control) wrap.append(control, ...after);
  if (described.length) (control ?? wrap).setAttribute('aria-describedby', described.join(' '));
  return wrap;
}

/** Show follow-up questions whose condition holds; hide the rest. */
function refresh(): void {
  for (const f of FIELDS) if (f.when) wrapOf(f).hidden = !f.when(read);
}

const dateParts = () => DATE_PARTS.map((p) => asciiDigits(input(`incident-date-${p}`).value.trim()));

/** The current answer to one question, or undefined when it has none. */
function read(path: FieldPath): unknown {
  const f = FIELDS.find((x) => x.path === path)!;
  const id = idOf(path);
  switch (f.kind) {
    case 'radio':
    case 'checks': {
      const on = [...root.querySelectorAll<HTMLInputElement>(`input[name="${id}"]:checked`)].map((i) => i.value);
      return f.kind === 'radio' ? on[0] : on.length ? on : undefined;
    }
    case 'tick':
      return input(id).checked || undefined;
    case 'date': {
      const [d, mo, y] = dateParts();
      if (!d && !mo && !y) return undefined;
      const two = (s: string) => (/^\d$/.test(s) ? `0${s}` : s);
      return `${y}-${two(mo!)}${d ? `-${two(d)}` : ''}`;
    }
    default: {
      const v = f.digits ? asciiDigits(input(id).value) : input(id).value;
      return v.trim() ? v : undefined;
    }
  }
}

export interface FieldError { id: string; target: string; message: string }

/**
 * Read the answers and check them with the shared schema. Returns the parsed report (what
 * gets sealed) or the errors in page order, each with the catalogue's words.
 */
export function checkForm(): { report: Report } | { errors: FieldError[] } {
  const draft: Record<string, unknown> = { schema: REPORT_SCHEMA_ID, reporter: {}, incident: {} };
  for (const f of FIELDS) {
    if (f.when && !f.when(read)) continue;
    const v = read(f.path);
    if (v === undefined) continue;
    const [a, b] = f.path.split('.') as [string, string?];
    if (b) ((draft[a] ??= {}) as Record<string, unknown>)[b] = v;
    else draft[a] = v;
  }
  draft.meta = { lang: 'en' };
  const parsed = reportSchema.safeParse(draft);
  if (parsed.success) return { report: parsed.data };
  const bad = parsed.error.issues.map((i) => i.path.join('.'));
  const errors: FieldError[] = [];
  for (const f of FIELDS) {
    if (!bad.some((p) => p === f.path || p.startsWith(`${f.path}.`))) continue;
    const id = idOf(f.path);
    const v = read(f.path);
    const t = text(f);
    let message = (v === undefined ? t.required : t.invalid) ?? t.invalid ?? t.required ?? t.label;
    let target = f.kind === 'radio' || f.kind === 'checks' ? `${id}-${f.values![0]}` : id;
    if (f.kind === 'date') {
      const parts = dateParts();
      // A real calendar date that fails only because it is still to come.
      if (v !== undefined && isAcceptableIncidentDate(v as string, new Date(8.64e15))) message = m.dateFuture;
      target = `${id}-${DATE_PARTS[[1, 2].find((k) => !parts[k]) ?? (parts[0] ? 0 : 1)]}`;
    }
    if (f.path === 'narrative') message = format(m.tooLong, { count: ((v as string).length - NARRATIVE_MAX).toLocaleString('en-GB'), max: NARRATIVE_MAX.toLocaleString('en-GB') });
    errors.push({ id, target, message });
  }
  return { errors };
}

/** Remove every error message, mark, and the summary. */
export function clearErrors(form: HTMLFormElement): void {
  document.title = m.title;
  document.querySelector('.error-summary')?.remove();
  for (const el of form.querySelectorAll('.error-msg')) el.remove();
  for (const el of form.querySelectorAll('.field-error')) el.classList.remove('field-error');
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of form.querySelectorAll<HTMLElement>('[data-described]')) {
    el.setAttribute('aria-describedby', el.dataset.described!);
    delete el.dataset.described;
  }
}

/** Error summary at the top (focused, so it is read first), a message next to each field. */
export function showErrors(form: HTMLFormElement, errors: FieldError[]): void {
  clearErrors(form);
  const list = h('ul', {});
  for (const e of errors) {
    const link = h('a', { href: `#${e.target}` }, e.message);
    link.addEventListener('click', (event) => {
      // Focus the field ourselves: following the link would put a fragment in the URL and history.
      event.preventDefault();
      document.getElementById(`${e.id}-field`)!.scrollIntoView();
      document.getElementById(e.target)!.focus({ preventScroll: true });
    });
    list.append(h('li', {}, link));

    const wrap = document.getElementById(`${e.id}-field`)!;
    wrap.classList.add('field-error');
    const msg = h('p', { class: 'error-msg', id: `${e.id}-error` }, h('span', { class: 'vh' }, m.errorPrefix), e.message);
    (document.getElementById(`${e.id}-hint`) ?? wrap.querySelector(':scope > label, :scope > legend'))!.after(msg);
    const described = wrap.tagName === 'FIELDSET' ? wrap : document.getElementById(e.id)!;
    if (wrap.tagName !== 'FIELDSET') described.setAttribute('aria-invalid', 'true');
    described.dataset.described = described.getAttribute('aria-describedby') ?? '';
    described.setAttribute('aria-describedby', `${e.id}-error ${described.dataset.described}`.trim());
  }
  const summary = h('div', { class: 'error-summary', tabindex: '-1', 'aria-labelledby': 'error-title' }, h('h2', { id: 'error-title' }, m.errorTitle), list);
  // At the top of the page, as GOV.UK does; the title says so too, for screen reader users switching tabs.
  form.parentElement!.prepend(summary);
  document.title = `${m.errorPrefix}${m.title}`;
  summary.focus();
}

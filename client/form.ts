/**
 * The questions, built from a short list of fields and the message catalogue; reading the
 * answers into a report; and showing the shared schema's verdict the accessible way (an
 * error summary that links to each field, and a message next to each field).
 */
import {
  AGE_BANDS,
  CENSUS_ETHNICITIES,
  CONTEXTS,
  ETHNICITIES,
  ETHNICITY_SOURCES,
  FORCES,
  GENDERS,
  IMMIGRATION_STATUSES,
  NARRATIVE_MAX,
  OUTCOMES,
  REASONS_GIVEN,
  REPORT_SCHEMA_ID,
  ROLES,
  SCAN_RESULTS,
  SUSPECTED_OFFENCES,
  TECHNOLOGIES,
  TIME_BANDS,
  YES_NO_UNSURE,
  isAcceptableIncidentDate,
  reportSchema,
  type Report,
} from '../protocol/report-schema.js';
import { asciiDigits } from './digits.js';
import { h } from './dom.js';
import { format, type ClientCatalogue } from '../protocol/i18n/catalogue.js';
import { lang, num, t } from './current-catalogue.js';

type FieldPath = keyof ClientCatalogue['fields'];
/** What one question says: its label (legend for groups), optional hint, errors and options. */
interface FieldText {
  label: string;
  hint?: string;
  required?: string;
  invalid?: string;
  options?: Record<string, string>;
}

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
  note?: 'contactWarning';
  /** Digits typed in another script (۲۷, ২৭) are read as 0–9: the schema's pattern takes only those. */
  digits?: true;
}

const census = new Set<string>(CENSUS_ETHNICITIES);
/**
 * Free text must not leave the device unsealed: browsers' online spellcheckers (Chrome's
 * enhanced spell check, Edge's Microsoft Editor) and writing add-ons send field text to their
 * servers ("spell-jacking", docs/form.md). Off on every field a witness types into; `dir=auto`
 * lets text in either direction read naturally whatever the page's language.
 */
const FREE_TEXT = {
  spellcheck: 'false',
  autocorrect: 'off',
  autocapitalize: 'none',
  writingsuggestions: 'false',
  'data-gramm': 'false',
  'data-gramm_editor': 'false',
  'data-enable-grammarly': 'false',
  dir: 'auto',
} as const;
const has = (path: FieldPath, value: string) => (get: Get) => ((get(path) as string[] | undefined) ?? []).includes(value);

type Intro = 'allOptional' | 'personWhy' | 'contactWhy';
const SECTIONS: { key: keyof ClientCatalogue['sections']; intro?: Intro; fields: Field[] }[] = [
  { key: 'about', fields: [{ path: 'reporter.role', kind: 'radio', values: ROLES }] },
  {
    key: 'where',
    fields: [
      { path: 'incident.date', kind: 'date' },
      { path: 'incident.timeBand', kind: 'radio', values: TIME_BANDS, opt: true },
      { path: 'incident.force', kind: 'select', values: FORCES },
      { path: 'incident.area', kind: 'text', opt: true, attrs: FREE_TEXT },
      {
        path: 'incident.postcodeDistrict',
        kind: 'text',
        opt: true,
        digits: true,
        attrs: { ...FREE_TEXT, class: 'short', autocapitalize: 'characters', dir: 'ltr' },
      },
      { path: 'incident.context', kind: 'radio', values: CONTEXTS, opt: true },
      { path: 'incident.technology', kind: 'radio', values: TECHNOLOGIES },
    ],
  },
  {
    key: 'scan',
    intro: 'allOptional',
    fields: [
      { path: 'scan.reasonGiven', kind: 'checks', values: REASONS_GIVEN },
      { path: 'scan.suspectedOffence', kind: 'radio', values: SUSPECTED_OFFENCES, when: has('scan.reasonGiven', 'suspected-offence') },
      { path: 'scan.toldReason', kind: 'radio', values: YES_NO_UNSURE },
      { path: 'scan.toldSpeculativeSearch', kind: 'radio', values: YES_NO_UNSURE },
      { path: 'scan.askedConsent', kind: 'radio', values: YES_NO_UNSURE },
      { path: 'scan.result', kind: 'radio', values: SCAN_RESULTS },
    ],
  },
  { key: 'next', intro: 'allOptional', fields: [{ path: 'outcome', kind: 'checks', values: OUTCOMES }] },
  {
    key: 'person',
    intro: 'personWhy',
    fields: [
      { path: 'person.ethnicity', kind: 'radio', values: ETHNICITIES },
      { path: 'person.ethnicitySource', kind: 'radio', values: ETHNICITY_SOURCES, when: (get) => census.has(get('person.ethnicity') as string) },
      { path: 'person.gender', kind: 'radio', values: GENDERS },
      { path: 'person.ageBand', kind: 'select', values: AGE_BANDS },
      { path: 'person.immigrationStatus', kind: 'radio', values: IMMIGRATION_STATUSES },
    ],
  },
  { key: 'account', intro: 'allOptional', fields: [{ path: 'narrative', kind: 'textarea', attrs: FREE_TEXT }] },
  {
    key: 'contact',
    intro: 'contactWhy',
    fields: [
      { path: 'contact.consent', kind: 'tick' },
      { path: 'contact.details', kind: 'text', when: (get) => get('contact.consent') === true, note: 'contactWarning', attrs: FREE_TEXT },
    ],
  },
];
const FIELDS = SECTIONS.flatMap((s) => s.fields);
const DATE_PARTS = ['day', 'month', 'year'] as const;

const idOf = (path: string) => path.replace('.', '-');
const text = (f: Field) => t.fields[f.path] as FieldText;
/** The form being filled (lookups stay inside it: it is built before it joins the page). */
let root: HTMLFormElement;
const byIdIn = <T extends HTMLElement = HTMLInputElement>(id: string) => root.querySelector<T>(`#${id}`)!;
const input = (id: string) => byIdIn(id);
const wrapOf = (f: Field) => byIdIn<HTMLElement>(`${idOf(f.path)}-field`);

/** Build the form's sections into `form`. */
export function buildForm(form: HTMLFormElement): void {
  root = form;
  for (const s of SECTIONS) {
    const section = h('section', { 'aria-labelledby': `s-${s.key}` }, h('h2', { id: `s-${s.key}` }, t.sections[s.key]));
    if (s.intro) section.append(h('p', { class: 'hint' }, t[s.intro]));
    for (const f of s.fields) section.append(buildField(f));
    form.append(section);
  }
  for (const type of ['input', 'change']) {
    form.addEventListener(type, () => {
      refresh();
      clearCorrectedErrors(form);
    });
  }
  refresh();
}

function buildField(f: Field): HTMLElement {
  const tx = text(f);
  const id = idOf(f.path);
  const group = f.kind === 'radio' || f.kind === 'checks' || f.kind === 'date';
  const label = tx.label + (f.opt ? t.optional : '');
  const wrap = h(group ? 'fieldset' : 'div', { class: 'field', id: `${id}-field` });
  const described: string[] = [];
  if (f.note) {
    wrap.append(h('p', { class: 'warning', id: `${id}-note` }, t[f.note]));
    described.push(`${id}-note`);
  }
  if (f.kind !== 'tick') wrap.append(group ? h('legend', {}, label) : h('label', { for: id }, label));
  if (tx.hint) {
    wrap.append(h('p', { class: 'hint', id: `${id}-hint` }, tx.hint));
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
        wrap.append(
          h(
            'div',
            { class: 'choice' },
            h('input', { type: f.kind === 'radio' ? 'radio' : 'checkbox', name: id, id: vid, value: v }),
            h('label', { for: vid }, tx.options![v]!),
          ),
        );
      }
      break;
    case 'tick':
      wrap.append(h('div', { class: 'choice' }, h('input', { type: 'checkbox', id }), h('label', { for: id }, label)));
      break;
    case 'date':
      wrap.append(
        h(
          'div',
          { class: 'date' },
          ...DATE_PARTS.map((p) =>
            h(
              'div',
              {},
              h('label', { for: `${id}-${p}` }, t.dateParts[p]),
              h('input', {
                type: 'text',
                id: `${id}-${p}`,
                class: p,
                inputmode: 'numeric',
                autocomplete: 'off',
                spellcheck: 'false',
                dir: 'ltr',
                maxlength: p === 'year' ? '4' : '2',
              }),
            ),
          ),
        ),
      );
      break;
    case 'select':
      control = h('select', common, h('option', { value: '' }, t.choose), ...f.values!.map((v) => h('option', { value: v }, tx.options![v]!)));
      break;
    case 'text':
      control = h('input', { type: 'text', ...common });
      break;
    case 'textarea': {
      const area = h('textarea', { rows: '8', ...common });
      const count = h('p', { class: 'hint count', id: `${id}-count`, 'aria-hidden': 'true' }, format(t.charsLeft, { count: num(NARRATIVE_MAX) }));
      const live = h('p', { class: 'vh', 'aria-live': 'polite' });
      described.push(`${id}-count`);
      let timer: ReturnType<typeof setTimeout> | undefined;
      area.addEventListener('input', () => {
        const left = NARRATIVE_MAX - area.value.length;
        count.textContent = format(left < 0 ? t.charsOver : t.charsLeft, { count: num(Math.abs(left)) });
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

/**
 * Number every part of the form ("Part 2 of 8" above its heading) and list them at the top, so
 * a witness on a phone sees how long the form is and where they are. In-page links focus the
 * part by script: a #fragment would go into the URL and the history.
 */
export function outlineParts(form: HTMLFormElement): void {
  const headings = [...form.querySelectorAll<HTMLHeadingElement>(':scope > section > h2')];
  const items = headings.map((heading, i) => {
    heading.prepend(h('span', { class: 'part' }, format(t.partOf, { n: num(i + 1), total: num(headings.length) })), ' ');
    heading.setAttribute('tabindex', '-1');
    const link = h('a', { href: `#${heading.id}` }, heading.lastChild!.textContent!);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      heading.scrollIntoView();
      heading.focus({ preventScroll: true });
    });
    return h('li', {}, link);
  });
  form.prepend(h('nav', { class: 'outline', 'aria-labelledby': 'outline-title' }, h('h2', { id: 'outline-title' }, t.outlineTitle), h('ol', {}, ...items)));
}

/** Every answer as it stands (by element id), to carry across a change of language. */
export function snapshot(form: HTMLFormElement): Map<string, string | boolean> {
  const state = new Map<string, string | boolean>();
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
    state.set(el.id, el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? el.checked : el.value);
  }
  return state;
}

/** Put a snapshot back into a freshly built form, then update what depends on the answers. */
export function restore(form: HTMLFormElement, state: Map<string, string | boolean>): void {
  for (const [id, value] of state) {
    const el = form.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
    if (!el) continue;
    if (typeof value === 'boolean') el.checked = value;
    else el.value = value;
  }
  // The character count and follow-up questions follow the restored text and choices.
  form.querySelector('textarea')?.dispatchEvent(new Event('input', { bubbles: true }));
  refresh();
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

export interface FieldError {
  id: string;
  target: string;
  message: string;
}

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
  draft.meta = { lang };
  const parsed = reportSchema.safeParse(draft);
  if (parsed.success) return { report: parsed.data };
  const bad = parsed.error.issues.map((i) => i.path.join('.'));
  const errors: FieldError[] = [];
  for (const f of FIELDS) {
    if (!bad.some((p) => p === f.path || p.startsWith(`${f.path}.`))) continue;
    const id = idOf(f.path);
    const v = read(f.path);
    const tx = text(f);
    let message = (v === undefined ? tx.required : tx.invalid) ?? tx.invalid ?? tx.required ?? tx.label;
    let target = f.kind === 'radio' || f.kind === 'checks' ? `${id}-${f.values![0]}` : id;
    if (f.kind === 'date') {
      const parts = dateParts();
      // A real calendar date that fails only because it is still to come.
      if (v !== undefined && isAcceptableIncidentDate(v as string, new Date(8.64e15))) message = t.dateFuture;
      target = `${id}-${DATE_PARTS[[1, 2].find((k) => !parts[k]) ?? (parts[0] ? 0 : 1)]}`;
    }
    if (f.path === 'narrative') message = format(t.tooLong, { count: num((v as string).length - NARRATIVE_MAX), max: num(NARRATIVE_MAX) });
    errors.push({ id, target, message });
  }
  return { errors };
}

/** Remove one field's error message and marks, and its line in the summary. */
function clearFieldError(form: HTMLFormElement, id: string): void {
  const wrap = form.querySelector(`#${id}-field`);
  wrap?.classList.remove('field-error');
  form.querySelector(`#${id}-error`)?.remove();
  for (const el of wrap?.querySelectorAll('[aria-invalid]') ?? []) el.removeAttribute('aria-invalid');
  for (const el of [wrap, ...(wrap?.querySelectorAll('[data-described]') ?? [])]) {
    if (!(el instanceof HTMLElement) || el.dataset.described === undefined) continue;
    el.setAttribute('aria-describedby', el.dataset.described);
    if (!el.dataset.described) el.removeAttribute('aria-describedby');
    delete el.dataset.described;
  }
  document.querySelector(`.error-summary li[data-for="${id}"]`)?.remove();
}

/** Remove every error message, mark, and the summary. */
export function clearErrors(form: HTMLFormElement): void {
  document.title = t.title;
  for (const wrap of form.querySelectorAll('.field-error')) clearFieldError(form, wrap.id.replace(/-field$/, ''));
  document.querySelector('.error-summary')?.remove();
}

/**
 * While errors are shown, an answer that is put right loses its error at once (the others
 * stay until they are put right or the form is sent again); the last one takes the summary.
 */
export function clearCorrectedErrors(form: HTMLFormElement): void {
  if (!document.querySelector('.error-summary')) return;
  const result = checkForm();
  const still = new Set('errors' in result ? result.errors.map((e) => e.id) : []);
  for (const wrap of form.querySelectorAll('.field-error')) {
    const id = wrap.id.replace(/-field$/, '');
    if (!still.has(id)) clearFieldError(form, id);
  }
  if (!document.querySelector('.error-summary li')) clearErrors(form);
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
    list.append(h('li', { 'data-for': e.id }, link));

    const wrap = document.getElementById(`${e.id}-field`)!;
    wrap.classList.add('field-error');
    const msg = h('p', { class: 'error-msg', id: `${e.id}-error` }, h('span', { class: 'vh' }, t.errorPrefix), e.message);
    (document.getElementById(`${e.id}-hint`) ?? wrap.querySelector(':scope > label, :scope > legend'))!.after(msg);
    const described = wrap.tagName === 'FIELDSET' ? wrap : document.getElementById(e.id)!;
    if (wrap.tagName !== 'FIELDSET') described.setAttribute('aria-invalid', 'true');
    described.dataset.described = described.getAttribute('aria-describedby') ?? '';
    described.setAttribute('aria-describedby', `${e.id}-error ${described.dataset.described}`.trim());
  }
  const summary = h('div', { class: 'error-summary', tabindex: '-1', 'aria-labelledby': 'error-title' }, h('h2', { id: 'error-title' }, t.errorTitle), list);
  // At the top of the page, as GOV.UK does; the title says so too, for screen reader users switching tabs.
  form.parentElement!.prepend(summary);
  document.title = `${t.errorPrefix}${t.title}`;
  summary.focus();
}

/**
 * Reading the witness's answers from the form: one question's answer, the draft report they make
 * (only questions that are shown), which follow-up questions show, and a snapshot of every input
 * to carry across a change of language.
 */
import { PARTS, pathOf, type QuestionId } from '../protocol/questions.js';
import { REPORT_SCHEMA_ID } from '../protocol/report-schema.js';
import { asciiDigits } from '../protocol/digits.js';
import { lang } from './current-catalogue.js';
import { DATE_PARTS, FORM_QUESTIONS, elementId, type FormQuestion } from './questions.js';

// Lookups stay inside the form: it is built, and read, before it joins the page.
const inputIn = (form: HTMLFormElement, id: string) => form.querySelector<HTMLInputElement>(`#${id}`)!;

/** The date's three boxes as typed, digits in any script read as 0–9. */
export const dateParts = (form: HTMLFormElement) => DATE_PARTS.map((p) => asciiDigits(inputIn(form, `incident-date-${p}`).value.trim()));

/** The current answer to one question, or undefined when it has none. */
export function answerTo(form: HTMLFormElement, q: FormQuestion): unknown {
  const id = elementId(q.id);
  switch (q.widget) {
    case 'radio':
    case 'checks': {
      const on = [...form.querySelectorAll<HTMLInputElement>(`input[name="${id}"]:checked`)].map((i) => i.value);
      return q.widget === 'radio' ? on[0] : on.length ? on : undefined;
    }
    case 'tick':
      return inputIn(form, id).checked || undefined;
    case 'date': {
      const [d, mo, y] = dateParts(form);
      if (!d && !mo && !y) return undefined;
      const two = (s: string) => (/^\d$/.test(s) ? `0${s}` : s);
      return `${y}-${two(mo!)}${d ? `-${two(d)}` : ''}`;
    }
    default: {
      const v = q.digits ? asciiDigits(inputIn(form, id).value) : inputIn(form, id).value;
      return v.trim() ? v : undefined;
    }
  }
}

const byId = new Map(FORM_QUESTIONS.map((q) => [q.id, q]));

/** Whether a question shows: a follow-up only when the answer it follows says so. */
export function isShown(form: HTMLFormElement, q: FormQuestion): boolean {
  return !q.when || q.when((id: QuestionId) => answerTo(form, byId.get(id)!));
}

/** Show follow-up questions whose condition holds; hide the rest. */
export function showFollowUps(form: HTMLFormElement): void {
  for (const q of FORM_QUESTIONS) if (q.when) form.querySelector<HTMLElement>(`#${elementId(q.id)}-field`)!.hidden = !isShown(form, q);
}

/** The report as answered so far, not yet checked: each shown answer at its path. */
export function draftReport(form: HTMLFormElement): Record<string, unknown> {
  const draft: Record<string, unknown> = { schema: REPORT_SCHEMA_ID };
  // A required part is there even when empty, so the schema names its missing answers.
  for (const [part, { optional }] of Object.entries(PARTS)) if (!optional) draft[part] = {};
  for (const q of FORM_QUESTIONS) {
    if (!isShown(form, q)) continue;
    const v = answerTo(form, q);
    if (v === undefined) continue;
    const { part, field } = pathOf(q.id);
    if (part) ((draft[part] ??= {}) as Record<string, unknown>)[field] = v;
    else draft[field] = v;
  }
  draft.meta = { lang };
  return draft;
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
  showFollowUps(form);
}

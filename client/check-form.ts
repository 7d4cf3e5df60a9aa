/**
 * The form's verdict: read the answers and check them with the shared schema. Either the parsed
 * report (what gets sealed) or the errors in page order, each in the catalogue's words and with
 * the input an error summary's link should focus.
 */
import { NARRATIVE_MAX, isAcceptableIncidentDate, reportSchema, type Report } from '../protocol/report-schema.js';
import { format } from '../protocol/i18n/catalogue.js';
import { num, t } from './current-catalogue.js';
import { answerTo, dateParts, draftReport } from './answers.js';
import { textOf } from './question-markup.js';
import { DATE_PARTS, FORM_QUESTIONS, elementId, type FormQuestion } from './questions.js';

export interface FieldError {
  id: string;
  target: string;
  message: string;
}

export function checkForm(form: HTMLFormElement): { report: Report } | { errors: FieldError[] } {
  const parsed = reportSchema.safeParse(draftReport(form));
  if (parsed.success) return { report: parsed.data };
  const bad = parsed.error.issues.map((i) => i.path.join('.'));
  const errors: FieldError[] = [];
  for (const q of FORM_QUESTIONS) {
    if (bad.some((p) => p === q.id || p.startsWith(`${q.id}.`))) errors.push(fieldError(form, q));
  }
  return { errors };
}

function fieldError(form: HTMLFormElement, q: FormQuestion): FieldError {
  const id = elementId(q.id);
  const v = answerTo(form, q);
  const tx = textOf(q, t);
  let message = (v === undefined ? tx.required : tx.invalid) ?? tx.invalid ?? tx.required ?? tx.label;
  let target = q.widget === 'radio' || q.widget === 'checks' ? `${id}-${q.values![0]}` : id;
  if (q.widget === 'date') {
    const parts = dateParts(form);
    // A real calendar date that fails only because it is still to come.
    if (v !== undefined && isAcceptableIncidentDate(v as string, new Date(8.64e15))) message = t.dateFuture;
    target = `${id}-${DATE_PARTS[[1, 2].find((k) => !parts[k]) ?? (parts[0] ? 0 : 1)]}`;
  }
  if (q.id === 'narrative') message = format(t.tooLong, { count: num((v as string).length - NARRATIVE_MAX), max: num(NARRATIVE_MAX) });
  return { id, target, message };
}

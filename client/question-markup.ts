/**
 * One question's markup, from its screen details (questions.ts) and the catalogue's words: a
 * fieldset with a legend for a group (choices, the date's three boxes), else a label and one
 * control; its hint, and the warning before it, linked by aria-describedby. Text, not DOM: the
 * same markup is in the server's page and, after a change of language, rendered by the script.
 */
import { NARRATIVE_MAX } from '../protocol/report-schema.js';
import { format, type ClientCatalogue, type FieldWords } from '../protocol/i18n/catalogue.js';
import { el, text } from './markup.js';
import { DATE_PARTS, elementId, type FormQuestion } from './questions.js';

/** What one question says: its label (legend for groups), optional hint, errors and options. */
export interface QuestionText {
  label: string;
  hint?: string;
  required?: string;
  invalid?: string;
  options?: Record<string, string>;
}

/** A question's words; the script's own catalogue has only its label and errors (FieldWords). */
export const textOf = (q: FormQuestion, t: Pick<ClientCatalogue, 'fields'> | { fields: Record<string, FieldWords> }) =>
  (t.fields as Record<string, QuestionText>)[q.id]!;

/** Whether the question is a group of inputs (a fieldset with a legend) rather than one control. */
export const isGroup = (q: FormQuestion) => q.widget === 'radio' || q.widget === 'checks' || q.widget === 'date';

/** A number written the way `lang` writes numbers. */
export const numIn = (lang: string, n: number): string => n.toLocaleString(lang);

/** The question as markup; a follow-up starts hidden (no answer yet shows it). */
export function questionHtml(q: FormQuestion, t: ClientCatalogue, lang: string): string {
  const tx = textOf(q, t);
  const id = elementId(q.id);
  const group = isGroup(q);
  const label = text(tx.label + (q.markOptional ? t.optional : ''));
  const parts: string[] = [];
  const described: string[] = [];
  if (q.note) {
    parts.push(el('p', { class: 'warning', id: `${id}-note` }, text(t[q.note])));
    described.push(`${id}-note`);
  }
  if (q.widget !== 'tick') parts.push(group ? el('legend', {}, label) : el('label', { for: id }, label));
  if (tx.hint) {
    parts.push(el('p', { class: 'hint', id: `${id}-hint` }, text(tx.hint)));
    described.push(`${id}-hint`);
  }
  const common = { id, autocomplete: 'off', ...q.attrs };
  if (q.widget === 'textarea') described.push(`${id}-count`);
  const describedBy = described.length ? described.join(' ') : undefined;
  switch (q.widget) {
    case 'radio':
    case 'checks':
      for (const v of q.values!) {
        const vid = `${id}-${v}`;
        parts.push(
          el(
            'div',
            { class: 'choice' },
            el('input', { type: q.widget === 'radio' ? 'radio' : 'checkbox', name: id, id: vid, value: v }),
            el('label', { for: vid }, text(tx.options![v]!)),
          ),
        );
      }
      break;
    case 'tick':
      parts.push(el('div', { class: 'choice' }, el('input', { type: 'checkbox', id }), el('label', { for: id }, label)));
      break;
    case 'date':
      parts.push(el('div', { class: 'date' }, ...DATE_PARTS.map((p) => datePart(id, p, t))));
      break;
    case 'select':
      parts.push(
        el(
          'select',
          { ...common, 'aria-describedby': describedBy },
          el('option', { value: '' }, text(t.choose)),
          ...q.values!.map((v) => el('option', { value: v }, text(tx.options![v]!))),
        ),
      );
      break;
    case 'text':
      parts.push(el('input', { type: 'text', ...common, 'aria-describedby': describedBy }));
      break;
    case 'textarea':
      parts.push(
        el('textarea', { rows: '8', ...common, 'aria-describedby': describedBy }),
        // The characters left (client/form.ts keeps it current), and a quieter copy for screen readers.
        el('p', { class: 'hint count', id: `${id}-count`, 'aria-hidden': 'true' }, text(format(t.charsLeft, { count: numIn(lang, NARRATIVE_MAX) }))),
        el('p', { class: 'vh', id: `${id}-count-live`, 'aria-live': 'polite' }),
      );
      break;
  }
  const grouped = group || q.widget === 'tick';
  return el(
    group ? 'fieldset' : 'div',
    { class: 'field', id: `${id}-field`, hidden: !!q.when, 'aria-describedby': grouped ? describedBy : undefined },
    ...parts,
  );
}

function datePart(id: string, p: (typeof DATE_PARTS)[number], t: ClientCatalogue): string {
  return el(
    'div',
    {},
    el('label', { for: `${id}-${p}` }, text(t.dateParts[p])),
    el('input', {
      type: 'text',
      id: `${id}-${p}`,
      class: p,
      inputmode: 'numeric',
      autocomplete: 'off',
      spellcheck: 'false',
      dir: 'ltr',
      maxlength: p === 'year' ? '4' : '2',
    }),
  );
}

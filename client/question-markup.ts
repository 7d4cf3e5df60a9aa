/**
 * One question's markup, from its screen details (questions.ts) and the catalogue's words: a
 * fieldset with a legend for a group (choices, the date's three boxes), else a label and one
 * control; its hint, and the warning before it, linked by aria-describedby.
 */
import { NARRATIVE_MAX } from '../protocol/report-schema.js';
import { h } from './dom.js';
import { format } from '../protocol/i18n/catalogue.js';
import { num, t } from './current-catalogue.js';
import { DATE_PARTS, elementId, type FormQuestion } from './questions.js';

/** What one question says: its label (legend for groups), optional hint, errors and options. */
export interface QuestionText {
  label: string;
  hint?: string;
  required?: string;
  invalid?: string;
  options?: Record<string, string>;
}

export const textOf = (q: FormQuestion) => t.fields[q.id] as QuestionText;

/** Whether the question is a group of inputs (a fieldset with a legend) rather than one control. */
export const isGroup = (q: FormQuestion) => q.widget === 'radio' || q.widget === 'checks' || q.widget === 'date';

export function questionElement(q: FormQuestion): HTMLElement {
  const tx = textOf(q);
  const id = elementId(q.id);
  const group = isGroup(q);
  const label = tx.label + (q.markOptional ? t.optional : '');
  const wrap = h(group ? 'fieldset' : 'div', { class: 'field', id: `${id}-field` });
  const described: string[] = [];
  if (q.note) {
    wrap.append(h('p', { class: 'warning', id: `${id}-note` }, t[q.note]));
    described.push(`${id}-note`);
  }
  if (q.widget !== 'tick') wrap.append(group ? h('legend', {}, label) : h('label', { for: id }, label));
  if (tx.hint) {
    wrap.append(h('p', { class: 'hint', id: `${id}-hint` }, tx.hint));
    described.push(`${id}-hint`);
  }
  const common = { id, autocomplete: 'off', ...q.attrs };
  let control: HTMLElement | undefined;
  const after: HTMLElement[] = [];
  switch (q.widget) {
    case 'radio':
    case 'checks':
      for (const v of q.values!) {
        const vid = `${id}-${v}`;
        wrap.append(
          h(
            'div',
            { class: 'choice' },
            h('input', { type: q.widget === 'radio' ? 'radio' : 'checkbox', name: id, id: vid, value: v }),
            h('label', { for: vid }, tx.options![v]!),
          ),
        );
      }
      break;
    case 'tick':
      wrap.append(h('div', { class: 'choice' }, h('input', { type: 'checkbox', id }), h('label', { for: id }, label)));
      break;
    case 'date':
      wrap.append(h('div', { class: 'date' }, ...DATE_PARTS.map((p) => datePart(id, p))));
      break;
    case 'select':
      control = h('select', common, h('option', { value: '' }, t.choose), ...q.values!.map((v) => h('option', { value: v }, tx.options![v]!)));
      break;
    case 'text':
      control = h('input', { type: 'text', ...common });
      break;
    case 'textarea':
      control = h('textarea', { rows: '8', ...common });
      after.push(...characterCount(control as HTMLTextAreaElement, id));
      described.push(`${id}-count`);
      break;
  }
  if (control) wrap.append(control, ...after);
  if (described.length) (control ?? wrap).setAttribute('aria-describedby', described.join(' '));
  return wrap;
}

function datePart(id: string, p: (typeof DATE_PARTS)[number]): HTMLElement {
  return h(
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
  );
}

/** The characters left under a text area, and a quieter copy of it for screen readers. */
function characterCount(area: HTMLTextAreaElement, id: string): HTMLElement[] {
  const count = h('p', { class: 'hint count', id: `${id}-count`, 'aria-hidden': 'true' }, format(t.charsLeft, { count: num(NARRATIVE_MAX) }));
  const live = h('p', { class: 'vh', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  area.addEventListener('input', () => {
    const left = NARRATIVE_MAX - area.value.length;
    count.textContent = format(left < 0 ? t.charsOver : t.charsLeft, { count: num(Math.abs(left)) });
    count.classList.toggle('over', left < 0);
    // Screen readers hear the count once typing pauses, not on every key.
    clearTimeout(timer);
    timer = setTimeout(() => (live.textContent = count.textContent), 1500);
  });
  return [count, live];
}

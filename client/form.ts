/**
 * The form's page parts: each part's heading, intro and questions (question-markup.ts), wired so
 * that follow-up questions and corrected errors follow the answers; and the outline at the top.
 */
import { showFollowUps } from './answers.js';
import { h } from './dom.js';
import { clearCorrectedErrors } from './error-display.js';
import { format } from '../protocol/i18n/catalogue.js';
import { num, t } from './current-catalogue.js';
import { questionElement } from './question-markup.js';
import { FORM_QUESTIONS, PAGE_PARTS } from './questions.js';

/** Build the form's parts into `form`. */
export function buildForm(form: HTMLFormElement): void {
  for (const part of PAGE_PARTS) {
    const section = h('section', { 'aria-labelledby': `s-${part.key}` }, h('h2', { id: `s-${part.key}` }, t.sections[part.key]));
    if (part.intro) section.append(h('p', { class: 'hint' }, t[part.intro]));
    for (const q of FORM_QUESTIONS) if (q.part === part.key) section.append(questionElement(q));
    form.append(section);
  }
  for (const type of ['input', 'change']) {
    form.addEventListener(type, () => {
      showFollowUps(form);
      clearCorrectedErrors(form);
    });
  }
  showFollowUps(form);
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

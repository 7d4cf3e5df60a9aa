/**
 * Showing the form's errors the accessible way (as GOV.UK does): a summary at the top that links
 * to each question, a message next to each, tied to its input by aria-describedby; and taking
 * them away as answers are put right.
 */
import { h } from './dom.js';
import { t } from './current-catalogue.js';
import { checkForm, type FieldError } from './check-form.js';

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
  const result = checkForm(form);
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

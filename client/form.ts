/**
 * Taking over the form's markup (form-markup.ts, in the page since its first paint): follow-up
 * questions and corrected errors follow the answers, the character count follows the text, and
 * the outline's links focus their part. Listeners sit on the form itself, so they keep working
 * whatever is typed before or after; answers already typed stay as they are.
 */
import { NARRATIVE_MAX } from '../protocol/report-schema.js';
import { format } from '../protocol/i18n/catalogue.js';
import { showFollowUps } from './answers.js';
import { clearCorrectedErrors } from './error-display.js';
import { num, t } from './current-catalogue.js';

export function takeOverForm(form: HTMLFormElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const area = form.querySelector('textarea');
  const countText = () => {
    if (!area) return;
    const left = NARRATIVE_MAX - area.value.length;
    const count = form.querySelector<HTMLElement>(`#${area.id}-count`)!;
    count.textContent = format(left < 0 ? t.charsOver : t.charsLeft, { count: num(Math.abs(left)) });
    count.classList.toggle('over', left < 0);
    // Screen readers hear the count once typing pauses, not on every key.
    clearTimeout(timer);
    timer = setTimeout(() => (form.querySelector(`#${area.id}-count-live`)!.textContent = count.textContent), 1500);
  };
  for (const type of ['input', 'change']) {
    form.addEventListener(type, (event) => {
      showFollowUps(form);
      clearCorrectedErrors(form);
      if (event.target === area) countText();
    });
  }
  // In-page links focus the part by script: a #fragment would go into the URL and the history.
  form.querySelector('nav.outline')!.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    const heading = form.querySelector<HTMLElement>(link.hash)!;
    heading.scrollIntoView();
    heading.focus({ preventScroll: true });
  });
  showFollowUps(form);
  if (area?.value) countText();
}

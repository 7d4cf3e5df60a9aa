/**
 * The form's side of replies (docs/replies.md): the question "Would you like a way to get a
 * reply?" at the end of the contact part. Ticking it loads the reply part (client/reply/part.ts,
 * with its words in the page's language), which makes and shows the receipt; everything else
 * about the receipt lives there, so the form's first load stays small. Unticking, leaving the
 * page and sending the report forget the receipt; a change of language shows it again.
 */
import type { PartText } from '../protocol/i18n/catalogue.js';
import type { FieldError } from './check-form.js';
import { t } from './current-catalogue.js';
import { h } from './dom.js';
import { loadPart } from './lazy-part.js';

type Part = typeof import('./reply/part.js');

let part: { module: Part; text: PartText<'reply'> } | undefined;
/** The report last sealed asked for a reply: once it is sent, the confirmation says to keep the receipt. */
let asked = false;

const ticked = () => document.querySelector<HTMLInputElement>('#reply-optin')?.checked === true;
const load = async () => (part = await loadPart<Part, 'reply'>('reply'));

/** Show the question when replies are on (the page carries a signing key), and follow its box. */
export function takeOverReplyOptIn(form: HTMLFormElement, available: boolean): void {
  const field = form.querySelector<HTMLElement>('#reply-optin-field');
  if (!field || !available) return;
  field.hidden = false;
  const where = form.querySelector<HTMLElement>('#reply-receipt')!;
  const box = form.querySelector<HTMLInputElement>('#reply-optin')!;
  const follow = async () => {
    if (!ticked()) return part?.module.forget();
    // Unticking and ticking again is the way to try again.
    await load().catch(() => where.replaceChildren(h('p', { class: 'error-msg', role: 'alert' }, t.partFailed)));
    if (ticked() && part) part.module.show(where, part.text);
  };
  box.addEventListener('change', () => void follow());
  // Rebuilt after a change of language: the same receipt again, in the new words.
  if (part?.module.holding()) {
    box.checked = true;
    void follow();
  }
}

/** What stops the report: the receipt's last group not typed back right, or the reply part not loaded. */
export function replyProblem(): FieldError | null {
  if (!ticked()) return null;
  return part ? part.module.problem(part.text) : { id: 'reply-optin', target: 'reply-optin', message: t.partFailed };
}

/** The report's `reply` (the public key replies are sealed to) when the witness asked for one. */
export async function replyForReport(): Promise<{ publicKey: string } | undefined> {
  asked = ticked() && !!part;
  return asked ? { publicKey: await part!.module.publicKey() } : undefined;
}

/** Forget the receipt (leaving, sent, another report). */
export function forgetReceipt(): void {
  part?.module.forget();
}

/** On the confirmation, when the report asked for a reply: keep the receipt, and where to check. */
export function addSentNote(before: HTMLElement, lang: string): void {
  if (asked)
    void load().then(
      ({ module, text }) => before.before(module.sentNote(text, lang)),
      () => undefined,
    );
}

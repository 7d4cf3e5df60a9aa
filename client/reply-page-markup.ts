/**
 * The /reply page's content as markup, in one language: the receipt box (masked, with a show
 * button), the check button (disabled until the script has taken the page over, so Enter cannot
 * submit it natively), the status line, and — in an inert <template> — the words the script
 * shows later (a wrong receipt, no reply yet, the answer box). No DOM and no state: the build
 * renders it for every language into the server's page (scripts/dev/form-build.ts), as it does
 * the form. Everything on this page works without a request until the receipt checks out.
 */
import { NARRATIVE_MAX } from '../protocol/report-schema.js';
import type { Catalogue } from '../protocol/i18n/catalogue.js';
import { FREE_TEXT } from './free-text.js';
import { el, text } from './markup.js';

export type ReplyPageText = Catalogue['reply'];

/** The words the page's script uses after the first paint, by their key in the catalogue's `reply` section. */
export const LATER_WORDS = [
  'hide',
  'show',
  'empty',
  'wrongLength',
  'wrongCheck',
  'checking',
  'failed',
  'none',
  'found',
  'day',
  'answerLabel',
  'answerHint',
  'answerEmpty',
  'sendAnswer',
  'sendingAnswer',
  'answerSent',
  'answerFailed',
] as const satisfies readonly (keyof ReplyPageText)[];

export const RECEIPT_ID = 'receipt';
/** The answer's box: free text, at most a report's narrative long. */
export const ANSWER_MAX = NARRATIVE_MAX;

export function replyPageHtml(t: ReplyPageText, errorPrefix: string): string {
  return [
    el('p', {}, text(t.intro)),
    el('p', { class: 'notice' }, text(t.private)),
    // method/action never used (the script checks the receipt here); no input has a name, so a native submission could carry nothing.
    el(
      'form',
      { id: 'receipt-form', method: 'post', action: '/reply', autocomplete: 'off', novalidate: true },
      el(
        'div',
        { class: 'field', id: `${RECEIPT_ID}-field` },
        el('label', { for: RECEIPT_ID }, text(t.receiptLabel)),
        el('p', { class: 'hint', id: `${RECEIPT_ID}-hint` }, text(t.receiptHint)),
        el('p', { class: 'error-msg', id: `${RECEIPT_ID}-error`, hidden: true }, el('span', { class: 'vh' }, text(errorPrefix)), el('span', {})),
        el(
          'div',
          {},
          // Masked by a style, not type=password: a password field would make the browser offer to save the receipt.
          el('input', {
            type: 'text',
            id: RECEIPT_ID,
            class: 'masked',
            inputmode: 'numeric',
            autocomplete: 'off',
            ...FREE_TEXT,
            dir: 'ltr',
            'aria-describedby': `${RECEIPT_ID}-hint`,
          }),
          el('button', { type: 'button', id: 'receipt-show', class: 'secondary', 'aria-controls': RECEIPT_ID, 'aria-pressed': 'false' }, text(t.show)),
        ),
      ),
      el('button', { type: 'submit', disabled: true }, text(t.check)),
    ),
    el('p', { id: 'reply-status', class: 'hint', role: 'status' }),
    el('div', { id: 'reply-result', hidden: true }),
    el('template', { id: 'reply-words' }, ...LATER_WORDS.map((key) => el('p', { 'data-w': key }, text(t[key])))),
  ].join('');
}

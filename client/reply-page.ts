/**
 * The /reply page's script (docs/replies.md, "Checking for a reply"). The witness types the
 * receipt; it is checked here (Damm's check digit: a wrong one gets a message and no request);
 * then the page downloads the public reply list — the same bytes every visitor gets, nothing of
 * the receipt in the request — derives the reply key pair, trial-opens every slot and shows a
 * reply only if the campaign's signing key, pinned in this page (data-reply-signing-key, covered
 * by the fingerprint), signed it. An answer is sealed and sent exactly like a report.
 * Nothing is stored; the quick exit (link, Escape) and leaving the page clear it all.
 */
import { ANSWER_SCHEMA_ID, answerSchema } from '../protocol/answer-schema.js';
import { fromBase64, toBase64 } from '../protocol/base64.js';
import { keyId, sealReport, type CampaignKeyPair } from '../protocol/envelope.js';
import { format } from '../protocol/i18n/catalogue.js';
import { parseReceipt, type ReceiptProblem } from '../protocol/receipt.js';
import { deriveReplyKeyPair } from '../protocol/reply-key.js';
import { findReply, REPLIES_PATH, splitSlots, type Reply } from '../protocol/reply-envelope.js';
import { byId, h } from './dom.js';
import { FREE_TEXT } from './free-text.js';
import { ANSWER_MAX, LATER_WORDS, RECEIPT_ID } from './reply-page-markup.js';
import { sendReport } from './send-report.js';

type Word = (typeof LATER_WORDS)[number];

const root = byId('reply');
const lang = document.documentElement.lang;
const words = byId<HTMLTemplateElement>('reply-words').content;
const w = (key: Word): string => words.querySelector(`[data-w="${key}"]`)!.textContent!;
const form = byId<HTMLFormElement>('receipt-form');
const box = byId<HTMLInputElement>(RECEIPT_ID);
const showButton = byId<HTMLButtonElement>('receipt-show');
const error = byId('receipt-error');
const status = byId('reply-status');
const result = byId('reply-result');

/** What the witness has open: the key pair and the reply it opened (only ever in memory). */
let keyPair: CampaignKeyPair | undefined;
let reply: Reply | null = null;
let busy = false;

const PROBLEM_WORD: Record<ReceiptProblem, Word> = {
  empty: 'empty',
  not_digits: 'wrongLength',
  too_short: 'wrongLength',
  too_long: 'wrongLength',
  check_digit: 'wrongCheck',
};

function clearAll(): void {
  keyPair?.secretKey.fill(0);
  keyPair = undefined;
  reply = null;
  form.reset();
  box.classList.add('masked');
  result.replaceChildren();
  result.hidden = true;
  status.textContent = '';
}

function showProblem(message: string | null): void {
  error.hidden = message === null;
  byId(`${RECEIPT_ID}-field`).classList.toggle('field-error', message !== null);
  error.lastElementChild!.textContent = message ?? '';
  if (message === null) box.removeAttribute('aria-invalid');
  else box.setAttribute('aria-invalid', 'true');
  box.setAttribute('aria-describedby', message === null ? `${RECEIPT_ID}-hint` : `${RECEIPT_ID}-error ${RECEIPT_ID}-hint`);
}

/** The list every visitor gets, and this receipt's key pair: the same work whether or not a reply is there. */
async function check(receipt: string): Promise<void> {
  const signingKey = fromBase64(root.dataset.replySigningKey!);
  const response = await fetch(REPLIES_PATH, { credentials: 'omit' });
  if (!response.ok) throw new Error(`reply list ${response.status}`);
  const slots = splitSlots(new Uint8Array(await response.arrayBuffer()));
  if (!slots) throw new Error('reply list');
  keyPair?.secretKey.fill(0);
  keyPair = await deriveReplyKeyPair(receipt);
  reply = findReply(slots, keyPair, signingKey);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (busy) return;
  const parsed = parseReceipt(box.value);
  if (!parsed.ok) {
    showProblem(w(PROBLEM_WORD[parsed.problem]));
    box.focus();
    return;
  }
  showProblem(null);
  busy = true;
  result.hidden = true;
  status.textContent = w('checking');
  check(parsed.receipt)
    .then(() => {
      status.textContent = '';
      showResult();
    })
    .catch(() => {
      status.textContent = w('failed');
    })
    .finally(() => (busy = false));
});

function showResult(): void {
  result.hidden = false;
  if (!reply) {
    result.replaceChildren(h('p', { class: 'panel', tabindex: '-1' }, w('none')));
  } else {
    // The day only (the reply carries no time); British English's day-month order for English, as the campaign is in the UK.
    const day = new Date(`${reply.day}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' });
    result.replaceChildren(
      h(
        'div',
        { class: 'panel sent', tabindex: '-1' },
        h('h2', {}, w('found')),
        h('p', { class: 'hint' }, h('time', { datetime: reply.day }, format(w('day'), { day }))),
        h('p', { class: 'reply-message', dir: 'auto' }, reply.message),
      ),
      answerForm(),
    );
  }
  (result.firstElementChild as HTMLElement).focus();
}

/** The answer box: sealed like a report, sent like a report (same endpoint, padding and proof of work). */
function answerForm(): HTMLFormElement {
  const area = h('textarea', { id: 'answer', rows: '6', maxlength: String(ANSWER_MAX), autocomplete: 'off', ...FREE_TEXT, 'aria-describedby': 'answer-hint' });
  const note = h('p', { id: 'answer-status', class: 'hint', role: 'status' });
  const button = h('button', { type: 'submit' }, w('sendAnswer'));
  const answer = h(
    'form',
    { id: 'answer-form', method: 'post', action: '/api/reports', autocomplete: 'off', novalidate: true },
    h(
      'div',
      { class: 'field', id: 'answer-field' },
      h('label', { for: 'answer' }, w('answerLabel')),
      h('p', { class: 'hint', id: 'answer-hint' }, w('answerHint')),
      area,
    ),
    note,
    button,
  );
  answer.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy || !reply || !keyPair) return;
    const parsed = answerSchema.safeParse({
      schema: ANSWER_SCHEMA_ID,
      inReplyTo: { replyKey: toBase64(keyPair.publicKey), reply: reply.id, report: reply.report },
      message: area.value,
      meta: { lang },
    });
    if (!parsed.success) {
      note.textContent = w('answerEmpty');
      area.focus();
      return;
    }
    const campaignKey = fromBase64(root.dataset.publicKey!);
    if (keyId(campaignKey) !== root.dataset.kid) return;
    busy = true;
    button.disabled = true;
    note.textContent = w('sendingAnswer');
    sendReport(JSON.stringify(sealReport(parsed.data, campaignKey)), () => undefined)
      .then((response) => {
        if (!response.ok) throw new Error(`answer ${response.status}`);
        area.value = '';
        answer.replaceChildren(h('p', { class: 'notice' }, w('answerSent')));
      })
      .catch(() => {
        note.textContent = w('answerFailed');
        button.disabled = false;
      })
      .finally(() => (busy = false));
  });
  return answer;
}

showButton.addEventListener('click', () => {
  const masked = box.classList.toggle('masked');
  showButton.setAttribute('aria-pressed', String(!masked));
  showButton.textContent = w(masked ? 'show' : 'hide');
});
// The quick exit (link, Escape) is client/quick-exit.ts, inlined in the page; it empties the page
// and leaves, and leaving (that way, by Back or by a link) fires pagehide: forget everything here.
addEventListener('pagehide', clearAll);
if (root.dataset.replySigningKey) form.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled = false;

/**
 * The form as markup, in one language: the introduction, the safety notes, and the form itself —
 * an outline of its parts, each part's heading, intro and questions, the honeypot, and the send
 * part with its button disabled. No DOM and no state: the build renders it for every language
 * into the server's pages (scripts/dev/form-build.ts), so a witness can read and answer the
 * questions before the script arrives; the script (client/main.ts) takes that markup over, and
 * renders it again only when the language changes. docs/form.md, "How the form loads".
 */
import { format, type ClientCatalogue } from '../protocol/i18n/catalogue.js';
import { MAX_PHOTOS } from '../protocol/photo-upload.js';
import { HONEYPOT_ID } from './honeypot.js';
import { el, text } from './markup.js';
import { numIn, questionHtml } from './question-markup.js';
import { FORM_QUESTIONS, PAGE_PARTS } from './questions.js';

/** Everything inside #app, as the page shows it before the script and again after a change of language. */
export function formHtml(t: ClientCatalogue, lang: string): string {
  const sections = PAGE_PARTS.map((part) => ({
    id: `s-${part.key}`,
    title: t.sections[part.key],
    body: [
      ...(part.intro ? [el('p', { class: 'hint' }, text(t[part.intro]))] : []),
      ...FORM_QUESTIONS.filter((q) => q.part === part.key).map((q) => questionHtml(q, t, lang)),
      ...(part.key === 'account' ? [photosField(t, lang)] : []),
      ...(part.key === 'contact' ? [replyOptIn(t)] : []),
    ],
  }));
  sections.push({ id: 's-send', title: t.sendTitle, body: sendPart(t) });
  // Every part numbered ("Part 2 of 8") and listed at the top, so a witness on a phone sees how
  // long the form is and where they are (client/form.ts focuses a part when its link is used).
  const total = numIn(lang, sections.length);
  const partOf = (i: number) => el('span', { class: 'part' }, text(format(t.partOf, { n: numIn(lang, i + 1), total })));
  const outline = el(
    'nav',
    { class: 'outline', 'aria-labelledby': 'outline-title' },
    el('h2', { id: 'outline-title' }, text(t.outlineTitle)),
    el('ol', {}, ...sections.map((s) => el('li', {}, el('a', { href: `#${s.id}` }, text(s.title))))),
  );
  const parts = sections.map((s, i) =>
    el('section', { 'aria-labelledby': s.id }, el('h2', { id: s.id, tabindex: '-1' }, partOf(i), ' ', text(s.title)), ...s.body),
  );
  const honeypot = el(
    'div',
    { class: 'hp', 'aria-hidden': 'true', inert: true },
    el('label', { for: HONEYPOT_ID }, text(t.honeypot)),
    el('input', { type: 'text', id: HONEYPOT_ID, name: HONEYPOT_ID, tabindex: '-1', autocomplete: 'off' }),
  );
  parts.splice(parts.length - 1, 0, honeypot);
  return [
    el('p', {}, text(t.intro)),
    el('div', { class: 'panel safety' }, el('h2', {}, text(t.safetyTitle)), el('ul', {}, ...t.safety.map((s) => el('li', {}, text(s))))),
    el('p', { class: 'notice' }, text(t.encrypted)),
    // method and action are never used (the script sends only the sealed envelope); they are
    // here so that, were the browser ever to submit the form itself, nothing would go in a URL.
    el('form', { id: 'report-form', method: 'post', action: '/api/reports', autocomplete: 'off', novalidate: true }, outline, ...parts),
  ].join('');
}

/**
 * The one question about replies, at the end of the contact part: the way back that needs no
 * contact details (docs/replies.md). Not one of the report's questions (protocol/questions.ts):
 * its answer is never sent, only the reply key made from the receipt, inside the sealed report.
 * Hidden until the script shows it (client/main.ts): it needs the script, and a campaign that can
 * sign replies. The receipt appears in #reply-receipt (client/reply/receipt-offer.ts).
 */
function replyOptIn(t: ClientCatalogue): string {
  return el(
    'fieldset',
    { class: 'field', id: 'reply-optin-field', hidden: true, 'aria-describedby': 'reply-optin-hint' },
    el('legend', {}, text(t.replyOptIn.label)),
    el('p', { class: 'hint', id: 'reply-optin-hint' }, text(t.replyOptIn.hint)),
    el('div', { class: 'choice' }, el('input', { type: 'checkbox', id: 'reply-optin' }), el('label', { for: 'reply-optin' }, text(t.replyOptIn.yes))),
    el('div', { id: 'reply-receipt', 'aria-live': 'polite' }),
  );
}

/**
 * The send part. The campaign key's fingerprint, and where it is published, are filled in by the
 * script from the key it seals with. The button is disabled until the script has taken the form
 * over: a disabled default button also stops Enter from submitting the form.
 */
function sendPart(t: ClientCatalogue): string[] {
  return [
    el('p', {}, text(t.encrypted)),
    // The fingerprint is Latin hex: isolated left-to-right so it reads the same in any language.
    el('p', { class: 'fp', hidden: true }, text(t.fingerprint), ' ', el('code', { id: 'fingerprint', dir: 'ltr' })),
    el('p', { class: 'hint', hidden: true }, text(t.fingerprintHint)),
    el('p', { class: 'hint', id: 'fingerprint-where', hidden: true }),
    el('div', { id: 'send-failed', class: 'panel fail', tabindex: '-1', hidden: true, 'aria-labelledby': 'fail-title' }),
    el('p', { id: 'sending', class: 'hint', role: 'status' }),
    el('button', { type: 'submit', disabled: true }, text(t.send)),
  ];
}

/**
 * "Add photos", after the narrative: only a heading, a line and a button, disabled until the
 * script takes the form over. The photo code and its words load when the witness uses it
 * (client/add-photos.ts); the chosen photos are listed in #photo-list.
 */
function photosField(t: ClientCatalogue, lang: string): string {
  return el(
    'div',
    { class: 'field', id: 'photos-field' },
    el('h3', {}, text(t.photosTitle)),
    el('p', { class: 'hint', id: 'photos-hint' }, text(format(t.photosHint, { max: numIn(lang, MAX_PHOTOS) }))),
    el('input', { type: 'file', id: 'photo-input', accept: 'image/*', multiple: true, hidden: true }),
    el('button', { type: 'button', id: 'add-photos', class: 'secondary', disabled: true, 'aria-describedby': 'photos-hint' }, text(t.addPhotos)),
    el('div', { id: 'photo-list' }),
  );
}

/**
 * The witness form's page: take over the form the page already shows (answers typed before the
 * script arrived are kept), check answers with the shared schema, seal them in this browser
 * with the campaign key the page carries, and POST only the envelope. Nothing is written to
 * cookies or storage; a failed POST keeps the sealed envelope in memory for "Try again"; the
 * quick exit (client/quick-exit.ts) clears everything and replaces this page in history.
 */
import { fromBase64 } from '../protocol/base64.js';
import { campaignFingerprint, keyId, sealReport } from '../protocol/envelope.js';
import type { Envelope } from '../protocol/envelope-schema.js';
import type { Report } from '../protocol/report-schema.js';
import { clearPhotos, photosToSend, takeOverPhotos } from './add-photos.js';
import { byId, h } from './dom.js';
import { restore, snapshot } from './answers.js';
import { checkForm } from './check-form.js';
import { clearErrors, showErrors } from './error-display.js';
import { takeOverForm } from './form.js';
import { honeypotFilled } from './honeypot.js';
import { sendReport } from './send-report.js';
import { addSentNote, forgetReceipt, replyForReport, replyProblem, takeOverReplyOptIn } from './reply-opt-in.js';
import { NoWebCryptoError } from '../protocol/proof-of-work.js';
import { fetchCatalogue, fetchLanguage, lang, t as m, textAt, use } from './current-catalogue.js';

/**
 * The campaign key the server rendered into the page (data-public-key, data-kid and, when replies
 * are on, data-reply-signing-key on #app), and where its fingerprint is published: no request
 * before the form is usable. After a rotation
 * the server refuses the old key and the key is fetched again (loadCampaign).
 */
const app = byId('app');
let publicKey: Uint8Array | undefined;
/** The fingerprint of the campaign's keys, as the form shows it (protocol/envelope.ts, campaignFingerprint). */
let shownFingerprint = '';
/**
 * The form's markup in the page's language, as the build rendered it (client/form-markup.ts):
 * from the page itself, then from each change of language.
 */
let formMarkup = '';
let fingerprintPublishedAt = app.dataset.fingerprintWhere ?? '';
/** The sealed report while it waits to be sent (only ever in memory). */
let pending: Envelope | undefined;
let sending = false;
/** The report's entries for the photos already uploaded with it (client/add-photos.ts). */
let photos: unknown[] = [];
/** What the page shows now, so a change of language can show it again in the new one. */
let showing: 'form' | 'sent' = 'form';

/**
 * Forget the sealed report and clear every answer. The quick exit itself (the link and Escape)
 * is client/quick-exit.ts, inlined in the page so it works before this script arrives; it
 * replaces the page, which takes this script's memory with it.
 */
function clearAll(): void {
  pending = undefined;
  photos = [];
  clearPhotos();
  forgetReceipt();
  for (const form of document.forms) form.reset();
}

// Leaving by Back or a link must not leave the sealed report in the back/forward cache.
addEventListener('pagehide', clearAll);

async function start(): Promise<void> {
  const html = document.documentElement;
  useKey(app.dataset.publicKey ?? '', app.dataset.kid ?? '', app.dataset.replySigningKey || null);
  // The server chose the language (?lang=, else Accept-Language), names its catalogue and preloads it.
  use(await fetchCatalogue(html.dataset.catalogue!, html.dataset.integrity!), html.lang);
  // The form as the page brought it, before anything changes it (typed answers are not in the markup).
  formMarkup = app.innerHTML;
  takeOver(document.querySelector<HTMLFormElement>('#app form')!);
  byId('script-waiting').hidden = true;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#languages a[hreflang]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void switchLanguage(link);
    });
  }
}

/**
 * Show the page in another language without losing a word: fetch only that language's words and
 * the form's markup in it (through the language index, on the first switch), put the form in,
 * every answer back, and record the choice in the URL (replaceState: no new history entry,
 * nothing stored). Without JavaScript the same links reload the page.
 */
async function switchLanguage(link: HTMLAnchorElement): Promise<void> {
  const code = link.hreflang;
  if (code === lang) return;
  const problem = document.getElementById('switch-failed');
  let catalogue;
  try {
    ({ catalogue, form: formMarkup } = await fetchLanguage(code));
  } catch {
    if (!problem) byId('languages').append(h('p', { id: 'switch-failed', class: 'error-msg', role: 'alert' }, m.switchFailed));
    return;
  }
  problem?.remove();
  const form = document.querySelector<HTMLFormElement>('#app form');
  const answers = form ? snapshot(form) : undefined;
  const hadErrors = !!document.querySelector('.error-summary');
  use(catalogue, code);
  const html = document.documentElement;
  html.lang = code;
  html.dir = link.dir;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = textAt(el.dataset.t!);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#languages a')) a.toggleAttribute('aria-current', a === link);
  link.setAttribute('aria-current', 'true');
  for (const id of ['about-link', 'rights-link', 'reply-link']) {
    const info = document.getElementById(id) as HTMLAnchorElement | null;
    if (info) info.search = `?lang=${code}`;
  }
  document.querySelector('.error-summary')?.remove();
  if (showing === 'sent') showSent();
  else if (answers) {
    pending = undefined;
    const rebuilt = showForm();
    restore(rebuilt, answers);
    if (hadErrors) {
      const result = checkForm(rebuilt);
      if ('errors' in result) showErrors(rebuilt, result.errors);
    }
  }
  if (!document.querySelector('.error-summary')) document.title = showing === 'sent' ? `${m.sentTitle} — ${m.title}` : m.title;
  history.replaceState(null, '', `?lang=${code}`);
  link.focus();
}

/** Seal with this key from now on; a key that does not match its id stops the form. */
function useKey(base64: string, kid: string, replySigningKey: string | null): void {
  const key = fromBase64(base64);
  if (key.length !== 32 || keyId(key) !== kid) throw new Error('campaign key');
  publicKey = key;
  shownFingerprint = campaignFingerprint(key, replySigningKey ? fromBase64(replySigningKey) : undefined);
  const shown = document.getElementById('fingerprint');
  if (shown) shown.textContent = shownFingerprint;
}

/** The campaign's current key, from the server: after it refused the key the page carried (a rotation). */
async function loadCampaign(): Promise<void> {
  const response = await fetch('/api/campaign', { cache: 'no-store' });
  if (!response.ok) throw new Error('campaign');
  const campaign = (await response.json()) as { publicKey: string; kid: string; replySigningKey: string | null; keyFingerprintPublishedAt: string };
  fingerprintPublishedAt = campaign.keyFingerprintPublishedAt;
  useKey(campaign.publicKey, campaign.kid, campaign.replySigningKey);
  showFingerprintWhere();
}

/** Where the campaign publishes its fingerprint, as the operator gave it: an address becomes a link. */
function showFingerprintWhere(): void {
  const where = fingerprintPublishedAt;
  const place = /^https:\/\/\S+$/.test(where) ? h('a', { href: where, rel: 'noreferrer', dir: 'ltr' }, where) : h('bdi', {}, where);
  byId('fingerprint-where').replaceChildren(...(where ? [`${m.fingerprintWhere} `, place] : [m.fingerprintAsk]));
}

/** The form afresh in the current language (a change of language, another report), taken over. */
function showForm(): HTMLFormElement {
  app.innerHTML = formMarkup;
  const form = app.querySelector('form')!;
  takeOver(form);
  return form;
}

/**
 * Make the form on the page this script's: its answers (typed before the script arrived, or
 * restored) stay; follow-ups, errors and the character count follow them; the fingerprint
 * shows; the send button works.
 */
function takeOver(form: HTMLFormElement): void {
  showing = 'form';
  takeOverForm(form);
  takeOverReplyOptIn(form, !!app.dataset.replySigningKey);
  byId('fingerprint').textContent = shownFingerprint;
  showFingerprintWhere();
  for (const p of form.querySelectorAll<HTMLElement>('#s-send ~ [hidden]:not(#send-failed)')) p.hidden = false;
  const fail = byId('send-failed');
  // The first listener, and preventDefault first: the browser must never submit the form itself.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    // A bot filled the field no person can reach: look sent, send nothing (client/honeypot.ts).
    if (honeypotFilled(form)) return done(form);
    const result = checkForm(form);
    const replyError = replyProblem();
    if ('errors' in result || replyError) return showErrors(form, [...('errors' in result ? result.errors : []), ...(replyError ? [replyError] : [])]);
    clearErrors(form);
    // Photos first (each sealed and uploaded, or left out by the witness's choice), the report last.
    sending = true;
    void photosToSend(fail, byId('sending'))
      .then(async (sent) => {
        photos = sent;
        pending = await seal(result.report);
        return send(form, fail);
      })
      .catch(() => (sending = false));
  });
  // Changing an answer after a failed send makes the sealed copy stale: seal again on submit.
  form.addEventListener('input', () => {
    if (pending && !sending) {
      pending = undefined;
      fail.hidden = true;
    }
  });
  takeOverPhotos(form);
  form.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled = false;
}

/** Seal the report, naming the photos sent with it, and with the reply key inside when the witness asked for a reply (derived from the receipt, maybe still finishing). */
async function seal(report: Report): Promise<Envelope> {
  const reply = await replyForReport();
  return sealReport({ ...report, ...(photos.length ? { photos } : {}), ...(reply ? { reply } : {}) }, publicKey!);
}

async function send(form: HTMLFormElement, fail: HTMLElement, rekeyed = false): Promise<void> {
  const status = byId('sending');
  sending = true;
  fail.hidden = true;
  status.textContent = m.sending;
  let reason: string = m.failOffline;
  try {
    // On a busy day the server asks for a proof of work first: say why it takes a moment.
    const response = await sendReport(JSON.stringify(pending), () => (status.textContent = m.preparing));
    if (response.ok) return done(form);
    // The campaign rotated its key while the form was open: fetch the new key and seal again, once.
    if (response.status === 400 && !rekeyed && ((await response.json().catch(() => ({}))) as { error?: string }).error === 'unknown_key') {
      await loadCampaign();
      const result = checkForm(form);
      if ('report' in result) {
        pending = await seal(result.report);
        sending = false;
        return await send(form, fail, true);
      }
    }
    reason = response.status === 429 ? m.failBusy : response.status >= 500 ? m.failServer : m.failRejected;
  } catch (e) {
    // A proof of work was asked and this browser cannot make one (no WebCrypto: a plain-http site).
    // Otherwise fetch rejected because the network failed: offline, server down, connection dropped.
    if (e instanceof NoWebCryptoError) reason = m.failNoWebCrypto;
  } finally {
    sending = false;
    status.textContent = '';
  }
  const retry = h('button', { type: 'button' }, m.retry);
  retry.addEventListener('click', () => void send(form, fail));
  fail.replaceChildren(h('h3', { id: 'fail-title' }, m.failTitle), h('p', {}, reason), h('p', {}, m.failKept), retry);
  fail.hidden = false;
  fail.focus();
}

/** Sent: forget everything, and say what happens next without repeating any answer. */
function done(form: HTMLFormElement): void {
  clearAll();
  form.remove();
  showSent();
  scrollTo(0, 0);
  document.querySelector<HTMLElement>('.sent h2')!.focus();
}

function showSent(): void {
  showing = 'sent';
  const title = h('h2', { tabindex: '-1' }, m.sentTitle);
  const again = h('button', { type: 'button', class: 'secondary' }, m.another);
  again.addEventListener('click', () => {
    document.title = m.title;
    showForm();
    byId('s-about').focus();
  });
  app.replaceChildren(h('div', { class: 'panel sent' }, title, ...m.sentBody.map((p) => h('p', {}, p)), again));
  // "Keep your receipt", and where to check for a reply, when this report asked for one.
  addSentNote(again, lang);
  document.title = `${m.sentTitle} — ${m.title}`;
}

start().catch(() => {
  byId('script-waiting').hidden = true;
  byId('load-failed').hidden = false;
});

/**
 * The witness form's page: load the campaign key, build the form, check answers with the
 * shared schema, seal them in this browser and POST only the envelope. Nothing is written to
 * cookies or storage; a failed POST keeps the sealed envelope in memory for "Try again"; the
 * quick exit (button or Escape) clears everything and replaces this page in history.
 */
import { fromBase64 } from '../protocol/base64.js';
import { campaignFingerprint, keyId, sealReport } from '../protocol/envelope.js';
import type { Envelope } from '../protocol/envelope-schema.js';
import { byId, h } from './dom.js';
import { restore, snapshot } from './answers.js';
import { checkForm } from './check-form.js';
import { clearErrors, showErrors } from './error-display.js';
import { buildForm, outlineParts } from './form.js';
import { honeypot, honeypotFilled } from './honeypot.js';
import { sendReport } from './send-report.js';
import { fetchCatalogue, lang, t as m, textAt, use } from './current-catalogue.js';

interface CampaignInfo {
  publicKey: string;
  /** The campaign's reply signing key (base64), or null when replies are off. */
  replySigningKey: string | null;
  kid: string;
  demo: boolean;
  exitUrl: string;
  keyFingerprintPublishedAt: string;
}

const app = byId('app');
/** The empty form in index.html: its attributes are the form's settings; each report gets a fresh copy. */
const blankForm = byId<HTMLFormElement>('report-form');
blankForm.remove();
const exitLink = byId<HTMLAnchorElement>('exit');
let exitUrl = exitLink.href;
let publicKey: Uint8Array | undefined;
/** The fingerprint of the campaign's keys, as the form shows it (protocol/envelope.ts, campaignFingerprint). */
let shownFingerprint = '';
/** The sealed report while it waits to be sent (only ever in memory). */
let pending: Envelope | undefined;
let sending = false;
let campaign: CampaignInfo | undefined;
/** What the page shows now, so a change of language can show it again in the new one. */
let showing: 'form' | 'sent' = 'form';

/** Clear every answer, forget the sealed report, and replace this page (Back cannot return to it). */
function leave(event?: Event): void {
  event?.preventDefault();
  clearAll();
  document.body.replaceChildren();
  location.replace(exitUrl);
}

function clearAll(): void {
  pending = undefined;
  for (const form of document.forms) form.reset();
}

exitLink.addEventListener('click', leave);
document.addEventListener('keydown', (e) => {
  // Not while an input method is composing: there Escape cancels the composition.
  if (e.key === 'Escape' && !e.isComposing) leave(e);
});
// Leaving by Back or a link must not leave answers in the back/forward cache for the next person.
addEventListener('pagehide', clearAll);

async function start(): Promise<void> {
  const loading = byId('loading');
  loading.hidden = false;
  const html = document.documentElement;
  // The server chose the language (?lang=, else Accept-Language) and names its catalogue.
  const [catalogue] = await Promise.all([fetchCatalogue(html.dataset.catalogue!, html.dataset.integrity!), loadCampaign()]);
  use(catalogue, html.lang);
  loading.hidden = true;
  showForm();
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#languages a[data-catalogue]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void switchLanguage(link);
    });
  }
}

/**
 * Show the page in another language without losing a word: fetch only that catalogue, rebuild
 * the form with it, put every answer back, and record the choice in the URL (replaceState: no
 * new history entry, nothing stored). Without JavaScript the same links reload the page.
 */
async function switchLanguage(link: HTMLAnchorElement): Promise<void> {
  const code = link.hreflang;
  if (code === lang) return;
  const problem = document.getElementById('switch-failed');
  let catalogue;
  try {
    catalogue = await fetchCatalogue(link.dataset.catalogue!, link.dataset.integrity!);
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
  for (const id of ['about-link', 'rights-link']) {
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

async function loadCampaign(): Promise<void> {
  const response = await fetch('/api/campaign', { cache: 'no-store' });
  if (!response.ok) throw new Error('campaign');
  campaign = (await response.json()) as CampaignInfo;
  const key = fromBase64(campaign.publicKey);
  if (key.length !== 32 || keyId(key) !== campaign.kid) throw new Error('campaign key');
  publicKey = key;
  exitUrl = campaign.exitUrl;
  byId('demo').hidden = !campaign.demo;
  shownFingerprint = campaignFingerprint(key, campaign.replySigningKey ? fromBase64(campaign.replySigningKey) : undefined);
  const shown = document.getElementById('fingerprint');
  if (shown) shown.textContent = shownFingerprint;
}

/** Where the campaign publishes its fingerprint, as the operator gave it: an address becomes a link. */
function fingerprintWhere(): HTMLElement {
  const where = campaign!.keyFingerprintPublishedAt;
  if (!where) return h('p', { class: 'hint' }, m.fingerprintAsk);
  const place = /^https:\/\/\S+$/.test(where) ? h('a', { href: where, rel: 'noreferrer', dir: 'ltr' }, where) : h('bdi', {}, where);
  return h('p', { class: 'hint' }, `${m.fingerprintWhere} `, place);
}

function showForm(): HTMLFormElement {
  showing = 'form';
  const form = blankForm.cloneNode() as HTMLFormElement;
  form.hidden = false;
  buildForm(form);
  const fail = h('div', { id: 'send-failed', class: 'panel fail', tabindex: '-1', hidden: true, 'aria-labelledby': 'fail-title' });
  form.append(
    honeypot(m.honeypot),
    h(
      'section',
      { 'aria-labelledby': 's-send' },
      h('h2', { id: 's-send' }, m.sendTitle),
      h('p', {}, m.encrypted),
      // The fingerprint is Latin hex: isolated left-to-right so it reads the same in any language.
      h('p', { class: 'fp' }, `${m.fingerprint} `, h('code', { id: 'fingerprint', dir: 'ltr' }, shownFingerprint)),
      h('p', { class: 'hint' }, m.fingerprintHint),
      fingerprintWhere(),
      fail,
      h('p', { id: 'sending', class: 'hint', role: 'status' }),
      h('button', { type: 'submit' }, m.send),
    ),
  );
  // The first listener, and preventDefault first: the browser must never submit the form itself.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    // A bot filled the field no person can reach: look sent, send nothing (client/honeypot.ts).
    if (honeypotFilled(form)) return done(form);
    const result = checkForm(form);
    if ('errors' in result) return showErrors(form, result.errors);
    clearErrors(form);
    pending = sealReport(result.report, publicKey!);
    void send(form, fail);
  });
  // Changing an answer after a failed send makes the sealed copy stale: seal again on submit.
  form.addEventListener('input', () => {
    if (pending && !sending) {
      pending = undefined;
      fail.hidden = true;
    }
  });
  app.replaceChildren(
    h('p', {}, m.intro),
    h('div', { class: 'panel safety' }, h('h2', {}, m.safetyTitle), h('ul', {}, ...m.safety.map((s) => h('li', {}, s)))),
    h('p', { class: 'notice' }, m.encrypted),
    form,
  );
  outlineParts(form);
  return form;
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
        pending = sealReport(result.report, publicKey!);
        sending = false;
        return await send(form, fail, true);
      }
    }
    reason = response.status === 429 ? m.failBusy : response.status >= 500 ? m.failServer : m.failRejected;
  } catch {
    // fetch rejects only when the network failed: offline, server down, connection dropped.
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
  document.title = `${m.sentTitle} — ${m.title}`;
}

start().catch(() => {
  byId('loading').hidden = true;
  byId('load-failed').hidden = false;
});

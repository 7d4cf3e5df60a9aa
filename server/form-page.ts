/**
 * The form's pages, in every language the operator offers, rendered once at start-up from the
 * built template (dist/client/index.html), the built catalogues and the operator's texts:
 * the form page (static words, `lang`/`dir`, the language switcher, the no-JavaScript message,
 * the form's questions as the build rendered them — client/form-markup.ts — and the campaign
 * key the form seals with, so the first question needs no request after the page),
 * two short pages that work without JavaScript: /about (who runs the site, what happens to
 * the answers) and /rights (your rights if police scan you), and /reply, where a witness checks
 * for the campaign's reply with their receipt (its own template, dist/client/reply.html, its own
 * script, and its content rendered by the build from client/reply-page-markup.ts; shown only when
 * the campaign has a reply signing key to check replies with). Everything is HTML-escaped, so
 * neither operator text nor a translation can add markup. docs/translating.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toBase64 } from '../protocol/base64.js';
import { escapeHtml } from '../protocol/html.js';
import { inlineScriptSource, inlineScriptsOf } from '../protocol/node/inline-script.js';
import { format, type Catalogue } from '../protocol/i18n/catalogue.js';
import type { Lang } from '../protocol/languages.js';

/** One built language (dist/client/languages.json, written by scripts/dev/form-build.ts). */
interface BuiltLanguage {
  code: Lang;
  name: string;
  dir: 'ltr' | 'rtl';
  file: string;
  integrity: string;
}

export interface OperatorTexts {
  campaignName: string;
  exitUrl: string;
  alternativeContact: string;
  siteOperator: string;
  privacyNoticeUrl: string;
  legalHelpLinks: { name: string; url: string }[];
  /** Offered languages; empty = every built one. */
  languages: Lang[];
  /** The campaign's current key, in the form's page so the form seals without asking the server first. */
  campaignKey: { publicKeyBase64: string; kid: string; replySigningKey?: Uint8Array };
  keyFingerprintPublishedAt: string;
  demo: boolean;
}

export type PageKind = 'form' | 'about' | 'rights' | 'reply';
export const PAGE_PATHS: Record<PageKind, string> = { form: '/', about: '/about', rights: '/rights', reply: '/reply' };

export interface FormPages {
  /** The languages offered, in the switcher's order. */
  offered: Lang[];
  /** The pages rendered: /reply only when the campaign can sign replies. */
  kinds: PageKind[];
  page(kind: PageKind, lang: Lang): string;
  /** The CSP sources of the pages' inline script (the quick exit, client/quick-exit.ts). */
  inlineScripts: string[];
}

export class FormPagesError extends Error {}

const lookup = (catalogue: Catalogue, path: string): string => {
  const text = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], catalogue);
  if (typeof text !== 'string') throw new FormPagesError(`the form's template asks for "${path}", which no catalogue has: rebuild the form (npm run build)`);
  return text;
};

const e = escapeHtml;
const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;

/** Read the built form and render every page in every offered language. */
export function loadFormPages(clientDir: string, texts: OperatorTexts): FormPages {
  const built = JSON.parse(readFileSync(join(clientDir, 'languages.json'), 'utf8')) as BuiltLanguage[];
  const missing = texts.languages.filter((l) => !built.some((b) => b.code === l));
  if (missing.length) {
    throw new FormPagesError(
      `LANGUAGES lists ${missing.join(', ')}, but the form has no catalogue for ${missing.length > 1 ? 'them' : 'it'} (built: ${built.map((b) => b.code).join(', ')}); see docs/translating.md`,
    );
  }
  const languages = texts.languages.length ? built.filter((b) => texts.languages.includes(b.code)) : built;
  const template = readFileSync(join(clientDir, 'index.html'), 'utf8');
  const style = /<link rel="stylesheet"[^>]*>/.exec(template)![0];
  // The quick exit goes into every page, so it works on /about and /rights too.
  const quickExit = inlineScriptsOf(template);
  const head = `<script>${quickExit.join('')}</script>\n${style}`;
  const replies = texts.campaignKey.replySigningKey !== undefined;
  const replyTemplate = replies ? readFileSync(join(clientDir, 'reply.html'), 'utf8') : '';
  const pages = new Map<string, string>();
  for (const language of languages) {
    const t = JSON.parse(readFileSync(join(clientDir, 'catalogues', `${language.code}.json`), 'utf8')) as Catalogue;
    const read = (folder: string) => readFileSync(join(clientDir, folder, `${language.code}.html`), 'utf8');
    const shell = { language, t, languages, texts, head, replies };
    pages.set(`form ${language.code}`, fillTemplate(template, shell, 'form', read('forms')));
    pages.set(`about ${language.code}`, infoPage(shell, 'about', aboutBody(shell)));
    pages.set(`rights ${language.code}`, infoPage(shell, 'rights', rightsBody(shell)));
    if (replies) pages.set(`reply ${language.code}`, fillTemplate(replyTemplate, shell, 'reply', read('replies')));
  }
  return {
    offered: languages.map((l) => l.code),
    kinds: ['form', 'about', 'rights', ...(replies ? (['reply'] as const) : [])],
    page: (kind, lang) => pages.get(`${kind} ${lang}`)!,
    inlineScripts: quickExit.map(inlineScriptSource),
  };
}

interface Shell {
  language: BuiltLanguage;
  t: Catalogue;
  languages: BuiltLanguage[];
  texts: OperatorTexts;
  /** What the info pages share with the form's head: the quick exit and the stylesheet. */
  head: string;
  /** The campaign has a reply signing key: the form links to /reply. */
  replies: boolean;
}

/**
 * Each offered language in its own name, as a plain link (`?lang=xx`) that works without
 * JavaScript; on the form, the script switches in place instead (it finds the catalogue through
 * the build's language index, data-languages on <html>).
 */
function switcher({ language, t, languages }: Shell, kind: PageKind): string {
  if (languages.length < 2) return '';
  const items = languages.map((l) => {
    const current = l.code === language.code ? ' aria-current="true"' : '';
    return `<li><a href="${PAGE_PATHS[kind]}?lang=${l.code}" hreflang="${l.code}" lang="${l.code}" dir="${l.dir}"${current}>${e(l.name)}</a></li>`;
  });
  return `<nav id="languages" class="languages" aria-labelledby="languages-label"><span id="languages-label" data-t="language">${e(t.language)}</span> <ul>${items.join('')}</ul></nav>`;
}

/** Links to /about, /rights and /reply, opened in a new tab so the form keeps what was typed. */
function infoLinks({ language, t, replies }: Shell): string {
  const link = (kind: 'about' | 'rights' | 'reply', words: string, key: string) =>
    `<li><a id="${kind}-link" href="${PAGE_PATHS[kind]}?lang=${language.code}" target="_blank" rel="noreferrer"><span data-t="${key}">${e(words)}</span> <span data-t="newTab">${e(t.newTab)}</span></a></li>`;
  const reply = replies ? link('reply', t.replyLink, 'replyLink') : '';
  return `<footer class="info"><ul>${link('about', t.about.link, 'about.link')}${link('rights', t.rights.link, 'rights.link')}${reply}</ul></footer>`;
}

/**
 * The form's page (client/index.html) or the reply page (client/reply.html) in one language:
 * `content` is the build's markup of that page in this language (client/form-markup.ts,
 * client/reply-page-markup.ts), escaped already.
 */
function fillTemplate(template: string, shell: Shell, kind: 'form' | 'reply', content: string): string {
  const { language, t, texts } = shell;
  const values: Record<string, string> = {
    lang: language.code,
    dir: language.dir,
    catalogue: `/assets/${language.file}`,
    catalogueIntegrity: language.integrity,
    campaignName: texts.campaignName,
    exitUrl: texts.exitUrl,
    alternativeContact: texts.alternativeContact,
    publicKey: texts.campaignKey.publicKeyBase64,
    kid: texts.campaignKey.kid,
    replySigningKey: texts.campaignKey.replySigningKey ? toBase64(texts.campaignKey.replySigningKey) : '',
    fingerprintWhere: texts.keyFingerprintPublishedAt,
    demoHidden: texts.demo ? '' : 'hidden',
  };
  // The form's markup (client/form-markup.ts, built and escaped already) is a block like the switcher.
  const blocks: Record<string, string> = { languages: switcher(shell, kind), infoLinks: infoLinks(shell), [kind]: content };
  // One pass over the template, with a function (never a replacement string, whose $& $` $'
  // would splice template markup into the page): what is put in is never scanned again, so a
  // {{…}} inside a translation or an operator text stays text.
  return template.replace(/\{\{(t\.[\w.]+|\w+)\}\}/g, (whole, name: string) => {
    if (name.startsWith('t.')) return e(lookup(t, name.slice(2)));
    if (name in blocks) return blocks[name]!;
    return name in values ? e(values[name]!) : whole;
  });
}

/** /about and /rights: the form's header, switcher, stylesheet and quick exit, no other script. */
function infoPage(shell: Shell, kind: 'about' | 'rights', body: string): string {
  const { language, t, texts, head } = shell;
  return `<!doctype html>
<html lang="${language.code}" dir="${language.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(t[kind].title)} — ${e(texts.campaignName)}</title>
${head}
</head>
<body>
<header class="top"><span class="brand">${e(texts.campaignName)}</span> <a id="exit" class="exit" href="${e(texts.exitUrl)}" rel="noreferrer">${e(t.exit)}</a></header>
${switcher(shell, kind)}
<main id="main" class="info-page">
${body}
<p><a href="/?lang=${language.code}">${e(t.backToForm)}</a></p>
</main>
</body>
</html>
`;
}

function aboutBody({ t, texts }: Shell): string {
  const a = t.about;
  const runBy = texts.siteOperator || format(a.runByDefault, { campaign: texts.campaignName });
  return [
    `<h1>${e(a.title)}</h1>`,
    `<h2>${e(a.runByTitle)}</h2>`,
    `<p>${e(runBy)}</p>`,
    `<h2>${e(a.dataTitle)}</h2>`,
    list(a.data),
    texts.privacyNoticeUrl ? `<p><a href="${e(texts.privacyNoticeUrl)}" rel="noreferrer">${e(a.noticeLink)}</a></p>` : '',
  ].join('\n');
}

function rightsBody({ t, texts }: Shell): string {
  const r = t.rights;
  const help = texts.legalHelpLinks.length
    ? `<ul>${texts.legalHelpLinks.map((l) => `<li><a href="${e(l.url)}" rel="noreferrer" dir="auto">${e(l.name)}</a></li>`).join('')}</ul>`
    : `<p>${e(r.helpNone)}</p>`;
  return [
    `<h1>${e(r.title)}</h1>`,
    `<p class="notice"><strong>${e(r.notAdvice)}</strong></p>`,
    `<h2>${e(r.whenTitle)}</h2>`,
    `<p>${e(r.when)}</p>`,
    list(r.conditions),
    `<p class="hint">${e(r.law)}</p>`,
    `<h2>${e(r.tellTitle)}</h2>`,
    list(r.tell),
    `<h2>${e(r.checkTitle)}</h2>`,
    list(r.check),
    `<h2>${e(r.matchTitle)}</h2>`,
    list(r.match),
    `<h2>${e(r.helpTitle)}</h2>`,
    help,
  ].join('\n');
}

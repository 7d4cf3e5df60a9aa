/**
 * The form's build: the witness form into dist/client, one minified script and one stylesheet with
 * content-hashed names (cacheable for a year) and SRI integrity attributes in index.html.
 * The build is reproducible: the same source gives the same bytes and hashes, so an
 * operator can publish the bundle hash and anyone can check it (`npm run build` prints it).
 */
import { build, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ENCODINGS } from '../../protocol/node/compression.js';
import { inlineScriptSource } from '../../protocol/node/inline-script.js';
import { POW_WORKER_ASSET } from '../../protocol/proof-of-work.js';
import {
  clientPart,
  PART_NAMES,
  partGlobal,
  runtimePart,
  type AssetRef,
  type Catalogue,
  type ClientCatalogue,
  type PartName,
} from '../../protocol/i18n/catalogue.js';
import { en } from '../../protocol/i18n/en.js';
import { LANGUAGES, type Lang } from '../../protocol/languages.js';
import { availableLanguages, loadCatalogue } from './i18n-check.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = `${root}dist/client`;

/**
 * The form's page weight budget (issue #19; it was 40 KB gzipped before the page carried the
 * questions): what a first visit downloads — the page with its questions, CSS, JS, the English
 * catalogue, and the proof-of-work worker a busy day adds — as sent to a browser that accepts
 * brotli (every current browser over HTTPS), at most 45 KB. Over plain HTTP browsers get gzip,
 * about a fifth more; the build prints both.
 */
export const PAGE_BUDGET_BYTES = 45 * 1024;

/** Gzipped size (default level, as a typical reverse proxy serves it) of each file, summed. */
export function gzippedSize(files: Uint8Array[]): number {
  return files.reduce((sum, f) => sum + gzipSync(f).length, 0);
}

/** The page's weight as served: brotli (quality 11 for assets, the server's setting for the form's page), and gzip at level 9. */
export function pageWeight(page: string, assets: Uint8Array[]): { br: number; gzip: number } {
  const html = new TextEncoder().encode(page);
  const sum = (encode: (b: Uint8Array) => Uint8Array) => assets.reduce((n, a) => n + encode(a).length, 0);
  return {
    br: ENCODINGS.br.compress(html, 'formPage').length + sum((a) => ENCODINGS.br.compress(a)),
    gzip: ENCODINGS.gzip.compress(html).length + sum(ENCODINGS.gzip.compress),
  };
}

/**
 * Each asset with its compressed copies beside it (`name.br`, `name.gz`), made once here at the
 * strongest settings; the server only picks one (server/compressed.ts).
 */
async function writeAsset(name: string, bytes: Uint8Array): Promise<void> {
  await writeFile(`${out}/assets/${name}`, bytes);
  for (const { ext, compress } of Object.values(ENCODINGS)) await writeFile(`${out}/assets/${name}.${ext}`, compress(bytes));
}

function hashed(name: string, ext: string, content: Uint8Array): { file: string; integrity: string } {
  const hex = createHash('sha256').update(content).digest('hex').slice(0, 16);
  return { file: `${name}-${hex}.${ext}`, integrity: `sha384-${createHash('sha384').update(content).digest('base64')}` };
}

export interface ClientBundle {
  js: Uint8Array;
  css: Uint8Array;
  script: { file: string; integrity: string };
  style: { file: string; integrity: string };
  /** The proof-of-work Web Worker (client/pow-worker.ts): loaded only when a busy server asks for a proof. */
  worker: { js: Uint8Array; file: string; integrity: string };
  /** The quick exit (client/quick-exit.ts), inlined in every page's head, and its CSP hash. */
  quickExit: { js: string; hash: string };
  /** The parts loaded only when a witness uses them (client/lazy-part.ts). */
  parts: { name: PartName; js: Uint8Array; file: string; integrity: string }[];
}

/** Each lazily loaded part's entry file (client/lazy-part.ts; its words are the catalogue's section of the same name). */
export const LAZY_PARTS: Record<PartName, string> = {
  reply: 'client/reply/part.ts',
  photos: 'client/photo/part.ts',
};

/**
 * protocol/report-schema.ts is written for both zod and zod/mini; the form gets the small build
 * (see there). A plugin, because esbuild's `alias` also rewrites subpaths ('zod/mini' itself).
 */
const zodMiniForTheForm: Plugin = {
  name: 'zod-mini-for-the-form',
  setup(b) {
    b.onResolve({ filter: /^zod$/ }, (args) => b.resolve('zod/mini', { kind: args.kind, resolveDir: args.resolveDir }));
  },
};

/** One browser bundle, minified, in memory. */
async function bundle(entry: string, options: { format: 'iife' | 'esm'; globalName?: string; define?: Record<string, string> }): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    minify: true,
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'none',
    plugins: [zodMiniForTheForm],
    write: false,
    logLevel: 'warning',
    ...options,
  });
  return result.outputFiles[0]!.contents;
}

/**
 * The /reply page's script (client/reply-page.ts): its own entry, with the receipt check, the
 * Argon2id derivation, the reply list's trial-opening and the answer's sealing bundled in. Loaded
 * only by that page (with SRI), never by the form.
 */
export async function bundleReplyPage(workerUrl: string): Promise<{ js: Uint8Array; file: string; integrity: string }> {
  const js = await bundle('client/reply-page.ts', { format: 'esm', define: { POW_WORKER_URL: JSON.stringify(workerUrl) } });
  return { js, ...hashed('reply-page', 'js', js) };
}

/** The form's script and stylesheet with their hashed names and SRI hashes, in memory. */
export async function bundleClient(): Promise<ClientBundle> {
  // The worker and the parts first: their hashed names (and the parts' SRI) are written into the
  // main script, which SRI covers.
  const workerJs = await bundle('client/pow-worker.ts', { format: 'iife' });
  const worker = { js: workerJs, ...hashed(POW_WORKER_ASSET, 'js', workerJs) };
  // A part may send with a proof of work too (the photos' uploads): it names the same worker.
  const workerUrl = { POW_WORKER_URL: JSON.stringify(`/assets/${worker.file}`) };
  const parts = [];
  for (const name of PART_NAMES) {
    const js = await bundle(LAZY_PARTS[name], { format: 'iife', globalName: partGlobal(name), define: workerUrl });
    parts.push({ name, js, ...hashed(name, 'js', js) });
  }
  const lazyParts = Object.fromEntries(parts.map((p) => [p.name, { src: `/assets/${p.file}`, integrity: p.integrity }]));
  const js = await bundle('client/main.ts', {
    format: 'esm',
    define: { ...workerUrl, LAZY_PARTS: JSON.stringify(lazyParts) },
  });
  const css = await readFile(`${root}client/styles.css`);
  const quickExitJs = new TextDecoder().decode(await bundle('client/quick-exit.ts', { format: 'iife' })).trim();
  // Pages find it as the text between <script> and </script> (protocol/node/inline-script.ts).
  if (quickExitJs.includes('<')) throw new Error('client/quick-exit.ts: the inlined script must not contain "<"');
  const quickExit = { js: quickExitJs, hash: inlineScriptSource(quickExitJs) };
  return { js, css, script: hashed('app', 'js', js), style: hashed('styles', 'css', css), worker, parts, quickExit };
}

/**
 * The form's markup renderer (client/form-markup.ts), bundled for Node and loaded here: the
 * server's pages carry the questions the script itself would render, from the same code and the
 * same list of questions, so the two cannot drift apart.
 */
async function formRenderer(): Promise<Renderers> {
  const result = await build({
    stdin: {
      contents: "export { formHtml } from './client/form-markup.ts'; export { replyPageHtml } from './client/reply-page-markup.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    plugins: [zodMiniForTheForm],
    write: false,
    logLevel: 'warning',
  });
  const code = Buffer.from(result.outputFiles[0]!.contents).toString('base64');
  return (await import(`data:text/javascript;base64,${code}`)) as Renderers;
}

/** The markup the build renders into the server's pages, from the client's own code. */
interface Renderers {
  formHtml: (t: ClientCatalogue, lang: string) => string;
  replyPageHtml: (t: Catalogue['reply'], errorPrefix: string) => string;
}

/** One language as the build leaves it for the server (dist/client/languages.json). */
export interface BuiltLanguage {
  code: Lang;
  name: string;
  dir: 'ltr' | 'rtl';
  /** The words the form's script says (RuntimeCatalogue): a hashed asset the page preloads with this SRI integrity. */
  file: string;
  integrity: string;
  /** Its gzipped size: what choosing this language adds to the page. */
  gzipped: number;
  /** The form's markup in this language, as a JSON string: what a change of language to it puts in the page. */
  form: AssetRef;
  /** Each lazily loaded part's words in this language: a hashed asset named in the catalogue. */
  parts: Record<PartName, AssetRef>;
}

/** One language's assets: the script's words, the form's markup, and each part's words. */
export interface BuiltCatalogue {
  language: BuiltLanguage;
  json: Uint8Array;
  full: Catalogue;
  /** The form's markup in this language (client/form-markup.ts), and as its JSON asset. */
  markup: string;
  formJson: Uint8Array;
  parts: { ref: AssetRef; json: Uint8Array }[];
}

/**
 * Each language that exists: the words the form's script says, as the JSON asset the page
 * preloads (only the chosen one; the questions' words are in the page's markup), the form's
 * markup as an asset for a change of language, and its parts' words.
 */
export async function bundleCatalogues(): Promise<BuiltCatalogue[]> {
  const { formHtml } = await formRenderer();
  const out = [];
  for (const code of availableLanguages()) {
    const full = await loadCatalogue(code);
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    const parts = PART_NAMES.map((name) => {
      const json = encode(full[name]);
      return { name, json, ref: hashed(`i18n-${name}-${code}`, 'json', json) };
    });
    const client = clientPart(full, Object.fromEntries(parts.map((p) => [p.name, p.ref])) as Record<PartName, AssetRef>);
    const json = encode(runtimePart(client));
    const markup = formHtml(client, code);
    const formJson = encode(markup);
    const form = hashed(`form-${code}`, 'json', formJson);
    const { file, integrity } = hashed(`i18n-${code}`, 'json', json);
    const language = { code, ...LANGUAGES[code], file, integrity, gzipped: gzippedSize([json]), form, parts: client.parts };
    out.push({ language, json, full, markup, formJson, parts });
  }
  return out;
}

/**
 * A page template (client/index.html, client/reply.html) with its script and stylesheet named and
 * their SRI hashes in it, written to dist/client. Static words ({{t.key}}) are filled by the server
 * in the chosen language (server/form-page.ts); the build only checks that each one exists.
 */
async function writeTemplate(name: string, script: AssetRef, style: AssetRef, quickExit: string, index: { file: string; integrity: string }): Promise<string> {
  const template = await readFile(`${root}client/${name}`, 'utf8');
  // An HTML comment, so a formatter cannot take the placeholder for JavaScript.
  const quickExitSlot = /<!-- \{\{quickExit\}\}[^>]*-->/;
  if (!quickExitSlot.test(template)) throw new Error(`client/${name}: no <!-- {{quickExit}} --> for the quick exit`);
  for (const [, key] of template.matchAll(/\{\{t\.([\w.]+)\}\}/g)) {
    if (typeof key!.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], en) !== 'string') {
      throw new Error(`client/${name}: no string "${key}" in protocol/i18n/en.ts`);
    }
  }
  const html = template
    .replace('{{script}}', `/assets/${script.file}`)
    .replace('{{scriptIntegrity}}', script.integrity)
    .replace('{{style}}', `/assets/${style.file}`)
    .replace('{{styleIntegrity}}', style.integrity)
    .replace(quickExitSlot, () => `<script>${quickExit}</script>`)
    .replace('{{languageIndex}}', `/assets/${index.file}`)
    .replace('{{languageIndexIntegrity}}', index.integrity);
  await writeFile(`${out}/${name}`, html);
  return html;
}

/**
 * Where each language's catalogue is, for the script's language switcher: one small hashed asset
 * (`languages-<hash>.json`, named with its integrity on the page's <html>), fetched only when a
 * witness switches, rather than every catalogue's name and integrity on every page (a kilobyte of
 * random-looking bytes that compression cannot shrink, on every first visit).
 */
export function catalogueIndex(catalogues: BuiltCatalogue[]): { json: Uint8Array; file: string; integrity: string } {
  const index = Object.fromEntries(
    catalogues.map(({ language: { code, file, integrity, form } }) => [
      code,
      { catalogue: { file: `/assets/${file}`, integrity }, form: { file: `/assets/${form.file}`, integrity: form.integrity } },
    ]),
  );
  const json = new TextEncoder().encode(JSON.stringify(index));
  return { json, ...hashed('languages', 'json', json) };
}

export async function buildClient(): Promise<{
  script: string;
  style: string;
  integrity: string;
  weight: { br: number; gzip: number };
  languages: BuiltLanguage[];
}> {
  const { js, css, script, style, worker, parts, quickExit } = await bundleClient();
  const catalogues = await bundleCatalogues();
  await rm(out, { recursive: true, force: true });
  await mkdir(`${out}/assets`, { recursive: true });
  await mkdir(`${out}/catalogues`, { recursive: true });
  await mkdir(`${out}/forms`, { recursive: true });
  await mkdir(`${out}/replies`, { recursive: true });
  const { replyPageHtml } = await formRenderer();
  const replyPage = await bundleReplyPage(`/assets/${worker.file}`);
  await writeAsset(replyPage.file, replyPage.js);
  await writeAsset(script.file, js);
  await writeAsset(worker.file, worker.js);
  for (const part of parts) await writeAsset(part.file, part.js);
  await writeAsset(style.file, css);
  for (const { language, json, full, markup, formJson, parts } of catalogues) {
    await writeAsset(language.file, json);
    await writeAsset(language.form.file, formJson);
    for (const part of parts) await writeAsset(part.ref.file, part.json);
    // The whole catalogue, for the server's own pages (not served as a file).
    await writeFile(`${out}/catalogues/${language.code}.json`, JSON.stringify(full));
    // The form's questions in this language, for the server's page (server/form-page.ts).
    await writeFile(`${out}/forms/${language.code}.html`, markup);
    // The /reply page's content in this language (server/form-page.ts puts it in client/reply.html).
    await writeFile(`${out}/replies/${language.code}.html`, replyPageHtml(full.reply, full.errorPrefix));
  }
  const languages = catalogues.map((c) => c.language);
  const index = catalogueIndex(catalogues);
  await writeAsset(index.file, index.json);
  await writeFile(`${out}/languages.json`, JSON.stringify(languages, null, 1));
  const html = await writeTemplate('index.html', script, style, quickExit.js, index);
  await writeTemplate('reply.html', replyPage, style, quickExit.js, index);
  const english = catalogues.find((c) => c.language.code === 'en')!;
  // The template with the English questions in it (the server adds only short operator texts and the switcher).
  const page = html.replace('{{form}}', () => english.markup);
  const weight = pageWeight(page, [js, css, worker.js, english.json]);
  return { script: script.file, style: style.file, integrity: script.integrity, weight, languages };
}

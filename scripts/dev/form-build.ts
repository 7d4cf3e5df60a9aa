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
import { clientPart, type Catalogue } from '../../protocol/i18n/catalogue.js';
import { en } from '../../protocol/i18n/en.js';
import { LANGUAGES, type Lang } from '../../protocol/languages.js';
import { availableLanguages, loadCatalogue } from './i18n-check.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = `${root}dist/client`;

/** The form's page weight budget (issue #3): HTML + CSS + JS + the English catalogue, each gzipped, at most 40 KB. */
export const PAGE_BUDGET_BYTES = 40 * 1024;

/** Gzipped size (default level, as a typical reverse proxy serves it) of each file, summed. */
export function gzippedSize(files: Uint8Array[]): number {
  return files.reduce((sum, f) => sum + gzipSync(f).length, 0);
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
}

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

/** The form's script and stylesheet with their hashed names and SRI hashes, in memory. */
export async function bundleClient(): Promise<ClientBundle> {
  // The worker first: its hashed name is written into the main script, which SRI covers.
  const workerResult = await build({
    entryPoints: [`${root}client/pow-worker.ts`],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const workerJs = workerResult.outputFiles[0]!.contents;
  const worker = { js: workerJs, ...hashed('pow-worker', 'js', workerJs) };
  const result = await build({
    entryPoints: [`${root}client/main.ts`],
    define: { POW_WORKER_URL: JSON.stringify(`/assets/${worker.file}`) },
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'none',
    plugins: [zodMiniForTheForm],
    write: false,
    logLevel: 'warning',
  });
  const js = result.outputFiles[0]!.contents;
  const css = await readFile(`${root}client/styles.css`);
  return { js, css, script: hashed('app', 'js', js), style: hashed('styles', 'css', css), worker };
}

/** One language as the build leaves it for the server (dist/client/languages.json). */
export interface BuiltLanguage {
  code: Lang;
  name: string;
  dir: 'ltr' | 'rtl';
  /** The form's part of the catalogue: a hashed asset the page fetches with this SRI integrity. */
  file: string;
  integrity: string;
  /** Its gzipped size: what choosing this language adds to the page. */
  gzipped: number;
}

/** Each catalogue that exists, as the JSON asset the form downloads (only the chosen one). */
export async function bundleCatalogues(): Promise<{ language: BuiltLanguage; json: Uint8Array; full: Catalogue }[]> {
  const out = [];
  for (const code of availableLanguages()) {
    const full = await loadCatalogue(code);
    const json = new TextEncoder().encode(JSON.stringify(clientPart(full)));
    const { file, integrity } = hashed(`i18n-${code}`, 'json', json);
    out.push({ language: { code, ...LANGUAGES[code], file, integrity, gzipped: gzippedSize([json]) }, json, full });
  }
  return out;
}

export async function buildClient(): Promise<{ script: string; style: string; integrity: string; gzipped: number; languages: BuiltLanguage[] }> {
  const { js, css, script, style, worker } = await bundleClient();
  const catalogues = await bundleCatalogues();
  await rm(out, { recursive: true, force: true });
  await mkdir(`${out}/assets`, { recursive: true });
  await mkdir(`${out}/catalogues`, { recursive: true });
  await writeAsset(script.file, js);
  await writeAsset(worker.file, worker.js);
  await writeAsset(style.file, css);
  for (const { language, json, full } of catalogues) {
    await writeAsset(language.file, json);
    // The whole catalogue, for the server's own pages (not served as a file).
    await writeFile(`${out}/catalogues/${language.code}.json`, JSON.stringify(full));
  }
  const languages = catalogues.map((c) => c.language);
  await writeFile(`${out}/languages.json`, JSON.stringify(languages, null, 1));
  const template = await readFile(`${root}client/index.html`, 'utf8');
  // Static words ({{t.key}}) are filled by the server in the chosen language (server/form-page.ts);
  // the build only checks that each one exists.
  for (const [, key] of template.matchAll(/\{\{t\.([\w.]+)\}\}/g)) {
    if (typeof key!.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], en) !== 'string') {
      throw new Error(`client/index.html: no string "${key}" in protocol/i18n/en.ts`);
    }
  }
  const html = template
    .replace('{{script}}', `/assets/${script.file}`)
    .replace('{{scriptIntegrity}}', script.integrity)
    .replace('{{style}}', `/assets/${style.file}`)
    .replace('{{styleIntegrity}}', style.integrity);
  await writeFile(`${out}/index.html`, html);
  const english = catalogues.find((c) => c.language.code === 'en')!;
  const gzipped = gzippedSize([js, css, worker.js, new TextEncoder().encode(html), english.json]);
  return { script: script.file, style: style.file, integrity: script.integrity, gzipped, languages };
}

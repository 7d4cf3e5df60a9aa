/**
 * The catalogue the page is showing now, and how to get another language. Each language's words
 * are a hashed JSON asset on this site, fetched with its SRI integrity (a changed file is
 * refused), so the page downloads only the language it shows — and only the words the script
 * says itself (RuntimeCatalogue): the questions' words are in the page's markup. `t` and `lang`
 * are live bindings: after use(), every module sees the new language.
 */
import type { AssetRef, RuntimeCatalogue } from '../protocol/i18n/catalogue.js';

export let t: RuntimeCatalogue;
export let lang: string;

export function use(catalogue: RuntimeCatalogue, code: string): void {
  t = catalogue;
  lang = code;
}

/** A hashed JSON asset, checked against its SRI integrity. */
async function fetchJson<T>({ file, integrity }: AssetRef): Promise<T> {
  // The default credentials mode (same-origin, and this site sets no cookie), so the page's
  // <link rel=preload crossorigin=anonymous> for the chosen catalogue is the request used.
  const response = await fetch(file, { integrity });
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return (await response.json()) as T;
}

export const fetchCatalogue = (file: string, integrity: string): Promise<RuntimeCatalogue> => fetchJson({ file, integrity });

/** One language in the build's language index: its words, and the form's markup in it (scripts/dev/form-build.ts). */
export interface IndexedLanguage {
  catalogue: AssetRef;
  form: AssetRef;
}

let index: Promise<Record<string, IndexedLanguage>> | undefined;

/**
 * Another language: its words and the form's markup in it, found through the build's language
 * index (named with its integrity on <html>, fetched once, when a witness first switches).
 */
export async function fetchLanguage(code: string): Promise<{ catalogue: RuntimeCatalogue; form: string }> {
  const html = document.documentElement.dataset;
  if (!index) {
    index = fetchJson({ file: html.languages!, integrity: html.languagesIntegrity! });
    // A failed fetch (offline) is tried again on the next switch.
    index.catch(() => (index = undefined));
  }
  const entry = (await index)[code];
  if (!entry) throw new Error(`no catalogue for ${code}`);
  const [catalogue, form] = await Promise.all([fetchJson<RuntimeCatalogue>(entry.catalogue), fetchJson<string>(entry.form)]);
  return { catalogue, form };
}

/** A text by its dotted path ("about.link"), as index.html's data-t attributes name them. */
export const textAt = (path: string): string => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], t) as string;

/** A number written the way this language writes numbers. */
export const num = (n: number): string => n.toLocaleString(lang);

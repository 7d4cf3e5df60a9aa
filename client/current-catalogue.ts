/**
 * The catalogue the page is showing now, and how to get another one. Each language is its own
 * hashed JSON asset on this site, fetched with its SRI integrity (a changed file is refused),
 * so the page downloads only the language it shows. `t` and `lang` are live bindings: after
 * use(), every module sees the new language.
 */
import type { ClientCatalogue } from '../protocol/i18n/catalogue.js';

export let t: ClientCatalogue;
export let lang: string;

export function use(catalogue: ClientCatalogue, code: string): void {
  t = catalogue;
  lang = code;
}

export async function fetchCatalogue(url: string, integrity: string): Promise<ClientCatalogue> {
  // The default credentials mode (same-origin, and this site sets no cookie), so the page's
  // <link rel=preload crossorigin=anonymous> for the chosen catalogue is the request used.
  const response = await fetch(url, { integrity });
  if (!response.ok) throw new Error(`catalogue ${response.status}`);
  return (await response.json()) as ClientCatalogue;
}

let index: Promise<Record<string, { file: string; integrity: string }>> | undefined;

/**
 * Another language's catalogue, found through the build's language index (named with its
 * integrity on <html>, fetched once, when a witness first switches).
 */
export async function fetchLanguage(code: string): Promise<ClientCatalogue> {
  const html = document.documentElement.dataset;
  if (!index) {
    index = fetch(html.languages!, { integrity: html.languagesIntegrity! }).then((r) => {
      if (!r.ok) throw new Error(`language index ${r.status}`);
      return r.json() as Promise<Record<string, { file: string; integrity: string }>>;
    });
    // A failed fetch (offline) is tried again on the next switch.
    index.catch(() => (index = undefined));
  }
  const entry = (await index)[code];
  if (!entry) throw new Error(`no catalogue for ${code}`);
  return fetchCatalogue(entry.file, entry.integrity);
}

/** A text by its dotted path ("about.link"), as index.html's data-t attributes name them. */
export const textAt = (path: string): string => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], t) as string;

/** A number written the way this language writes numbers. */
export const num = (n: number): string => n.toLocaleString(lang);

/**
 * Compare a translation with the English catalogue: keys missing or extra, placeholders that
 * differ, and texts left in English. Used by `npm run i18n:check` (for translators) and by
 * tests/unit/i18n-parity.test.ts (which fails on any problem). docs/translating.md.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { flatten, placeholdersOf, type Catalogue } from '../../protocol/i18n/catalogue.js';
import { LANGUAGE_CODES, type Lang } from '../../protocol/languages.js';

const I18N_DIR = fileURLToPath(new URL('../../protocol/i18n/', import.meta.url));

/**
 * English texts a translation may keep as they are. Short on purpose: every entry is a text that
 * is really the same in some language (Spanish "No" and "Error: "), or a proper name.
 */
export const SAME_AS_ENGLISH_ALLOWED: readonly string[] = ['No', 'Error: '];
/** Keys whose English may stay: police force names are place names (the bracketed notes are still translated). */
export const SAME_AS_ENGLISH_KEYS = /^fields\.incident\.force\.options\./;

export interface CatalogueReport {
  missing: string[];
  extra: string[];
  /** "key: English {a} / translation {b}". */
  placeholders: string[];
  /** Keys whose text is identical to the English and not allowed to be. */
  unchanged: string[];
  /** Keys whose text holds a replacement pattern ($&, $`, $', $1, $$, $<) or a template mark {{ … }}. */
  unsafe: string[];
}

/**
 * Patterns a text must not hold: "$&", "$`", "$'", "$1", "$$", "$<" mean something to a string
 * replacement, and "{{" is how the page template marks what the server fills in. The server
 * puts texts into pages with a function, so neither can splice markup any more
 * (server/form-page.ts); this keeps translations from carrying them at all.
 */
const UNSAFE = /\$[&`'$<\d]|\{\{|\}\}/;

/** Keys of `catalogue` whose text holds an unsafe pattern. */
export function unsafeTexts(catalogue: unknown): string[] {
  return [...flatten(catalogue)].filter(([, text]) => UNSAFE.test(text)).map(([key]) => key);
}

export const catalogueFile = (lang: Lang): string => `${I18N_DIR}${lang}.ts`;

/** The languages whose catalogue file exists (the others are still being written). */
export function availableLanguages(): Lang[] {
  return LANGUAGE_CODES.filter((lang) => existsSync(catalogueFile(lang)));
}

/** A language's catalogue, loaded from protocol/i18n/<lang>.ts (its `catalogue` export). */
export async function loadCatalogue(lang: Lang): Promise<Catalogue> {
  const module = (await import(pathToFileURL(catalogueFile(lang)).href)) as { catalogue?: Catalogue };
  if (!module.catalogue) throw new Error(`protocol/i18n/${lang}.ts does not export \`catalogue\``);
  return module.catalogue;
}

export function compareCatalogue(english: unknown, translation: unknown): CatalogueReport {
  const source = flatten(english);
  const target = flatten(translation);
  const report: CatalogueReport = { missing: [], extra: [], placeholders: [], unchanged: [], unsafe: unsafeTexts(translation) };
  for (const [key, text] of source) {
    const translated = target.get(key);
    if (translated === undefined) {
      report.missing.push(key);
      continue;
    }
    const a = placeholdersOf(text).join(', ');
    const b = placeholdersOf(translated).join(', ');
    if (a !== b) report.placeholders.push(`${key}: English {${a}} / translation {${b}}`);
    if (translated === text && !SAME_AS_ENGLISH_ALLOWED.includes(text) && !SAME_AS_ENGLISH_KEYS.test(key)) report.unchanged.push(key);
  }
  for (const key of target.keys()) if (!source.has(key)) report.extra.push(key);
  return report;
}

export const problemCount = (r: CatalogueReport): number => r.missing.length + r.extra.length + r.placeholders.length + r.unchanged.length + r.unsafe.length;

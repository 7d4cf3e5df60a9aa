/**
 * npm run i18n:new -- <lang>: start a translation. Writes protocol/i18n/<lang>.ts holding the
 * English texts as a plain object with the catalogue's exact shape, for the translator to
 * replace text by text (`npm run i18n:check -- <lang>` lists what is still English).
 * Refuses to overwrite an existing catalogue. docs/translating.md.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { isLang, LANGUAGES, SOURCE_LANGUAGE } from '../protocol/languages.js';
import { catalogueFile, loadCatalogue } from './dev/i18n-check.js';

const lang = process.argv.slice(2).find((a) => a !== '--');
if (!lang || !isLang(lang) || lang === SOURCE_LANGUAGE) {
  console.error('usage: npm run i18n:new -- <lang>   (one of the codes in protocol/languages.ts, not en)');
  process.exit(2);
}
const file = catalogueFile(lang);
if (existsSync(file)) {
  console.error(`i18n:new: ${file} exists already; run npm run i18n:check -- ${lang} to see what is left to do`);
  process.exit(1);
}
const english = await loadCatalogue(SOURCE_LANGUAGE);
writeFileSync(
  file,
  `/**\n * ${LANGUAGES[lang].name} (${lang}): the form's texts. Translated from protocol/i18n/en.ts; how, and this\n` +
    ` * language's review status: docs/translating.md. Keep every {placeholder} exactly as it is.\n */\n` +
    `import type { Catalogue } from './catalogue.js';\n\n` +
    `export const catalogue: Catalogue = ${JSON.stringify(english, null, 2)};\n`,
);
console.log(`wrote ${file}: replace each English text, then npm run i18n:check -- ${lang}`);

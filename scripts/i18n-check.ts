/**
 * npm run i18n:check [-- <lang>...]: for each language (default: every catalogue that exists),
 * list keys missing from its catalogue, keys English does not have, placeholders that differ,
 * texts still identical to the English, and texts holding $-replacement patterns or {{ }} (in
 * English too). Exit 0 when all is clean, 1 otherwise.
 * docs/translating.md.
 */
import { isLang, LANGUAGE_CODES, SOURCE_LANGUAGE, type Lang } from '../protocol/languages.js';
import { availableLanguages, compareCatalogue, loadCatalogue, problemCount, unsafeTexts } from './dev/i18n-check.js';

const asked = process.argv.slice(2).filter((a) => a !== '--');
const unknown = asked.filter((a) => !isLang(a));
if (unknown.length) {
  console.error(`i18n:check: unknown language ${unknown.join(', ')}; the languages are ${LANGUAGE_CODES.join(', ')} (protocol/languages.ts)`);
  process.exit(2);
}
const present = availableLanguages();
const langs = (asked.length ? asked : present).filter((l): l is Lang => isLang(l) && l !== SOURCE_LANGUAGE);
const english = await loadCatalogue(SOURCE_LANGUAGE);
const unsafeEnglish = unsafeTexts(english);
let problems = unsafeEnglish.length;
for (const key of unsafeEnglish) console.log(`${SOURCE_LANGUAGE}: unsafe     ${key} (holds $&, $\`, $', $1, $$, $< or {{ }}: write it without them)`);
for (const lang of langs) {
  if (!present.includes(lang)) {
    console.log(`${lang}: no catalogue yet (protocol/i18n/${lang}.ts): copy protocol/i18n/en.ts and translate it (docs/translating.md)`);
    problems++;
    continue;
  }
  const report = compareCatalogue(english, await loadCatalogue(lang));
  const count = problemCount(report);
  problems += count;
  console.log(`${lang}: ${count === 0 ? 'complete' : `${count} to fix`}`);
  for (const key of report.missing) console.log(`  missing    ${key}`);
  for (const key of report.extra) console.log(`  extra      ${key}`);
  for (const line of report.placeholders) console.log(`  placeholder ${line}`);
  for (const key of report.unchanged) console.log(`  unchanged  ${key} (still the English text)`);
  for (const key of report.unsafe) console.log(`  unsafe     ${key} (holds $&, $\`, $', $1, $$, $< or {{ }}: write it without them)`);
}
const absent = LANGUAGE_CODES.filter((l) => !present.includes(l));
if (!asked.length && absent.length) console.log(`not written yet: ${absent.join(', ')}`);
process.exitCode = problems ? 1 : 0;

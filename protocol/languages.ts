/**
 * The languages the witness form can be offered in (a report records which in `meta.lang`), each with its own name (what the switcher shows,
 * in that language's script) and its writing direction. The order is the switcher's. A
 * language is offered only when its catalogue protocol/i18n/<code>.ts exists and the operator's
 * LANGUAGES setting includes it (docs/translating.md).
 */
export const LANGUAGES = {
  en: { name: 'English', dir: 'ltr' },
  cy: { name: 'Cymraeg', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  fa: { name: 'فارسی', dir: 'rtl' },
  ur: { name: 'اردو', dir: 'rtl' },
  bn: { name: 'বাংলা', dir: 'ltr' },
  pl: { name: 'Polski', dir: 'ltr' },
  ro: { name: 'Română', dir: 'ltr' },
  sk: { name: 'Slovenčina', dir: 'ltr' },
  cs: { name: 'Čeština', dir: 'ltr' },
  sq: { name: 'Shqip', dir: 'ltr' },
  pt: { name: 'Português', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
  so: { name: 'Soomaali', dir: 'ltr' },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl' }>;

export type Lang = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Lang[];
export const SOURCE_LANGUAGE: Lang = 'en';

export const isLang = (code: string): code is Lang => Object.hasOwn(LANGUAGES, code);

/**
 * Every catalogue that exists has exactly the English keys, the same placeholders, and no text
 * left in English outside a short allow-list (scripts/dev/i18n-check.ts). Languages whose
 * catalogue is not written yet are listed, not failed: the form offers only what exists.
 */
import { describe, expect, it } from 'vitest';
import { flatten, format } from '../../protocol/i18n/catalogue.js';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../protocol/languages.js';
import { availableLanguages, compareCatalogue, loadCatalogue, unsafeTexts } from '../../scripts/dev/i18n-check.js';

const translations = availableLanguages().filter((l) => l !== SOURCE_LANGUAGE);

describe('message catalogues', () => {
  it('English exists and every text in it is non-empty', async () => {
    const english = flatten(await loadCatalogue(SOURCE_LANGUAGE));
    expect(english.size).toBeGreaterThan(300);
    for (const [key, text] of english) expect(text.trim(), key).not.toBe('');
  });

  it.each(translations.length ? translations : ['(none yet)'])('%s has exactly the English keys and placeholders, translated', async (lang) => {
    if (lang === '(none yet)') return;
    const report = compareCatalogue(await loadCatalogue(SOURCE_LANGUAGE), await loadCatalogue(lang as keyof typeof LANGUAGES));
    expect(report).toEqual({ missing: [], extra: [], placeholders: [], unchanged: [], unsafe: [] });
    for (const [key, text] of flatten(await loadCatalogue(lang as keyof typeof LANGUAGES))) expect(text.trim(), `${lang} ${key}`).not.toBe('');
  });

  it('the check finds a missing key, an extra key, a changed placeholder, an untranslated text and a $-pattern or {{ }}', () => {
    const english = {
      a: 'Hello',
      b: 'You have {count} left',
      c: ['One', 'Two'],
      d: 'No',
      f: 'Cost',
      g: 'Go',
      h: 'Hi',
      i: 'In',
      fields: { 'incident.force': { options: { kent: 'Kent' } } },
    };
    const bad = {
      b: 'Il vous reste {n}',
      c: ['Un', 'Two'],
      d: 'No',
      e: 'extra',
      f: 'Coût $& 5',
      g: "Va $' y",
      h: 'Salut {{exitUrl}}',
      i: 'Dans $`',
      fields: { 'incident.force': { options: { kent: 'Kent' } } },
    };
    expect(compareCatalogue(english, bad)).toEqual({
      missing: ['a'],
      extra: ['e'],
      placeholders: ['b: English {count} / translation {n}', 'h: English {} / translation {exitUrl}'],
      unchanged: ['c.1'],
      unsafe: ['f', 'g', 'h', 'i'],
    });
    // Even "$5" is refused (a group reference in a regular-expression replacement); "$ 5" and "5 $" are not.
    expect(unsafeTexts({ price: 'It costs $5', spaced: 'It costs $ 5 or 5 $', pounds: '£4' })).toEqual(['price']);
  });

  it.each(availableLanguages())('%s holds no $-replacement pattern or {{ }}', async (lang) => {
    expect(unsafeTexts(await loadCatalogue(lang))).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Part {n} of {total}', { n: 2, total: 8 })).toBe('Part 2 of 8');
    expect(format('{campaign} and {other}', { campaign: 'Stop the Scan' })).toBe('Stop the Scan and {other}');
  });
});

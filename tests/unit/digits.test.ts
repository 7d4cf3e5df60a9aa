/** The form reads digits typed in Arabic, Persian/Urdu and Bengali script as 0–9 (client/digits.ts). */
import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../../protocol/digits.js';

describe('asciiDigits', () => {
  it('turns each script’s ten digits into 0–9', () => {
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(asciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(asciiDigits('০১২৩৪৫৬৭৮৯')).toBe('0123456789');
  });

  it('leaves letters, 0–9 and every other character as they were', () => {
    expect(asciiDigits('LS7 e۸ ۲۰۲۵')).toBe('LS7 e8 2025');
    expect(asciiDigits('مارس ٢٠٢٥, 27.3')).toBe('مارس 2025, 27.3');
    expect(asciiDigits('')).toBe('');
  });
});

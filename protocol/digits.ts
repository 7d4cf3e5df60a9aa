/**
 * Digits as the report schema reads them. A witness using an Arabic, Persian, Urdu or Bengali
 * keyboard may type the date or the postcode with their own script's digits (٢٧, ۲۷, ২৭);
 * the schema's patterns (protocol/report-schema.ts) accept only 0–9, so the form would answer
 * "enter a real date" to a real date. Each of these scripts has ten consecutive code points.
 */
const ZEROS = [
  0x0660, // Arabic-Indic ٠ (Arabic)
  0x06f0, // Extended Arabic-Indic ۰ (Persian, Urdu)
  0x09e6, // Bengali ০
];
const OTHER_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef]/g;

/** The text with every digit of those scripts replaced by 0–9; everything else as it was. */
export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGIT, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
  });
}

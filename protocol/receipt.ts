/**
 * The witness's reply receipt (docs/replies.md): 20 random digits made in the browser, shown as
 * five groups of four, then one Damm check digit. 20 decimal digits are 66.4 bits, so the
 * receipt is the only secret a reply needs. It is never sent, stored or put in a URL; the
 * browser derives the reply key pair from it (protocol/reply-key.ts).
 *
 * Damm's check digit catches every single wrong digit and every swap of two neighbouring
 * digits (tests/unit/receipt.test.ts tries them all), so a mistyped receipt is refused before
 * any work is done. Digits typed in Arabic-Indic, Persian or Bengali script count as 0–9.
 */
import { asciiDigits } from './digits.js';

export const RECEIPT_RANDOM_DIGITS = 20;
/** The random digits and the check digit. */
export const RECEIPT_DIGITS = RECEIPT_RANDOM_DIGITS + 1;
export const RECEIPT_GROUP = 4;

/** Damm's quasigroup of order 10 (weakly totally anti-symmetric), as published by H. M. Damm. */
const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** Damm's interim digit of a string of 0–9: appended as a check digit it makes the whole come to 0. */
export function dammDigit(digits: string): number {
  let interim = 0;
  for (const d of digits) interim = DAMM[interim]![d.charCodeAt(0) - 48]!;
  return interim;
}

/** A fresh receipt: 21 ASCII digits, the last the check digit. `randomBytes` is crypto.getRandomValues-backed. */
export function generateReceipt(randomBytes: (length: number) => Uint8Array): string {
  let digits = '';
  while (digits.length < RECEIPT_RANDOM_DIGITS) {
    // 250 is the largest multiple of 10 below 256: bytes from 250 up are dropped, so every digit is equally likely.
    for (const byte of randomBytes(32)) if (byte < 250 && digits.length < RECEIPT_RANDOM_DIGITS) digits += String(byte % 10);
  }
  return digits + String(dammDigit(digits));
}

/** "1234 5678 9012 3456 78905": five groups, the check digit ending the last one. */
export function formatReceipt(receipt: string): string {
  const starts = [0, 4, 8, 12];
  return [...starts.map((start) => receipt.slice(start, start + RECEIPT_GROUP)), lastGroup(receipt)].join(' ');
}

/** The group the witness retypes before sending: the last four random digits and the check digit. */
export function lastGroup(receipt: string): string {
  return receipt.slice(RECEIPT_RANDOM_DIGITS - RECEIPT_GROUP);
}

export type ReceiptProblem = 'empty' | 'not_digits' | 'too_short' | 'too_long' | 'check_digit';
export type ParsedReceipt = { ok: true; receipt: string } | { ok: false; problem: ReceiptProblem };

/**
 * What the witness typed, read as a receipt: other scripts' digits become 0–9, spaces, dashes and
 * dots (however they grouped it) are dropped, and the check digit must hold.
 */
export function parseReceipt(text: string): ParsedReceipt {
  const digits = asciiDigits(text).replace(/[\s\-.\u066b\u066c\u060c\u200e\u200f\u2066-\u2069]/g, '');
  if (digits === '') return { ok: false, problem: 'empty' };
  if (!/^[0-9]+$/.test(digits)) return { ok: false, problem: 'not_digits' };
  if (digits.length < RECEIPT_DIGITS) return { ok: false, problem: 'too_short' };
  if (digits.length > RECEIPT_DIGITS) return { ok: false, problem: 'too_long' };
  if (dammDigit(digits) !== 0) return { ok: false, problem: 'check_digit' };
  return { ok: true, receipt: digits };
}

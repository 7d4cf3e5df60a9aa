/** The reply receipt (protocol/receipt.ts): its check digit, its shape, and other scripts' digits. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dammDigit, formatReceipt, generateReceipt, lastGroup, parseReceipt } from '../../protocol/receipt.js';
import { deterministicRandom } from '../helpers/deterministic-random.js';

const fresh = () => generateReceipt((n) => new Uint8Array(randomBytes(n)));

describe('receipt', () => {
  it('is 20 random digits and a check digit, shown as five groups, the check digit ending the last', () => {
    const receipt = fresh();
    expect(receipt).toMatch(/^[0-9]{21}$/);
    expect(dammDigit(receipt)).toBe(0);
    expect(formatReceipt(receipt)).toMatch(/^\d{4} \d{4} \d{4} \d{4} \d{5}$/);
    expect(lastGroup(receipt)).toBe(receipt.slice(16));
    expect(parseReceipt(formatReceipt(receipt))).toEqual({ ok: true, receipt });
  });

  it('draws every digit equally often (no modulo bias)', () => {
    const counts = new Array<number>(10).fill(0);
    const random = deterministicRandom('receipt-digits');
    for (let i = 0; i < 2000; i++) for (const d of generateReceipt(random).slice(0, 20)) counts[Number(d)]!++;
    // 40,000 digits: each count within 5 standard deviations (~95) of 4,000.
    for (const c of counts) expect(Math.abs(c - 4000)).toBeLessThan(500);
  });

  it('catches every single wrong digit and every swap of neighbours, before any work (exhaustive over 200 receipts)', () => {
    const random = deterministicRandom('receipt-errors');
    let tried = 0;
    for (let n = 0; n < 200; n++) {
      const receipt = generateReceipt(random);
      for (let i = 0; i < receipt.length; i++) {
        for (let d = 0; d < 10; d++) {
          if (String(d) === receipt[i]) continue;
          const wrong = receipt.slice(0, i) + String(d) + receipt.slice(i + 1);
          expect(parseReceipt(wrong)).toEqual({ ok: false, problem: 'check_digit' });
          tried++;
        }
        if (i + 1 < receipt.length && receipt[i] !== receipt[i + 1]) {
          const swapped = receipt.slice(0, i) + receipt[i + 1] + receipt[i] + receipt.slice(i + 2);
          expect(parseReceipt(swapped)).toEqual({ ok: false, problem: 'check_digit' });
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(200 * 21 * 9);
  });

  it('catches every single error and neighbour swap at every position for every digit pair (the quasigroup itself)', () => {
    // For any prefix state, changing one digit or swapping two different neighbours changes the final check.
    for (let state = 0; state < 10; state++) {
      for (let a = 0; a < 10; a++) {
        for (let b = 0; b < 10; b++) {
          if (a === b) continue;
          const prefix = String(state);
          expect(dammDigit(prefix + a)).not.toBe(dammDigit(prefix + b));
          expect(dammDigit(prefix + a + b)).not.toBe(dammDigit(prefix + b + a));
        }
      }
    }
  });

  it('reads Arabic-Indic, Persian and Bengali digits, and any spacing, as the same receipt', () => {
    const receipt = fresh();
    const inScript = (zero: number) => [...receipt].map((d) => String.fromCharCode(zero + Number(d))).join('');
    for (const zero of [0x0660, 0x06f0, 0x09e6]) expect(parseReceipt(inScript(zero))).toEqual({ ok: true, receipt });
    expect(parseReceipt(receipt.replace(/(\d{4})/g, '$1-'))).toEqual({ ok: true, receipt });
  });

  it('names what is wrong with what was typed', () => {
    expect(parseReceipt('  ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseReceipt('1234 abcd')).toEqual({ ok: false, problem: 'not_digits' });
    expect(parseReceipt('1234 5678')).toEqual({ ok: false, problem: 'too_short' });
    expect(parseReceipt('1'.repeat(22))).toEqual({ ok: false, problem: 'too_long' });
  });
});

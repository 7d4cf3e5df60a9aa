/**
 * openLine's fast path (the exact line shape export and fetch write) must give the same result
 * as the careful JSON.parse path for every line, good or bad.
 */
import { describe, expect, it } from 'vitest';
import { fromBase64, fromBase64Into } from '../../protocol/base64.js';
import { generateCampaignKeyPair, keyId, openSealedBytes, sealReport } from '../../protocol/envelope.js';
import { seededRandom, syntheticReport } from '../../bench/lib/synthetic-reports.js';
import { openLine, openLineBytes, type LineResult } from '../../scripts/decrypt/open-line.js';

const keyPair = generateCampaignKeyPair();
const keyring = new Map([[keyId(keyPair.publicKey), keyPair]]);
const report = syntheticReport(seededRandom(7), 0);
const envelope = sealReport(report, keyPair.publicKey);
/** What export and fetch write. */
const written = `{"id":42,"receivedOn":"2025-03-01","envelope":{"v":1,"kid":"${envelope.kid}","sealed":"${envelope.sealed}"}}`;

/** Opens `text` as a string and from bytes (as the workers do); both must agree. */
function open(text: string): { result: LineResult; digest: Uint8Array } {
  const digest = new Uint8Array(16);
  const ctx = { keyring, open: openSealedBytes, withSql: false };
  const result = openLine({ text, flags: 0, digest }, ctx);
  const fromBytes = new Uint8Array(16);
  const bytes = Buffer.from(`xx${text}yy`);
  expect(openLineBytes({ bytes, start: 2, end: bytes.length - 2, flags: 0, digest: fromBytes }, ctx)).toEqual(result);
  expect(fromBytes).toEqual(digest);
  return { result, digest };
}

describe('openLine', () => {
  it('opens the written shape and a re-spaced copy of it alike', () => {
    const fast = open(written);
    const careful = open(JSON.stringify(JSON.parse(written), null, 1).replace(/\n/g, ''));
    expect(fast.result.ok).toBe(true);
    expect(careful.result).toEqual(fast.result);
    expect(careful.digest).toEqual(fast.digest);
    expect(fast.digest.some((b) => b !== 0)).toBe(true);
  });

  it('opens a line whose JSON escapes characters in "sealed" (e.g. \\/ from PHP)', () => {
    const escaped = written.replace(/\//g, '\\/');
    expect(escaped).not.toBe(written);
    expect(open(escaped).result).toEqual(open(written).result);
  });

  it("gives the careful path's reasons for lines of the written shape that fail", () => {
    const sealedAt = written.indexOf('"sealed":"') + 10;
    const flipped = (at: number, c: string) => written.slice(0, at) + c + written.slice(at + 1);
    const char = written[sealedAt + 100] === 'A' ? 'B' : 'A';
    const cases: [string, string][] = [
      [flipped(sealedAt + 100, char), 'decryption_failed'],
      [flipped(sealedAt + 100, '*'), 'invalid_base64'],
      [flipped(sealedAt + 100, '"'), 'invalid_line'],
      [written.replace(envelope.kid, '0123456789abcdef'), 'missing_key'],
      [written.replace('"id":42', '"id":99999999999999999'), 'invalid_line'],
      [written.replace('"sealed":"', '"sealed":"AAAA'), 'invalid_length'],
      [flipped(sealedAt + 100, 'é'), 'invalid_base64'],
      [written.replace('{"id":42,', '{"id":42,"é":1,'), 'invalid_line'],
      [written.slice(0, -10), 'truncated_line'],
    ];
    for (const [text, reason] of cases) {
      const { result, digest } = open(text);
      expect(result).toMatchObject({ ok: false, reason });
      expect(digest.every((b) => b === 0)).toBe(true);
    }
  });
});

describe('fromBase64Into', () => {
  it('decodes like fromBase64 into the scratch buffer and rejects the same strings', () => {
    const scratch = new Uint8Array(64);
    for (const text of ['', 'QQ==', 'QUI=', 'QUJD', 'AAECAwQFBgcICQ==']) {
      expect(fromBase64Into(text, scratch)).toEqual(fromBase64(text));
    }
    for (const bad of ['QR==', 'QQ', 'Q-I=', 'QU I', 'QUJD\n', 'QQ=A']) {
      expect(() => fromBase64Into(bad, scratch)).toThrow(TypeError);
    }
    // Longer than the scratch: decoded into a buffer of its own.
    const long = Buffer.alloc(100, 7).toString('base64');
    expect(fromBase64Into(long, scratch)).toEqual(new Uint8Array(100).fill(7));
  });
});

import { describe, expect, it } from 'vitest';
import { BUCKETS, LENGTH_PREFIX_BYTES, MAX_PLAINTEXT_BYTES, PaddingError, bucketFor, pad, unpad } from '../../protocol/padding.js';
import { generateCampaignKeyPair, sealBytes } from '../../protocol/envelope.js';

const bytes = (n: number) => new Uint8Array(n).fill(0x61);

describe('padding buckets', () => {
  it('uses the buckets of docs/envelope-v1.md', () => {
    expect(BUCKETS).toEqual([4096, 8192, 16384, 32768, 65536]);
  });

  // For each bucket: the largest plaintext that fits, and one byte more (which must move up).
  const boundaries = BUCKETS.flatMap((bucket, i) => [
    { length: bucket - LENGTH_PREFIX_BYTES, expected: bucket },
    ...(i + 1 < BUCKETS.length ? [{ length: bucket - LENGTH_PREFIX_BYTES + 1, expected: BUCKETS[i + 1]! }] : []),
  ]);
  it.each([{ length: 0, expected: 4096 }, { length: 1, expected: 4096 }, ...boundaries])(
    'a $length-byte report pads to $expected bytes and back',
    ({ length, expected }) => {
      const plaintext = bytes(length);
      const padded = pad(plaintext);
      expect(padded.length).toBe(expected);
      expect(bucketFor(length)).toBe(expected);
      expect(new DataView(padded.buffer).getUint32(0, false)).toBe(length);
      expect(padded.subarray(LENGTH_PREFIX_BYTES + length).every((b) => b === 0)).toBe(true);
      expect(unpad(padded)).toEqual(plaintext);
    },
  );

  it('refuses a report larger than the largest bucket', () => {
    expect(() => pad(bytes(MAX_PLAINTEXT_BYTES + 1))).toThrow(PaddingError);
    expect(() => pad(bytes(MAX_PLAINTEXT_BYTES))).not.toThrow();
  });

  it('the sealed length reveals only the bucket: every length in a bucket seals to the same size', () => {
    const { publicKey } = generateCampaignKeyPair();
    const sizes = new Set([0, 1, 100, 2000, 4092].map((n) => sealBytes(pad(bytes(n)), publicKey).length));
    expect([...sizes]).toEqual([4096 + 48]);
    const next = new Set([4093, 6000, 8188].map((n) => sealBytes(pad(bytes(n)), publicKey).length));
    expect([...next]).toEqual([8192 + 48]);
  });

  it.each([
    ['a size that is not a bucket', new Uint8Array(5000), 'bad_bucket'],
    [
      'a length prefix past the bucket',
      (() => {
        const p = new Uint8Array(4096);
        new DataView(p.buffer).setUint32(0, 4093);
        return p;
      })(),
      'bad_length',
    ],
    [
      'non-zero padding bytes',
      (() => {
        const p = pad(bytes(10));
        p[4000] = 1;
        return p;
      })(),
      'nonzero_padding',
    ],
  ] as const)('unpad refuses %s', (_name, padded, code) => {
    expect(() => unpad(padded)).toThrow(expect.objectContaining({ code }));
  });
});

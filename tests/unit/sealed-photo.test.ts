import { describe, expect, it } from 'vitest';
import nacl from 'tweetnacl';
import {
  MAX_PHOTO_BYTES,
  PHOTO_BUCKETS,
  PHOTO_CHUNK_BYTES,
  PhotoError,
  SEALED_CHUNK_BYTES,
  SEALED_PHOTO_SIZES,
  openPhoto,
  photoBucketFor,
  sealPhoto,
} from '../../protocol/sealed-photo.js';

const KiB = 1024;
const photo = (n: number) => nacl.randomBytes(n);
const joined = (chunks: Uint8Array[]) => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof PhotoError) return e.code;
    throw e;
  }
  return 'opened';
};

describe('sealed photo buckets', () => {
  it('are the sizes docs/photos.md states: 256 KiB to 8 MiB, doubling, plus 16 bytes per 256 KiB chunk', () => {
    expect(PHOTO_BUCKETS).toEqual([256, 512, 1024, 2048, 4096, 8192].map((k) => k * KiB));
    expect(SEALED_PHOTO_SIZES).toEqual([262160, 524320, 1048640, 2097280, 4194560, 8389120]);
  });

  it('every length in a bucket seals to the same size, and one byte more moves up', () => {
    for (const [i, bucket] of PHOTO_BUCKETS.entries()) {
      expect(photoBucketFor(bucket)).toBe(bucket);
      if (i + 1 < PHOTO_BUCKETS.length) expect(photoBucketFor(bucket + 1)).toBe(PHOTO_BUCKETS[i + 1]);
    }
    const sizes = new Set([1, 1000, 300 * KiB, 512 * KiB].map((n) => joined(sealPhoto(photo(n)).chunks).length));
    expect([...sizes].sort()).toEqual([262160, 524320]);
    expect(() => sealPhoto(photo(MAX_PHOTO_BYTES + 1))).toThrow(PhotoError);
  });
});

describe('chunked secretbox stream', () => {
  const original = photo(700 * KiB); // 3 chunks of data, padded to 1 MiB: 4 chunks
  const { key, chunks } = sealPhoto(original);

  it('opens to the exact bytes with the key and length from the report', () => {
    expect(chunks).toHaveLength(4);
    expect(chunks.every((c) => c.length === SEALED_CHUNK_BYTES)).toBe(true);
    expect(openPhoto(joined(chunks), key, original.length)).toEqual(original);
  });

  it('uses a fresh key each time: the same photo never seals to the same bytes', () => {
    const again = sealPhoto(original);
    expect(again.key).not.toEqual(key);
    expect(again.chunks[0]).not.toEqual(chunks[0]);
  });

  it('detects a changed byte in any chunk', () => {
    for (let i = 0; i < chunks.length; i++) {
      const altered = chunks.map((c) => c.slice());
      altered[i]!.set([altered[i]![1000]! ^ 1], 1000);
      expect(codeOf(() => openPhoto(joined(altered), key, original.length))).toBe('altered');
    }
  });

  it('detects reordered chunks', () => {
    const swapped = [chunks[1]!, chunks[0]!, chunks[2]!, chunks[3]!];
    expect(codeOf(() => openPhoto(joined(swapped), key, original.length))).toBe('altered');
  });

  it('detects a dropped or duplicated chunk even when the total is still a sealed size', () => {
    // 4 chunks cut to the first 2: a valid 512 KiB size, but chunk 2 was not sealed as the last.
    expect(codeOf(() => openPhoto(joined(chunks.slice(0, 2)), key, 400 * KiB))).toBe('altered');
    // A chunk dropped and another repeated in its place.
    expect(codeOf(() => openPhoto(joined([chunks[0]!, chunks[2]!, chunks[2]!, chunks[3]!]), key, original.length))).toBe('altered');
  });

  it('detects a truncated or extended stream by its size', () => {
    const whole = joined(chunks);
    expect(codeOf(() => openPhoto(whole.subarray(0, whole.length - 1), key, original.length))).toBe('wrong_size');
    expect(codeOf(() => openPhoto(joined([...chunks, chunks[3]!]), key, original.length))).toBe('wrong_size');
  });

  it('refuses a length the report could not honestly give, and another key', () => {
    expect(codeOf(() => openPhoto(joined(chunks), key, 2 * 1024 * KiB))).toBe('wrong_length');
    expect(codeOf(() => openPhoto(joined(chunks), nacl.randomBytes(32), original.length))).toBe('altered');
  });

  it('checks that the padding is zeros: a length shorter than the photo is refused', () => {
    expect(codeOf(() => openPhoto(joined(chunks), key, original.length - 10))).toBe('bad_padding');
  });

  it('the nonce holds the chunk counter and the last-chunk flag (age STREAM layout)', () => {
    const single = sealPhoto(photo(10));
    const nonce = new Uint8Array(24);
    nonce[23] = 1; // chunk 0, last
    expect(nacl.secretbox.open(single.chunks[0]!, nonce, single.key)?.length).toBe(PHOTO_CHUNK_BYTES);
    nonce[23] = 0;
    expect(nacl.secretbox.open(single.chunks[0]!, nonce, single.key)).toBeNull();
  });
});

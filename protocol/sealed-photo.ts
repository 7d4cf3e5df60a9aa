/**
 * A sealed photo (docs/photos.md): the stripped JPEG, padded to a size bucket and encrypted with
 * a fresh random key as a STREAM of `nacl.secretbox` chunks (the pattern of age's payload).
 *
 *   padded  = JPEG bytes || zero bytes, to the smallest bucket in PHOTO_BUCKETS that fits
 *   chunk i = secretbox(padded[i*CHUNK .. (i+1)*CHUNK], nonce_i, key)     (CHUNK + 16 bytes)
 *   nonce_i = 15 zero bytes || u64 big-endian i || 0x01 on the last chunk, 0x00 otherwise
 *   sealed  = chunk 0 || chunk 1 || … (no header)
 *
 * The key is used for one photo only, so a fixed nonce prefix never repeats a nonce. The counter
 * in each nonce means a chunk moved to another place does not open; the last-chunk flag means a
 * stream cut after any chunk, or extended, does not open either. The key, the JPEG's length and
 * its SHA-256 travel inside the sealed report (protocol/report-schema.ts, `photos`), never beside
 * the photo: the server sees only a bucket-sized run of ciphertext.
 */
import nacl from 'tweetnacl';
import type { RandomBytes } from './envelope.js';

/** Plaintext bytes per chunk: also what one upload request carries (plus the 16-byte tag). */
export const PHOTO_CHUNK_BYTES = 256 * 1024;
export const PHOTO_TAG_BYTES = nacl.secretbox.overheadLength;
export const SEALED_CHUNK_BYTES = PHOTO_CHUNK_BYTES + PHOTO_TAG_BYTES;
export const PHOTO_KEY_BYTES = nacl.secretbox.keyLength;
/**
 * Padded sizes: 256 KiB to 8 MiB, doubling. A 2048-pixel JPEG is typically 0.3–1.5 MB, so the
 * server (and anyone who seizes it) learns one of six sizes, never the photo's length.
 */
export const PHOTO_BUCKETS = [1, 2, 4, 8, 16, 32].map((chunks) => chunks * PHOTO_CHUNK_BYTES);
/** The largest stripped photo that can be sealed. */
export const MAX_PHOTO_BYTES = PHOTO_BUCKETS[PHOTO_BUCKETS.length - 1]!;
/** What a sealed photo of each bucket weighs on the wire and on disk. */
export const SEALED_PHOTO_SIZES: readonly number[] = PHOTO_BUCKETS.map((b) => sealedSizeOf(b));

function sealedSizeOf(padded: number): number {
  return padded + (padded / PHOTO_CHUNK_BYTES) * PHOTO_TAG_BYTES;
}

/** How many chunks a sealed photo of `sealedSize` bytes has (sealedSize must be in SEALED_PHOTO_SIZES). */
export function chunkCountOf(sealedSize: number): number {
  return sealedSize / SEALED_CHUNK_BYTES;
}

export type PhotoErrorCode = 'too_large' | 'wrong_size' | 'altered' | 'bad_padding' | 'wrong_length';

/** Why a photo could not be sealed or opened; `code` is stable (decrypt's output names it). */
export class PhotoError extends Error {
  constructor(
    readonly code: PhotoErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PhotoError';
  }
}

export function photoBucketFor(length: number): number {
  const bucket = PHOTO_BUCKETS.find((b) => length <= b);
  if (bucket === undefined) throw new PhotoError('too_large', `photo is ${length} bytes; the most a sealed photo holds is ${MAX_PHOTO_BYTES}`);
  return bucket;
}

function chunkNonce(index: number, last: boolean): Uint8Array {
  const nonce = new Uint8Array(nacl.secretbox.nonceLength);
  new DataView(nonce.buffer).setBigUint64(15, BigInt(index), false);
  nonce[23] = last ? 1 : 0;
  return nonce;
}

export interface SealedPhoto {
  key: Uint8Array;
  /** The chunks in order, each SEALED_CHUNK_BYTES: upload sends one per request. */
  chunks: Uint8Array[];
}

/** Pad and seal `photo` under a fresh key. The padded copy is wiped; the caller wipes `photo` and the key when done. */
export function sealPhoto(photo: Uint8Array, randomBytes: RandomBytes = nacl.randomBytes): SealedPhoto {
  const padded = new Uint8Array(photoBucketFor(photo.length));
  padded.set(photo);
  const key = randomBytes(PHOTO_KEY_BYTES);
  const count = padded.length / PHOTO_CHUNK_BYTES;
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    chunks.push(nacl.secretbox(padded.subarray(i * PHOTO_CHUNK_BYTES, (i + 1) * PHOTO_CHUNK_BYTES), chunkNonce(i, i === count - 1), key));
  }
  padded.fill(0);
  return { key, chunks };
}

/**
 * Open a sealed photo and return its `length` JPEG bytes. Throws PhotoError: `wrong_size` (not a
 * bucket: truncated or extended), `altered` (a chunk does not open: changed, moved, dropped, or
 * the stream cut and its end missing), `bad_padding`, `wrong_length`.
 */
export function openPhoto(sealed: Uint8Array, key: Uint8Array, length: number): Uint8Array {
  if (!SEALED_PHOTO_SIZES.includes(sealed.length)) {
    throw new PhotoError('wrong_size', `sealed photo is ${sealed.length} bytes, not one of the sealed sizes (truncated or extended)`);
  }
  const count = chunkCountOf(sealed.length);
  if (!Number.isSafeInteger(length) || length < 0 || length > count * PHOTO_CHUNK_BYTES) {
    throw new PhotoError('wrong_length', `the report says ${length} bytes, which this ${sealed.length}-byte sealed photo cannot hold`);
  }
  const padded = new Uint8Array(count * PHOTO_CHUNK_BYTES);
  for (let i = 0; i < count; i++) {
    const opened = nacl.secretbox.open(sealed.subarray(i * SEALED_CHUNK_BYTES, (i + 1) * SEALED_CHUNK_BYTES), chunkNonce(i, i === count - 1), key);
    if (opened === null) throw new PhotoError('altered', `chunk ${i + 1} of ${count} does not open: altered, moved, or from another photo`);
    padded.set(opened, i * PHOTO_CHUNK_BYTES);
  }
  for (let i = length; i < padded.length; i++) {
    if (padded[i] !== 0) throw new PhotoError('bad_padding', 'the padding after the photo is not all zero');
  }
  return padded.subarray(0, length);
}

/**
 * Length-hiding padding for envelope v1 (docs/envelope-v1.md):
 * 4-byte big-endian length L || L bytes of UTF-8 JSON || zero bytes, padded to the
 * smallest bucket that fits. The server therefore learns a bucket, never a length.
 */
export const BUCKETS = [4096, 8192, 16384, 32768, 65536] as const;
export const LENGTH_PREFIX_BYTES = 4;
/** Largest plaintext that fits the largest bucket. */
export const MAX_PLAINTEXT_BYTES = 65536 - LENGTH_PREFIX_BYTES;

export class PaddingError extends Error {
  constructor(
    readonly code: 'too_large' | 'bad_bucket' | 'bad_length' | 'nonzero_padding',
    message: string,
  ) {
    super(message);
    this.name = 'PaddingError';
  }
}

export function bucketFor(plaintextLength: number): number {
  const bucket = BUCKETS.find((b) => plaintextLength + LENGTH_PREFIX_BYTES <= b);
  if (bucket === undefined) {
    throw new PaddingError('too_large', `report is ${plaintextLength} bytes; the most an envelope holds is ${MAX_PLAINTEXT_BYTES}`);
  }
  return bucket;
}

export function pad(plaintext: Uint8Array): Uint8Array {
  const out = new Uint8Array(bucketFor(plaintext.length)); // zero-filled
  new DataView(out.buffer).setUint32(0, plaintext.length, false);
  out.set(plaintext, LENGTH_PREFIX_BYTES);
  return out;
}

type NodeBuffer = { compare(a: Uint8Array, b: Uint8Array): number };
const NodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
/** Zeros to compare padding against: as long as the longest possible padding. */
let zeros: Uint8Array | undefined;

/**
 * True when every byte is zero. On Node a native compare against a zero buffer (memcmp) checks a
 * 4–60 KB tail ~30× faster than a byte loop, which decrypt otherwise pays per envelope; the
 * browser never unpads, so it keeps the loop.
 */
function isAllZero(bytes: Uint8Array): boolean {
  if (NodeBuffer) {
    zeros ??= new Uint8Array(BUCKETS[BUCKETS.length - 1]!);
    return NodeBuffer.compare(bytes, zeros.subarray(0, bytes.length)) === 0;
  }
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** Inverse of `pad`; rejects anything `pad` could not have produced. */
export function unpad(padded: Uint8Array): Uint8Array {
  if (!(BUCKETS as readonly number[]).includes(padded.length)) {
    throw new PaddingError('bad_bucket', `padded report is ${padded.length} bytes, not a bucket size`);
  }
  const length = new DataView(padded.buffer, padded.byteOffset, padded.byteLength).getUint32(0, false);
  if (length > padded.length - LENGTH_PREFIX_BYTES) {
    throw new PaddingError('bad_length', `length prefix ${length} exceeds the ${padded.length}-byte bucket`);
  }
  if (!isAllZero(padded.subarray(LENGTH_PREFIX_BYTES + length))) {
    throw new PaddingError('nonzero_padding', 'padding bytes are not all zero');
  }
  return padded.subarray(LENGTH_PREFIX_BYTES, LENGTH_PREFIX_BYTES + length);
}

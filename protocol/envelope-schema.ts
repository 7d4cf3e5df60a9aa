/**
 * The shape of envelope v1 on the wire: `{ v: 1, kid, sealed }` (docs/envelope-v1.md).
 * No cryptography here: the server imports this to check shape, never content.
 */
import { base64DecodedLength, base64EncodedLength, isBase64 } from './base64.js';
import { BUCKETS } from './padding.js';

export const ENVELOPE_VERSION = 1;
/** Sealed-box overhead: 32-byte ephemeral public key + 16-byte Poly1305 tag. */
export const SEALED_OVERHEAD = 48;
export const SEALED_LENGTHS: readonly number[] = BUCKETS.map((b) => b + SEALED_OVERHEAD);
export const MAX_SEALED_BASE64_LENGTH = base64EncodedLength(Math.max(...SEALED_LENGTHS));
export const KID_RE = /^[0-9a-f]{16}$/;

export interface Envelope {
  v: 1;
  kid: string;
  sealed: string;
}

export type EnvelopeShapeErrorCode = 'invalid_envelope' | 'unexpected_field' | 'unsupported_version' | 'invalid_kid' | 'invalid_base64' | 'invalid_length';

export class EnvelopeShapeError extends Error {
  constructor(
    readonly code: EnvelopeShapeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EnvelopeShapeError';
  }
}

/**
 * Check a parsed JSON value is a well-formed v1 envelope. Checks run in the order a
 * client author would want to hear about them, and each failure has its own code.
 * Whether the kid is one the server knows is the caller's decision.
 */
export function parseEnvelope(value: unknown): Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EnvelopeShapeError('invalid_envelope', 'the body must be a JSON object {"v":1,"kid":"…","sealed":"…"}');
  }
  const record = value as Record<string, unknown>;
  const extra = Object.keys(record).filter((k) => k !== 'v' && k !== 'kid' && k !== 'sealed');
  if (extra.length > 0) {
    throw new EnvelopeShapeError(
      'unexpected_field',
      `unexpected field(s): ${extra
        .slice(0, 5)
        .map((k) => JSON.stringify(k.slice(0, 40)))
        .join(', ')}; an envelope has exactly v, kid and sealed`,
    );
  }
  if (!('v' in record)) throw new EnvelopeShapeError('invalid_envelope', 'missing field "v"');
  if (record.v !== ENVELOPE_VERSION) {
    throw new EnvelopeShapeError('unsupported_version', `envelope version ${JSON.stringify(record.v)?.slice(0, 20)} is not supported; this server accepts v=1`);
  }
  if (typeof record.kid !== 'string' || !KID_RE.test(record.kid)) {
    throw new EnvelopeShapeError('invalid_kid', '"kid" must be 16 lowercase hex characters');
  }
  const sealed = record.sealed;
  if (typeof sealed !== 'string') throw new EnvelopeShapeError('invalid_base64', '"sealed" must be a base64 string');
  if (sealed.length > MAX_SEALED_BASE64_LENGTH) {
    throw new EnvelopeShapeError('invalid_length', `"sealed" is longer than the largest bucket (${Math.max(...SEALED_LENGTHS)} bytes)`);
  }
  if (!isBase64(sealed)) throw new EnvelopeShapeError('invalid_base64', '"sealed" is not valid padded base64');
  const length = base64DecodedLength(sealed);
  if (!SEALED_LENGTHS.includes(length)) {
    throw new EnvelopeShapeError('invalid_length', `"sealed" decodes to ${length} bytes; it must be one of ${SEALED_LENGTHS.join(', ')}`);
  }
  return { v: ENVELOPE_VERSION, kid: record.kid, sealed };
}

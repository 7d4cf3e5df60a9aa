/**
 * Envelope v1: a libsodium-compatible sealed box (crypto_box_seal) around the padded,
 * UTF-8 JSON report. The one module that imports tweetnacl and BLAKE2b (docs/architecture.md, "Cryptography").
 *
 *   sealed = epk || crypto_box(padded, nonce = BLAKE2b-192(epk || pk), pk, esk)
 *
 * Any libsodium binding opens `sealed` with crypto_box_seal_open; tests/fixtures holds
 * vectors sealed by sodium-native to prove it.
 */
import nacl from 'tweetnacl';
import { blake2b } from '@noble/hashes/blake2b';
import { sha256 } from '@noble/hashes/sha256';
import { fromBase64Into, toBase64, toHex } from './base64.js';
import { ENVELOPE_VERSION, SEALED_OVERHEAD, SEALED_LENGTHS, type Envelope } from './envelope-schema.js';
import { pad, unpad, PaddingError } from './padding.js';
import { reportSchema, type Report } from './report-schema.js';
import type { Answer } from './answer-schema.js';

export type RandomBytes = (length: number) => Uint8Array;

export const PUBLIC_KEY_BYTES = 32;
export const SECRET_KEY_BYTES = 32;

export interface CampaignKeyPair {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

export type EnvelopeErrorCode =
  'unsupported_version' | 'wrong_key' | 'invalid_base64' | 'invalid_length' | 'decryption_failed' | 'bad_padding' | 'invalid_json' | 'invalid_report';

/** Why an envelope could not be opened; `code` is stable and goes into quarantine files. */
export class EnvelopeError extends Error {
  constructor(
    readonly code: EnvelopeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EnvelopeError';
  }
}

/** First 16 hex characters of SHA-256(public key): names a campaign key in envelopes and files. */
export function keyId(publicKey: Uint8Array): string {
  return toHex(sha256(publicKey)).slice(0, 16);
}

/** 128 bits of SHA-256(public key) as 8 groups of 4 hex, for people to compare aloud. */
export function fingerprint(publicKey: Uint8Array): string {
  return toHex(sha256(publicKey)).slice(0, 32).match(/.{4}/g)!.join(' ');
}

/**
 * The fingerprint people compare for a campaign: of its encryption key and, when it has one, the
 * reply signing key that comes with it (docs/replies.md), so that a server serving another signing
 * key shows another fingerprint. Without a signing key it is `fingerprint(publicKey)`.
 */
export function campaignFingerprint(publicKey: Uint8Array, replySigningKey?: Uint8Array): string {
  if (!replySigningKey) return fingerprint(publicKey);
  const both = new Uint8Array(publicKey.length + replySigningKey.length);
  both.set(publicKey, 0);
  both.set(replySigningKey, publicKey.length);
  return fingerprint(both);
}

/** A fresh X25519 campaign key pair. `randomBytes` is injectable for known-answer tests. */
export function generateCampaignKeyPair(randomBytes: RandomBytes = nacl.randomBytes): CampaignKeyPair {
  const secretKey = randomBytes(SECRET_KEY_BYTES);
  return { publicKey: nacl.scalarMult.base(secretKey), secretKey };
}

export function publicKeyFromSecretKey(secretKey: Uint8Array): Uint8Array {
  return nacl.scalarMult.base(secretKey);
}

function sealNonce(ephemeralPublicKey: Uint8Array, recipientPublicKey: Uint8Array): Uint8Array {
  const input = new Uint8Array(64);
  input.set(ephemeralPublicKey, 0);
  input.set(recipientPublicKey, 32);
  return blake2b(input, { dkLen: nacl.box.nonceLength });
}

/**
 * crypto_box_seal: encrypt `message` to `recipientPublicKey` with a fresh ephemeral key
 * pair that is wiped after use. Returns epk || ciphertext (message length + 48 bytes).
 */
export function sealBytes(message: Uint8Array, recipientPublicKey: Uint8Array, randomBytes: RandomBytes = nacl.randomBytes): Uint8Array {
  if (recipientPublicKey.length !== PUBLIC_KEY_BYTES) throw new TypeError('campaign public key must be 32 bytes');
  const ephemeralSecretKey = randomBytes(SECRET_KEY_BYTES);
  const ephemeralPublicKey = nacl.scalarMult.base(ephemeralSecretKey);
  const boxed = nacl.box(message, sealNonce(ephemeralPublicKey, recipientPublicKey), recipientPublicKey, ephemeralSecretKey);
  ephemeralSecretKey.fill(0);
  const sealed = new Uint8Array(PUBLIC_KEY_BYTES + boxed.length);
  sealed.set(ephemeralPublicKey, 0);
  sealed.set(boxed, PUBLIC_KEY_BYTES);
  return sealed;
}

/** crypto_box_seal_open. Returns null when the bytes were not sealed to this key or were altered. */
export function openSealedBytes(sealed: Uint8Array, keyPair: CampaignKeyPair): Uint8Array | null {
  if (sealed.length < SEALED_OVERHEAD) return null;
  const ephemeralPublicKey = sealed.subarray(0, PUBLIC_KEY_BYTES);
  return nacl.box.open(sealed.subarray(PUBLIC_KEY_BYTES), sealNonce(ephemeralPublicKey, keyPair.publicKey), ephemeralPublicKey, keyPair.secretKey);
}

/**
 * Pad and seal a report (already validated by the caller) to the campaign key. A witness's
 * answer to a reply (protocol/answer-schema.ts) is sealed the same way, so nothing outside
 * the sealed box tells the two apart.
 * Encodings: report → UTF-8 JSON → padded bucket → sealed box → base64.
 * Throws PaddingError('too_large') if the JSON exceeds the largest bucket.
 */
export function sealReport(report: Report | Answer, campaignPublicKey: Uint8Array, randomBytes: RandomBytes = nacl.randomBytes): Envelope {
  const padded = pad(new TextEncoder().encode(JSON.stringify(report)));
  const sealed = sealBytes(padded, campaignPublicKey, randomBytes);
  padded.fill(0);
  return { v: ENVELOPE_VERSION, kid: keyId(campaignPublicKey), sealed: toBase64(sealed) };
}

/**
 * Signature of a crypto_box_seal_open implementation (tweetnacl here, sodium-native in scripts).
 * `sealed` is only valid during the call (openEnvelope reuses its buffer): copy it to keep it.
 */
export type SealOpener = (sealed: Uint8Array, keyPair: CampaignKeyPair) => Uint8Array | null;

/**
 * Open an envelope and return its report, validated with the report schema.
 * Never returns unvalidated data; throws EnvelopeError with a stable code on any failure.
 */
export function openEnvelope(envelope: Envelope, keyPair: CampaignKeyPair, open: SealOpener = openSealedBytes): Report {
  return validateReport(openEnvelopeJson(envelope, keyPair, open));
}

/** An opened envelope's JSON as a report, validated with the report schema; EnvelopeError('invalid_report') otherwise. */
export function validateReport(value: unknown): Report {
  const parsed = reportSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new EnvelopeError('invalid_report', `report fails schema: ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

const keyIds = new WeakMap<Uint8Array, string>();
function cachedKeyId(publicKey: Uint8Array): string {
  let kid = keyIds.get(publicKey);
  if (kid === undefined) {
    kid = keyId(publicKey);
    keyIds.set(publicKey, kid);
  }
  return kid;
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Where openEnvelopeJson decodes `sealed` (one envelope at a time, synchronously). */
let sealedScratch: Uint8Array | undefined;

/** Open an envelope to its JSON value without schema validation (for diagnostics and tests). */
export function openEnvelopeJson(envelope: Envelope, keyPair: CampaignKeyPair, open: SealOpener = openSealedBytes): unknown {
  if (envelope.v !== ENVELOPE_VERSION) throw new EnvelopeError('unsupported_version', `envelope version ${String(envelope.v)} is not supported`);
  const kid = cachedKeyId(keyPair.publicKey);
  if (envelope.kid !== kid) throw new EnvelopeError('wrong_key', `envelope is for key ${envelope.kid}, this key is ${kid}`);
  let sealed: Uint8Array;
  try {
    sealed = fromBase64Into(envelope.sealed, (sealedScratch ??= new Uint8Array(Math.max(...SEALED_LENGTHS))));
  } catch {
    throw new EnvelopeError('invalid_base64', 'sealed is not valid base64');
  }
  if (!SEALED_LENGTHS.includes(sealed.length)) throw new EnvelopeError('invalid_length', `sealed is ${sealed.length} bytes, not a bucket size + 48`);
  const padded = open(sealed, keyPair);
  if (padded === null) throw new EnvelopeError('decryption_failed', 'ciphertext does not open with this key: altered, corrupted or sealed to another key');
  let json: Uint8Array;
  try {
    json = unpad(padded);
  } catch (e) {
    throw new EnvelopeError('bad_padding', e instanceof PaddingError ? e.message : 'bad padding');
  }
  try {
    return JSON.parse(utf8.decode(json));
  } catch {
    throw new EnvelopeError('invalid_json', 'decrypted content is not UTF-8 JSON');
  }
}

/**
 * Signed requests from an analyst's `npm run fetch` to the server's /api/batches endpoints
 * (issue #4). Node only: uses node:crypto's Ed25519, never loaded by the browser form.
 *
 * The analyst holds an Ed25519 secret key (analyst.key); the server holds only the public
 * halves (ANALYST_PUBLIC_KEY_FILES), so nothing on the server grants access to the batches.
 *
 * Each request carries five headers:
 *   X-Scanwitness-Key           kid of the analyst key: first 16 hex of SHA-256(public key)
 *   X-Scanwitness-Origin        the server's origin as the analyst addressed it (scheme://host[:port])
 *   X-Scanwitness-Timestamp-Ms  Unix time in milliseconds, decimal
 *   X-Scanwitness-Nonce         16 random bytes, base64url without padding (22 characters)
 *   X-Scanwitness-Signature     Ed25519 signature of the canonical string, standard base64
 *
 * Canonical string (UTF-8, "\n" between fields, no trailing newline):
 *   scanwitness-request-v2
 *   origin                   WHATWG URL origin: lower-case scheme and host, default port left out
 *   METHOD                   upper case
 *   /api/path                the API path, without any prefix a reverse proxy strips
 *   canonical query          pairs sorted by name then value, each side encodeURIComponent'd, joined by &
 *   timestamp (ms)
 *   nonce
 *   hex SHA-256 of the body  (of zero bytes when there is no body)
 *
 * Replay: the server refuses a signature for another origin (a second server sharing the
 * analyst key), one more than SIGNATURE_WINDOW_SECONDS from its clock, one made before the
 * server process started (its nonce memory is new), and a nonce it has already seen since it
 * started. Together: a captured request is accepted at most once, anywhere.
 * docs/batch-transfer.md explains why this is not RFC 9421 (HTTP Message Signatures).
 */
import { createHash, createPrivateKey, createPublicKey, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { keyId, fingerprint } from '../envelope.js';

export const SIGNATURE_SCHEME = 'scanwitness-request-v2';
export const HEADER_KEY = 'x-scanwitness-key';
export const HEADER_ORIGIN = 'x-scanwitness-origin';
export const HEADER_TIMESTAMP = 'x-scanwitness-timestamp-ms';
export const HEADER_NONCE = 'x-scanwitness-nonce';
export const HEADER_SIGNATURE = 'x-scanwitness-signature';

/** How far (either way) a request's timestamp may be from the server's clock. */
export const SIGNATURE_WINDOW_SECONDS = 300;

export const NONCE_RE = /^[A-Za-z0-9_-]{22,64}$/;
export const TIMESTAMP_RE = /^[0-9]{1,15}$/;
export const SIGNATURE_RE = /^[A-Za-z0-9+/]{86}==$/;

export const ED25519_PUBLIC_KEY_BYTES = 32;
export const ED25519_SEED_BYTES = 32;

// DER prefixes that wrap a raw 32-byte Ed25519 key as SPKI / PKCS#8 (RFC 8410), so node:crypto
// can use the raw bytes kept in our key files.
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface AnalystKeyPair {
  /** Raw 32-byte Ed25519 public key. */
  publicKey: Uint8Array;
  /** Raw 32-byte Ed25519 seed (the secret key as RFC 8032 defines it). */
  secretKey: Uint8Array;
}

/** A fresh Ed25519 signing key pair for an analyst. */
export function generateAnalystKeyPair(): AnalystKeyPair {
  const seed = new Uint8Array(randomBytes(ED25519_SEED_BYTES));
  return { publicKey: analystPublicKeyFromSeed(seed), secretKey: seed };
}

export function analystPrivateKeyObject(seed: Uint8Array): KeyObject {
  if (seed.length !== ED25519_SEED_BYTES) throw new TypeError('an Ed25519 secret key is 32 bytes');
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

export function analystPublicKeyObject(publicKey: Uint8Array): KeyObject {
  if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES) throw new TypeError('an Ed25519 public key is 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
}

export function analystPublicKeyFromSeed(seed: Uint8Array): Uint8Array {
  const der = createPublicKey(analystPrivateKeyObject(seed)).export({ format: 'der', type: 'spki' });
  return new Uint8Array(der.subarray(SPKI_PREFIX.length));
}

/** Same naming as campaign keys: kid = 16 hex of SHA-256(public key); fingerprint = 8 groups of 4 hex. */
export { keyId as analystKeyId, fingerprint as analystFingerprint };

/** Query pairs sorted by name then value, percent-encoded: the same string whatever order the URL used. */
export function canonicalQuery(params: URLSearchParams | Iterable<[string, string]>): string {
  const pairs = [...params].map(([k, v]) => [encodeURIComponent(k), encodeURIComponent(v)] as const);
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

export function sha256Hex(body: Uint8Array | string): string {
  return createHash('sha256').update(body).digest('hex');
}

/**
 * The origin of a URL as the signature covers it: "https://report.example.org",
 * "http://127.0.0.1:3000". Throws TypeError when `url` is not an http(s) URL.
 */
export function signedOrigin(url: string | URL): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError(`${parsed.protocol} is not http or https`);
  return parsed.origin;
}

export interface RequestToSign {
  /** The server's origin (see signedOrigin). */
  origin: string;
  method: string;
  /** The API path, e.g. "/api/batches", without query string. */
  path: string;
  /** The canonical query (see canonicalQuery); "" when there is none. */
  query: string;
  timestamp: string;
  nonce: string;
  /** The exact body bytes sent; empty for GET. */
  body: Uint8Array | string;
}

/** The string that is signed. Fields cannot contain "\n" (checked), so it parses one way only. */
export function canonicalRequest(r: RequestToSign): string {
  const fields = [SIGNATURE_SCHEME, r.origin, r.method.toUpperCase(), r.path, r.query, r.timestamp, r.nonce];
  if (fields.some((f) => f.includes('\n'))) throw new TypeError('request fields must not contain newlines');
  return `${fields.join('\n')}\n${sha256Hex(r.body)}`;
}

export function newNonce(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The five headers for a signed request. `request.origin` is the server's URL or origin as
 * the analyst addresses it. `now` and `nonce` are injectable for tests.
 */
export function signRequest(
  request: { origin: string; method: string; path: string; query: string; body?: Uint8Array | string },
  key: { kid: string; privateKey: KeyObject },
  options: { now?: Date; nonce?: string } = {},
): Record<string, string> {
  const origin = signedOrigin(request.origin);
  const timestamp = String((options.now ?? new Date()).getTime());
  const nonce = options.nonce ?? newNonce();
  const text = canonicalRequest({ ...request, origin, body: request.body ?? '', timestamp, nonce });
  const signature = sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
  return { [HEADER_KEY]: key.kid, [HEADER_ORIGIN]: origin, [HEADER_TIMESTAMP]: timestamp, [HEADER_NONCE]: nonce, [HEADER_SIGNATURE]: signature };
}

/** True when `signature` (base64) is a valid Ed25519 signature of `text` by `publicKey`. Never throws. */
export function verifyCanonical(text: string, signature: string, publicKey: KeyObject): boolean {
  if (!SIGNATURE_RE.test(signature)) return false;
  try {
    return verify(null, Buffer.from(text, 'utf8'), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

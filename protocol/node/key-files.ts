/**
 * Key files (Node only: the analyst's machine and the server's start-up).
 *
 * Public key file (`campaign.pub`, `analyst.pub`), safe to publish:
 *   {"type":"scanwitness.public-key.v1","use":"campaign-encryption","kid":"…","publicKey":"<base64>","fingerprint":"…",
 *    "created":"2025-06-01T12:00:00Z"}
 * `use` is "campaign-encryption" (X25519, for sealing reports), "analyst-signing" (Ed25519,
 * for signing /api/batches and /api/replies requests) or "reply-signing" (Ed25519, the campaign's
 * key that signs replies to witnesses; the form pins its public half, docs/replies.md). `created` (optional, UTC, whole seconds) is written by
 * `npm run keygen`; a campaign key file made by keygen also carries `"replySigningKey":"<base64>"`,
 * the Ed25519 public half of the campaign's reply signing key (signing.key), and its
 * `fingerprint` then covers both keys (protocol/envelope.ts, campaignFingerprint). The server counts a rotated-out campaign key's grace period from the
 * `created` of the key that replaced it (docs/operator-guide.md).
 *
 * Secret key file (`campaign.key`, `analyst.key`), mode 0600. For campaign keys the secret is the
 * 32-byte X25519 secret key; for analyst and reply signing keys the 32-byte Ed25519 seed.
 *   {"type":"scanwitness.secret-key.v1","use":…,"kid":…,"publicKey":…,
 *    "kdf":{"name":"scrypt","N":131072,"r":8,"p":1,"salt":"<base64 16 bytes>"},
 *    "cipher":"aes-256-gcm","iv":"<base64 12 bytes>","ciphertext":"<base64 secret key + 16-byte tag>"}
 * or, only when made with --no-passphrase, "kdf":null,"cipher":null,"secretKey":"<base64>".
 *
 * KDF: scrypt N=2^17, r=8, p=1 (128 MiB, ~0.5 s here) — the parameters OWASP lists for
 * scrypt, costly enough to slow a guesser with a stolen laptop. The header fields are the
 * GCM additional data, so a key file cannot be re-labelled with another kid or use.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { fromBase64, toBase64 } from '../base64.js';
import { campaignFingerprint, keyId } from '../envelope.js';

const scryptAsync = promisify(scrypt) as (pw: string | Buffer, salt: Buffer, len: number, opts: object) => Promise<Buffer>;

export type KeyUse = 'campaign-encryption' | 'analyst-signing' | 'reply-signing';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

export interface PublicKeyFile {
  type: 'scanwitness.public-key.v1';
  use: KeyUse;
  kid: string;
  publicKey: string;
  fingerprint: string;
  /** When the key pair was made (ISO 8601 UTC, whole seconds); absent in files made before keygen wrote it. */
  created?: string;
  /** Campaign keys only: the reply signing key's public half (absent in files made before replies). */
  replySigningKey?: string;
}

interface SecretKeyHeader {
  type: 'scanwitness.secret-key.v1';
  use: KeyUse;
  kid: string;
  publicKey: string;
}
export type SecretKeyFile = SecretKeyHeader &
  (
    | { kdf: ScryptParams & { name: 'scrypt'; salt: string }; cipher: 'aes-256-gcm'; iv: string; ciphertext: string }
    | { kdf: null; cipher: null; secretKey: string }
  );

export class KeyFileError extends Error {
  constructor(
    readonly code: 'unreadable' | 'malformed' | 'wrong_passphrase' | 'wrong_use' | 'secret_key',
    message: string,
  ) {
    super(message);
    this.name = 'KeyFileError';
  }
}

export function makePublicKeyFile(use: KeyUse, publicKey: Uint8Array, created?: Date, replySigningKey?: Uint8Array): PublicKeyFile {
  const file: PublicKeyFile = {
    type: 'scanwitness.public-key.v1',
    use,
    kid: keyId(publicKey),
    publicKey: toBase64(publicKey),
    fingerprint: campaignFingerprint(publicKey, replySigningKey),
  };
  if (created) file.created = isoSeconds(created);
  if (replySigningKey) file.replySigningKey = toBase64(replySigningKey);
  return file;
}

/** 2025-06-01T12:00:00Z: UTC, whole seconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const CREATED_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function header(use: KeyUse, publicKey: Uint8Array): SecretKeyHeader {
  return { type: 'scanwitness.secret-key.v1', use, kid: keyId(publicKey), publicKey: toBase64(publicKey) };
}

function aad(h: SecretKeyHeader): Buffer {
  return Buffer.from(JSON.stringify([h.type, h.use, h.kid, h.publicKey]));
}

async function deriveKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return scryptAsync(passphrase.normalize('NFKC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 });
}

/** Encrypt a secret key under a passphrase (or store it plainly when passphrase is null). */
export async function makeSecretKeyFile(
  use: KeyUse,
  publicKey: Uint8Array,
  secretKey: Uint8Array,
  passphrase: string | null,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<SecretKeyFile> {
  const h = header(use, publicKey);
  if (passphrase === null) return { ...h, kdf: null, cipher: null, secretKey: toBase64(secretKey) };
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, params);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(h));
  const ciphertext = Buffer.concat([cipher.update(secretKey), cipher.final(), cipher.getAuthTag()]);
  key.fill(0);
  return {
    ...h,
    kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

export function isPassphraseProtected(file: SecretKeyFile): boolean {
  return file.kdf !== null;
}

/**
 * What to do about a wrong passphrase. Never "make a new key": a new campaign key cannot open a
 * single report already sealed to this one, and a panicking analyst could replace the only key.
 */
const WRONG_PASSPHRASE_ADVICE: Record<KeyUse, string> = {
  'campaign-encryption':
    '(check Caps Lock and the keyboard layout; a passphrase file must hold it on its first line). Do not make a new key: ' +
    'a new key cannot open the reports already sealed to this one — only this file with its passphrase can. ' +
    'Ask whoever keeps the passphrase backup.',
  'analyst-signing':
    "(check Caps Lock and the keyboard layout). If it is lost, a new analyst key (npm run keygen -- --only analyst) works only once the server's operator lists its analyst.pub.",
  'reply-signing':
    '(check Caps Lock and the keyboard layout; it is the passphrase of the campaign key made with it). If it is lost, replies need new campaign keys (npm run keygen -- --only campaign) and a new fingerprint.',
};

/** Recover the secret key. Throws KeyFileError('wrong_passphrase') when the passphrase is wrong. */
export async function unlockSecretKeyFile(file: SecretKeyFile, passphrase: string | null, path = 'the key file'): Promise<Uint8Array> {
  if (file.kdf === null) return fromBase64(file.secretKey);
  if (passphrase === null) throw new KeyFileError('wrong_passphrase', `${path} is protected by a passphrase; none was given`);
  const { N, r, p, salt } = file.kdf;
  const key = await deriveKey(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
  const data = Buffer.from(file.ciphertext, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(file.iv, 'base64'));
    decipher.setAAD(aad(file));
    decipher.setAuthTag(data.subarray(data.length - 16));
    const secret = Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
    return new Uint8Array(secret);
  } catch {
    throw new KeyFileError('wrong_passphrase', `wrong passphrase for ${path} — try again ${WRONG_PASSPHRASE_ADVICE[file.use]}`);
  } finally {
    key.fill(0);
  }
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new KeyFileError('unreadable', `cannot read key file ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new KeyFileError('malformed', `${path} is not a scanwitness key file (not JSON)`);
  }
}

const B64_32 = /^[A-Za-z0-9+/]{43}=$/;

/** What each kind of key file is, in the words an analyst meets in the guides. */
const KEY_USE_NAMES: Record<KeyUse, string> = {
  'campaign-encryption': "the campaign's encryption key (campaign.key / campaign.pub: reports are sealed to it; decrypt and analyse use it)",
  'analyst-signing': "an analyst's signing key (analyst.key / analyst.pub: fetch signs with it; the server lists it)",
  'reply-signing': "the campaign's reply signing key (signing.key / signing.pub: `npm run reply` signs replies with it; the form checks them)",
};

function wrongUse(path: string, found: unknown, wanted: KeyUse): KeyFileError {
  const is = typeof found === 'string' && found in KEY_USE_NAMES ? KEY_USE_NAMES[found as KeyUse] : `a key of unknown use ${JSON.stringify(found)}`;
  return new KeyFileError('wrong_use', `${path} is ${is}, but ${KEY_USE_NAMES[wanted]} is needed here`);
}

export async function readPublicKeyFile(
  path: string,
  use: KeyUse = 'campaign-encryption',
): Promise<{ file: PublicKeyFile; publicKey: Uint8Array; replySigningKey?: Uint8Array }> {
  const value = (await readJson(path)) as Partial<PublicKeyFile>;
  if ((value as { type?: unknown } | null)?.type === 'scanwitness.secret-key.v1') {
    throw new KeyFileError('secret_key', `${path} is a secret key file (.key), not a public key file (.pub): give the .pub file here`);
  }
  if (value?.type !== 'scanwitness.public-key.v1' || typeof value.publicKey !== 'string' || !B64_32.test(value.publicKey)) {
    throw new KeyFileError('malformed', `${path} is not a scanwitness public key file`);
  }
  if (value.use !== use) throw wrongUse(path, value.use, use);
  let created: Date | undefined;
  if (value.created !== undefined) {
    created = new Date(String(value.created));
    if (typeof value.created !== 'string' || !CREATED_RE.test(value.created) || Number.isNaN(created.getTime())) {
      throw new KeyFileError('malformed', `${path}: "created" must be a UTC time like 2025-06-01T12:00:00Z`);
    }
  }
  let replySigningKey: Uint8Array | undefined;
  if (value.replySigningKey !== undefined) {
    if (use !== 'campaign-encryption' || typeof value.replySigningKey !== 'string' || !B64_32.test(value.replySigningKey)) {
      throw new KeyFileError('malformed', `${path}: "replySigningKey" must be the base64 of a 32-byte key, in a campaign key file only`);
    }
    replySigningKey = fromBase64(value.replySigningKey);
  }
  const publicKey = fromBase64(value.publicKey);
  return { file: makePublicKeyFile(use, publicKey, created, replySigningKey), publicKey, ...(replySigningKey ? { replySigningKey } : {}) };
}

export async function readSecretKeyFile(path: string, use: KeyUse = 'campaign-encryption'): Promise<SecretKeyFile> {
  const value = (await readJson(path)) as Partial<SecretKeyFile>;
  if (value?.type !== 'scanwitness.secret-key.v1' || typeof value.publicKey !== 'string' || typeof value.kid !== 'string') {
    throw new KeyFileError('malformed', `${path} is not a scanwitness secret key file`);
  }
  if (value.use !== use) throw wrongUse(path, value.use, use);
  checkSecretKeyFields(path, value as Record<string, unknown>);
  return value as SecretKeyFile;
}

/** Largest scrypt cost a key file may ask for: 2^20 (1 GiB at r=8), so a damaged N cannot exhaust memory. */
const MAX_SCRYPT_N = 2 ** 20;
const MAX_SCRYPT_MEMORY_BYTES = 2 ** 30;
/** A secret key (32 bytes) plus the 16-byte GCM tag. */
const SECRET_CIPHERTEXT_BYTES = 48;

/**
 * Every field the unlock step uses, checked before it runs, so a damaged file gives one line
 * naming the file and the field instead of an error from deep inside scrypt or the cipher.
 */
function checkSecretKeyFields(path: string, file: Record<string, unknown>): void {
  const damaged = (field: string, expected: string, found: unknown) =>
    new KeyFileError('malformed', `${path}: field "${field}" is damaged (expected ${expected}, found ${quoted(found)}); restore the key file from your backup`);
  const bytes = (field: string, text: unknown, min: number, max = min): void => {
    let length = -1;
    try {
      if (typeof text === 'string') length = fromBase64(text).length;
    } catch {
      // not base64: reported below
    }
    if (length < min || length > max) throw damaged(field, `base64 of ${min === max ? min : `${min}–${max}`} bytes`, text);
  };
  bytes('publicKey', file.publicKey, 32);
  if (typeof file.kid !== 'string' || !/^[0-9a-f]{16}$/.test(file.kid)) throw damaged('kid', '16 lower-case hex digits', file.kid);
  if (file.kdf === null) {
    if (file.cipher !== null) throw damaged('cipher', 'null for a key without a passphrase', file.cipher);
    bytes('secretKey', file.secretKey, 32);
    return;
  }
  const kdf = file.kdf as Record<string, unknown> | undefined;
  if (typeof kdf !== 'object' || kdf === null || Array.isArray(kdf)) throw damaged('kdf', 'an object or null', kdf);
  if (kdf.name !== 'scrypt') throw damaged('kdf.name', '"scrypt"', kdf.name);
  const { N, r, p } = kdf;
  const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  if (!isInt(N, 2, MAX_SCRYPT_N) || (N & (N - 1)) !== 0) throw damaged('kdf.N', `a power of two from 2 to ${MAX_SCRYPT_N}`, N);
  if (!isInt(r, 1, 32)) throw damaged('kdf.r', 'a whole number from 1 to 32', r);
  if (!isInt(p, 1, 16)) throw damaged('kdf.p', 'a whole number from 1 to 16', p);
  if (128 * N * r > MAX_SCRYPT_MEMORY_BYTES) throw damaged('kdf.r', `N × r × 128 bytes at most ${MAX_SCRYPT_MEMORY_BYTES}`, r);
  bytes('kdf.salt', kdf.salt, 16, 64);
  if (file.cipher !== 'aes-256-gcm') throw damaged('cipher', '"aes-256-gcm"', file.cipher);
  bytes('iv', file.iv, 12);
  bytes('ciphertext', file.ciphertext, SECRET_CIPHERTEXT_BYTES);
}

/** A found value, quoted briefly for an error message. */
function quoted(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

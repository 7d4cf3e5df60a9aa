/**
 * The witness's reply key pair, derived from the receipt (protocol/receipt.ts) and from nothing
 * else, so the browser can make it again on any later visit without storing anything
 * (docs/replies.md):
 *
 *   seed = Argon2id(password = the 21 ASCII digits, salt = "scanwitness/reply-key/v1",
 *                   t = 2, m = 19 MiB, p = 1, 32 bytes)
 *   secret key = BLAKE2b-256(key = seed, message = "scanwitness reply x25519 v1")
 *   public key = X25519(secret key, base point)
 *
 * The public key goes inside the sealed report; replies are sealed to it. The salt is fixed (it
 * must be: the receipt is the only thing the witness keeps) and versioned: a v2 changes the salt.
 * With 66 bits of receipt even a seized list of every reply cannot be searched for a receipt.
 *
 * Argon2id runs in hash-wasm (WebAssembly); where WebAssembly is off (Tor Browser's "Safer"
 * level) the same function from @noble/hashes runs in plain JavaScript, slower but identical.
 * Only the reply chunk of the form imports this module (client/reply/), never the first load.
 */
import { argon2id as argon2idWasm } from 'hash-wasm';
import { argon2idAsync } from '@noble/hashes/argon2';
import { blake2b } from '@noble/hashes/blake2b';
import { publicKeyFromSecretKey, type CampaignKeyPair } from './envelope.js';

export const REPLY_KEY_SALT = 'scanwitness/reply-key/v1';
/** Argon2id cost: OWASP's minimum for Argon2id; bench:reply measures it (docs/performance.md). */
export const REPLY_KEY_ARGON2 = { iterations: 2, memoryKiB: 19 * 1024, parallelism: 1 } as const;
const SECRET_LABEL = new TextEncoder().encode('scanwitness reply x25519 v1');

export type Argon2Engine = 'wasm' | 'js';

async function argon2idSeed(password: string, engine: Argon2Engine): Promise<Uint8Array> {
  const { iterations, memoryKiB, parallelism } = REPLY_KEY_ARGON2;
  if (engine === 'wasm') {
    return argon2idWasm({ password, salt: REPLY_KEY_SALT, iterations, memorySize: memoryKiB, parallelism, hashLength: 32, outputType: 'binary' });
  }
  return argon2idAsync(password, REPLY_KEY_SALT, { t: iterations, m: memoryKiB, p: parallelism, dkLen: 32 });
}

/** WebAssembly when the browser allows it, else plain JavaScript. */
export function preferredEngine(): Argon2Engine {
  const wasm = (globalThis as { WebAssembly?: { instantiate?: unknown } }).WebAssembly;
  return typeof wasm?.instantiate === 'function' ? 'wasm' : 'js';
}

/**
 * The reply key pair of a checked receipt (21 ASCII digits, parseReceipt's output). If the
 * WebAssembly engine fails to start (blocked by a browser setting), the JavaScript one is used.
 */
export async function deriveReplyKeyPair(receipt: string, engine: Argon2Engine = preferredEngine()): Promise<CampaignKeyPair> {
  if (!/^[0-9]{21}$/.test(receipt)) throw new TypeError('a receipt is 21 digits 0–9 (parse it first)');
  let seed: Uint8Array;
  try {
    seed = await argon2idSeed(receipt, engine);
  } catch (e) {
    if (engine === 'js') throw e;
    seed = await argon2idSeed(receipt, 'js');
  }
  const secretKey = blake2b(SECRET_LABEL, { key: seed, dkLen: 32 });
  seed.fill(0);
  return { secretKey, publicKey: publicKeyFromSecretKey(secretKey) };
}

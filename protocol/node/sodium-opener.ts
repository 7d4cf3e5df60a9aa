/**
 * crypto_box_seal_open through sodium-native (libsodium), with tweetnacl as the fallback.
 *
 * Decrypting a year of reports is dominated by the X25519 in each sealed box; libsodium does
 * it about 30× faster than tweetnacl. sodium-native ships prebuilt binaries, but it is an
 * optional dependency: an analyst's machine without a matching binary still decrypts, slowly,
 * with the pure-JavaScript implementation in envelope.ts. Both implement the same libsodium
 * sealed box, so the output is identical (tests/unit/sodium-opener.test.ts checks it).
 *
 * Node only. Loaded with createRequire at run time so that a missing or broken native module
 * is a fallback, not a crash at import.
 */
import { createRequire } from 'node:module';
import { openSealedBytes, PUBLIC_KEY_BYTES, sealBytes, type CampaignKeyPair, type SealOpener } from '../envelope.js';
import { SEALED_OVERHEAD } from '../envelope-schema.js';

/** The part of sodium-native's API used here (it ships no type declarations). */
interface SodiumNative {
  crypto_box_SEALBYTES: number;
  crypto_box_seal(c: Uint8Array, m: Uint8Array, pk: Uint8Array): void;
  crypto_box_seal_open(m: Uint8Array, c: Uint8Array, pk: Uint8Array, sk: Uint8Array): boolean;
}

export type CryptoBackendName = 'sodium-native' | 'tweetnacl';
export type CryptoBackendChoice = 'auto' | CryptoBackendName;

export interface LoadedOpener {
  backend: CryptoBackendName;
  open: SealOpener;
  /** Why sodium-native is not in use, when it is not (for the summary a CLI prints). */
  fallbackReason?: string;
}

let cached: { sodium: SodiumNative } | { error: string } | undefined;

function loadSodium(): { sodium: SodiumNative } | { error: string } {
  if (cached) return cached;
  try {
    const sodium = createRequire(import.meta.url)('sodium-native') as SodiumNative;
    if (typeof sodium.crypto_box_seal_open !== 'function' || sodium.crypto_box_SEALBYTES !== SEALED_OVERHEAD) {
      cached = { error: 'sodium-native does not provide crypto_box_seal_open with a 48-byte overhead' };
    } else {
      cached = { sodium };
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    cached = { error: code === 'MODULE_NOT_FOUND' ? 'sodium-native is not installed' : `sodium-native failed to load: ${(e as Error).message.split('\n')[0]}` };
  }
  return cached;
}

export interface OpenerOptions {
  /**
   * Return the plaintext in one buffer per size that the next call overwrites, instead of a
   * fresh buffer each time. For callers that consume the bytes before the next call, as
   * openEnvelope does: a million 4 KiB buffers otherwise pile up as external memory faster than
   * the garbage collector frees them, and the plaintext lingers in each until it does.
   */
  reuseOutput?: boolean;
}

/** crypto_box_seal_open by libsodium. Same contract as `openSealedBytes`: null when it does not open. */
function sodiumOpener(sodium: SodiumNative, options: OpenerOptions): SealOpener {
  const reused = new Map<number, Uint8Array>();
  return (sealed: Uint8Array, keyPair: CampaignKeyPair): Uint8Array | null => {
    if (sealed.length < SEALED_OVERHEAD) return null;
    const length = sealed.length - SEALED_OVERHEAD;
    let message = options.reuseOutput ? reused.get(length) : undefined;
    if (message === undefined) {
      message = new Uint8Array(length);
      if (options.reuseOutput) reused.set(length, message);
    }
    return sodium.crypto_box_seal_open(message, sealed, keyPair.publicKey, keyPair.secretKey) ? message : null;
  };
}

/**
 * The fastest crypto_box_seal_open available. `choice` forces one backend ('sodium-native'
 * throws when it cannot load; 'tweetnacl' never touches the native module).
 */
export function loadSealOpener(choice: CryptoBackendChoice = 'auto', options: OpenerOptions = {}): LoadedOpener {
  if (choice === 'tweetnacl') return { backend: 'tweetnacl', open: openSealedBytes };
  const loaded = loadSodium();
  if ('sodium' in loaded) return { backend: 'sodium-native', open: sodiumOpener(loaded.sodium, options) };
  if (choice === 'sodium-native') throw new Error(loaded.error);
  return { backend: 'tweetnacl', open: openSealedBytes, fallbackReason: loaded.error };
}

/** crypto_box_seal: (message, recipient public key) → epk || box. */
export type SealFunction = (message: Uint8Array, recipientPublicKey: Uint8Array) => Uint8Array;

/**
 * A fast crypto_box_seal for generating benchmark and test data (libsodium when it loads,
 * tweetnacl's `sealBytes` otherwise). Real reports are sealed in the witness's browser.
 */
export function loadSealer(choice: CryptoBackendChoice = 'auto'): { backend: CryptoBackendName; seal: SealFunction } {
  const tweetnacl = { backend: 'tweetnacl' as const, seal: (m: Uint8Array, pk: Uint8Array) => sealBytes(m, pk) };
  if (choice === 'tweetnacl') return tweetnacl;
  const loaded = loadSodium();
  if (!('sodium' in loaded)) {
    if (choice === 'sodium-native') throw new Error(loaded.error);
    return tweetnacl;
  }
  const { sodium } = loaded;
  return {
    backend: 'sodium-native',
    seal(message: Uint8Array, recipientPublicKey: Uint8Array): Uint8Array {
      if (recipientPublicKey.length !== PUBLIC_KEY_BYTES) throw new TypeError('campaign public key must be 32 bytes');
      const sealed = new Uint8Array(message.length + SEALED_OVERHEAD);
      sodium.crypto_box_seal(sealed, message, recipientPublicKey);
      return sealed;
    },
  };
}

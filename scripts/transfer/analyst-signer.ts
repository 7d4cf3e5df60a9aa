/**
 * The analyst signing key, unlocked for fetch: the only key fetch holds. It refuses the campaign
 * decryption key before any passphrase is asked for.
 */
import { basename } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { fromBase64 } from '../../protocol/base64.js';
import { KeyFileError, readSecretKeyFile, unlockSecretKeyFile } from '../../protocol/node/key-files.js';
import { analystKeyId, analystPrivateKeyObject, analystPublicKeyFromSeed } from '../../protocol/node/request-signing.js';
import { FetchError } from './fetch-error.js';

export interface AnalystSigner {
  kid: string;
  privateKey: KeyObject;
}

/**
 * Unlock analyst.key. Refuses a campaign key before asking for any passphrase: fetch never
 * needs (and must never hold) the key that decrypts reports.
 */
export async function loadAnalystSigner(path: string, passphrase: () => Promise<string | null>): Promise<AnalystSigner> {
  if (basename(path) === 'campaign.key') {
    throw new FetchError(`${path} is the campaign decryption key; fetch never needs it. Use the analyst signing key: --key keys/analyst.key`);
  }
  let file;
  try {
    file = await readSecretKeyFile(path, 'analyst-signing');
  } catch (e) {
    if (e instanceof KeyFileError && e.code === 'wrong_use') {
      throw new FetchError(`${path} is not an analyst signing key (${e.message}); fetch needs keys/analyst.key from \`npm run keygen\``);
    }
    if (e instanceof KeyFileError && e.code === 'unreadable') throw new FetchError(`${e.message} — make one with \`npm run keygen -- --only analyst\``);
    if (e instanceof KeyFileError) throw new FetchError(e.message);
    throw e;
  }
  let seed: Uint8Array;
  try {
    seed = await unlockSecretKeyFile(file, file.kdf === null ? null : await passphrase(), path);
  } catch (e) {
    if (e instanceof KeyFileError) throw new FetchError(e.message);
    throw e;
  }
  try {
    if (seed.length !== 32 || Buffer.compare(Buffer.from(analystPublicKeyFromSeed(seed)), Buffer.from(fromBase64(file.publicKey))) !== 0) {
      throw new FetchError(`${path} is damaged: its secret key does not match its public key`);
    }
    return { kid: analystKeyId(fromBase64(file.publicKey)), privateKey: analystPrivateKeyObject(seed) };
  } finally {
    seed.fill(0);
  }
}

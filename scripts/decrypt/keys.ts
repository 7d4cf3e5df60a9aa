/**
 * The analyst's secret keys, unlocked and checked, indexed by kid (key rotation: one run can
 * hold the old and the new campaign key).
 */
import { keyId, publicKeyFromSecretKey } from '../../protocol/envelope.js';
import { fromBase64 } from '../../protocol/base64.js';
import { isPassphraseProtected, KeyFileError, readSecretKeyFile, unlockSecretKeyFile } from '../../protocol/node/key-files.js';

export interface UnlockedKey {
  path: string;
  kid: string;
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

/** Asked once per passphrase-protected file. */
export type PassphraseSource = (path: string, kid: string, index: number) => Promise<string>;

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Read and unlock each key file. Throws KeyFileError (wrong passphrase, unreadable, not a
 * campaign secret key, or a secret key that does not match its public key / kid).
 */
export async function unlockKeys(paths: readonly string[], passphraseFor: PassphraseSource): Promise<UnlockedKey[]> {
  const keys: UnlockedKey[] = [];
  for (const [index, path] of paths.entries()) {
    const file = await readSecretKeyFile(path, 'campaign-encryption');
    const passphrase = isPassphraseProtected(file) ? await passphraseFor(path, file.kid, index) : null;
    const secretKey = await unlockSecretKeyFile(file, passphrase, path);
    const publicKey = publicKeyFromSecretKey(secretKey);
    let declared: Uint8Array;
    try {
      declared = fromBase64(file.publicKey);
    } catch {
      throw new KeyFileError('malformed', `${path}: its publicKey is not base64`);
    }
    if (!equalBytes(publicKey, declared) || keyId(publicKey) !== file.kid) {
      secretKey.fill(0);
      throw new KeyFileError('malformed', `${path}: the secret key does not match the public key / kid written in the file; the file is damaged`);
    }
    // The same key given twice is harmless: keep one.
    if (!keys.some((k) => k.kid === file.kid)) keys.push({ path, kid: file.kid, publicKey, secretKey });
  }
  return keys;
}

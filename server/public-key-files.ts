/**
 * Reading the public key files the server is given, refusing a secret key loudly: a
 * campaign.key or analyst.key on the server is the one thing the server must never hold
 * (docs/operator-guide.md), so it stops the start and says what to do, not only "not a public key".
 */
import { KeyFileError, readPublicKeyFile, type KeyUse } from '../protocol/node/key-files.js';

export class SecretKeyOnServerError extends Error {}

const PUBLIC_NAME: Record<KeyUse, string> = { 'campaign-encryption': 'campaign.pub', 'analyst-signing': 'analyst.pub', 'reply-signing': 'signing.pub' };

/** readPublicKeyFile, but a secret key file given by `variable` becomes a SecretKeyOnServerError. */
export async function readServerPublicKey(path: string, use: KeyUse, variable: string): ReturnType<typeof readPublicKeyFile> {
  try {
    return await readPublicKeyFile(path, use);
  } catch (e) {
    if (!(e instanceof KeyFileError) || e.code !== 'secret_key') throw e;
    throw new SecretKeyOnServerError(
      `${variable} names ${path}, which is a SECRET key file, not a public key. A secret key must never be on the server:\n` +
        `  1. delete ${path} from this machine (and from any backup or copy of it made here);\n` +
        "  2. keep the secret key offline, only on the analyst's machine, where decrypt needs it;\n" +
        `  3. set ${variable} to the public half (${PUBLIC_NAME[use]}) and start again.\n` +
        'If anyone else could have copied it while it was here, tell the analyst: they should treat it as exposed and rotate the key (docs/operator-guide.md).',
    );
  }
}

/**
 * Key generation for `npm run keygen`: the campaign encryption key pair (X25519, reports are
 * sealed to it) with the campaign's reply signing key (Ed25519, signs replies to witnesses;
 * its public half goes into campaign.pub, docs/replies.md), and the analyst signing key pair
 * (Ed25519, signs `npm run fetch` and `npm run send-replies` requests).
 * Secret halves are passphrase-encrypted key files, mode 0600; nothing secret is returned
 * or printed.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateCampaignKeyPair, keyId } from '../../protocol/envelope.js';
import { DEFAULT_SCRYPT, makePublicKeyFile, makeSecretKeyFile, type KeyUse, type ScryptParams } from '../../protocol/node/key-files.js';
import { makePrivateFolder, writeNewPrivateFile, writeNewPublicFile } from '../../protocol/node/private-files.js';
import { generateAnalystKeyPair } from '../../protocol/node/request-signing.js';

/** A passphrase too weak, or key files that already exist. */
export class KeygenError extends Error {
  override name = 'KeygenError';
}

export type KeyKind = 'campaign' | 'analyst';
export const KEY_KINDS: readonly KeyKind[] = ['campaign', 'analyst'];

/** Long enough that scrypt makes guessing it from a stolen laptop impractical (e.g. 3–4 random words). */
export const MIN_PASSPHRASE_LENGTH = 12;

export interface KeygenOptions {
  outDir: string;
  /** null only for --no-passphrase (tests and demos). */
  passphrase: string | null;
  only?: KeyKind;
  now?: Date;
  /** Tests may lower the scrypt cost; real keys use DEFAULT_SCRYPT. */
  scrypt?: ScryptParams;
}

export interface MadeKey {
  kind: KeyKind;
  use: KeyUse;
  kid: string;
  fingerprint: string;
  publicPath: string;
  secretPath: string;
  /** The campaign's reply signing key (signing.key), made with the campaign key. */
  signingPath?: string;
}

export function keyPaths(outDir: string, kind: KeyKind): { publicPath: string; secretPath: string; signingPath?: string } {
  const paths = { publicPath: join(outDir, `${kind}.pub`), secretPath: join(outDir, `${kind}.key`) };
  return kind === 'campaign' ? { ...paths, signingPath: join(outDir, 'signing.key') } : paths;
}

/** Throws KeygenError when the passphrase is too weak to protect a key that guards people's reports. */
export function checkPassphrase(passphrase: string): void {
  if ([...passphrase.normalize('NFKC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new KeygenError(
      `the passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters — several unrelated words work well ` +
        '(e.g. four words picked by dice); whoever takes the laptop gets the key file, and only the passphrase protects it',
    );
  }
}

/**
 * Make the requested key pairs in `outDir` (created 0700 if missing). Refuses, before writing
 * anything, if any of the target files exists: overwriting a secret key would make every
 * report sealed to it unreadable.
 */
export async function generateKeys(options: KeygenOptions): Promise<MadeKey[]> {
  const outDir = resolve(options.outDir);
  const kinds = options.only ? [options.only] : KEY_KINDS;
  if (options.passphrase !== null) checkPassphrase(options.passphrase);
  for (const kind of kinds) {
    for (const path of Object.values(keyPaths(outDir, kind))) {
      if (existsSync(path)) {
        throw new KeygenError(
          `${path} already exists — refusing to overwrite a key (reports sealed to an overwritten campaign key can never be read).\n` +
            `To rotate, write the new key(s) to a new folder (e.g. --out keys/${new Date().toISOString().slice(0, 7)}); add --only campaign or --only analyst to make just one pair.`,
        );
      }
    }
  }
  await makePrivateFolder(outDir);
  if (((await stat(outDir)).mode & 0o077) !== 0) {
    process.stderr.write(`warning: ${outDir} can be listed by other users; chmod 700 ${outDir}\n`);
  }
  const now = options.now ?? new Date();
  const made: MadeKey[] = [];
  for (const kind of kinds) {
    const use: KeyUse = kind === 'campaign' ? 'campaign-encryption' : 'analyst-signing';
    const pair = kind === 'campaign' ? generateCampaignKeyPair() : generateAnalystKeyPair();
    const { publicPath, secretPath, signingPath } = keyPaths(outDir, kind);
    const writeSecret = async (path: string, keyUse: KeyUse, keys: { publicKey: Uint8Array; secretKey: Uint8Array }) => {
      try {
        const secretFile = await makeSecretKeyFile(keyUse, keys.publicKey, keys.secretKey, options.passphrase, options.scrypt ?? DEFAULT_SCRYPT);
        await writeNewPrivateFile(path, JSON.stringify(secretFile, null, 2) + '\n');
      } finally {
        keys.secretKey.fill(0);
      }
    };
    // The reply signing key is made, kept and rotated with the campaign key: campaign.pub names both.
    const signing = signingPath ? generateAnalystKeyPair() : undefined;
    if (signing) await writeSecret(signingPath!, 'reply-signing', signing);
    await writeSecret(secretPath, use, pair);
    const publicFile = makePublicKeyFile(use, pair.publicKey, now, signing?.publicKey);
    await writeNewPublicFile(publicPath, JSON.stringify(publicFile, null, 2) + '\n');
    made.push({ kind, use, kid: keyId(pair.publicKey), fingerprint: publicFile.fingerprint, publicPath, secretPath, ...(signingPath ? { signingPath } : {}) });
  }
  return made;
}

/** What keygen prints: fingerprints to compare aloud with the server operator, then next steps. */
export function describeKeys(made: MadeKey[], protectedByPassphrase: boolean): string {
  const lines: string[] = [];
  for (const k of made) {
    const what =
      k.kind === 'campaign'
        ? 'Campaign encryption key (reports are sealed to it) and reply signing key (replies to witnesses are signed with it)'
        : 'Analyst signing key (lets `npm run fetch` download batches and `npm run send-replies` upload replies)';
    const mode = `(mode 0600${protectedByPassphrase ? ', passphrase-encrypted' : ', NOT encrypted'})`;
    lines.push(
      `${what}`,
      `  public:      ${k.publicPath}`,
      `  secret:      ${k.secretPath}  ${mode}`,
      ...(k.signingPath ? [`  signing:     ${k.signingPath}  ${mode}`] : []),
      `  key id:      ${k.kid}`,
      `  fingerprint: ${k.fingerprint}`,
      '',
    );
  }
  lines.push('Next steps:');
  const pubs = made.map((k) => k.publicPath);
  lines.push(`  1. Copy ${pubs.join(' and ')} to the server — never the .key files.`);
  const campaign = made.find((k) => k.kind === 'campaign');
  const analyst = made.find((k) => k.kind === 'analyst');
  if (campaign) {
    lines.push(
      '  2. On the server set CAMPAIGN_PUBLIC_KEY_FILES=/path/to/campaign.pub — when rotating, put the new file first',
      '     and keep the old one after it for the grace period (CAMPAIGN_KEY_GRACE_DAYS).',
    );
  }
  if (analyst) lines.push(`  ${campaign ? 3 : 2}. On the server set ANALYST_PUBLIC_KEY_FILES=/path/to/analyst.pub (comma-separate several analysts).`);
  lines.push(
    `  ${made.length + 2}. Compare the fingerprints above with what the server prints at start-up and what the form shows,`,
    '     over a channel you trust (in person or a call): a different fingerprint means a different key.',
    '  Back up the .key files and the passphrase separately: losing either makes the reports unreadable.',
  );
  return lines.join('\n');
}

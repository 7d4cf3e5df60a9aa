/**
 * Which campaign keys this server accepts, and demo mode: with no key configured (and not
 * in production) a throwaway demo key pair is made under data/demo/ so `npm start` works
 * on a fresh machine.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint, generateCampaignKeyPair, keyId } from '../protocol/envelope.js';
import { makePublicKeyFile, makeSecretKeyFile, readPublicKeyFile, writePrivateFile, writePublicFile } from '../protocol/key-files.js';
import { toBase64 } from '../protocol/base64.js';
import type { Config } from './config.js';

export interface CampaignKey {
  publicKey: Uint8Array;
  publicKeyBase64: string;
  kid: string;
  fingerprint: string;
}

export interface Campaign {
  name: string;
  /** Newest first; keys[0] is served to the form. */
  keys: CampaignKey[];
  demo: boolean;
}

export class CampaignKeyError extends Error {}

export function campaignKey(publicKey: Uint8Array): CampaignKey {
  return { publicKey, publicKeyBase64: toBase64(publicKey), kid: keyId(publicKey), fingerprint: fingerprint(publicKey) };
}

export async function loadCampaign(config: Config, log: (line: string) => void = console.error): Promise<Campaign> {
  if (config.campaignPublicKeyFiles.length > 0) {
    const keys = [];
    for (const path of config.campaignPublicKeyFiles) keys.push(campaignKey((await readPublicKeyFile(path)).publicKey));
    return { name: config.campaignName, keys, demo: false };
  }
  if (config.env === 'production') {
    throw new CampaignKeyError(
      'NODE_ENV=production but no campaign public key is configured.\n' +
        'On the analyst\'s machine run `npm run keygen -- --out keys/`, copy keys/campaign.pub (never campaign.key) to this server,\n' +
        'and set CAMPAIGN_PUBLIC_KEY_FILES=/path/to/campaign.pub.',
    );
  }
  const key = await ensureDemoKey(join(config.dataDir, 'demo'));
  log(
    [
      '',
      '  ***************************************************************',
      '  *  DEMO MODE: no campaign key is configured.                    *',
      '  *  A demo key pair is in data/demo/ — its secret key is NOT     *',
      '  *  protected. The form says "demo — do not submit real reports".*',
      '  *  For real use: npm run keygen, then CAMPAIGN_PUBLIC_KEY_FILES. *',
      '  ***************************************************************',
      `  demo key ${key.kid}, fingerprint ${key.fingerprint}`,
      '',
    ].join('\n'),
  );
  return { name: `${config.campaignName} (demo)`, keys: [key], demo: true };
}

/** Reuse data/demo/campaign.pub if it exists, otherwise make a demo pair (secret key unencrypted, 0600). */
export async function ensureDemoKey(dir: string): Promise<CampaignKey> {
  const pubPath = join(dir, 'campaign.pub');
  if (!existsSync(pubPath)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const pair = generateCampaignKeyPair();
    await writePrivateFile(join(dir, 'campaign.key'), JSON.stringify(await makeSecretKeyFile('campaign-encryption', pair.publicKey, pair.secretKey, null), null, 2) + '\n');
    await writePublicFile(pubPath, JSON.stringify(makePublicKeyFile('campaign-encryption', pair.publicKey), null, 2) + '\n');
    pair.secretKey.fill(0);
  }
  return campaignKey((await readPublicKeyFile(pubPath)).publicKey);
}

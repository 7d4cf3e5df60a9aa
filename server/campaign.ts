/**
 * Which campaign keys this server accepts, and demo mode: with no key configured (and not
 * in production) a throwaway demo key pair is made under data/demo/ so `npm start` works
 * on a fresh machine.
 *
 * Rotation: CAMPAIGN_PUBLIC_KEY_FILES lists keys newest first. The newest is served to the
 * form and accepted with no end. Each older key stays accepted for CAMPAIGN_KEY_GRACE_DAYS
 * after the `created` time of the key listed just before it (the one that replaced it), so
 * a witness who loaded the form before the switch can still send; after that its envelopes
 * are refused (400 unknown_key) and the operator should remove the file. The deadline is
 * computed from the key files, not from when the server started, so restarts do not extend
 * it. To stop accepting a key at once (e.g. its secret half was exposed), remove it from
 * the list and restart.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { campaignFingerprint, generateCampaignKeyPair, keyId } from '../protocol/envelope.js';
import { signingKeyPairFromSeed } from '../protocol/reply-envelope.js';
import { makePublicKeyFile, makeSecretKeyFile, readPublicKeyFile } from '../protocol/node/key-files.js';
import { writeNewPrivateFile, writeNewPublicFile } from '../protocol/node/private-files.js';
import { readServerPublicKey } from './public-key-files.js';
import { toBase64 } from '../protocol/base64.js';
import type { Config } from './config.js';

export interface CampaignKey {
  publicKey: Uint8Array;
  publicKeyBase64: string;
  kid: string;
  /** Covers the reply signing key too, when the key file names one (protocol/envelope.ts, campaignFingerprint). */
  fingerprint: string;
  /** The campaign's reply signing key (Ed25519 public half), from campaign.pub; absent: replies are off. */
  replySigningKey?: Uint8Array;
  /** From the public key file, when it says. */
  created?: Date;
  /** Envelopes for this key are refused from this instant on; absent = no end (the newest key). */
  acceptUntil?: Date;
}

export interface Campaign {
  name: string;
  /** Newest first; keys[0] is served to the form. */
  keys: CampaignKey[];
  demo: boolean;
}

export class CampaignKeyError extends Error {}

export function campaignKey(publicKey: Uint8Array, dates: { created?: Date; acceptUntil?: Date } = {}, replySigningKey?: Uint8Array): CampaignKey {
  const key: CampaignKey = {
    publicKey,
    publicKeyBase64: toBase64(publicKey),
    kid: keyId(publicKey),
    fingerprint: campaignFingerprint(publicKey, replySigningKey),
    ...dates,
  };
  if (replySigningKey) key.replySigningKey = replySigningKey;
  return key;
}

const DAY_MS = 86_400_000;

/**
 * Set `acceptUntil` on every key but the newest: the replacing key's `created` + graceDays.
 * Throws CampaignKeyError when a replacing key has no `created`, the list is not newest
 * first, or a key is listed twice.
 */
export function scheduleRotation(keys: CampaignKey[], graceDays: number, paths: string[] = keys.map((k) => k.kid)): CampaignKey[] {
  const seen = new Set<string>();
  return keys.map((key, i) => {
    if (seen.has(key.kid)) throw new CampaignKeyError(`campaign key ${key.kid} (${paths[i]}) is listed twice in CAMPAIGN_PUBLIC_KEY_FILES`);
    seen.add(key.kid);
    if (i === 0) return { ...key, acceptUntil: undefined };
    const newer = keys[i - 1]!;
    if (!newer.created) {
      throw new CampaignKeyError(
        `${paths[i - 1]} replaces an older campaign key but has no "created" time, so the older key's grace period cannot be counted.
` + 'Make new keys with `npm run keygen` (it writes "created"), or add "created": "YYYY-MM-DDTHH:MM:SSZ" to that public key file.',
      );
    }
    if (key.created && key.created.getTime() > newer.created.getTime()) {
      throw new CampaignKeyError(`CAMPAIGN_PUBLIC_KEY_FILES must list the newest key first, but ${paths[i]} is newer than ${paths[i - 1]}`);
    }
    return { ...key, acceptUntil: new Date(newer.created.getTime() + graceDays * DAY_MS) };
  });
}

/** The kids the report route accepts at the moment of each request (older keys expire). */
export function acceptedKids(campaign: Campaign, now: () => Date = () => new Date()): { has(kid: string): boolean } {
  const byKid = new Map(campaign.keys.map((k) => [k.kid, k]));
  return {
    has(kid: string): boolean {
      const key = byKid.get(kid);
      return key !== undefined && (key.acceptUntil === undefined || now().getTime() < key.acceptUntil.getTime());
    },
  };
}

export async function loadCampaign(config: Config, log: (line: string) => void = console.error, now: Date = new Date()): Promise<Campaign> {
  if (config.campaignPublicKeyFiles.length > 0) {
    const keys: CampaignKey[] = [];
    for (const path of config.campaignPublicKeyFiles) {
      const { file, publicKey, replySigningKey } = await readServerPublicKey(path, 'campaign-encryption', 'CAMPAIGN_PUBLIC_KEY_FILES');
      keys.push(campaignKey(publicKey, file.created ? { created: new Date(file.created) } : {}, replySigningKey));
    }
    const scheduled = scheduleRotation(keys, config.campaignKeyGraceDays, config.campaignPublicKeyFiles);
    scheduled.forEach((key, i) => {
      if (!key.acceptUntil) return;
      const until = key.acceptUntil.toISOString();
      if (key.acceptUntil.getTime() <= now.getTime()) {
        log(
          `campaign key ${key.kid} (${config.campaignPublicKeyFiles[i]}): grace period ended ${until}; its envelopes are refused — remove it from CAMPAIGN_PUBLIC_KEY_FILES`,
        );
      } else {
        log(`campaign key ${key.kid}: older key, still accepted until ${until} (CAMPAIGN_KEY_GRACE_DAYS=${config.campaignKeyGraceDays})`);
      }
    });
    return { name: config.campaignName, keys: scheduled, demo: false };
  }
  if (config.env === 'production') {
    throw new CampaignKeyError(
      'NODE_ENV=production but no campaign public key is configured.\n' +
        "On the analyst's machine run `npm run keygen -- --out keys/`, copy keys/campaign.pub (never campaign.key) to this server,\n" +
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

/**
 * Reuse data/demo/campaign.pub if it exists, otherwise make a demo pair and a demo reply signing
 * key (secret keys unencrypted, 0600), as keygen would.
 */
export async function ensureDemoKey(dir: string): Promise<CampaignKey> {
  const pubPath = join(dir, 'campaign.pub');
  if (!existsSync(pubPath)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const pair = generateCampaignKeyPair();
    const signingSeed = randomBytes(32);
    const signingPublicKey = signingKeyPairFromSeed(signingSeed).publicKey;
    await writeNewPrivateFile(
      join(dir, 'signing.key'),
      JSON.stringify(await makeSecretKeyFile('reply-signing', signingPublicKey, signingSeed, null), null, 2) + '\n',
    );
    await writeNewPrivateFile(
      join(dir, 'campaign.key'),
      JSON.stringify(await makeSecretKeyFile('campaign-encryption', pair.publicKey, pair.secretKey, null), null, 2) + '\n',
    );
    await writeNewPublicFile(pubPath, JSON.stringify(makePublicKeyFile('campaign-encryption', pair.publicKey, undefined, signingPublicKey), null, 2) + '\n');
    pair.secretKey.fill(0);
    signingSeed.fill(0);
  }
  const { publicKey, replySigningKey } = await readPublicKeyFile(pubPath);
  return campaignKey(publicKey, {}, replySigningKey);
}

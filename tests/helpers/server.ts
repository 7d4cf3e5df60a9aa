/**
 * A real app on a real SQLite file in a temp folder, listening on 127.0.0.1 on a free port
 * (scripts/dev/local-server.ts, which `npm run simulate` uses too). Tests get the store, the
 * campaign key pair and the folder, and must call close().
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { campaignKey, type Campaign } from '../../server/campaign.js';
import { loadConfig, type Config } from '../../server/config.js';
import { generateCampaignKeyPair, type CampaignKeyPair } from '../../protocol/envelope.js';
import { signingKeyPairFromSeed } from '../../protocol/reply-envelope.js';
import { makeLocalServer, type LocalServer } from '../../scripts/dev/local-server.js';

export interface TestServer extends LocalServer {
  dir: string;
  config: Config;
  campaign: Campaign;
  keyPair: CampaignKeyPair;
  /** The campaign's reply signing key pair, with `{ replies: true }` (the form then offers replies and serves /reply). */
  signing?: { publicKey: Uint8Array; secretKey: Uint8Array };
  /** Stop, close the store and remove the folder. */
  close(): Promise<void>;
}

export function makeTestServer(
  env: Record<string, string> = {},
  options: { demo?: boolean; clientDir?: string; now?: () => Date; replies?: boolean } = {},
): TestServer {
  const dir = mkdtempSync(join(tmpdir(), 'scanwitness-test-'));
  // Proof of work off unless a test asks for it: tests that post many reports quickly would
  // otherwise cross the calm rate at a 10-second boundary, by chance.
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, POW_BITS: '0', ...env });
  const keyPair = generateCampaignKeyPair();
  const signing = options.replies ? signingKeyPairFromSeed(crypto.getRandomValues(new Uint8Array(32))) : undefined;
  const campaign: Campaign = { name: 'Test campaign', keys: [campaignKey(keyPair.publicKey, {}, signing?.publicKey)], demo: options.demo ?? false };
  const local = makeLocalServer({
    config,
    campaign,
    ...(options.clientDir ? { clientDir: options.clientDir } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const closeLocal = local.close;
  return Object.assign(local, {
    dir,
    config,
    campaign,
    keyPair,
    ...(signing ? { signing } : {}),
    async close() {
      await closeLocal();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

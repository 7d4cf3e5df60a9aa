/**
 * A real app with analyst signing keys configured, on a real SQLite file in a temp folder,
 * plus helpers to sign requests as an analyst. Used by the batches, fetch and rotation tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.js';
import { campaignKey, type Campaign } from '../../server/campaign.js';
import { loadConfig, type Config } from '../../server/config.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';
import type { ReportStore } from '../../server/store/report-store.js';
import type { ReplyStore } from '../../server/store/reply-store.js';
import { openSqliteReplyStore } from '../../server/store/sqlite-reply-store.js';
import { signingKeyPairFromSeed } from '../../protocol/reply-envelope.js';
import { randomBytes } from 'node:crypto';
import { analystKey } from '../../server/analyst-auth.js';
import { generateCampaignKeyPair, sealReport, type CampaignKeyPair } from '../../protocol/envelope.js';
import { analystKeyId, analystPrivateKeyObject, generateAnalystKeyPair, type AnalystKeyPair } from '../../protocol/node/request-signing.js';
import { REPORT_SCHEMA_ID, type Report } from '../../protocol/report-schema.js';
import type { AnalystSigner } from '../../scripts/transfer/analyst-signer.js';

export interface Analyst {
  pair: AnalystKeyPair;
  signer: AnalystSigner;
}

export function makeAnalyst(): Analyst {
  const pair = generateAnalystKeyPair();
  return { pair, signer: { kid: analystKeyId(pair.publicKey), privateKey: analystPrivateKeyObject(pair.secretKey) } };
}

export interface AnalystTestServer {
  dir: string;
  config: Config;
  campaign: Campaign;
  keyPair: CampaignKeyPair;
  store: ReportStore;
  /** Replies to witnesses, in the test folder's replies.sqlite. */
  replies: ReplyStore;
  /** The campaign's reply signing key (tweetnacl key pair; its public half is in the campaign key). */
  signing: { publicKey: Uint8Array; secretKey: Uint8Array; seed: Uint8Array };
  analyst: Analyst;
  app: ReturnType<typeof createApp>;
  clock: { now: Date };
  url: string;
  listen(): Promise<string>;
  close(): Promise<void>;
}

export function makeAnalystServer(env: Record<string, string> = {}, options: { analysts?: Analyst[] } = {}): AnalystTestServer {
  const dir = mkdtempSync(join(tmpdir(), 'scanwitness-batches-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, POW_BITS: '0', ...env });
  const keyPair = generateCampaignKeyPair();
  const seed = new Uint8Array(randomBytes(32));
  const signing = { ...signingKeyPairFromSeed(seed), seed };
  const campaign: Campaign = { name: 'Test campaign', keys: [campaignKey(keyPair.publicKey, {}, signing.publicKey)], demo: false };
  const store = openSqliteStore(config.databasePath);
  const replies = openSqliteReplyStore(join(dir, 'replies.sqlite'));
  const analyst = makeAnalyst();
  const clock = { now: new Date() };
  const analysts = options.analysts ?? [analyst];
  const app = createApp({ config, campaign, store, replies, now: () => clock.now, analystKeys: analysts.map((a) => analystKey(a.pair.publicKey)) });
  let server: Server | undefined;
  const t: AnalystTestServer = {
    dir,
    config,
    campaign,
    keyPair,
    store,
    replies,
    signing,
    analyst: analysts[0] ?? analyst,
    app,
    clock,
    url: '',
    async listen() {
      server = await new Promise<Server>((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => resolve(s));
      });
      t.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return t.url;
    },
    async close() {
      if (server) {
        const s = server;
        server = undefined;
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
      store.close();
      replies.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

export const report = (narrative: string): Report => ({
  schema: REPORT_SCHEMA_ID,
  reporter: { role: 'witness' },
  incident: { date: '2025-10', force: 'metropolitan', technology: 'fingerprint' },
  narrative,
});

/** Store n sealed reports directly (fast); narratives are `report <i>`. */
export function storeReports(t: AnalystTestServer, n: number, from = 1): string[] {
  const sealed: string[] = [];
  for (let i = from; i < from + n; i++) {
    const envelope = sealReport(report(`report ${i}`), t.keyPair.publicKey);
    t.store.insert(envelope, '2025-10-01');
    sealed.push(envelope.sealed);
  }
  return sealed;
}

/**
 * A real app on a real SQLite file in a temp folder, listening on 127.0.0.1 on a free port.
 * Tests get the store, the campaign key pair and the folder, and must call close().
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
import { generateCampaignKeyPair, type CampaignKeyPair } from '../../protocol/envelope.js';

export interface TestServer {
  dir: string;
  config: Config;
  campaign: Campaign;
  keyPair: CampaignKeyPair;
  store: ReportStore;
  app: ReturnType<typeof createApp>;
  /** Set after listen(). */
  url: string;
  /** Listen on `port` (default: a free one); after stop(), pass the old port to come back at the same URL. */
  listen(port?: number): Promise<string>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

export function makeTestServer(env: Record<string, string> = {}, options: { demo?: boolean; clientDir?: string } = {}): TestServer {
  const dir = mkdtempSync(join(tmpdir(), 'scanwitness-test-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, ...env });
  const keyPair = generateCampaignKeyPair();
  const campaign: Campaign = { name: 'Test campaign', keys: [campaignKey(keyPair.publicKey)], demo: options.demo ?? false };
  const store = openSqliteStore(config.databasePath);
  const app = createApp({ config, campaign, store, ...(options.clientDir ? { clientDir: options.clientDir } : {}) });
  let server: Server | undefined;
  const t: TestServer = {
    dir, config, campaign, keyPair, store, app, url: '',
    async listen(port = 0) {
      server = await new Promise<Server>((resolve, reject) => {
        const s = app.listen(port, '127.0.0.1', () => resolve(s));
        s.once('error', reject);
      });
      t.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return t.url;
    },
    async stop() {
      if (!server) return;
      const s = server;
      server = undefined;
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async close() {
      await t.stop();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

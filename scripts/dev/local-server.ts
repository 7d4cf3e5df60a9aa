/**
 * The real server (app, SQLite store, campaign) on 127.0.0.1, started in-process: for
 * `npm run simulate` and for the tests (tests/helpers/server.ts), so both run the code an
 * operator runs, not a copy of its start-up. The one module of scripts/ that reaches into
 * server/ beyond its store (docs/architecture.md, "Layers").
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { AnalystKey } from '../../server/analyst-auth.js';
import { createApp } from '../../server/app.js';
import { campaignKey, type Campaign } from '../../server/campaign.js';
import { loadConfig, type Config } from '../../server/config.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';
import type { ReportStore } from '../../server/store/report-store.js';
import type { ReplyStore } from '../../server/store/reply-store.js';
import { openSqliteReplyStore } from '../../server/store/sqlite-reply-store.js';
import { join } from 'node:path';

export interface LocalServer {
  store: ReportStore;
  /** Replies to witnesses, in data/replies.sqlite beside the database. */
  replies: ReplyStore;
  app: ReturnType<typeof createApp>;
  /** Set by listen(). */
  url: string;
  /** Listen on `port` (default: a free one); after stop(), pass the old port to come back at the same URL. */
  listen(port?: number): Promise<string>;
  /** Stop listening (open connections are closed); the store stays open. */
  stop(): Promise<void>;
  /** Stop, and close the store. */
  close(): Promise<void>;
}

/** The app on its own store at config.databasePath; not yet listening. */
/** `now`: a test clock for the server (the UTC day stored, key grace periods, proof-of-work rate). `analystKeys`: who may fetch batches and upload replies. */
export function makeLocalServer(options: {
  config: Config;
  campaign: Campaign;
  clientDir?: string;
  now?: () => Date;
  analystKeys?: AnalystKey[];
}): LocalServer {
  const store = openSqliteStore(options.config.databasePath);
  const replies = openSqliteReplyStore(join(options.config.dataDir, 'replies.sqlite'));
  const app = createApp({
    config: options.config,
    campaign: options.campaign,
    store,
    replies,
    ...(options.clientDir ? { clientDir: options.clientDir } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.analystKeys ? { analystKeys: options.analystKeys } : {}),
  });
  let server: Server | undefined;
  const local: LocalServer = {
    store,
    replies,
    app,
    url: '',
    async listen(port = 0) {
      server = await new Promise<Server>((resolve, reject) => {
        const s = app.listen(port, '127.0.0.1', () => resolve(s));
        s.once('error', reject);
      });
      local.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return local.url;
    },
    async stop() {
      if (!server) return;
      const s = server;
      server = undefined;
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async close() {
      await local.stop();
      store.close();
      replies.close();
    },
  };
  return local;
}

/**
 * The same, from settings as an operator gives them (`env`, read by the server's own
 * loadConfig) and the campaign's public keys: what simulate and the tests need without
 * importing server/ themselves.
 */
export function makeLocalServerFromSettings(options: {
  env: Record<string, string>;
  campaignName: string;
  publicKeys: Uint8Array[];
  demo: boolean;
  clientDir?: string;
  now?: () => Date;
}): LocalServer & { config: Config; campaign: Campaign } {
  const config = loadConfig(options.env);
  const campaign: Campaign = { name: options.campaignName, keys: options.publicKeys.map((k) => campaignKey(k)), demo: options.demo };
  const local = makeLocalServer({
    config,
    campaign,
    ...(options.clientDir ? { clientDir: options.clientDir } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return Object.assign(local, { config, campaign });
}

/** Start the server: the only module that listens and handles signals (docs/architecture.md, "Layers"). */
import { createApp } from './app.js';
import { CampaignKeyError, loadCampaign } from './campaign.js';
import { ConfigError, loadConfig } from './config.js';
import { openSqliteStore } from './store/sqlite-store.js';
import { openSqliteReplyStore } from './store/sqlite-reply-store.js';
import { join } from 'node:path';
import { loadAnalystKeys } from './analyst-auth.js';
import { ListenError, createHttpServer, listen } from './http-server.js';
import { createIngest } from './ingest.js';
import { keepHouse, runHousekeeping } from './housekeeping.js';
import { StoreSchemaError } from './store/sqlite-schema.js';
import { formatBytes } from './storage-cap.js';
import { DatabaseLockedError, lockDatabase } from './data-lock.js';
import { staleAnalystKeys, staleKeyLine } from './stale-analysts.js';
import { SettingsFileError, applySettingsFile, settingsLine, type SettingsSource } from './settings-file.js';
import { SecretKeyOnServerError } from './public-key-files.js';

let settings: SettingsSource | undefined;

async function main(): Promise<void> {
  settings = applySettingsFile();
  const config = loadConfig();
  // Listen before creating anything (demo keys, the database): a port in use must stop the
  // start with one line and leave nothing behind. Requests wait the few milliseconds until the
  // app is attached below.
  const server = createHttpServer(config.http);
  const port = await listen(server, config.port, config.host);
  // Before anything is created in the data folder: a second server on it stops here (server/data-lock.ts).
  lockDatabase(config.databasePath);
  const campaign = await loadCampaign(config);
  const analystKeys = await loadAnalystKeys(config.analystPublicKeyFiles);
  const store = openSqliteStore(config.databasePath, { log: (line) => console.log(`scanwitness: ${line}`) });
  const replies = openSqliteReplyStore(join(config.dataDir, 'replies.sqlite'));
  const housekeeping = () => {
    const { acknowledged, expired, incompleteUploads } = runHousekeeping({
      store,
      deleteAfterExport: config.deleteAfterExport,
      retentionDays: config.retentionDays,
      analystKids: analystKeys.map((k) => k.kid),
      replies,
    });
    if (acknowledged > 0) console.log(`deleted ${acknowledged} envelope(s) every listed analyst key has acknowledged`);
    if (expired > 0) console.log(`deleted ${expired} envelope(s) older than RETENTION_DAYS=${config.retentionDays}`);
    if (incompleteUploads > 0) console.log(`deleted ${incompleteUploads} photo upload(s) left incomplete for over a day`);
  };
  keepHouse(housekeeping);
  const ingest = createIngest(config, store);
  const app = createApp({ config, campaign, store, analystKeys, ingest, replies });
  server.on('request', app);
  console.log(settingsLine(settings, config.env === 'production' ? 'production' : campaign.demo ? 'demo' : config.env));
  console.log(`scanwitness: ${campaign.name} — serving http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`);
  console.log(`campaign key ${campaign.keys[0]!.kid} (fingerprint ${campaign.keys[0]!.fingerprint}); database ${config.databasePath}`);
  for (const k of analystKeys) console.log(`analyst key ${k.kid} (fingerprint ${k.fingerprint}) may fetch batches`);
  if (analystKeys.length === 0) console.log('no analyst keys (ANALYST_PUBLIC_KEY_FILES): nobody can fetch batches');
  console.log(`server identity ${store.serverId} (analysts' fetch checks it)`);
  console.log(
    config.deleteAfterExport
      ? `delete-after-export on: an envelope is deleted once all ${analystKeys.length} analyst key(s) have acknowledged it`
      : 'delete-after-export OFF (DELETE_AFTER_EXPORT=false): envelopes stay after analysts fetch them',
  );
  console.log(
    campaign.keys[0]!.replySigningKey
      ? `replies: ${config.replies.slots} slots in the public list, each reply kept ${config.replies.days} day(s) (REPLY_SLOTS, REPLY_DAYS)`
      : 'replies off: campaign.pub names no reply signing key (make campaign keys with `npm run keygen` to turn them on)',
  );
  if (config.retentionDays > 0) console.log(`retention: envelopes still stored ${config.retentionDays} day(s) after arrival are deleted, fetched or not`);
  console.log(
    `storage cap ${formatBytes(ingest.storageCap.bytes)} (${config.maxStoredBytes === null ? 'half the free space at start; set MAX_STORED_BYTES' : 'MAX_STORED_BYTES'}); the database holds ${formatBytes(store.storedBytes())}`,
  );
  const stale = staleAnalystKeys(
    store,
    analystKeys.map((k) => k.kid),
    config.staleAnalystDays,
    new Date(),
  );
  for (const key of stale) console.log(staleKeyLine(key, config.staleAnalystDays));
  const stop = (signal: string) => {
    console.log(`${signal}: finishing requests in flight, then stopping`);
    // Commit every queued report now (their senders get 201); any report arriving from here on
    // is refused with 503 and Retry-After, never half-written.
    ingest.queue.close();
    server.close(() => {
      store.close();
      replies.close();
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError && settings) console.error(settingsLine(settings));
  if (
    e instanceof ConfigError ||
    e instanceof CampaignKeyError ||
    e instanceof ListenError ||
    e instanceof StoreSchemaError ||
    e instanceof SettingsFileError ||
    e instanceof SecretKeyOnServerError ||
    e instanceof DatabaseLockedError
  )
    console.error(`scanwitness: ${e.message}`);
  else console.error('scanwitness: could not start:', e instanceof Error ? e.message : e);
  process.exit(1);
});

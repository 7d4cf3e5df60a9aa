/**
 * Every URL the server answers, in the order express tries them, each with its middleware in
 * order: limits first (the sender's address counted before anything else is read, docs/threat-model.md
 * "Floods"), then the body's type and parser, then authentication, then the handler.
 * server/app.ts mounts this table and nothing else (after it only the JSON 404 and the one
 * error handler); the modules in server/routes/ provide handlers and never spell a path or
 * mount a limit. A new endpoint is a line here (docs/architecture.md, "Where to make common
 * changes").
 *
 * - `use`: every method, at the path and every path below it (headers, limits, static files).
 * - `get` also answers HEAD (express runs the GET route without sending its body), unless a
 *   `head` line for the same path comes first.
 * - The /api lines sit in one express Router, as they always have: for their URLs express
 *   answers OPTIONS itself (200, Allow: the methods listed). OPTIONS on any other URL, and any
 *   method not listed, gets the JSON 404.
 */
import { json, raw, type RequestHandler } from 'express';
import { BATCHES_ACK_PATH, BATCHES_PATH } from '../protocol/batch-file.js';
import { CHALLENGE_PATH } from '../protocol/proof-of-work.js';
import { acceptedKids, type Campaign } from './campaign.js';
import type { AnalystKey } from './analyst-auth.js';
import type { Config } from './config.js';
import { PAGE_PATHS } from './form-page.js';
import type { Ingest } from './ingest.js';
import { addressLimit, batchesLimit, uploadChunksLimit } from './rate-limit.js';
import { photoHandlers } from './routes/photos.js';
import { CHUNK_BODY_LIMIT_BYTES, uploadHandlers } from './routes/uploads.js';
import { PHOTOS_ACK_PATH, PHOTOS_PATH, UPLOADS_PATH } from '../protocol/photo-upload.js';
import { dirname } from 'node:path';
import { ACK_BODY_LIMIT_BYTES, batchHandlers } from './routes/batches.js';
import { campaignHandler } from './routes/campaign.js';
import { healthHandler, noteStoredReports } from './routes/health.js';
import { pageHandlers } from './routes/pages.js';
import { BODY_LIMIT_BYTES, reportHandlers } from './routes/reports.js';
import { requireJson } from './routes/require-json.js';
import { REPLY_UPLOAD_LIMIT_BYTES, replyHandlers } from './routes/replies.js';
import { REPLIES_PATH } from '../protocol/reply-envelope.js';
import type { ReplyStore } from './store/reply-store.js';
import { noStore, onionLocation, permissionsPolicy, securityHeaders } from './security-headers.js';
import { staleKeyCounter } from './stale-analysts.js';
import type { StorageHealth } from './storage-health.js';
import type { ReportStore } from './store/report-store.js';

export type Method = 'use' | 'get' | 'head' | 'post' | 'put';

export interface Route {
  method: Method;
  path: string | string[];
  chain: RequestHandler[];
}

/** Routes mounted together in one express Router (why: the header comment, on OPTIONS). */
export interface RouteGroup {
  router: Route[];
}

export type RouteTable = (Route | RouteGroup)[];

export interface RouteDeps {
  config: Config;
  campaign: Campaign;
  store: ReportStore;
  clientDir: string;
  now?: () => Date;
  analystKeys: AnalystKey[];
  ingest: Ingest;
  storage: StorageHealth;
  replies?: ReplyStore;
}

const route =
  (method: Method) =>
  (path: string | string[], ...chain: RequestHandler[]): Route => ({ method, path, chain });
const use = route('use');
const get = route('get');
const head = route('head');
const post = route('post');
const put = route('put');

export function routeTable({ config, campaign, store, clientDir, now, analystKeys, ingest, storage, replies }: RouteDeps): RouteTable {
  const reports = reportHandlers({ store, ingest, acceptedKids: acceptedKids(campaign, now), maxStoredReports: config.maxStoredReports, now });
  const batches = batchHandlers({ store, analystKeys, deleteAfterExport: config.deleteAfterExport, publicOrigin: config.publicOrigin, now });
  const uploads = uploadHandlers({
    store,
    quota: ingest.uploadQuota,
    limits: config.uploads,
    storageCap: ingest.storageCap,
    dataDir: dirname(config.databasePath),
    now,
  });
  const photos = photoHandlers({ store, analystKeys, deleteAfterExport: config.deleteAfterExport, publicOrigin: config.publicOrigin, now });
  const pages = pageHandlers(clientDir, { ...config, campaignName: campaign.name, campaignKey: campaign.keys[0]!, demo: campaign.demo });
  const onion = onionLocation(config.onionAddress);
  const reply =
    replies && replyHandlers({ replies, slots: config.replies.slots, replyDays: config.replies.days, analystKeys, publicOrigin: config.publicOrigin, now });
  return [
    use('/', securityHeaders(pages?.inlineScripts), permissionsPolicy),
    get(
      '/healthz',
      healthHandler(
        storage,
        staleKeyCounter(
          store,
          analystKeys.map((k) => k.kid),
          config.staleAnalystDays,
          now,
        ),
      ),
    ),
    {
      router: [
        use('/api', noStore),
        use('/api/reports', noteStoredReports(storage)),
        get('/api/campaign', campaignHandler({ campaign, config })),
        get(CHALLENGE_PATH, reports.challenge),
        post(
          '/api/reports',
          addressLimit(ingest.addresses, ingest.proofOfWork),
          ingest.proofOfWork.middleware(),
          requireJson('send the envelope as Content-Type: application/json'),
          // inflate: false — a compressed body could expand past the cap's intent; browsers never compress requests.
          json({ limit: BODY_LIMIT_BYTES, strict: false, inflate: false }),
          reports.storeReport,
        ),
        // Photos (docs/photos.md): a new upload is counted and proven like a report; its chunks
        // and status have their own per-client request limit; the bytes, the client's quota.
        post(
          UPLOADS_PATH,
          addressLimit(ingest.uploadAddresses, ingest.proofOfWork),
          ingest.proofOfWork.middleware(),
          requireJson('send {"size": n} as Content-Type: application/json'),
          json({ limit: 1024, strict: true, inflate: false }),
          uploads.create,
        ),
        use(`${UPLOADS_PATH}/`, uploadChunksLimit()),
        get(`${UPLOADS_PATH}/:id`, uploads.status),
        put(`${UPLOADS_PATH}/:id/:n`, raw({ type: 'application/octet-stream', limit: CHUNK_BODY_LIMIT_BYTES, inflate: false }), uploads.putChunk),
        use(PHOTOS_PATH, batchesLimit()),
        get(PHOTOS_PATH, photos.preflight, photos.verify, photos.list),
        post(
          PHOTOS_ACK_PATH,
          photos.preflight,
          requireJson('send {"batch": "<id>", "server": "<id>"} as Content-Type: application/json'),
          raw({ type: 'application/json', limit: ACK_BODY_LIMIT_BYTES, inflate: false }),
          photos.verify,
          photos.acknowledge,
        ),
        get(`${PHOTOS_PATH}/:id`, photos.preflight, photos.verify, photos.send),
        // The batches limit counts every request under /api/batches, whatever its method or path.
        use(BATCHES_PATH, batchesLimit()),
        head(BATCHES_PATH, batches.refuseHead),
        get(BATCHES_PATH, batches.preflight, batches.verify, batches.send),
        post(
          BATCHES_ACK_PATH,
          batches.preflight,
          requireJson('send {"batch": "<id>", "server": "<id>"} as Content-Type: application/json'),
          raw({ type: 'application/json', limit: ACK_BODY_LIMIT_BYTES, inflate: false }),
          batches.verify,
          batches.acknowledge,
        ),
        ...(reply
          ? [
              get(REPLIES_PATH, reply.list),
              post(
                REPLIES_PATH,
                batchesLimit(),
                reply.preflight,
                requireJson('send {"replies": ["<base64 slot>", …]} as Content-Type: application/json'),
                raw({ type: 'application/json', limit: REPLY_UPLOAD_LIMIT_BYTES, inflate: false }),
                reply.verify,
                reply.upload,
              ),
            ]
          : []),
      ],
    },
    // The built form (dist/client); without it the server answers only the lines above.
    ...(pages
      ? [
          use('/assets', pages.assets),
          get(['/', '/index.html'], onion, pages.page('form')),
          get(PAGE_PATHS.about, onion, pages.page('about')),
          get(PAGE_PATHS.rights, onion, pages.page('rights')),
          ...(pages.kinds.includes('reply') ? [get(PAGE_PATHS.reply, onion, pages.page('reply'))] : []),
        ]
      : []),
  ];
}

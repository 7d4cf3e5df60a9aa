/**
 * The express app, built but not started (docs/architecture.md, "Layers"): tests build one against a
 * temp-file database; only server/index.ts listens.
 */
import express, { type ErrorRequestHandler, type Express } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpError } from './http-error.js';
import { StorageHealth, isFull, storageErrorCode } from './storage-health.js';
import { loadFormPages, PAGE_PATHS, type PageKind } from './form-page.js';
import { chooseLanguage } from './language.js';
import { reportsRouter } from './routes/reports.js';
import { campaignRouter } from './routes/campaign.js';
import { perClientLimit } from './rate-limit.js';
import { createIngest, type Ingest } from './ingest.js';
import { acceptedKids, type Campaign } from './campaign.js';
import { batchesRouter } from './routes/batches.js';
import type { AnalystKey } from './analyst-auth.js';
import type { Config } from './config.js';
import type { ReportStore } from './store/report-store.js';

export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../dist/client/', import.meta.url));

export interface AppDeps {
  config: Config;
  campaign: Campaign;
  store: ReportStore;
  /** The built form (dist/client); tests may point elsewhere. */
  clientDir?: string;
  now?: () => Date;
  /** Analyst signing keys allowed to fetch batches (loaded by loadAnalystKeys before the app is built); none = all refused. */
  analystKeys?: AnalystKey[];
  /** Global limit, proof of work and write queue; server/index.ts passes its own to drain it on SIGTERM. */
  ingest?: Ingest;
}

export function createApp({ config, campaign, store, clientDir = DEFAULT_CLIENT_DIR, now, analystKeys = [], ingest }: AppDeps): Express {
  ingest ??= createIngest(config, store, now && (() => now().getTime()));
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  // Behind a reverse proxy the client address is needed for rate limiting only (it is HMACed, never stored).
  app.set('trust proxy', config.trustProxy);

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'"],
          connectSrc: ["'self'"],
          // The proof-of-work solver (a hashed same-origin asset) runs in a Web Worker.
          workerSrc: ["'self'"],
          formAction: ["'self'"],
          baseUri: ["'none'"],
          frameAncestors: ["'none'"],
          manifestSrc: ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: true,
      referrerPolicy: { policy: 'no-referrer' },
      frameguard: { action: 'deny' },
      strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
    }),
  );
  app.use((_req, res, next) => {
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()');
    next();
  });

  app.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Ready = can store reports (server/storage-health.ts): 503 when the disk is full or failing.
  const storage = new StorageHealth(dirname(config.databasePath));
  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const status = storage.status();
    if (status.ok) res.json({ ok: true });
    else res.status(503).json({ ok: false, error: status.code });
  });
  app.use('/api/reports', (req, res, next) => {
    if (req.method === 'POST') res.on('finish', () => res.statusCode === 201 && storage.writeSucceeded());
    next();
  });
  app.use(campaignRouter({ campaign, config }));
  app.use(
    reportsRouter({
      store,
      ingest,
      perClientLimit: perClientLimit(config),
      acceptedKids: acceptedKids(campaign, now),
      maxStoredReports: config.maxStoredReports,
      now,
    }),
  );
  app.use(batchesRouter({ store, analystKeys, deleteAfterExport: config.deleteAfterExport, publicOrigin: config.publicOrigin, now }));

  if (existsSync(`${clientDir}/index.html`)) {
    // Hashed asset names never change content, so they may be cached for a year.
    app.use('/assets', express.static(`${clientDir}/assets`, { immutable: true, maxAge: '365d', index: false, fallthrough: true }));
    // Every page in every offered language, with the operator's texts, rendered once here; each
    // request only picks one (?lang=, else Accept-Language): nothing is stored about the visitor.
    const pages = loadFormPages(clientDir, { ...config, campaignName: campaign.name });
    const serve = (kind: PageKind) => (req: express.Request, res: express.Response) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('Vary', 'Accept-Language');
      res.type('html').send(pages.page(kind, chooseLanguage(req.query.lang, req.get('accept-language'), pages.offered)));
    };
    app.get(['/', '/index.html'], serve('form'));
    app.get(PAGE_PATHS.about, serve('about'));
    app.get(PAGE_PATHS.rights, serve('rights'));
  }

  app.use((_req, _res, next) => next(new HttpError(404, 'not_found', 'no such page')));
  app.use(errorHandler(storage));
  return app;
}

/** The one error handler: a JSON body with a stable code. Never logs requests or bodies. */
function errorHandler(storage: StorageHealth): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const storageCode = storageErrorCode(err);
    if (storageCode) {
      // The SQLite code goes to the operator's log only; the client learns only to retry later.
      storage.writeFailed(storageCode);
      console.error(
        isFull(storageCode)
          ? `storage full (${storageCode}): the disk holding the database has no space; reports are refused with 503 until space is freed`
          : `storage error (${storageCode}): the database cannot be written; reports are refused with 503 — check the disk and DATA_DIR`,
      );
    }
    const { status, code, message } = storageCode ? storageError(storageCode) : describeError(err);
    if (status >= 500 && !storageCode) console.error(`internal error (${code}): ${err instanceof Error ? err.name : typeof err}`);
    res.setHeader('Cache-Control', 'no-store');
    res.status(status).json({ error: code, message });
  };
}

function storageError(storageCode: string): { status: number; code: string; message: string } {
  return isFull(storageCode)
    ? { status: 503, code: 'storage_full', message: 'the server cannot store anything right now; nothing was stored — please try again later' }
    : { status: 503, code: 'storage_unavailable', message: 'the server cannot store anything right now; nothing was stored — please try again later' };
}

function describeError(err: unknown): { status: number; code: string; message: string } {
  if (err instanceof HttpError) return { status: err.status, code: err.code, message: err.message };
  // body-parser errors carry a `type`; their messages can quote the body, so we write our own.
  const type = (err as { type?: string }).type;
  switch (type) {
    case 'entity.too.large':
      return { status: 413, code: 'envelope_too_large', message: 'the request body is larger than this endpoint accepts (an envelope is at most 100 KiB)' };
    case 'entity.parse.failed':
      return { status: 400, code: 'invalid_json', message: 'the request body is not valid JSON' };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return { status: 415, code: 'unsupported_encoding', message: 'send UTF-8 JSON without content encoding' };
    case 'request.aborted':
      return { status: 400, code: 'request_aborted', message: 'the request was aborted' };
    case 'request.size.invalid':
      return { status: 400, code: 'invalid_length', message: 'the request body length does not match Content-Length' };
  }
  const status = (err as { status?: number }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, code: 'bad_request', message: 'the request could not be understood' };
  }
  return { status: 500, code: 'internal_error', message: 'something went wrong on the server; your report was not stored — please try again' };
}

/**
 * The express app, built but not started (docs/architecture.md, "Layers"): tests build one against a
 * temp-file database; only server/index.ts listens.
 */
import express, { Router, type ErrorRequestHandler, type Express, type IRouter, type RequestHandler } from 'express';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpError } from './http-error.js';
import { StorageHealth, isFull, storageErrorCode } from './storage-health.js';
import { createIngest, type Ingest } from './ingest.js';
import { routeTable, type Route, type RouteTable } from './route-table.js';
import type { AnalystKey } from './analyst-auth.js';
import type { Campaign } from './campaign.js';
import type { Config } from './config.js';
import type { ReportStore } from './store/report-store.js';
import type { ReplyStore } from './store/reply-store.js';

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
  /** Replies to witnesses (data/replies.sqlite); without it /api/replies is not served. */
  replies?: ReplyStore;
}

export function createApp({ config, campaign, store, clientDir = DEFAULT_CLIENT_DIR, now, analystKeys = [], ingest, replies }: AppDeps): Express {
  ingest ??= createIngest(config, store, now && (() => now().getTime()));
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  // Behind a reverse proxy the client address is needed for rate limiting only (it is HMACed, never stored).
  app.set('trust proxy', config.trustProxy);

  // Ready = can store reports (server/storage-health.ts): 503 when the disk is full or failing.
  const storage = new StorageHealth(dirname(config.databasePath), Date.now, ingest.storageCap);
  mount(app, routeTable({ config, campaign, store, clientDir, now, analystKeys, ingest, storage, replies }));
  app.use(notFound);
  app.use(errorHandler(storage));
  return app;
}

/** Each line of the table on the app, in order; a group of lines in one Router (server/route-table.ts says why). */
function mount(target: IRouter, table: RouteTable): void {
  for (const entry of table) {
    if ('router' in entry) {
      const router = Router();
      mount(router, entry.router);
      target.use(router);
    } else {
      mountRoute(target, entry);
    }
  }
}

function mountRoute(target: IRouter, { method, path, chain }: Route): void {
  if (method === 'use') target.use(path, ...chain);
  else target[method](path, ...chain);
}

/** Anything the table does not answer. */
const notFound: RequestHandler = (_req, _res, next) => next(new HttpError(404, 'not_found', 'no such page'));

/** The one error handler: a JSON body with a stable code. Never logs requests or bodies. */
function errorHandler(storage: StorageHealth): ErrorRequestHandler {
  return function handleError(err, _req, res, _next) {
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
    // A deliberate refusal (an HttpError such as 503 storage_cap_reached) is not logged: the cap's
    // state is in /healthz and the start-up log, and a line per refused request would be a
    // timeline of witnesses' attempts. Only what nobody meant to happen is logged, by name only.
    if (status >= 500 && !storageCode && !(err instanceof HttpError))
      console.error(`internal error (${code}): ${err instanceof Error ? err.name : typeof err}`);
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

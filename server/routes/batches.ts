/**
 * Encrypted batches for analysts. Both endpoints need a request signed with a configured analyst
 * key (server/analyst-auth.ts); anything else is 401 with no data. The protocol, and why it has
 * no cursor, is in docs/batch-transfer.md.
 *
 * GET  /api/batches?limit=<n>  NDJSON, one batch line (protocol/batch-file.ts) per envelope: up to n
 *      envelopes this analyst key has not acknowledged, in random-id order. Before the body is
 *      sent, the server records durably which envelopes it carried to this key, under a new batch
 *      id. Headers: X-Scanwitness-Count (lines in the body, so a cut connection is detected),
 *      X-Scanwitness-Batch (the batch id; absent when the body is empty) and
 *      X-Scanwitness-Server (this database's identity).
 * POST /api/batches/ack  {"batch": "<batch id>", "server": "<server identity>"}  — the analyst
 *      has stored that batch. Only a batch delivered to the same key by this database is
 *      accepted (otherwise 404 unknown_batch / 409 server_changed, and nothing changes). With
 *      DELETE_AFTER_EXPORT on, each envelope of the batch is deleted once EVERY configured
 *      analyst key has acknowledged it.
 * HEAD /api/batches is refused (405): only a body that was sent counts as a delivery.
 *
 * The rate limit, body parser and signature checks in front of these handlers are listed, in
 * order, in server/route-table.ts.
 */
import type { RequestHandler } from 'express';
import { HttpError } from '../http-error.js';
import { NonceCache, signatureChecker, type AnalystKey } from '../analyst-auth.js';
import { utcDay, type ReportStore } from '../store/report-store.js';
import {
  BATCH_CONTENT_TYPE,
  BATCH_HEADER,
  COUNT_HEADER,
  DEFAULT_BATCH_LIMIT,
  MAX_BATCH_LIMIT,
  parseBatchAck,
  SERVER_ID_HEADER,
  writeBatchLine,
} from '../../protocol/batch-file.js';

/** An acknowledgement is two 32-digit ids in JSON; anything bigger is not one. */
export const ACK_BODY_LIMIT_BYTES = 1024;
const LIMIT_RE = /^[1-9][0-9]{0,3}$/;

export interface BatchHandlers {
  /** Checks the signature headers (key, origin, time) before any body is read; 401 otherwise. */
  preflight: RequestHandler;
  /** Checks the signature (after the body parser, for POST) and sets res.locals.analystKid. */
  verify: RequestHandler;
  /** HEAD /api/batches: 405. */
  refuseHead: RequestHandler;
  /** GET /api/batches: one batch. */
  send: RequestHandler;
  /** POST /api/batches/ack: the analyst has stored a batch. */
  acknowledge: RequestHandler;
}

export function batchHandlers({
  store,
  analystKeys,
  deleteAfterExport,
  publicOrigin = null,
  now = () => new Date(),
  nonces = new NonceCache(),
}: {
  store: ReportStore;
  analystKeys: AnalystKey[];
  deleteAfterExport: boolean;
  /** Requests must be signed for this origin (PUBLIC_ORIGIN); null = loopback only. */
  publicOrigin?: string | null;
  now?: () => Date;
  nonces?: NonceCache;
}): BatchHandlers {
  const { preflight, verify } = signatureChecker({ keys: analystKeys, now, nonces, publicOrigin });
  return { preflight, verify, refuseHead, send: sendBatch(store, now), acknowledge: acknowledgeBatch(store, analystKeys, deleteAfterExport) };
}

const refuseHead: RequestHandler = (_req, res, next) => {
  res.setHeader('Allow', 'GET');
  next(new HttpError(405, 'method_not_allowed', 'use GET: only a batch that was sent counts as delivered'));
};

function sendBatch(store: ReportStore, now: () => Date): RequestHandler {
  return function send(req, res, next) {
    const limit = batchLimit(req.originalUrl);
    if (limit instanceof HttpError) return next(limit);
    const { batchId, envelopes } = store.deliver(res.locals.analystKid as string, limit, utcDay(now()));
    const body = envelopes.map(writeBatchLine).join('');
    res.setHeader('Content-Type', `${BATCH_CONTENT_TYPE}; charset=utf-8`);
    res.setHeader(SERVER_ID_HEADER, store.serverId);
    res.setHeader(COUNT_HEADER, String(envelopes.length));
    if (batchId !== null) res.setHeader(BATCH_HEADER, batchId);
    res.status(200).send(Buffer.from(body, 'utf8'));
  };
}

/** The query's limit (default DEFAULT_BATCH_LIMIT), or the 400 that says what is wrong with the query. */
function batchLimit(originalUrl: string): number | HttpError {
  const params = new URL(originalUrl, 'http://server.invalid').searchParams;
  for (const name of new Set(params.keys())) {
    if (name === 'after') {
      return new HttpError(
        400,
        'invalid_query',
        'after is no longer used: the server sends what your key has not acknowledged (docs/batch-transfer.md); update your scanwitness checkout',
      );
    }
    if (name !== 'limit') return new HttpError(400, 'invalid_query', `unknown query parameter ${JSON.stringify(name.slice(0, 40))}; use limit`);
    if (params.getAll(name).length > 1) return new HttpError(400, 'invalid_query', `${name} is given more than once`);
  }
  const limitText = params.get('limit') ?? String(DEFAULT_BATCH_LIMIT);
  if (!LIMIT_RE.test(limitText) || Number(limitText) > MAX_BATCH_LIMIT) {
    return new HttpError(400, 'invalid_query', `limit must be between 1 and ${MAX_BATCH_LIMIT}`);
  }
  return Number(limitText);
}

function acknowledgeBatch(store: ReportStore, analystKeys: AnalystKey[], deleteAfterExport: boolean): RequestHandler {
  // The delete policy: an envelope goes only when every key the server lists has stored it.
  const deleteWhenAckedBy = deleteAfterExport ? analystKeys.map((k) => k.kid) : null;
  return function acknowledge(req, res, next) {
    const ack = parseBatchAck((req.body as Buffer).toString('utf8'));
    if (ack === null) {
      return next(
        new HttpError(
          400,
          'invalid_ack',
          'the body must be exactly {"batch": "<id>", "server": "<id>"}, each 32 lowercase hex digits as sent in X-Scanwitness-Batch and X-Scanwitness-Server; nothing was deleted',
        ),
      );
    }
    res.setHeader(SERVER_ID_HEADER, store.serverId);
    if (ack.server !== store.serverId) {
      return next(
        new HttpError(
          409,
          'server_changed',
          `this server's identity is ${store.serverId}, not ${ack.server}: its database was replaced since that batch was fetched; nothing was deleted`,
        ),
      );
    }
    const result = store.acknowledge(res.locals.analystKid as string, ack.batch, deleteWhenAckedBy);
    if (result === null) {
      return next(
        new HttpError(
          404,
          'unknown_batch',
          `batch ${ack.batch} was not sent to your key by this server (or was forgotten after ${BATCH_RECORD_DAYS} days); nothing was deleted — fetch again`,
        ),
      );
    }
    const message = result.alreadyAcknowledged
      ? `batch ${ack.batch} was already acknowledged`
      : !deleteAfterExport
        ? `acknowledged ${result.acked} envelope(s); delete-after-export is off on this server (DELETE_AFTER_EXPORT): nothing was deleted`
        : `acknowledged ${result.acked} envelope(s); deleted ${result.deleted} that every analyst key (${analystKeys.length}) has now stored`;
    res.json({
      ok: true,
      batch: ack.batch,
      server: store.serverId,
      acked: result.acked,
      deleted: result.deleted,
      alreadyAcknowledged: result.alreadyAcknowledged,
      deleteAfterExport,
      message,
    });
  };
}

/** Batch records older than this are forgotten (server/housekeeping.ts): an ack that late is refused, and the envelopes are sent again. */
export const BATCH_RECORD_DAYS = 30;

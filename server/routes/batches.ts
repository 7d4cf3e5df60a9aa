/**
 * Encrypted batches for analysts (issue #4). Both endpoints need a request signed with a
 * configured analyst key (server/analyst-auth.ts); anything else is 401 with no data.
 *
 * GET  /api/batches?after=<id>&limit=<n>  NDJSON, one batch line (protocol/batch-file.ts) per envelope,
 *      oldest first, ids > after; at most MAX_BATCH_LIMIT lines. Headers X-Scanwitness-Count
 *      (lines in the body, so a cut connection is detected) and X-Scanwitness-Last-Id.
 * POST /api/batches/ack  {"upTo": <id>}  — the analyst has stored everything up to <id>. With
 *      DELETE_AFTER_EXPORT on, deletes every envelope with id <= upTo (secure_delete);
 *      otherwise deletes nothing and says so.
 *
 * Ack rule: `upTo` may not exceed the highest id this server process has served to the same
 * analyst key (409 ack_beyond_served), so a buggy or mistyped ack cannot delete reports that
 * arrived after the analyst's last fetch. Ids only grow (AUTOINCREMENT, one writer), so every
 * id <= a served id was either served too or deleted earlier. The record is in memory: after a
 * restart an ack is refused until the analyst fetches again, and the next fetch's ack covers it.
 */
import { Router, raw } from 'express';
import { rateLimit } from 'express-rate-limit';
import { hashedClientKey } from '../rate-limit.js';
import { HttpError } from '../http-error.js';
import { NonceCache, signatureChecker, type AnalystKey } from '../analyst-auth.js';
import type { ReportStore } from '../store/report-store.js';
import {
  BATCH_CONTENT_TYPE, BATCH_ID_RE, BATCHES_ACK_PATH, BATCHES_PATH, batchIdFromText, COUNT_HEADER, DEFAULT_BATCH_LIMIT, LAST_ID_HEADER, MAX_BATCH_LIMIT, writeBatchLine,
} from '../../protocol/batch-file.js';

const ACK_BODY_LIMIT_BYTES = 1024;
const WHOLE_NUMBER_RE = /^(0|[1-9][0-9]{0,15})$/;

export function batchesRouter({ store, analystKeys, deleteAfterExport, publicOrigin = null, now = () => new Date(), nonces = new NonceCache() }: {
  store: ReportStore;
  analystKeys: AnalystKey[];
  deleteAfterExport: boolean;
  /** Requests must be signed for this origin (PUBLIC_ORIGIN); null = loopback only. */
  publicOrigin?: string | null;
  now?: () => Date;
  nonces?: NonceCache;
}): Router {
  const router = Router();
  const { preflight, verify } = signatureChecker({ keys: analystKeys, now, nonces, publicOrigin });
  const servedUpTo = new Map<string, number>();

  // Bounds guessing and flooding; a fetch of 100,000 reports needs about 100 requests.
  router.use(
    BATCHES_PATH,
    rateLimit({
      windowMs: 15 * 60_000,
      limit: 600,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: hashedClientKey(),
      handler: (_req, _res, next) => next(new HttpError(429, 'rate_limited', 'too many requests to /api/batches; wait a few minutes')),
    }),
  );

  router.get(BATCHES_PATH, preflight, verify, (req, res, next) => {
    const params = new URL(req.originalUrl, 'http://server.invalid').searchParams;
    for (const name of new Set(params.keys())) {
      if (name !== 'after' && name !== 'limit') return next(new HttpError(400, 'invalid_query', `unknown query parameter ${JSON.stringify(name.slice(0, 40))}; use after and limit`));
      if (params.getAll(name).length > 1) return next(new HttpError(400, 'invalid_query', `${name} is given more than once`));
    }
    const afterText = params.get('after') ?? '0';
    const limitText = params.get('limit') ?? String(DEFAULT_BATCH_LIMIT);
    if (!BATCH_ID_RE.test(afterText)) return next(new HttpError(400, 'invalid_query', 'after must be a whole number >= 0 (the last id you have stored)'));
    if (!WHOLE_NUMBER_RE.test(limitText) || Number(limitText) < 1 || Number(limitText) > MAX_BATCH_LIMIT) {
      return next(new HttpError(400, 'invalid_query', `limit must be between 1 and ${MAX_BATCH_LIMIT}`));
    }
    const rows = store.listAfter(batchIdFromText(afterText), Number(limitText));
    const body = rows.map(writeBatchLine).join('');
    const lastId = rows.length > 0 ? rows[rows.length - 1]!.id : undefined;
    res.setHeader('Content-Type', `${BATCH_CONTENT_TYPE}; charset=utf-8`);
    res.setHeader(COUNT_HEADER, String(rows.length));
    if (lastId !== undefined) {
      res.setHeader(LAST_ID_HEADER, String(lastId));
      const kid = res.locals.analystKid as string;
      res.on('finish', () => servedUpTo.set(kid, Math.max(servedUpTo.get(kid) ?? 0, lastId)));
    }
    res.status(200).send(Buffer.from(body, 'utf8'));
  });

  router.post(
    BATCHES_ACK_PATH,
    preflight,
    (req, _res, next) => (req.is('application/json') ? next() : next(new HttpError(415, 'unsupported_content_type', 'send {"upTo": <id>} as Content-Type: application/json'))),
    raw({ type: 'application/json', limit: ACK_BODY_LIMIT_BYTES, inflate: false }),
    verify,
    (req, res, next) => {
      let upTo: unknown;
      try {
        const value = JSON.parse((req.body as Buffer).toString('utf8')) as unknown;
        if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).join() !== 'upTo') throw new Error();
        upTo = (value as { upTo: unknown }).upTo;
      } catch {
        return next(new HttpError(400, 'invalid_ack', 'the body must be exactly {"upTo": <id>}'));
      }
      if (typeof upTo !== 'number' || !Number.isSafeInteger(upTo) || upTo < 1) return next(new HttpError(400, 'invalid_ack', 'upTo must be a whole number >= 1'));
      const kid = res.locals.analystKid as string;
      const served = servedUpTo.get(kid) ?? 0;
      if (upTo > served) {
        return next(
          new HttpError(409, 'ack_beyond_served', `upTo ${upTo} is beyond the last id this server has sent to your key (${served}); nothing was deleted — fetch again, and the next acknowledgement covers it`),
        );
      }
      if (!deleteAfterExport) {
        return res.json({ ok: true, upTo, deleted: 0, deleteAfterExport: false, message: 'delete-after-export is off on this server (DELETE_AFTER_EXPORT): nothing was deleted' });
      }
      const deleted = store.deleteUpTo(upTo);
      res.json({ ok: true, upTo, deleted, deleteAfterExport: true, message: `deleted ${deleted} envelope(s) with id <= ${upTo}` });
    },
  );

  return router;
}

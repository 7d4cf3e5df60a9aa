import { Router, json } from 'express';
import { EnvelopeShapeError, parseEnvelope } from '../../protocol/envelope-schema.js';
import { HttpError } from '../http-error.js';
import { utcDay, type ReportStore } from '../store/report-store.js';

/** Largest envelope (64 KiB bucket + 48, base64) plus JSON punctuation, with room to spare. */
export const BODY_LIMIT_BYTES = 100 * 1024;

export function reportsRouter({ store, acceptedKids, maxStoredReports, now = () => new Date() }: {
  store: ReportStore;
  /** A Set, or campaign.ts's time-aware acceptor (older keys expire after their grace period). */
  acceptedKids: { has(kid: string): boolean };
  maxStoredReports: number;
  now?: () => Date;
}): Router {
  const router = Router();
  router.post(
    '/api/reports',
    (req, _res, next) => {
      if (!req.is('application/json')) {
        return next(new HttpError(415, 'unsupported_content_type', 'send the envelope as Content-Type: application/json'));
      }
      next();
    },
    // inflate: false — a compressed body could expand past the cap's intent; browsers never compress requests.
    json({ limit: BODY_LIMIT_BYTES, strict: false, inflate: false }),
    (req, res, next) => {
      let envelope;
      try {
        envelope = parseEnvelope(req.body);
      } catch (e) {
        if (e instanceof EnvelopeShapeError) return next(new HttpError(400, e.code, e.message));
        throw e;
      }
      if (!acceptedKids.has(envelope.kid)) {
        return next(new HttpError(400, 'unknown_key', `kid ${envelope.kid} is not a campaign key this server accepts; reload the page to get the current key`));
      }
      if (store.count() >= maxStoredReports) {
        return next(new HttpError(503, 'storage_full', 'the server is not accepting reports right now; please try again later'));
      }
      store.insert(envelope, utcDay(now()));
      res.status(201).json({ ok: true });
    },
  );
  return router;
}

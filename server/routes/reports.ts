import type { RequestHandler } from 'express';
import { EnvelopeShapeError, parseEnvelope } from '../../protocol/envelope-schema.js';
import { HttpError } from '../http-error.js';
import type { Ingest } from '../ingest.js';
import { tooMany } from '../rate-limit.js';
import { utcDay, type ReportStore } from '../store/report-store.js';
import { WriteQueueClosedError } from '../store/write-queue.js';

/** Largest envelope (64 KiB bucket + 48, base64) plus JSON punctuation, with room to spare. */
export const BODY_LIMIT_BYTES = 100 * 1024;
/** What a 503 during shutdown tells the form: the server is restarting, try again shortly. */
const RESTART_RETRY_SECONDS = 30;

/**
 * POST /api/reports. Its checks run cheapest and most personal first (docs/threat-model.md,
 * "Floods"): the sender's own limit, the proof of work (a header), the shape of the request
 * (server/route-table.ts lists those, in order), then here the envelope, the global limit of
 * stored reports, and the group-commit queue; 201 only once durable.
 */
export function reportHandlers({
  store,
  ingest,
  acceptedKids,
  maxStoredReports,
  now = () => new Date(),
}: {
  store: ReportStore;
  ingest: Ingest;
  /** A Set, or campaign.ts's time-aware acceptor (older keys expire after their grace period). */
  acceptedKids: { has(kid: string): boolean };
  maxStoredReports: number;
  now?: () => Date;
}): { challenge: RequestHandler; storeReport: RequestHandler } {
  const { queue, proofOfWork, globalLimit } = ingest;
  return {
    /**
     * GET /api/challenge: what the form must solve before its next report (usually nothing; the
     * highest level when its address is past its free allowance). `?for=upload`: before starting
     * a photo's upload, against the address's upload allowance. Asking is not counted.
     */
    challenge: (req, res, next) => {
      const query = Object.keys(req.query);
      const forUpload = query.length === 1 && req.query.for === 'upload';
      if (query.length > 0 && !forUpload) {
        return next(new HttpError(400, 'invalid_query', 'ask /api/challenge for a report, or /api/challenge?for=upload before a photo'));
      }
      const allowance = forUpload ? ingest.uploadAddresses : ingest.addresses;
      res.json(proofOfWork.issue(proofOfWork.enabled && allowance.exhausted(req) ? proofOfWork.maxBits : 0));
    },
    storeReport: async (req, res, next) => {
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
      if (store.count() + queue.pending >= maxStoredReports) {
        return next(new HttpError(503, 'storage_full', 'the server is not accepting reports right now; please try again later'));
      }
      if (ingest.storageCap.reached(queue.pending)) {
        return next(new HttpError(503, 'storage_cap_reached', 'the server is not accepting reports right now; nothing was stored — please try again later'));
      }
      if (!globalLimit.take()) {
        return next(tooMany(res, globalLimit.retryAfterMs(), 'the server is receiving too many reports right now; please try again in a few minutes'));
      }
      try {
        await queue.add({ envelope, receivedOn: utcDay(now()) });
      } catch (e) {
        globalLimit.giveBack();
        if (e instanceof WriteQueueClosedError) {
          res.setHeader('Retry-After', String(RESTART_RETRY_SECONDS));
          return next(new HttpError(503, 'shutting_down', 'the server is restarting and did not store this report; please try again in a minute'));
        }
        return next(e);
      }
      res.status(201).json({ ok: true });
    },
  };
}

/**
 * Sealed photos for analysts, under the same signed API and acknowledgement rules as report
 * batches (server/routes/batches.ts, docs/batch-transfer.md; paths in protocol/photo-upload.ts):
 *
 * GET  /api/photos           → {"batch", "photos": [{"id","receivedOn","size"}]}: up to
 *      MAX_PHOTO_LIST complete photos this key has not acknowledged, recorded durably as
 *      delivered to it under a new batch id before the answer is sent (batch null: none).
 * GET  /api/photos/<id>      → the sealed bytes of a complete photo (application/octet-stream).
 * POST /api/photos/ack       {"batch","server"} — the analyst has stored every photo of that
 *      batch; with DELETE_AFTER_EXPORT each is deleted (and erased) once every analyst key has.
 */
import type { RequestHandler } from 'express';
import { parseBatchAck, SERVER_ID_HEADER } from '../../protocol/batch-file.js';
import { MAX_PHOTO_LIST, UPLOAD_ID_RE, type PhotoListing } from '../../protocol/photo-upload.js';
import { signatureChecker, type AnalystKey } from '../analyst-auth.js';
import { HttpError } from '../http-error.js';
import { utcDay, type ReportStore } from '../store/report-store.js';

export function photoHandlers({
  store,
  analystKeys,
  deleteAfterExport,
  publicOrigin = null,
  now = () => new Date(),
}: {
  store: ReportStore;
  analystKeys: AnalystKey[];
  deleteAfterExport: boolean;
  publicOrigin?: string | null;
  now?: () => Date;
}): { preflight: RequestHandler; verify: RequestHandler; list: RequestHandler; send: RequestHandler; acknowledge: RequestHandler } {
  const { preflight, verify } = signatureChecker({ keys: analystKeys, now, publicOrigin });
  const deleteWhenAckedBy = deleteAfterExport ? analystKeys.map((k) => k.kid) : null;
  const photos = store.photos;
  return {
    preflight,
    verify,
    list(req, res, next) {
      if (Object.keys(req.query as object).length > 0) return next(new HttpError(400, 'invalid_query', 'GET /api/photos takes no query'));
      const { batchId, photos: listed } = photos.deliver(res.locals.analystKid as string, MAX_PHOTO_LIST, utcDay(now()));
      res.setHeader(SERVER_ID_HEADER, store.serverId);
      res.json({ batch: batchId, photos: listed } satisfies PhotoListing);
    },
    send(req, res, next) {
      const id = String(req.params.id);
      if (!UPLOAD_ID_RE.test(id)) return next(new HttpError(400, 'invalid_photo_id', 'a photo id is 32 lowercase hex digits'));
      const bytes = photos.read(id);
      if (bytes === null) return next(new HttpError(404, 'unknown_photo', 'no complete photo with that id (deleted once every analyst key stored it?)'));
      res.setHeader(SERVER_ID_HEADER, store.serverId);
      res.type('application/octet-stream').send(bytes);
    },
    acknowledge(req, res, next) {
      const ack = parseBatchAck((req.body as Buffer).toString('utf8'));
      if (ack === null) return next(new HttpError(400, 'invalid_ack', 'the body must be exactly {"batch": "<id>", "server": "<id>"}; nothing was deleted'));
      res.setHeader(SERVER_ID_HEADER, store.serverId);
      if (ack.server !== store.serverId) {
        return next(new HttpError(409, 'server_changed', `this server's identity is ${store.serverId}, not ${ack.server}; nothing was deleted`));
      }
      const result = photos.acknowledge(res.locals.analystKid as string, ack.batch, deleteWhenAckedBy);
      if (result === null)
        return next(new HttpError(404, 'unknown_batch', `photo batch ${ack.batch} was not sent to your key by this server; nothing was deleted`));
      res.json({ ok: true, batch: ack.batch, server: store.serverId, ...result, deleteAfterExport });
    },
  };
}

/**
 * Sealed photos from the form (docs/photos.md, "On the server"; paths in protocol/photo-upload.ts):
 *
 * POST /api/uploads          {"size": n}  n must be one of SEALED_PHOTO_SIZES → 201 {"id","size","received":0,"chunkBytes"}
 * GET  /api/uploads/<id>     → {"size","received"}: where an interrupted upload continues
 * PUT  /api/uploads/<id>/<n> one sealed chunk (exactly SEALED_CHUNK_BYTES) → 204; chunks in order,
 *                            a chunk already stored answers 204 again (a retry), the last completes it
 *
 * POST runs behind the same address allowance and proof of work as reports (server/route-table.ts).
 * Then, cheapest and most personal first: the client's byte quota (429 upload_quota), the cap on
 * all sealed photos (503 upload_cap_reached), the free-disk floor and the room kept for reports
 * under MAX_STORED_BYTES (503 upload_disk_low). None of these ever refuses a report: reports have
 * their own route and room. Nothing about the sender is stored; an upload carries only its day.
 *
 * An upload reserves its full size against MAX_UPLOAD_BYTES when it starts. One that then gets no
 * chunk for IDLE_UPLOAD_MINUTES is deleted when the next upload starts, so reservations cost a
 * flooder data, not a request each (a witness's form starts a deleted upload again on its 404).
 * When each upload last got a chunk is kept in memory only: the disk holds days, never times
 * (so uploads left incomplete before a restart wait for the day-based expiry instead).
 */
import type { RequestHandler } from 'express';
import { statfsSync } from 'node:fs';
import { UPLOAD_ID_RE } from '../../protocol/photo-upload.js';
import { SEALED_CHUNK_BYTES, SEALED_PHOTO_SIZES, chunkCountOf } from '../../protocol/sealed-photo.js';
import { HttpError } from '../http-error.js';
import { tooMany, type ByteQuota } from '../rate-limit.js';
import type { StorageCap } from '../storage-cap.js';
import { utcDay, type ReportStore } from '../store/report-store.js';

/** A chunk's body limit: one sealed chunk; a larger body is refused (413) before it is read in full. */
export const CHUNK_BODY_LIMIT_BYTES = SEALED_CHUNK_BYTES;
/**
 * Room MAX_STORED_BYTES keeps for reports when photos are refused: 256 reports at the largest
 * envelope with their WAL copies (server/storage-cap.ts's BYTES_PER_PENDING_REPORT each).
 */
export const REPORT_ROOM_BYTES = 64 * 1024 * 1024;

/** An incomplete upload with no chunk for this long gives its reservation back. */
export const IDLE_UPLOAD_MINUTES = 10;

export interface UploadLimits {
  maxBytes: number;
  minFreeBytes: number;
}

export function uploadHandlers({
  store,
  quota,
  limits,
  storageCap,
  dataDir,
  now = () => new Date(),
}: {
  store: ReportStore;
  quota: ByteQuota;
  limits: UploadLimits;
  storageCap: StorageCap;
  /** The database's folder: statfs is asked about its filesystem. */
  dataDir: string;
  now?: () => Date;
}): { create: RequestHandler; status: RequestHandler; putChunk: RequestHandler } {
  const photos = store.photos;
  const freeBytes = (): number => {
    const s = statfsSync(dataDir);
    return s.bavail * s.bsize;
  };
  const unknown = () => new HttpError(404, 'unknown_upload', 'no such upload: it expired or was never started; start it again');
  /** Upload id → when it started or last stored a chunk (ms), while incomplete. In memory only. */
  const lastActive = new Map<string, number>();
  const releaseIdle = (nowMs: number): void => {
    const idle = [...lastActive].filter(([, at]) => nowMs - at > IDLE_UPLOAD_MINUTES * 60_000).map(([id]) => id);
    if (idle.length === 0) return;
    for (const id of idle) lastActive.delete(id);
    photos.deleteIfIncomplete(idle);
  };
  /** The upload named in the path, or the error to answer: 400 for what cannot be an id, 404 for an id not stored. */
  const uploadOf = (id: unknown) => {
    if (typeof id !== 'string' || !UPLOAD_ID_RE.test(id)) return new HttpError(400, 'invalid_upload_id', 'an upload id is 32 lowercase hex digits');
    return photos.get(id) ?? unknown();
  };

  return {
    create(req, res, next) {
      const size = (req.body as { size?: unknown } | null)?.size;
      const keys = req.body && typeof req.body === 'object' ? Object.keys(req.body as object) : [];
      if (typeof size !== 'number' || !SEALED_PHOTO_SIZES.includes(size) || keys.length !== 1) {
        return next(new HttpError(400, 'invalid_upload', `send {"size": n} with n one of ${SEALED_PHOTO_SIZES.join(', ')} (a sealed photo's size)`));
      }
      releaseIdle(now().getTime());
      if (photos.reservedBytes() + size > limits.maxBytes) {
        return next(new HttpError(503, 'upload_cap_reached', 'the server is not accepting photos right now; you can still send your report without them'));
      }
      if (freeBytes() - size < limits.minFreeBytes || storageCap.bytes - store.storedBytes() - size < REPORT_ROOM_BYTES) {
        return next(new HttpError(503, 'upload_disk_low', 'the server is not accepting photos right now; you can still send your report without them'));
      }
      // Last, so a refusal above costs the client nothing of its quota.
      if (!quota.take(req, size)) {
        return next(
          tooMany(res, quota.retryAfterMs(), 'this connection has sent as many photos as it may for now; you can still send your report without them'),
        );
      }
      const upload = photos.create(size, utcDay(now()));
      lastActive.set(upload.id, now().getTime());
      res.status(201).json({ id: upload.id, size: upload.size, received: 0, chunkBytes: SEALED_CHUNK_BYTES });
    },
    status(req, res, next) {
      const upload = uploadOf(req.params.id);
      if (upload instanceof HttpError) return next(upload);
      res.json({ size: upload.size, received: upload.received });
    },
    putChunk(req, res, next) {
      const upload = uploadOf(req.params.id);
      if (upload instanceof HttpError) return next(upload);
      const n = /^(0|[1-9][0-9]{0,2})$/.test(String(req.params.n)) ? Number(req.params.n) : -1;
      const count = chunkCountOf(upload.size);
      if (n < 0 || n >= count) return next(new HttpError(400, 'invalid_chunk', `chunk numbers of this upload run from 0 to ${count - 1}`));
      if (n < upload.received) return res.status(204).end(); // stored already: a retry after a lost answer
      const body = req.body as Buffer;
      if (!Buffer.isBuffer(body) || body.length !== SEALED_CHUNK_BYTES) {
        return next(new HttpError(400, 'invalid_chunk', `a chunk is exactly ${SEALED_CHUNK_BYTES} bytes of application/octet-stream`));
      }
      const result = photos.putChunk(upload.id, n, body, count);
      if (result.ok) {
        if (result.upload.complete) lastActive.delete(upload.id);
        else lastActive.set(upload.id, now().getTime());
        return res.status(204).end();
      }
      if (result.reason === 'out_of_order') {
        return next(new HttpError(409, 'chunk_out_of_order', `send chunk ${result.upload!.received} next (GET the upload to see where it stands)`));
      }
      if (result.reason === 'complete') return res.status(204).end();
      return next(unknown());
    },
  };
}

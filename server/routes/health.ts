import type { RequestHandler } from 'express';
import type { StorageHealth } from '../storage-health.js';

/** GET /healthz: ready = can store reports (server/storage-health.ts); 503 when the disk is full or failing. */
export function healthHandler(storage: StorageHealth): RequestHandler {
  return function health(_req, res) {
    res.setHeader('Cache-Control', 'no-store');
    const status = storage.status();
    if (status.ok) res.json({ ok: true });
    else res.status(503).json({ ok: false, error: status.code });
  };
}

/** Before POST /api/reports: a stored report (201) tells the storage health that writing works again. */
export function noteStoredReports(storage: StorageHealth): RequestHandler {
  return function noteStoredReport(req, res, next) {
    if (req.method === 'POST') res.on('finish', () => res.statusCode === 201 && storage.writeSucceeded());
    next();
  };
}

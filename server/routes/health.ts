import type { RequestHandler } from 'express';
import type { StorageHealth } from '../storage-health.js';

/**
 * GET /healthz: ready = can store reports (server/storage-health.ts); 503 when the disk is full or
 * failing or the byte cap is reached. While ready it also says how many analyst keys are stale
 * (server/stale-analysts.ts), and nothing more: it is public.
 */
export function healthHandler(storage: StorageHealth, staleAnalystKeys: () => number): RequestHandler {
  return function health(_req, res) {
    res.setHeader('Cache-Control', 'no-store');
    const status = storage.status();
    const stale = staleAnalystKeys();
    if (!status.ok) res.status(503).json({ ok: false, error: status.code });
    else if (stale > 0) res.json({ ok: true, warning: 'analyst_key_stale', staleAnalystKeys: stale });
    else res.json({ ok: true });
  };
}

/** Before POST /api/reports: a stored report (201) tells the storage health that writing works again. */
export function noteStoredReports(storage: StorageHealth): RequestHandler {
  return function noteStoredReport(req, res, next) {
    if (req.method === 'POST') res.on('finish', () => res.statusCode === 201 && storage.writeSucceeded());
    next();
  };
}

/**
 * The baseline of `npm run bench:ingest`: a bare Express 5 app that parses the same JSON bodies
 * with the same limit and answers 201 — no limits, no checks, no storage. Prints the same
 * "serving http://…" line as the real server so tests/helpers/server-process.ts can start it.
 */
import express from 'express';
import type { AddressInfo } from 'node:net';
import { BODY_LIMIT_BYTES } from '../../server/routes/reports.js';

const app = express();
app.post('/api/reports', express.json({ limit: BODY_LIMIT_BYTES }), (_req, res) => {
  res.status(201).json({ ok: true });
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`bare express: serving http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));

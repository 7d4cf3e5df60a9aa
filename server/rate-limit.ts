/**
 * Rate limits for report submission, in the order that keeps one client from silencing the
 * form for everyone (docs/threat-model.md, "Floods"):
 *
 * 1. per client, first: every request to /api/reports counts against its own sender —
 *    refused ones (400/413/415/403/429) included, so junk costs the sender and nobody else;
 * 2. all clients together, last: only reports actually STORED count, so a flood of refused
 *    requests never reaches the global limit.
 *
 * No RateLimit/RateLimit-Policy headers: the global one would tell anyone polling it when other
 * people submit, and the per-client one names a stable pseudonym of the address. A 429 says
 * when to retry with Retry-After (seconds), nothing more. The same holds for the analysts'
 * batches endpoint's own limit (batchesLimit). Where each limit is mounted: server/route-table.ts.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { rateLimit, ipKeyGenerator, type RateLimitInfo } from 'express-rate-limit';
import type { Request, RequestHandler, Response } from 'express';
import { HttpError } from './http-error.js';
import type { Config } from './config.js';

/**
 * A rate-limit key for the client that holds no address: HMAC-SHA-256 of it under a salt made
 * here and kept only in memory. ipKeyGenerator groups an IPv6 address by its /56 first, so one
 * host cannot rotate addresses.
 */
export function hashedClientKey(): (req: Request) => string {
  const salt = randomBytes(32);
  return (req) =>
    createHmac('sha256', salt)
      .update(ipKeyGenerator(req.ip ?? ''))
      .digest('base64url');
}

/** A 429 that says when to try again (whole seconds, at least 1) and nothing else. */
export function tooMany(res: Response, retryAfterMs: number, message: string): HttpError {
  res.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfterMs / 1000))));
  return new HttpError(429, 'rate_limited', message);
}

/** A per-client limit keyed by hashedClientKey: no headers, a 429 with Retry-After and `message`. */
function clientLimit(windowMs: number, limit: number, message: string): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: false,
    legacyHeaders: false,
    keyGenerator: hashedClientKey(),
    handler: (req, res, next) => {
      const reset = (req as Request & { rateLimit?: RateLimitInfo }).rateLimit?.resetTime?.getTime() ?? Date.now() + windowMs;
      next(tooMany(res, reset - Date.now(), message));
    },
  });
}

/** Step 1: the sender's own limit, checked before anything else about the request. */
export function perClientLimit(config: Config): RequestHandler {
  return clientLimit(
    config.rateLimit.windowMs,
    config.rateLimit.perClient,
    'too many reports from this connection; please wait a few minutes and try again — your report is kept on this page',
  );
}

/** The batches limit's window: each client may make 600 requests under /api/batches in it. */
const BATCHES_RATE_WINDOW_MS = 15 * 60_000;

/** Bounds guessing and flooding of /api/batches; a fetch of 100,000 reports needs about 200 requests. */
export function batchesLimit(): RequestHandler {
  return clientLimit(BATCHES_RATE_WINDOW_MS, 600, 'too many requests to /api/batches; wait a few minutes');
}

/**
 * Step 2: reports stored by everyone in a fixed window. A report takes a place before it is
 * queued for writing (so concurrent requests cannot overshoot) and gives it back if the write
 * fails, so the count is of stored reports only.
 */
export class GlobalReportLimit {
  private windowStart: number;
  private count = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.windowStart = now();
  }

  /** Take a place for one report; false when the window is full. */
  take(): boolean {
    this.roll();
    if (this.count >= this.limit) return false;
    this.count += 1;
    return true;
  }

  /** The report could not be stored after all. */
  giveBack(): void {
    this.count = Math.max(0, this.count - 1);
  }

  /** How long until places free up. */
  retryAfterMs(): number {
    this.roll();
    return this.windowStart + this.windowMs - this.now();
  }

  private roll(): void {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now - ((now - this.windowStart) % this.windowMs);
      this.count = 0;
    }
  }
}

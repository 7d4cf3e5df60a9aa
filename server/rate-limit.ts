/**
 * Rate limits for report submission, in an order that keeps junk from silencing anyone —
 * including witnesses who share an address with the sender of the junk (a Tor exit, an onion
 * service where everyone is 127.0.0.1, a carrier's NAT): docs/threat-model.md, "Floods".
 *
 * 1. per address, first: every request to /api/reports counts against its address
 *    (AddressAllowance). Within the free allowance nothing more is asked. Beyond it the address
 *    is never refused outright: each further request must carry a fresh proof of work at the
 *    highest level (POW_MAX_BITS). A witness behind the same address pays that once; the
 *    flooder pays it for every request, and a repeated or forged proof is refused for the
 *    cost of one hash. Only with proof of work turned off (POW_BITS=0) does an address beyond
 *    its allowance get 429.
 * 2. all clients together, last: only reports actually STORED count, so a flood of refused
 *    requests never reaches the global limit.
 *
 * No RateLimit/RateLimit-Policy headers: the global one would tell anyone polling it when other
 * people submit, and the per-client one names a stable pseudonym of the address. A 429 says
 * when to retry with Retry-After (seconds), nothing more. The same holds for the analysts'
 * batches endpoint's own limit (batchesLimit). Where each limit is mounted: server/route-table.ts.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { rateLimit, ipKeyGenerator, type RateLimitInfo } from 'express-rate-limit';
import type { Request, RequestHandler, Response } from 'express';
import { HttpError } from './http-error.js';
import type { ProofOfWork } from './proof-of-work.js';

/**
 * A rate-limit key for the client that holds no address: HMAC-SHA-256 of it under a salt made
 * here and kept only in memory. ipKeyGenerator groups an IPv6 address by its /56 first, so one
 * host cannot rotate addresses.
 */
export function hashedClientKey(): (req: Request) => string {
  const salt = randomBytes(32);
  return (req) =>
    createHmac('sha256', salt)
      .update(ipKeyGenerator(clientAddress(req)))
      .digest('base64url');
}

/**
 * The address the limits key on: req.ip (the forwarded one, when TRUST_PROXY trusts the peer),
 * unless that is not an IP address at all — a forwarded header holding "garbage" or a rotating
 * string is ignored, and the request counts against the peer that sent it (the proxy).
 */
function clientAddress(req: Request): string {
  const ip = req.ip ?? '';
  return isIP(ip) !== 0 ? ip : (req.socket.remoteAddress ?? '');
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

/**
 * Step 1: requests per address in a fixed window, counted before anything else about the
 * request is read. Counting never refuses by itself: it tells the proof of work whether this
 * address is past its free allowance (then the highest level is asked of it).
 * The counts live in memory under hashed keys and are all forgotten when the window ends.
 */
export class AddressAllowance {
  private readonly key = hashedClientKey();
  private counts = new Map<string, number>();
  private readonly window: FixedWindow;

  constructor(
    private readonly free: number,
    windowMs: number,
    now: () => number = Date.now,
  ) {
    this.window = new FixedWindow(windowMs, now, () => (this.counts = new Map()));
  }

  /** Count this request; true while its address is within the free allowance (this request included). */
  count(req: Request): boolean {
    this.window.roll();
    const key = this.key(req);
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return n <= this.free;
  }

  /** Whether the address's next request would be past the free allowance (nothing is counted). */
  exhausted(req: Request): boolean {
    this.window.roll();
    return (this.counts.get(this.key(req)) ?? 0) >= this.free;
  }

  retryAfterMs(): number {
    return this.window.remainingMs();
  }
}

/**
 * Step 1 as middleware: count the request; past the allowance, ask the highest proof-of-work
 * level of it (res.locals.proofFloor, read by the proof-of-work check next in line) — or, with
 * proof of work off, refuse it with 429 until the window ends.
 */
export function addressLimit(allowance: AddressAllowance, proofOfWork: ProofOfWork): RequestHandler {
  return function countAddress(req, res, next) {
    if (allowance.count(req)) return next();
    if (proofOfWork.enabled) {
      res.locals.proofFloor = proofOfWork.maxBits;
      return next();
    }
    next(
      tooMany(
        res,
        allowance.retryAfterMs(),
        'too many reports from this connection; please wait a few minutes and try again — your report is kept on this page',
      ),
    );
  };
}

/** The batches limit's window: each client may make 600 requests under /api/batches in it. */
const BATCHES_RATE_WINDOW_MS = 15 * 60_000;

/** Bounds guessing and flooding of /api/batches; a fetch of 100,000 reports needs about 200 requests. */
export function batchesLimit(): RequestHandler {
  return clientLimit(BATCHES_RATE_WINDOW_MS, 600, 'too many requests to /api/batches; wait a few minutes');
}

/**
 * Photos: the sealed bytes each client (address, hashed) may announce in POST /api/uploads per
 * window. Charged when an upload is created, at its full sealed size, so a client cannot start
 * more than it may finish; forgotten when the window ends (docs/photos.md, "On the server").
 */
export class ByteQuota {
  private readonly key = hashedClientKey();
  private used = new Map<string, number>();
  private readonly window: FixedWindow;

  constructor(
    private readonly bytes: number,
    windowMs: number,
    now: () => number = Date.now,
  ) {
    this.window = new FixedWindow(windowMs, now, () => (this.used = new Map()));
  }

  /** Charge `size` bytes to this request's client; false (nothing charged) when it would pass the quota. */
  take(req: Request, size: number): boolean {
    this.window.roll();
    const key = this.key(req);
    const used = this.used.get(key) ?? 0;
    if (used + size > this.bytes) return false;
    this.used.set(key, used + size);
    return true;
  }

  retryAfterMs(): number {
    return this.window.remainingMs();
  }
}

/** Requests for an upload's status and chunks: an 8 MiB photo is 32 chunks, four photos 128, resumed a few times. */
export function uploadChunksLimit(): RequestHandler {
  return clientLimit(BATCHES_RATE_WINDOW_MS, 1200, 'too many upload requests from this connection; wait a few minutes');
}

/**
 * Step 2: reports stored by everyone in a fixed window. A report takes a place before it is
 * queued for writing (so concurrent requests cannot overshoot) and gives it back if the write
 * fails, so the count is of stored reports only.
 */
export class GlobalReportLimit {
  private count = 0;
  private readonly window: FixedWindow;

  constructor(
    private readonly limit: number,
    windowMs: number,
    now: () => number = Date.now,
  ) {
    this.window = new FixedWindow(windowMs, now, () => (this.count = 0));
  }

  /** Take a place for one report; false when the window is full. */
  take(): boolean {
    this.window.roll();
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
    return this.window.remainingMs();
  }
}

/** Back-to-back windows of `windowMs` from the first use; `onNewWindow` resets what a window counts. */
class FixedWindow {
  private start: number;

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number,
    private readonly onNewWindow: () => void,
  ) {
    this.start = now();
  }

  roll(): void {
    const now = this.now();
    if (now - this.start >= this.windowMs) {
      this.start = now - ((now - this.start) % this.windowMs);
      this.onNewWindow();
    }
  }

  remainingMs(): number {
    this.roll();
    return this.start + this.windowMs - this.now();
  }
}

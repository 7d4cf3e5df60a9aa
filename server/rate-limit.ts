/**
 * Rate limits for report submission. The per-client limiter needs the client's address;
 * it keys on an HMAC of it with a random salt made at start-up and kept only in memory,
 * so the limiter's memory holds no address and a restart forgets everything.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import type { Request, RequestHandler } from 'express';
import { HttpError } from './http-error.js';
import type { Config } from './config.js';

/**
 * A rate-limit key for the client that holds no address: HMAC-SHA-256 of it under a salt made
 * here and kept only in memory. ipKeyGenerator groups an IPv6 address by its /56 first, so one
 * host cannot rotate addresses.
 */
export function hashedClientKey(): (req: Request) => string {
  const salt = randomBytes(32);
  return (req) => createHmac('sha256', salt).update(ipKeyGenerator(req.ip ?? '')).digest('base64url');
}

export function reportRateLimits(config: Config): RequestHandler[] {
  const tooMany = (message: string) => (_req: unknown, _res: unknown, next: (e: unknown) => void) =>
    next(new HttpError(429, 'rate_limited', message));
  const common = { windowMs: config.rateLimit.windowMs, standardHeaders: 'draft-8' as const, legacyHeaders: false };
  return [
    // Everyone together: a flood from many addresses still cannot fill the disk quickly.
    rateLimit({
      ...common,
      limit: config.rateLimit.total,
      keyGenerator: () => 'all',
      handler: tooMany('the server is receiving too many reports right now; please try again in a few minutes'),
    }),
    rateLimit({
      ...common,
      limit: config.rateLimit.perClient,
      keyGenerator: hashedClientKey(),
      handler: tooMany('too many reports from this connection; please wait a few minutes and try again — your report is kept on this page'),
    }),
  ];
}

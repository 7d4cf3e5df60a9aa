/**
 * Who may fetch batches: requests signed with an analyst's Ed25519 key (issue #4). The server
 * holds only public keys (ANALYST_PUBLIC_KEY_FILES), so copying the server gives nobody the
 * power to fetch. The signing string and headers are defined in protocol/node/request-signing.ts.
 *
 * Every refusal is 401 with its own code, so an analyst can tell a wrong clock from a wrong key:
 *   signature_required   a signature header is missing
 *   bad_signature        a header is malformed or the signature does not verify
 *   wrong_origin         signed for another server's origin (see PUBLIC_ORIGIN)
 *   unknown_analyst_key  the key id is not one of ANALYST_PUBLIC_KEY_FILES
 *   expired_timestamp    more than SIGNATURE_WINDOW_SECONDS from the server's clock
 *   signed_before_start  signed before this server process started (its nonce memory is new)
 *   replayed_nonce       this nonce was already used since the server started
 *
 * The origin a request must be signed for is the server's own (PUBLIC_ORIGIN), never taken
 * from the request's Host header: a request captured on its way to server A and replayed to
 * server B would otherwise carry A's Host and pass.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { KeyObject } from 'node:crypto';
import { readServerPublicKey } from './public-key-files.js';
import {
  HEADER_KEY,
  HEADER_NONCE,
  HEADER_ORIGIN,
  HEADER_SIGNATURE,
  HEADER_TIMESTAMP,
  NONCE_RE,
  SIGNATURE_WINDOW_SECONDS,
  TIMESTAMP_RE,
  analystFingerprint,
  analystKeyId,
  analystPublicKeyObject,
  canonicalQuery,
  canonicalRequest,
  signedOrigin,
  verifyCanonical,
} from '../protocol/node/request-signing.js';
import { HttpError } from './http-error.js';

export interface AnalystKey {
  kid: string;
  fingerprint: string;
  publicKey: KeyObject;
}

export function analystKey(publicKey: Uint8Array): AnalystKey {
  return { kid: analystKeyId(publicKey), fingerprint: analystFingerprint(publicKey), publicKey: analystPublicKeyObject(publicKey) };
}

/** Read ANALYST_PUBLIC_KEY_FILES at start-up (before createApp, which stays synchronous). */
export async function loadAnalystKeys(paths: string[]): Promise<AnalystKey[]> {
  const keys: AnalystKey[] = [];
  for (const path of paths) keys.push(analystKey((await readServerPublicKey(path, 'analyst-signing', 'ANALYST_PUBLIC_KEY_FILES')).publicKey));
  return keys;
}

/**
 * Nonces seen within the window. A nonce need only be remembered until its timestamp leaves
 * the window, after which the timestamp check refuses the request anyway. Only requests with
 * a valid signature are remembered, so only an analyst can fill it; the cap stops even that.
 */
export class NonceCache {
  private readonly seen = new Map<string, number>();
  private lastPrune = 0;
  constructor(private readonly maxEntries = 100_000) {}

  /** False if `nonce` was seen before; otherwise remembers it until `expiresAtMs`. */
  checkAndRemember(nonce: string, expiresAtMs: number, nowMs: number): boolean | 'full' {
    if (nowMs - this.lastPrune > 10_000 || this.seen.size >= this.maxEntries) this.prune(nowMs);
    const previous = this.seen.get(nonce);
    if (previous !== undefined && previous > nowMs) return false;
    if (this.seen.size >= this.maxEntries) return 'full';
    this.seen.set(nonce, expiresAtMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private prune(nowMs: number): void {
    this.lastPrune = nowMs;
    for (const [nonce, expires] of this.seen) if (expires <= nowMs) this.seen.delete(nonce);
  }
}

function refuse(res: Response, code: string, message: string): HttpError {
  res.setHeader('WWW-Authenticate', 'Scanwitness-Signature realm="batches"');
  return new HttpError(401, code, message);
}

export interface SignatureChecker {
  /** Checks that need no body: headers present and well-formed, known key, fresh timestamp. */
  preflight: RequestHandler;
  /** Verifies the signature over method, path, query, timestamp, nonce and `req.body` (a Buffer, or none), then the nonce. */
  verify: RequestHandler;
}

const ORIGIN_HEADER_RE = /^https?:\/\/[A-Za-z0-9.:[\]-]{1,270}$/;

/**
 * The origins a request may be signed for: PUBLIC_ORIGIN when set; otherwise only loopback
 * addresses at the port the request arrived on (development and tests, where there is no
 * proxy and the port is not known before listening).
 */
export function expectedOrigins(publicOrigin: string | null, localPort: number | undefined): string[] {
  if (publicOrigin) return [publicOrigin];
  return ['127.0.0.1', 'localhost', '[::1]'].map((host) => signedOrigin(`http://${host}:${localPort ?? 0}`));
}

/**
 * Sets res.locals.analystKid on success; otherwise passes a 401 HttpError and never reaches
 * the route. `startedAt` is when this process's nonce memory began (default: now).
 */
export function signatureChecker({
  keys,
  now = () => new Date(),
  nonces = new NonceCache(),
  publicOrigin = null,
  startedAt = now(),
}: {
  keys: AnalystKey[];
  now?: () => Date;
  nonces?: NonceCache;
  publicOrigin?: string | null;
  startedAt?: Date;
}): SignatureChecker {
  const byKid = new Map(keys.map((k) => [k.kid, k]));
  const header = (req: Request, name: string) => {
    const value = req.headers[name];
    return typeof value === 'string' ? value : undefined;
  };

  const preflight: RequestHandler = (req, res, next) => {
    const kid = header(req, HEADER_KEY);
    const origin = header(req, HEADER_ORIGIN);
    const timestamp = header(req, HEADER_TIMESTAMP);
    const nonce = header(req, HEADER_NONCE);
    const signature = header(req, HEADER_SIGNATURE);
    if (!kid || !origin || !timestamp || !nonce || !signature) {
      return next(
        refuse(
          res,
          'signature_required',
          'this endpoint needs a signed request (scanwitness-request-v2): use `npm run fetch` from an up-to-date checkout with your analyst.key',
        ),
      );
    }
    if (!TIMESTAMP_RE.test(timestamp) || !NONCE_RE.test(nonce) || !ORIGIN_HEADER_RE.test(origin))
      return next(refuse(res, 'bad_signature', 'the signature headers are malformed'));
    const expected = expectedOrigins(publicOrigin, req.socket.localPort);
    if (!expected.includes(origin)) {
      const setting = publicOrigin
        ? `PUBLIC_ORIGIN=${publicOrigin}`
        : 'PUBLIC_ORIGIN is not set, so only loopback addresses are accepted; the operator sets PUBLIC_ORIGIN to the https:// address analysts use';
      return next(
        refuse(
          res,
          'wrong_origin',
          `this request was signed for ${origin}, but this server is ${expected[0]} (${setting}); give --server exactly the address the operator published`,
        ),
      );
    }
    if (!byKid.has(kid)) {
      return next(
        refuse(
          res,
          'unknown_analyst_key',
          `analyst key ${kid.slice(0, 16)} is not allowed here; the operator adds its analyst.pub to ANALYST_PUBLIC_KEY_FILES`,
        ),
      );
    }
    const signedAtMs = Number(timestamp);
    const skewSeconds = Math.abs(signedAtMs - now().getTime()) / 1000;
    if (!(skewSeconds <= SIGNATURE_WINDOW_SECONDS)) {
      return next(
        refuse(
          res,
          'expired_timestamp',
          `the request time is more than ${SIGNATURE_WINDOW_SECONDS} seconds from the server's clock; set your computer's clock (NTP) and try again`,
        ),
      );
    }
    // The nonce memory starts empty with the process, so only requests signed after the
    // start can be checked against it; anything older might be a replay from before a restart.
    if (signedAtMs < startedAt.getTime()) {
      return next(
        refuse(
          res,
          'signed_before_start',
          `the request was signed at ${new Date(signedAtMs).toISOString()}, before this server started (${startedAt.toISOString()}); send a new request — if this repeats, your clock is behind the server's (set it with NTP)`,
        ),
      );
    }
    next();
  };

  const verify: RequestHandler = (req, res, next) => {
    const key = byKid.get(header(req, HEADER_KEY) ?? '');
    const origin = header(req, HEADER_ORIGIN) ?? '';
    const timestamp = header(req, HEADER_TIMESTAMP) ?? '';
    const nonce = header(req, HEADER_NONCE) ?? '';
    if (!key) return next(refuse(res, 'signature_required', 'this endpoint needs a signed request'));
    const url = new URL(req.originalUrl, 'http://server.invalid');
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const text = canonicalRequest({ origin, method: req.method, path: url.pathname, query: canonicalQuery(url.searchParams), timestamp, nonce, body });
    if (!verifyCanonical(text, header(req, HEADER_SIGNATURE) ?? '', key.publicKey)) {
      return next(
        refuse(res, 'bad_signature', 'the signature does not match this request and key; check you use the analyst.key whose analyst.pub the server has'),
      );
    }
    const nowMs = now().getTime();
    const remembered = nonces.checkAndRemember(`${key.kid}:${nonce}`, Number(timestamp) + (SIGNATURE_WINDOW_SECONDS + 1) * 1000, nowMs);
    if (remembered === false) return next(refuse(res, 'replayed_nonce', 'this request was already received once; a new request needs a new nonce'));
    if (remembered === 'full') return next(new HttpError(429, 'rate_limited', 'too many signed requests in the last few minutes; wait and try again'));
    res.locals.analystKid = key.kid;
    next();
  };

  return { preflight, verify };
}

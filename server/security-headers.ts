/**
 * Headers on every response, whatever the URL (404s and errors included): a strict CSP with no
 * inline script but the quick exit's (allowed by its hash) and no third party, no referrer, no
 * framing, no powerful features; and
 * Cache-Control: no-store on everything under /api. Mounted by server/route-table.ts.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * `inlineScripts`: the CSP sources (hashes) of the pages' one inline script, the quick exit
 * (protocol/node/inline-script.ts); none when the form is not built.
 */
export function securityHeaders(inlineScripts: string[] = []): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        // Same-site scripts only, plus: WebAssembly compilation (not JavaScript eval) for the
        // reply key's Argon2id (docs/replies.md), and the quick exit inlined by its hash.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'", ...inlineScripts],
        styleSrc: ["'self'"],
        // blob: only for the photo part, which loads the witness's own file into an <img> to
        // decode it at a reduced size (client/photo/strip.ts); only our scripts can make one.
        imgSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        // The proof-of-work solver (a hashed same-origin asset) runs in a Web Worker.
        workerSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        manifestSrc: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: true,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
  });
}

/**
 * Headers only a document or a worker acts on. A hashed script, stylesheet or catalogue is never
 * shown as a page (and nosniff stops a browser treating it as one), so these are dropped from
 * them (server/compressed.ts): about 640 bytes less per asset, 2 KB of a witness's first load
 * over HTTP/1.1, which an onion service speaks and which does not compress headers. Every other
 * response keeps them, and so does the proof-of-work worker, whose own CSP governs it.
 * X-Content-Type-Options, Cross-Origin-Resource-Policy, Referrer-Policy (a stylesheet's own
 * requests follow it) and HSTS stay on everything.
 */
export const DOCUMENT_ONLY_HEADERS = [
  'Content-Security-Policy',
  'Cross-Origin-Embedder-Policy',
  'Cross-Origin-Opener-Policy',
  'Origin-Agent-Cluster',
  'X-Frame-Options',
  'X-DNS-Prefetch-Control',
  'X-Download-Options',
  'X-Permitted-Cross-Domain-Policies',
  'X-XSS-Protection',
  'Permissions-Policy',
] as const;

export const permissionsPolicy: RequestHandler = (_req, res, next) => {
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()');
  next();
};

export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/**
 * Onion-Location on the pages when ONION_ADDRESS is set: Tor Browser, on the clearnet https
 * site, offers the onion service for the same page (docs/operator-guide.md, "Onion service").
 * Other browsers ignore it. `null`: nothing is added.
 */
export function onionLocation(onionAddress: string | null): RequestHandler {
  return function addOnionLocation(req, res, next) {
    if (onionAddress) res.setHeader('Onion-Location', `http://${onionAddress}${req.originalUrl}`);
    next();
  };
}

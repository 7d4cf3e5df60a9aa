/**
 * Compressed responses for the form's files: each hashed asset and each rendered page is held
 * in memory with its brotli and gzip copies (made by the build for assets, at start-up for
 * pages: nothing is compressed per request), and each request gets the copy its Accept-Encoding
 * allows — brotli whenever it is accepted, else gzip, else the original — with
 * `Vary: Accept-Encoding` so no cache hands one to a browser that did not ask for it.
 * Only public bytes that are the same for every visitor are compressed (docs/threat-model.md,
 * "Compression"); the API's answers are not.
 */
import type { Request, RequestHandler, Response } from 'express';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ENCODINGS, ENCODING_NAMES, type Encoding } from '../protocol/node/compression.js';
import { POW_WORKER_ASSET } from '../protocol/proof-of-work.js';
import { DOCUMENT_ONLY_HEADERS } from './security-headers.js';

/** One file as it can be sent: the original, and the compressed copies that are smaller. */
export interface Variants {
  identity: Buffer;
  encoded: Partial<Record<Encoding, Buffer>>;
}

const smaller = (identity: Buffer, copies: [Encoding, Buffer][]): Variants => ({
  identity,
  encoded: Object.fromEntries(copies.filter(([, b]) => b.length < identity.length)),
});

/** Compress a rendered page (at start-up, brotli's quality for its kind: protocol/node/compression.ts). */
export function compressPage(html: string, kind: 'formPage' | 'infoPage'): Variants {
  const identity = Buffer.from(html, 'utf8');
  return smaller(
    identity,
    ENCODING_NAMES.map((name) => [name, ENCODINGS[name].compress(identity, kind)]),
  );
}

/** Send `variants` in the best encoding the request accepts; the caller has set the type and caching. */
export function sendVariant(req: Request, res: Response, variants: Variants): void {
  res.vary('Accept-Encoding');
  const accepted = new Set(req.acceptsEncodings());
  const encoding = ENCODING_NAMES.find((name) => accepted.has(name) && variants.encoded[name]);
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.send(encoding ? variants.encoded[encoding] : variants.identity);
}

/**
 * The built form's hashed assets (dist/client/assets), read once: `name` with the build's
 * `name.br` and `name.gz`. Only the originals' names are served (a request for `x.js.br` is a
 * 404); hashed names never change content, so they may be cached for a year. Headers only a
 * document acts on are dropped (server/security-headers.ts), except from the proof-of-work worker.
 */
export function compressedAssets(dir: string): RequestHandler {
  const files = readdirSync(dir);
  const assets = new Map<string, Variants>();
  const copyExts = new Set(Object.values(ENCODINGS).map((e) => `.${e.ext}`));
  for (const name of files) {
    if (copyExts.has(extname(name))) continue;
    const copies = ENCODING_NAMES.filter((enc) => files.includes(`${name}.${ENCODINGS[enc].ext}`)).map((enc): [Encoding, Buffer] => [
      enc,
      readFileSync(join(dir, `${name}.${ENCODINGS[enc].ext}`)),
    ]);
    assets.set(name, smaller(readFileSync(join(dir, name)), copies));
  }
  return function serveAsset(req, res, next) {
    const asset = (req.method === 'GET' || req.method === 'HEAD') && assets.get(req.path.slice(1));
    if (!asset) return next();
    res.type(extname(req.path));
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    if (!req.path.startsWith(`/${POW_WORKER_ASSET}-`)) for (const header of DOCUMENT_ONLY_HEADERS) res.removeHeader(header);
    sendVariant(req, res, asset);
  };
}

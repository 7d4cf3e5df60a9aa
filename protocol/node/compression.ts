/**
 * How the form's files are compressed, for the build (its hashed assets, once, brotli at its
 * strongest: quality 11) and the server (its rendered pages, once at start-up: the form's page at
 * quality 10, a tenth smaller than quality 5 — a kilobyte less for every witness's first visit —
 * for about 15 ms per language; /about and /rights at quality 5, about 50 times quicker than 11,
 * as they are not on the witness's first load); gzip for browsers that do not offer brotli
 * (Chromium offers it only over HTTPS). docs/performance.md, "The form on a phone"; why nothing
 * compressed mixes a secret with a visitor's input: docs/threat-model.md, "Compression".
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli's quality for each kind of file (see above). */
export const BROTLI_QUALITY = { asset: 11, formPage: 10, infoPage: 5 } as const;
export type Compressed = keyof typeof BROTLI_QUALITY;

/** The encodings served, by Content-Encoding name, each with its file extension and compressor. */
export const ENCODINGS = {
  br: {
    ext: 'br',
    compress: (bytes: Uint8Array, kind: Compressed = 'asset'): Buffer =>
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[kind], [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  },
  gzip: { ext: 'gz', compress: (bytes: Uint8Array): Buffer => gzipSync(bytes, { level: 9 }) },
} as const;

export type Encoding = keyof typeof ENCODINGS;
export const ENCODING_NAMES = Object.keys(ENCODINGS) as Encoding[];

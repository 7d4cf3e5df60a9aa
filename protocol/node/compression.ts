/**
 * How the form's files are compressed, for the build (its hashed assets, once, brotli at its
 * strongest: quality 11) and the server (its rendered pages, once at start-up: quality 5, about
 * 50 times quicker for a tenth more bytes, so 42 pages cost milliseconds, not a second, at
 * every start); gzip for browsers that do not offer brotli (Chromium offers it only over HTTPS). docs/performance.md, "The form on
 * a phone"; why nothing compressed mixes a secret with a visitor's input: docs/threat-model.md,
 * "Compression".
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The encodings served, by Content-Encoding name, each with its file extension and compressor. */
export const ENCODINGS = {
  br: {
    ext: 'br',
    compress: (bytes: Uint8Array, quick = false): Buffer =>
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quick ? 5 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  },
  gzip: { ext: 'gz', compress: (bytes: Uint8Array): Buffer => gzipSync(bytes, { level: 9 }) },
} as const;

export type Encoding = keyof typeof ENCODINGS;
export const ENCODING_NAMES = Object.keys(ENCODINGS) as Encoding[];

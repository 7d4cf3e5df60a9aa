/**
 * The check every stripped photo passes before it is sealed (docs/photos.md, "What is checked"):
 * the canvas's JPEG is parsed marker by marker and refused if it holds anything but the image.
 *
 * Before the check, dropEncoderColourProfile removes the one APP2 segment browsers add: the
 * canvas's colour profile (Chromium writes Skia's sRGB profile). It describes the canvas, not
 * the camera, and a viewer assumes sRGB without it; removing it keeps the check strict.
 *
 * Allowed: SOI, the frame and scan markers (SOFn, DHT, DQT, DRI, SOS with its entropy-coded data
 * and RSTn), EOI as the very last two bytes, and one APP0 "JFIF" segment without a thumbnail —
 * what browsers' JPEG encoders write, holding only a version and a pixel density.
 * Refused: APP1–APP15 (EXIF with GPS and maker notes, XMP, ICC, IPTC in APP13, …), APP0 that is
 * not a bare JFIF header (JFXX thumbnails), COM (comments), any other marker, bytes after EOI, a
 * file cut short.
 */

export type JpegProblem = 'not_jpeg' | 'truncated' | 'metadata_segment' | 'comment' | 'jfif_thumbnail' | 'unexpected_marker' | 'data_after_end' | 'no_image';

export type JpegCheck = { ok: true; width: number; height: number } | { ok: false; problem: JpegProblem; message: string };

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const COM = 0xfe;
/** SOF0–SOF15 minus DHT (C4), JPG (C8) and DAC (CC). */
const isStartOfFrame = (m: number): boolean => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
const TABLE_MARKERS = new Set([0xc4, 0xdb, 0xdd]); // DHT, DQT, DRI
const JFIF_ID = [0x4a, 0x46, 0x49, 0x46, 0x00]; // "JFIF\0"

const fail = (problem: JpegProblem, message: string): JpegCheck => ({ ok: false, problem, message });
const hex = (m: number): string => `0xFF${m.toString(16).toUpperCase().padStart(2, '0')}`;

export function checkStrippedJpeg(bytes: Uint8Array): JpegCheck {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== SOI) return fail('not_jpeg', 'does not start with a JPEG start-of-image marker');
  let at = 2;
  let size: { width: number; height: number } | null = null;
  let scanned = false;
  for (;;) {
    if (at + 2 > bytes.length) return fail('truncated', 'the file ends before its end-of-image marker');
    if (bytes[at] !== 0xff) return fail('unexpected_marker', `byte ${at} is not a marker`);
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte before a marker
      continue;
    }
    if (marker === EOI) {
      if (at + 2 !== bytes.length) return fail('data_after_end', `${bytes.length - at - 2} byte(s) after the end-of-image marker`);
      if (size === null || !scanned) return fail('no_image', 'no frame or no scan before the end-of-image marker');
      return { ok: true, ...size };
    }
    if (at + 4 > bytes.length) return fail('truncated', 'the file ends inside a segment header');
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) return fail('truncated', `segment ${hex(marker)} runs past the end of the file`);
    if (marker === APP0) {
      const isJfif = JFIF_ID.every((b, i) => bytes[at + 4 + i] === b);
      if (!isJfif) return fail('metadata_segment', 'an APP0 segment that is not JFIF');
      // JFIF: id(5) version(2) units(1) density(4) thumbnail width(1) height(1) = 14 bytes + 2 length.
      if (length !== 16 || bytes[at + 16] !== 0 || bytes[at + 17] !== 0) return fail('jfif_thumbnail', 'a JFIF header carrying a thumbnail or extra data');
    } else if (marker > APP0 && marker <= 0xef) {
      return fail('metadata_segment', `an APP${marker - APP0} segment (metadata such as EXIF, XMP, ICC or IPTC)`);
    } else if (marker === COM) {
      return fail('comment', 'a comment segment');
    } else if (isStartOfFrame(marker)) {
      if (length < 8) return fail('truncated', 'a frame header too short');
      size = { height: (bytes[at + 5]! << 8) | bytes[at + 6]!, width: (bytes[at + 7]! << 8) | bytes[at + 8]! };
    } else if (marker === SOS) {
      if (size === null) return fail('no_image', 'a scan before any frame header');
      scanned = true;
      at = skipEntropyCoded(bytes, end);
      continue;
    } else if (!TABLE_MARKERS.has(marker)) {
      return fail('unexpected_marker', `marker ${hex(marker)} is not one an image needs`);
    }
    at = end;
  }
}

const ICC_ID = [0x49, 0x43, 0x43, 0x5f, 0x50, 0x52, 0x4f, 0x46, 0x49, 0x4c, 0x45, 0x00]; // "ICC_PROFILE\0"

/**
 * The JPEG without its APP2 "ICC_PROFILE" segments (the encoder's colour profile); every other
 * byte unchanged. Returns the input itself when there is none, or when the file cannot be walked
 * (the check then says why).
 */
export function dropEncoderColourProfile(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== SOI) return bytes;
  const keep: [number, number][] = [[0, 2]];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff && bytes[at + 1] !== SOS && bytes[at + 1] !== EOI) {
    const end = at + 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
    if (end > bytes.length) return bytes;
    const isIcc = bytes[at + 1] === 0xe2 && ICC_ID.every((b, i) => bytes[at + 4 + i] === b);
    if (!isIcc) keep.push([at, end]);
    at = end;
  }
  keep.push([at, bytes.length]);
  const size = keep.reduce((n, [a, b]) => n + b - a, 0);
  if (size === bytes.length) return bytes;
  const out = new Uint8Array(size);
  let o = 0;
  for (const [a, b] of keep) {
    out.set(bytes.subarray(a, b), o);
    o += b - a;
  }
  return out;
}

/** The index of the first marker after entropy-coded data starting at `from` (stuffed 0xFF00 and RSTn are data). */
function skipEntropyCoded(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i + 1 < bytes.length) {
    if (bytes[i] === 0xff) {
      const next = bytes[i + 1]!;
      if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) return i;
      i += 2;
    } else i += 1;
  }
  return bytes.length; // no marker: the caller reports a file cut short
}

/**
 * True when the pixels are (nearly) one colour: what a browser hands back when it silently fails
 * to draw (iOS above its canvas limit, Tor Browser's canvas protection). `rgba` is ImageData's
 * layout; every `step`-th pixel is compared, and a spread of at most `tolerance` per channel
 * counts as uniform (JPEG noise on a blank image stays within a few levels).
 */
export function isUniformImage(rgba: Uint8Array | Uint8ClampedArray, tolerance = 4, step = 1): boolean {
  if (rgba.length < 4) return true;
  const min = [255, 255, 255];
  const max = [0, 0, 0];
  for (let i = 0; i + 3 < rgba.length; i += 4 * step) {
    for (let c = 0; c < 3; c++) {
      const v = rgba[i + c]!;
      if (v < min[c]!) min[c] = v;
      if (v > max[c]!) max[c] = v;
    }
  }
  return [0, 1, 2].every((c) => max[c]! - min[c]! <= tolerance);
}

/**
 * Strip a photo in the browser (docs/photos.md, "In the browser"): decode it, turn it upright from
 * its orientation tag, scale its long edge to PHOTO_MAX_EDGE, burn in the witness's solid boxes,
 * re-encode it as JPEG, and check the result before anything may seal it — its bytes
 * (protocol/jpeg-check.ts) and its pixels, decoded again, must not be uniform. Any failure
 * refuses the photo; the original file is never returned or sent.
 */
import { checkStrippedJpeg, dropEncoderColourProfile, isUniformImage } from '../../protocol/jpeg-check.js';
import { PHOTO_JPEG_QUALITY, PHOTO_MAX_EDGE } from '../../protocol/photo-upload.js';

/** A solid box over the photo, in fractions (0–1) of its upright width and height. */
export interface CoverBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type StripRefusal = 'undecodable' | 'encode_failed' | 'metadata_left' | 'blank';
export type StripResult = { ok: true; jpeg: Uint8Array; width: number; height: number } | { ok: false; reason: StripRefusal };

/** Brave once never called toBlob back: wait this long, then refuse rather than hang. */
const ENCODE_TIMEOUT_MS = 20_000;
/** The pixel check decodes the output at this size: enough to see any detail, cheap on a phone. */
const CHECK_EDGE = 64;

/**
 * Up to this many pixels (2^24, 16.8 megapixels: 64 MiB decoded) a photo is decoded at full size
 * by createImageBitmap, which works off the page's thread, so the quick exit stays responsive.
 * Above it the photo is drawn straight from an <img>, which Chromium decodes at a reduced size:
 * for a 48-megapixel photo the page's peak memory grows by about 64 MiB instead of 177 (enough
 * to crash the tab on a cheap phone and lose the witness's whole report), at the price of
 * blocking the page while it decodes (about 1 s at 4× CPU; 0.15 s the other way). Figures:
 * docs/performance.md, "Photos".
 */
export const FULL_DECODE_MAX_PIXELS = 2 ** 24;

export interface StripOptions {
  maxEdge?: number;
  fullDecodeMaxPixels?: number;
}

export async function stripPhoto(
  file: Blob,
  boxes: readonly CoverBox[] = [],
  { maxEdge = PHOTO_MAX_EDGE, fullDecodeMaxPixels = FULL_DECODE_MAX_PIXELS }: StripOptions = {},
): Promise<StripResult> {
  // Loading the <img> reads the file's size (upright) without decoding its pixels.
  const image = await load(file);
  if (!image) return { ok: false, reason: 'undecodable' };
  let source: HTMLImageElement | ImageBitmap = image.element;
  if (image.width * image.height <= fullDecodeMaxPixels) {
    try {
      source = await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch {
      image.release();
      return { ok: false, reason: 'undecodable' };
    }
  }
  const [fullWidth, fullHeight] = source instanceof ImageBitmap ? [source.width, source.height] : [image.width, image.height];
  const scale = Math.min(1, maxEdge / Math.max(fullWidth, fullHeight));
  const width = Math.max(1, Math.round(fullWidth * scale));
  const height = Math.max(1, Math.round(fullHeight * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.drawImage(source, 0, 0, width, height);
  if (source instanceof ImageBitmap) source.close();
  image.release();
  context.fillStyle = '#000';
  for (const b of boxes) context.fillRect(Math.floor(b.x * width), Math.floor(b.y * height), Math.ceil(b.w * width), Math.ceil(b.h * height));
  const blob = await encode(canvas);
  canvas.width = canvas.height = 0; // free the pixels now, not at the next collection
  if (blob === null) return { ok: false, reason: 'encode_failed' };
  const jpeg = dropEncoderColourProfile(new Uint8Array(await blob.arrayBuffer()));
  const check = checkStrippedJpeg(jpeg);
  if (!check.ok || check.width !== width || check.height !== height) return { ok: false, reason: 'metadata_left' };
  if (await looksBlank(jpeg)) return { ok: false, reason: 'blank' };
  return { ok: true, jpeg, width, height };
}

/**
 * Load the file into an <img> without decoding its pixels: its natural size is upright (browsers
 * apply the orientation tag to images and to drawImage). The blob: URL lives only until the
 * photo is drawn; the CSP allows blob: images for this and nothing else (docs/photos.md).
 */
async function load(file: Blob): Promise<{ element: HTMLImageElement; width: number; height: number; release(): void } | null> {
  // An SVG would load too, and is no photo: refuse it as createImageBitmap did.
  if (/svg/i.test(file.type)) return null;
  const url = URL.createObjectURL(file);
  const element = new Image();
  const release = () => {
    URL.revokeObjectURL(url);
    element.removeAttribute('src');
  };
  const loaded = await new Promise<boolean>((resolve) => {
    element.onload = () => resolve(true);
    element.onerror = () => resolve(false);
    element.src = url;
  });
  if (!loaded || element.naturalWidth === 0 || element.naturalHeight === 0) {
    release();
    return null;
  }
  return { element, width: element.naturalWidth, height: element.naturalHeight, release };
}

function encode(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ENCODE_TIMEOUT_MS);
    canvas.toBlob(
      (blob) => {
        clearTimeout(timer);
        resolve(blob);
      },
      'image/jpeg',
      PHOTO_JPEG_QUALITY,
    );
  });
}

/** Decode what will be sent and look at its pixels: a browser that failed to draw gives one colour. */
async function looksBlank(jpeg: Uint8Array): Promise<boolean> {
  try {
    const bitmap = await createImageBitmap(new Blob([jpeg as BlobPart], { type: 'image/jpeg' }));
    const small = document.createElement('canvas');
    small.width = small.height = CHECK_EDGE;
    const context = small.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(bitmap, 0, 0, CHECK_EDGE, CHECK_EDGE);
    bitmap.close();
    return isUniformImage(context.getImageData(0, 0, CHECK_EDGE, CHECK_EDGE).data);
  } catch {
    return true; // cannot be read back: treat as blank, never send unchecked
  }
}

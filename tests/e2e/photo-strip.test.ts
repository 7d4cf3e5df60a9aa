/**
 * The form's photo stripping (client/photo/strip.ts) in real Chromium, on the metadata fixtures
 * (tests/fixtures/generate-photo-fixtures.ts): what comes out opens, carries none of the
 * fixture's metadata (searched byte for byte: strings, GPS rationals, segment signatures), is
 * upright, within PHOTO_MAX_EDGE, and a covered area is solid; a canvas that comes back blank
 * (as on iOS past its size limit, or Tor Browser) gets the photo refused. Both ways of decoding
 * are checked: at full size (photos up to FULL_DECODE_MAX_PIXELS) and at a reduced size from an
 * <img> (bigger photos; forced here with a limit of 0 pixels).
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStrippedJpeg } from '../../protocol/jpeg-check.js';
import { PHOTO_MAX_EDGE } from '../../protocol/photo-upload.js';
import { launchBrowser } from '../helpers/browser.js';
import { JPEG_STORED, PHOTO_FIXTURES, PNG_STORED } from '../fixtures/generate-photo-fixtures.js';
import { metadataLeftIn } from '../fixtures/photo-metadata.js';

let browser: Browser;
let script: string;

beforeAll(async () => {
  const bundled = await build({
    entryPoints: ['client/photo/strip.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'photoStrip',
    write: false,
    platform: 'browser',
    logLevel: 'warning',
  });
  script = bundled.outputFiles[0]!.text;
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

interface Stripped {
  ok: boolean;
  reason?: string;
  jpeg?: string;
  width?: number;
  height?: number;
  /** RGB at named points of the output, read back in the browser. */
  samples?: Record<string, number[]>;
}

async function page(blankCanvas = false): Promise<Page> {
  const p = await browser.newPage();
  if (blankCanvas) {
    // What a failing browser hands back: the canvas is white whatever was drawn on it.
    await p.addInitScript(() => {
      const toBlob = HTMLCanvasElement.prototype.toBlob;
      HTMLCanvasElement.prototype.toBlob = function (this: HTMLCanvasElement, ...args: Parameters<typeof toBlob>) {
        const c = this.getContext('2d')!;
        c.fillStyle = '#fff';
        c.fillRect(0, 0, this.width, this.height);
        return toBlob.apply(this, args);
      };
    });
  }
  await p.goto('about:blank');
  await p.addScriptTag({ content: script });
  return p;
}

async function strip(
  p: Page,
  file: string,
  type: string,
  boxes: { x: number; y: number; w: number; h: number }[] = [],
  fullDecodeMaxPixels?: number,
): Promise<Stripped> {
  const base64 = readFileSync(file).toString('base64');
  return p.evaluate(
    async ({ base64, type, boxes, fullDecodeMaxPixels }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const r = await (window as unknown as { photoStrip: typeof import('../../client/photo/strip.js') }).photoStrip.stripPhoto(
        new Blob([bytes], { type }),
        boxes,
        { fullDecodeMaxPixels },
      );
      if (!r.ok) return { ok: false, reason: r.reason };
      const bitmap = await createImageBitmap(new Blob([r.jpeg as BlobPart], { type: 'image/jpeg' }));
      const c = document.createElement('canvas');
      c.width = bitmap.width;
      c.height = bitmap.height;
      const g = c.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      const at = (x: number, y: number) => [...g.getImageData(Math.floor(x * c.width), Math.floor(y * c.height), 1, 1).data.slice(0, 3)];
      const samples = { topLeft: at(0.03, 0.03), topRight: at(0.97, 0.03), bottomLeft: at(0.03, 0.97), covered: at(0.55, 0.5), covered2: at(0.65, 0.6) };
      let s = '';
      for (const b of r.jpeg) s += String.fromCharCode(b);
      return { ok: true, jpeg: btoa(s), width: r.width, height: r.height, samples };
    },
    { base64, type, boxes, fullDecodeMaxPixels },
  );
}

const red = (rgb: number[]) => rgb[0]! > 180 && rgb[1]! < 80 && rgb[2]! < 80;
const blue = (rgb: number[]) => rgb[2]! > 180 && rgb[0]! < 80;
const black = (rgb: number[]) => rgb.every((v) => v < 12);

describe.each([
  ['decoded at full size', undefined],
  ['decoded at a reduced size from an <img>', 0],
])('stripping a photo in Chromium, %s', (_way, fullDecodeMaxPixels) => {
  it('the JPEG fixture (GPS EXIF, maker note, thumbnail, XMP, IPTC, comment) comes out clean, upright, scaled, with its covered area solid', async () => {
    const fixture = readFileSync(PHOTO_FIXTURES.jpeg);
    expect(metadataLeftIn(fixture)).toEqual([
      'make',
      'model',
      'serial',
      'dateTaken',
      'makerNote',
      'xmp',
      'iptcByline',
      'iptcCity',
      'comment',
      'GPS latitude',
      'GPS longitude',
      'Exif',
      'XMP',
      'IPTC',
      '8BIM',
      'ICC',
    ]);
    const p = await page();
    const r = await strip(p, PHOTO_FIXTURES.jpeg, 'image/jpeg', [{ x: 0.5, y: 0.45, w: 0.25, h: 0.2 }], fullDecodeMaxPixels);
    expect(r.ok, r.reason).toBe(true);
    const jpeg = Buffer.from(r.jpeg!, 'base64');
    expect(metadataLeftIn(jpeg)).toEqual([]);
    expect(checkStrippedJpeg(jpeg)).toEqual({ ok: true, width: r.width, height: r.height });
    // Stored 2600×1600 with "rotate 90° clockwise": upright it is portrait, long edge 2048.
    expect(Math.max(r.width!, r.height!)).toBe(PHOTO_MAX_EDGE);
    expect([r.width, r.height]).toEqual([Math.round((JPEG_STORED.height * PHOTO_MAX_EDGE) / JPEG_STORED.width), PHOTO_MAX_EDGE]);
    // The red block stored top-left is top-right once upright; nothing red is left at the top-left.
    expect(red(r.samples!.topRight!), String(r.samples!.topRight)).toBe(true);
    expect(red(r.samples!.topLeft!)).toBe(false);
    expect(black(r.samples!.covered!) && black(r.samples!.covered2!), JSON.stringify(r.samples)).toBe(true);
    await p.close();
  }, 60_000);

  it('the PNG fixture (tEXt, iTXt, eXIf with GPS) comes out as a clean JPEG of the same size', async () => {
    const p = await page();
    const r = await strip(p, PHOTO_FIXTURES.png, 'image/png', [], fullDecodeMaxPixels);
    expect(r.ok, r.reason).toBe(true);
    const jpeg = Buffer.from(r.jpeg!, 'base64');
    expect(metadataLeftIn(jpeg)).toEqual([]);
    expect([r.width, r.height]).toEqual([PNG_STORED.width, PNG_STORED.height]);
    expect(blue(r.samples!.topLeft!)).toBe(true);
    await p.close();
  }, 60_000);

  it('refuses a file the browser cannot decode, and an SVG (no photo)', async () => {
    const p = await page();
    const refused = await p.evaluate(async (fullDecodeMaxPixels) => {
      const { stripPhoto } = (window as unknown as { photoStrip: typeof import('../../client/photo/strip.js') }).photoStrip;
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="20" height="30" fill="red"/></svg>';
      return [
        await stripPhoto(new Blob(['not a photo'], { type: 'image/heic' }), [], { fullDecodeMaxPixels }),
        await stripPhoto(new Blob([svg], { type: 'image/svg+xml' }), [], { fullDecodeMaxPixels }),
      ];
    }, fullDecodeMaxPixels);
    expect(refused).toEqual([
      { ok: false, reason: 'undecodable' },
      { ok: false, reason: 'undecodable' },
    ]);
    await p.close();
  });

  it('refuses the photo when the canvas comes back blank', async () => {
    const p = await page(true);
    const r = await strip(p, PHOTO_FIXTURES.jpeg, 'image/jpeg', [], fullDecodeMaxPixels);
    expect(r).toEqual({ ok: false, reason: 'blank' });
    await p.close();
  }, 60_000);
});

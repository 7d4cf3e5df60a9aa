import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStrippedJpeg, dropEncoderColourProfile, isUniformImage } from '../../protocol/jpeg-check.js';
import { PHOTO_FIXTURES } from '../fixtures/generate-photo-fixtures.js';

/** A structurally complete baseline JPEG (not decodable: the checker only walks markers). */
const seg = (marker: number, payload: number[]) => [0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
const JFIF = seg(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
const ICC = seg(0xe2, [...'ICC_PROFILE'].map((c) => c.charCodeAt(0)).concat([0, 1, 1, 9, 9, 9]));
const FRAME = [...seg(0xdb, Array(65).fill(1)), ...seg(0xc0, [8, 0, 16, 0, 32, 1, 1, 0x11, 0]), ...seg(0xc4, Array(20).fill(0))];
const SCAN = [...seg(0xda, [1, 1, 0, 0, 63, 0]), 0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56];
const jpeg = (...parts: number[][]) => new Uint8Array([0xff, 0xd8, ...parts.flat(), 0xff, 0xd9]);
const clean = jpeg(JFIF, FRAME, SCAN);

describe('checkStrippedJpeg', () => {
  it('accepts SOI, a bare JFIF header, tables, a frame, a scan with stuffed bytes and restart markers, EOI', () => {
    expect(checkStrippedJpeg(clean)).toEqual({ ok: true, width: 32, height: 16 });
    expect(checkStrippedJpeg(jpeg(FRAME, SCAN))).toMatchObject({ ok: true });
  });

  it.each([
    ['EXIF (APP1)', seg(0xe1, [0x45, 0x78, 0x69, 0x66, 0, 0]), 'metadata_segment'],
    ['an ICC profile left in (APP2)', ICC, 'metadata_segment'],
    ['IPTC (APP13)', seg(0xed, [0x50, 0x68]), 'metadata_segment'],
    ['APP15', seg(0xef, [1]), 'metadata_segment'],
    ['a comment', seg(0xfe, [0x41, 0x42]), 'comment'],
    ['a JFXX APP0', seg(0xe0, [0x4a, 0x46, 0x58, 0x58, 0, 0x10]), 'metadata_segment'],
    ['a JFIF thumbnail', seg(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 9, 9, 9]), 'jfif_thumbnail'],
    ['an unknown marker', seg(0xf0, [1]), 'unexpected_marker'],
  ])('refuses %s', (_name, extra, problem) => {
    expect(checkStrippedJpeg(jpeg(JFIF, extra, FRAME, SCAN))).toMatchObject({ ok: false, problem });
  });

  it('refuses bytes after EOI, a file cut short, a scan without a frame, not a JPEG', () => {
    expect(checkStrippedJpeg(new Uint8Array([...clean, 0x00]))).toMatchObject({ ok: false, problem: 'data_after_end' });
    expect(checkStrippedJpeg(new Uint8Array([...clean, 0x47, 0x50, 0x53]))).toMatchObject({ ok: false, problem: 'data_after_end' });
    expect(checkStrippedJpeg(clean.subarray(0, clean.length - 2))).toMatchObject({ ok: false, problem: 'truncated' });
    expect(checkStrippedJpeg(clean.subarray(0, 30))).toMatchObject({ ok: false, problem: 'truncated' });
    expect(checkStrippedJpeg(jpeg(JFIF, SCAN))).toMatchObject({ ok: false, problem: 'no_image' });
    expect(checkStrippedJpeg(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toMatchObject({ ok: false, problem: 'not_jpeg' });
  });

  it('refuses the metadata fixture (EXIF with GPS, XMP, IPTC, a comment) as it came from the camera', () => {
    expect(checkStrippedJpeg(new Uint8Array(readFileSync(PHOTO_FIXTURES.jpeg)))).toMatchObject({ ok: false, problem: 'metadata_segment' });
  });
});

describe('dropEncoderColourProfile', () => {
  it("removes only the encoder's APP2 ICC_PROFILE, after which the check passes", () => {
    const withIcc = jpeg(JFIF, ICC, FRAME, SCAN);
    expect(dropEncoderColourProfile(withIcc)).toEqual(clean);
    expect(checkStrippedJpeg(dropEncoderColourProfile(withIcc))).toMatchObject({ ok: true });
  });

  it('leaves every other segment, so EXIF or a comment is still refused', () => {
    const withExif = jpeg(JFIF, ICC, seg(0xe1, [1, 2]), FRAME, SCAN);
    expect(checkStrippedJpeg(dropEncoderColourProfile(withExif))).toMatchObject({ ok: false, problem: 'metadata_segment' });
    expect(dropEncoderColourProfile(clean)).toBe(clean);
  });
});

describe('isUniformImage', () => {
  const image = (pixel: (i: number) => [number, number, number]) => {
    const rgba = new Uint8ClampedArray(64 * 4);
    for (let i = 0; i < 64; i++) rgba.set([...pixel(i), 255], i * 4);
    return rgba;
  };
  it('calls a blank, white or nearly flat image uniform', () => {
    expect(isUniformImage(image(() => [0, 0, 0]))).toBe(true);
    expect(isUniformImage(image(() => [255, 255, 255]))).toBe(true);
    expect(isUniformImage(image((i) => [250 + (i % 3), 252, 255 - (i % 2)]))).toBe(true);
    expect(isUniformImage(new Uint8ClampedArray(0))).toBe(true);
  });
  it('calls an image with any real detail not uniform', () => {
    expect(isUniformImage(image((i) => (i === 40 ? [10, 10, 10] : [200, 200, 200])))).toBe(false);
    expect(isUniformImage(image((i) => [i * 3, 100, 100]))).toBe(false);
  });
});

/**
 * What a report says about one photo sent with it (docs/photos.md): which upload holds it, the
 * key that opens it, and the length, SHA-256 and type of the JPEG inside — so decrypt can tell a
 * missing, cut or altered photo from a good one. The report's schema (protocol/report-schema.ts)
 * carries the list as it came; decrypt checks each entry with `parsePhotoReference`.
 */
import * as z from 'zod';
import { KEY_BASE64_RE } from './report-schema.js';
import { PHOTO_TYPE, UPLOAD_ID_RE } from './photo-upload.js';
import { MAX_PHOTO_BYTES } from './sealed-photo.js';

export const photoReferenceSchema = z.strictObject({
  upload: z.string().check(z.regex(UPLOAD_ID_RE)),
  key: z.string().check(z.regex(KEY_BASE64_RE)),
  bytes: z.int().check(z.gte(1), z.lte(MAX_PHOTO_BYTES)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  type: z.literal(PHOTO_TYPE),
});
export type PhotoReference = z.infer<typeof photoReferenceSchema>;

/** The reference, or a sentence naming what is wrong with it (never its values: the key is secret). */
export function parsePhotoReference(value: unknown): { ok: true; photo: PhotoReference } | { ok: false; message: string } {
  const parsed = photoReferenceSchema.safeParse(value);
  if (parsed.success) return { ok: true, photo: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(the entry)'))];
  return { ok: false, message: `the report's photo entry is malformed: ${fields.join(', ')}` };
}

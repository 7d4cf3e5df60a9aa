/**
 * Photos on the wire (docs/photos.md): the limits the form and the server share, the witness's
 * upload endpoints and the analysts' photo endpoints. The sealed bytes themselves:
 * protocol/sealed-photo.ts; what the report says about each photo: `photos` in
 * protocol/report-schema.ts.
 *
 *   POST /api/uploads                 {"size": <sealed size>} → 201 {"id": <32 hex>}  (proof of work and limits as for reports)
 *   GET  /api/uploads/<id>            → {"size", "received": <chunks stored>}          (where to resume)
 *   PUT  /api/uploads/<id>/<n>        one sealed chunk, application/octet-stream     → 204 (chunks in order; the last completes it)
 *
 *   GET  /api/photos                  (signed) → {"batch", "photos": [{"id","receivedOn","size"}]}: complete photos this key has not stored
 *   GET  /api/photos/<id>             (signed) → the sealed bytes
 *   POST /api/photos/ack              (signed) {"batch","server"} as for report batches
 */
export const MAX_PHOTOS = 4;
/** Long edge, in pixels, of the photo the form sends. */
export const PHOTO_MAX_EDGE = 2048;
/** JPEG quality the form encodes at. */
export const PHOTO_JPEG_QUALITY = 0.85;
/** The one type a sealed photo holds today (the report names it, so others can be added). */
export const PHOTO_TYPE = 'image/jpeg';

export const UPLOADS_PATH = '/api/uploads';
export const PHOTOS_PATH = '/api/photos';
export const PHOTOS_ACK_PATH = '/api/photos/ack';
/** An upload's id, as the server gives it and the report names it: 128 random bits. */
export const UPLOAD_ID_RE = /^[0-9a-f]{32}$/;
/** The most photos one GET /api/photos lists (each is fetched on its own). */
export const MAX_PHOTO_LIST = 100;

export const uploadPath = (id: string): string => `${UPLOADS_PATH}/${id}`;
export const chunkPath = (id: string, index: number): string => `${UPLOADS_PATH}/${id}/${index}`;
export const photoPath = (id: string): string => `${PHOTOS_PATH}/${id}`;

export interface UploadStatus {
  size: number;
  /** Chunks stored, from the first: the next PUT is chunk `received`. */
  received: number;
}

export interface PhotoListing {
  batch: string | null;
  photos: { id: string; receivedOn: string; size: number }[];
}

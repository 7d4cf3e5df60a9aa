/** What bench/photo.ts runs in Chromium: the form's stripping and sealing, as the form's photo part does them. */
export { stripPhoto } from '../../client/photo/strip.js';
/** Seal under a fresh key and take the SHA-256 the report carries (client/photo/upload.ts). */
export { sealForUpload } from '../../client/photo/upload.js';

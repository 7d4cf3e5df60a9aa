/** What bench/photo.ts runs in Chromium: the form's stripping and the sealing, as the form would. */
export { stripPhoto } from '../../client/photo/strip.js';
export { sealPhoto } from '../../protocol/sealed-photo.js';

/**
 * The photo part of the form (issue #21), loaded only when a witness adds a photo
 * (client/add-photos.ts, through client/lazy-part.ts). Its exports are the part's module.
 * docs/form.md, "Photos and video".
 */
export { createPhotoList } from './photo-list.js';

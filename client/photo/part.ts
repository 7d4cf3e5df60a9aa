/**
 * The photo part of the form (issue #21), loaded only when a witness adds a photo
 * (client/lazy-part.ts). Its exports are the part's module.
 */
export const name = 'photos';

/**
 * The reply part of the form (issue #20), loaded only when a witness asks for a way back
 * (client/lazy-part.ts). Its exports are the part's module.
 */
export const name = 'reply';

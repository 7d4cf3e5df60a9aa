/**
 * HTML escaping, for the few places that build HTML as text: the form's build
 * (scripts/dev/form-build.ts), the server's start-up values in the form (server/form-page.ts) and
 * the analysis report (scripts/analysis/render.ts). Every character that can end a text node or
 * an attribute value becomes a numeric character reference.
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

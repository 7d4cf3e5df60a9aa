/**
 * The one inline script the pages carry (the quick exit, client/quick-exit.ts) is allowed by its
 * hash in the CSP's script-src, never by 'unsafe-inline': the build inlines it, the server puts
 * this value in its CSP, and verify-form expects exactly it.
 */
import { createHash } from 'node:crypto';

export const inlineScriptSource = (js: string): string => `'sha256-${createHash('sha256').update(js).digest('base64')}'`;

/** The inline scripts of a page, as written between `<script>` and `</script>` (no attributes). */
export const inlineScriptsOf = (html: string): string[] => [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]!);

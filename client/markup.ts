/**
 * Markup as text, for the form's questions: the server's page carries them (rendered by the
 * build from the same code, scripts/dev/form-build.ts), and the script renders them again only
 * when the language changes. Attribute values and text are escaped; children are markup already.
 */
import { escapeHtml } from '../protocol/html.js';

export type Attrs = Record<string, string | boolean | undefined>;

const VOID = new Set(['input']);

export function el(tag: string, attrs: Attrs = {}, ...children: string[]): string {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== false) open += value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  return VOID.has(tag) ? `${open}>` : `${open}>${children.join('')}</${tag}>`;
}

/** Text, escaped for use as a child. */
export const text = escapeHtml;

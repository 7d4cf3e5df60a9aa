/**
 * The reply part of the form (issue #20, docs/replies.md), loaded only when a witness asks for a
 * way back (client/lazy-part.ts). Its exports are the part's module: one receipt at a time, made,
 * shown and checked here (client/reply/receipt-offer.ts), with the Argon2id key derivation
 * (hash-wasm, or @noble/hashes where WebAssembly is off).
 */
import { toBase64 } from '../../protocol/base64.js';
import type { FieldError } from '../check-form.js';
import { h } from '../dom.js';
import { ReceiptOffer, type ReplyText } from './receipt-offer.js';

let offer: ReceiptOffer | undefined;

/** Show the receipt in `where` (a new one, unless one is being shown: then the same, in these words). */
export function show(where: HTMLElement, text: ReplyText): void {
  (offer ??= new ReceiptOffer()).show(where, text);
}

export const holding = (): boolean => offer !== undefined;

/** Why the report cannot go yet (the last group not typed back right), or null. */
export const problem = (text: ReplyText): FieldError | null => offer?.problem(text) ?? null;

/** The reply public key, base64, for the report (waits for the derivation if it is still running). */
export const publicKey = async (): Promise<string> => toBase64(await offer!.publicKey());

/** Forget the receipt, what was typed and the key pair, and take them off the page. */
export function forget(): void {
  offer?.clear();
  offer = undefined;
}

/** The confirmation's reminder: keep the receipt, and the link to /reply in this language. */
export function sentNote(text: ReplyText, lang: string): HTMLElement {
  return h('p', { class: 'notice' }, text.sentKeep, ' ', h('a', { href: `/reply?lang=${lang}`, target: '_blank', rel: 'noreferrer' }, text.title));
}

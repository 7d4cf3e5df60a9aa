/** What bench/reply.ts runs inside Chromium: the reply key derivation and the trial-opening of a whole list, as the /reply page does them. */
import { deriveReplyKeyPair, type Argon2Engine } from '../../protocol/reply-key.js';
import { findReply, splitSlots } from '../../protocol/reply-envelope.js';
import { fromBase64 } from '../../protocol/base64.js';

(globalThis as unknown as { replyBench: unknown }).replyBench = {
  async derive(receipt: string, engine: Argon2Engine): Promise<{ ms: number; publicKey: string }> {
    const start = performance.now();
    const pair = await deriveReplyKeyPair(receipt, engine);
    return { ms: performance.now() - start, publicKey: Array.from(pair.publicKey).join(',') };
  },
  async deriveAndOpen(receipt: string, list: string, signingKey: string): Promise<{ deriveMs: number; openMs: number; found: boolean; slots: number }> {
    const start = performance.now();
    const pair = await deriveReplyKeyPair(receipt);
    const derived = performance.now();
    const slots = splitSlots(fromBase64(list))!;
    const reply = findReply(slots, pair, fromBase64(signingKey));
    return { deriveMs: derived - start, openMs: performance.now() - derived, found: reply !== null, slots: slots.length };
  },
};

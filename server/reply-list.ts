/**
 * The public reply list (GET /api/replies, docs/replies.md): the same bytes for every visitor
 * all UTC day. It holds `slots` slots of protocol/reply-envelope.ts's size: the replies stored
 * before today that have not expired (the oldest first when there are more than slots; the rest
 * wait), topped up with dummy slots, all sorted by their bytes so a slot's place says nothing.
 *
 * The dummies are drawn from an HMAC of the replies database's secret and the day, so a restart
 * serves the same list; new uploads join tomorrow's list, never today's.
 */
import { createHmac } from 'node:crypto';
import { dummySlot } from '../protocol/reply-envelope.js';
import type { ReplyStore } from './store/reply-store.js';

export interface ReplyList {
  day: string;
  body: Buffer;
  /** Real replies in the list. */
  real: number;
  /** Replies stored and valid but left out for want of room. */
  waiting: number;
}

/** Deterministic bytes: HMAC-SHA256(secret, label ‖ counter) blocks. For dummy slots only, never for keys. */
function seededBytes(secret: Uint8Array, label: string): (length: number) => Uint8Array {
  let counter = 0;
  return (length) => {
    const out = new Uint8Array(length);
    for (let at = 0; at < length; at += 32) {
      const block = createHmac('sha256', secret).update(`${label}/${counter++}`).digest();
      out.set(block.subarray(0, Math.min(32, length - at)), at);
    }
    return out;
  };
}

export function buildReplyList(store: ReplyStore, day: string, slots: number, replyDays: number): ReplyList {
  const visible = store.visibleOn(day, replyDays);
  const real = visible.slice(0, slots);
  const random = seededBytes(store.listSecret, `scanwitness/reply-list/v1/${day}`);
  const all = [...real];
  while (all.length < slots) all.push(dummySlot(random));
  all.sort((a, b) => Buffer.compare(a, b));
  return { day, body: Buffer.concat(all), real: real.length, waiting: visible.length - real.length };
}

/** Replies that will wait for room on `day`'s list (tomorrow's, for an upload made today). */
export function waitingOn(store: ReplyStore, day: string, slots: number, replyDays: number): number {
  return Math.max(0, store.visibleOn(day, replyDays).length - slots);
}

/** Today's list, built once per day. */
export function dailyReplyList(store: ReplyStore, slots: number, replyDays: number): (day: string) => ReplyList {
  let cached: ReplyList | undefined;
  return (day) => {
    if (cached?.day !== day) cached = buildReplyList(store, day, slots, replyDays);
    return cached;
  };
}

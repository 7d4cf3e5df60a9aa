/**
 * Replies to witnesses (docs/replies.md).
 *
 * GET  /api/replies  the day's list: the same bytes for every visitor (no query, no cookie read,
 *      nothing about the visitor used), cacheable until the next UTC midnight.
 * POST /api/replies  {"replies": ["<base64 slot>", …]}, signed with an analyst key like the
 *      batches endpoints (server/analyst-auth.ts). Stored durably before the 200, each expiring
 *      REPLY_DAYS after today; they join tomorrow's list. The answer says how many wait for room.
 *
 * Refusals: 400 invalid_json / invalid_replies (not {"replies": [strings]}) / invalid_base64 /
 * invalid_reply_length (a slot is not exactly the slot size) / too_many_replies; 413 from the
 * body parser (envelope_too_large, the server's one code for a body over its limit); 401 from the signature checks.
 */
import type { RequestHandler } from 'express';
import { isBase64, fromBase64 } from '../../protocol/base64.js';
import { MAX_REPLIES_PER_UPLOAD, REPLY_SLOT_BYTES } from '../../protocol/reply-envelope.js';
import { NonceCache, signatureChecker, type AnalystKey } from '../analyst-auth.js';
import { HttpError } from '../http-error.js';
import { dailyReplyList, waitingOn } from '../reply-list.js';
import { addDays, type ReplyStore } from '../store/reply-store.js';
import { utcDay } from '../store/report-store.js';

/** The most slots an upload holds, in base64 JSON, with room for the brackets. */
export const REPLY_UPLOAD_LIMIT_BYTES = MAX_REPLIES_PER_UPLOAD * (Math.ceil(REPLY_SLOT_BYTES / 3) * 4 + 3) + 64;

export interface ReplyHandlers {
  list: RequestHandler;
  preflight: RequestHandler;
  verify: RequestHandler;
  upload: RequestHandler;
}

function parseUpload(body: Buffer): Uint8Array[] {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid_json', 'the body is not JSON; send {"replies": ["<base64 slot>", …]}');
  }
  const replies = (value as { replies?: unknown } | null)?.replies;
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== 1 || !Array.isArray(replies) || replies.length === 0) {
    throw new HttpError(400, 'invalid_replies', 'send {"replies": ["<base64 slot>", …]} with at least one slot and no other field');
  }
  if (replies.length > MAX_REPLIES_PER_UPLOAD) throw new HttpError(400, 'too_many_replies', `at most ${MAX_REPLIES_PER_UPLOAD} replies per upload`);
  return replies.map((text, i) => {
    if (typeof text !== 'string' || !isBase64(text)) throw new HttpError(400, 'invalid_base64', `reply ${i + 1} is not padded base64`);
    const slot = fromBase64(text);
    if (slot.length !== REPLY_SLOT_BYTES)
      throw new HttpError(400, 'invalid_reply_length', `reply ${i + 1} is ${slot.length} bytes; a reply slot is ${REPLY_SLOT_BYTES}`);
    return slot;
  });
}

export function replyHandlers({
  replies,
  slots,
  replyDays,
  analystKeys,
  publicOrigin = null,
  now = () => new Date(),
}: {
  replies: ReplyStore;
  slots: number;
  replyDays: number;
  analystKeys: AnalystKey[];
  publicOrigin?: string | null;
  now?: () => Date;
}): ReplyHandlers {
  const today = dailyReplyList(replies, slots, replyDays);
  const checker = signatureChecker({ keys: analystKeys, now, nonces: new NonceCache(), publicOrigin });

  const list: RequestHandler = (_req, res) => {
    const at = now();
    const { body } = today(utcDay(at));
    const untilMidnight = Math.max(1, Math.floor((Date.parse(`${addDays(utcDay(at), 1)}T00:00:00Z`) - at.getTime()) / 1000));
    res.setHeader('Content-Type', 'application/octet-stream');
    // The same bytes for everyone until midnight (UTC): any cache may keep them, none may vary them.
    res.setHeader('Cache-Control', `public, max-age=${untilMidnight}, immutable`);
    res.send(body);
  };

  const upload: RequestHandler = (req, res) => {
    const slotsIn = parseUpload(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
    const day = utcDay(now());
    const { added, duplicates } = replies.add(slotsIn, addDays(day, replyDays));
    const shownFrom = addDays(day, 1);
    res.json({ stored: added, duplicates, shownFrom, expiresOn: addDays(day, replyDays), waiting: waitingOn(replies, shownFrom, slots, replyDays) });
  };

  return { list, preflight: checker.preflight, verify: checker.verify, upload };
}

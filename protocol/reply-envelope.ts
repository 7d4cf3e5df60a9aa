/**
 * A campaign reply and the public reply list's slots (docs/replies.md). The one module that
 * signs and checks replies (Ed25519, tweetnacl); sealing is protocol/envelope.ts's sealed box.
 *
 *   body   = uint32_be(L) || L bytes of UTF-8 JSON {"v":1,"id","day","report","message"} || zeros   (4096 bytes)
 *   signed = Ed25519 signature (64 bytes) of ("scanwitness/reply/v1" || reply public key || body) || body
 *   slot   = crypto_box_seal(signed, reply public key)                                     (4208 bytes)
 *
 * Every slot is the same size, real or dummy; a dummy is random bytes sealed to a throwaway key,
 * so it is the same kind of object as a real slot, not merely the same length. Signing the reply
 * public key with the body means a signed reply cannot be re-sealed to another witness.
 */
import nacl from 'tweetnacl';
import { openSealedBytes, publicKeyFromSecretKey, sealBytes, type CampaignKeyPair, type RandomBytes } from './envelope.js';
import { SEALED_OVERHEAD } from './envelope-schema.js';

/** GET: the public reply list (slots back to back, application/octet-stream). POST: an analyst's signed upload. */
export const REPLIES_PATH = '/api/replies';
/** Slots in one upload: `{"replies": ["<base64 slot>", …]}`. */
export const MAX_REPLIES_PER_UPLOAD = 100;
export const REPLY_VERSION = 1;
export const REPLY_BODY_BYTES = 4096;
export const REPLY_SIGNATURE_BYTES = 64;
export const REPLY_SLOT_BYTES = SEALED_OVERHEAD + REPLY_SIGNATURE_BYTES + REPLY_BODY_BYTES;
/** Characters (code points) a reply may hold: about 1,000 in any script fits the body. */
export const REPLY_MESSAGE_MAX_CHARS = 1000;
export const REPLY_ID_RE = /^[0-9a-f]{16}$/;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const SIGNING_CONTEXT = new TextEncoder().encode('scanwitness/reply/v1');
const LENGTH_PREFIX = 4;

export interface Reply {
  v: 1;
  /** Random, 16 hex: names this reply in the witness's answer (protocol/answer-schema.ts). */
  id: string;
  /** The UTC day it was written (day only). */
  day: string;
  /** The id of the report it answers, as decrypt printed it: the witness's answer carries it back, sealed. */
  report: number;
  message: string;
}

export class ReplyError extends Error {
  constructor(
    readonly code: 'too_long' | 'empty' | 'bad_key' | 'bad_day' | 'bad_id',
    message: string,
  ) {
    super(message);
    this.name = 'ReplyError';
  }
}

/** The Ed25519 key pair of a 32-byte seed (the campaign's reply signing key, protocol/node/key-files.ts). */
export function signingKeyPairFromSeed(seed: Uint8Array): { publicKey: Uint8Array; secretKey: Uint8Array } {
  return nacl.sign.keyPair.fromSeed(seed);
}

function signedMessage(replyPublicKey: Uint8Array, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(SIGNING_CONTEXT.length + replyPublicKey.length + body.length);
  out.set(SIGNING_CONTEXT, 0);
  out.set(replyPublicKey, SIGNING_CONTEXT.length);
  out.set(body, SIGNING_CONTEXT.length + replyPublicKey.length);
  return out;
}

/** The reply as it will be sealed, or ReplyError when it cannot be. */
export function replyBody(reply: Reply): Uint8Array {
  if (!REPLY_ID_RE.test(reply.id)) throw new ReplyError('bad_id', 'a reply id is 16 lower-case hex digits');
  if (!DAY_RE.test(reply.day)) throw new ReplyError('bad_day', 'a reply day is YYYY-MM-DD');
  if (!Number.isSafeInteger(reply.report) || reply.report < 1) throw new ReplyError('bad_id', 'a report id is a whole number from 1');
  if (reply.message.trim() === '') throw new ReplyError('empty', 'the reply is empty');
  const chars = [...reply.message].length;
  const json = new TextEncoder().encode(JSON.stringify({ v: REPLY_VERSION, id: reply.id, day: reply.day, report: reply.report, message: reply.message }));
  if (chars > REPLY_MESSAGE_MAX_CHARS || json.length > REPLY_BODY_BYTES - LENGTH_PREFIX) {
    throw new ReplyError(
      'too_long',
      `the reply is ${chars} characters (${json.length} bytes as sent); the most is ${REPLY_MESSAGE_MAX_CHARS} characters in ${REPLY_BODY_BYTES - LENGTH_PREFIX} bytes`,
    );
  }
  const body = new Uint8Array(REPLY_BODY_BYTES);
  new DataView(body.buffer).setUint32(0, json.length, false);
  body.set(json, LENGTH_PREFIX);
  return body;
}

/** True for 32 bytes that are an X25519 public key a browser could have made: not a point of small order, to which sealing hides nothing. */
export function isUsableReplyKey(publicKey: Uint8Array): boolean {
  // X25519 clamps every secret to a multiple of 8, so against a small-order point the shared secret is all zero.
  return publicKey.length === 32 && nacl.scalarMult(nacl.randomBytes(32), publicKey).some((b) => b !== 0);
}

/** Sign with the campaign's reply signing key (64-byte tweetnacl secret key) and seal to the witness's reply key. */
export function sealReply(reply: Reply, replyPublicKey: Uint8Array, signingSecretKey: Uint8Array, randomBytes: RandomBytes = nacl.randomBytes): Uint8Array {
  if (!isUsableReplyKey(replyPublicKey)) throw new ReplyError('bad_key', 'the report’s reply key is not a usable X25519 public key');
  const body = replyBody(reply);
  const signed = new Uint8Array(REPLY_SIGNATURE_BYTES + REPLY_BODY_BYTES);
  signed.set(nacl.sign.detached(signedMessage(replyPublicKey, body), signingSecretKey), 0);
  signed.set(body, REPLY_SIGNATURE_BYTES);
  return sealBytes(signed, replyPublicKey, randomBytes);
}

/** A slot indistinguishable from a real one: random bytes sealed to a throwaway key. */
export function dummySlot(randomBytes: RandomBytes = nacl.randomBytes): Uint8Array {
  const throwaway = publicKeyFromSecretKey(randomBytes(32));
  return sealBytes(randomBytes(REPLY_SIGNATURE_BYTES + REPLY_BODY_BYTES), throwaway, randomBytes);
}

/** The list as the server sends it: slots back to back. */
export function splitSlots(list: Uint8Array): Uint8Array[] | null {
  if (list.length % REPLY_SLOT_BYTES !== 0) return null;
  const slots: Uint8Array[] = [];
  for (let at = 0; at < list.length; at += REPLY_SLOT_BYTES) slots.push(list.subarray(at, at + REPLY_SLOT_BYTES));
  return slots;
}

function parseBody(body: Uint8Array): Reply | null {
  const length = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, false);
  if (length > REPLY_BODY_BYTES - LENGTH_PREFIX) return null;
  try {
    const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(LENGTH_PREFIX, LENGTH_PREFIX + length))) as Partial<Reply>;
    if (value.v !== REPLY_VERSION || typeof value.id !== 'string' || !REPLY_ID_RE.test(value.id)) return null;
    if (typeof value.day !== 'string' || !DAY_RE.test(value.day) || typeof value.message !== 'string') return null;
    if (typeof value.report !== 'number' || !Number.isSafeInteger(value.report) || value.report < 1) return null;
    return { v: REPLY_VERSION, id: value.id, day: value.day, report: value.report, message: value.message };
  } catch {
    return null;
  }
}

/**
 * Trial-open every slot with the witness's key pair, then check one signature: the found slot's,
 * or a stand-in's when none opened, so the work is the same whether or not a reply is there.
 * Returns the newest verified reply, or null. A slot that opens but whose signature does not
 * verify against the pinned signing key is never returned.
 */
export function findReply(slots: readonly Uint8Array[], keyPair: CampaignKeyPair, signingPublicKey: Uint8Array): Reply | null {
  const opened: Uint8Array[] = [];
  for (const slot of slots) {
    const plain = slot.length === REPLY_SLOT_BYTES ? openSealedBytes(slot, keyPair) : null;
    if (plain !== null) opened.push(plain);
  }
  const candidates = opened.length > 0 ? opened : [new Uint8Array(REPLY_SIGNATURE_BYTES + REPLY_BODY_BYTES)];
  let found: Reply | null = null;
  for (const signed of candidates) {
    const body = signed.subarray(REPLY_SIGNATURE_BYTES);
    const valid = nacl.sign.detached.verify(signedMessage(keyPair.publicKey, body), signed.subarray(0, REPLY_SIGNATURE_BYTES), signingPublicKey);
    const reply = valid && opened.length > 0 ? parseBody(body) : null;
    if (reply && (!found || reply.day >= found.day)) found = reply;
  }
  return found;
}

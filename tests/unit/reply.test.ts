/**
 * The reply formats (protocol/reply-key.ts, protocol/reply-envelope.ts, protocol/answer-schema.ts):
 * the key a receipt gives, sealed and signed replies, equal slots, and what is never shown.
 */
import { randomBytes } from 'node:crypto';
import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import { answerSchema, ANSWER_SCHEMA_ID } from '../../protocol/answer-schema.js';
import { toBase64 } from '../../protocol/base64.js';
import { generateCampaignKeyPair, openEnvelopeJson, openSealedBytes, sealBytes, sealReport } from '../../protocol/envelope.js';
import { dammDigit, generateReceipt, parseReceipt } from '../../protocol/receipt.js';
import { makeReportSchema } from '../../protocol/report-schema.js';
import { deriveReplyKeyPair, REPLY_KEY_ARGON2 } from '../../protocol/reply-key.js';
import {
  dummySlot,
  findReply,
  isUsableReplyKey,
  REPLY_SLOT_BYTES,
  ReplyError,
  sealReply,
  signingKeyPairFromSeed,
  splitSlots,
  type Reply,
} from '../../protocol/reply-envelope.js';

const receipt = generateReceipt((n) => new Uint8Array(randomBytes(n)));
const signing = signingKeyPairFromSeed(new Uint8Array(randomBytes(32)));
const reply: Reply = {
  v: 1,
  id: '0123456789abcdef',
  day: '2026-12-02',
  report: 4_503_599_627_370_497,
  message: 'Thank you. A caseworker can call you — reply here with a time.',
};

describe('reply key', () => {
  it('is the same for the same receipt in WebAssembly and in JavaScript, and in any script’s digits', async () => {
    const wasm = await deriveReplyKeyPair(receipt, 'wasm');
    const js = await deriveReplyKeyPair(receipt, 'js');
    expect(toBase64(js.publicKey)).toBe(toBase64(wasm.publicKey));
    const arabic = [...receipt].map((d) => String.fromCharCode(0x0660 + Number(d))).join('');
    const parsed = parseReceipt(arabic);
    expect(parsed.ok).toBe(true);
    const fromArabic = await deriveReplyKeyPair((parsed as { receipt: string }).receipt, 'wasm');
    expect(toBase64(fromArabic.publicKey)).toBe(toBase64(wasm.publicKey));
    expect(nacl.scalarMult.base(wasm.secretKey)).toEqual(wasm.publicKey);
  }, 60_000);

  it('differs for receipts one digit apart, and has a known answer (a changed parameter changes every key)', async () => {
    const a = await deriveReplyKeyPair(`12345678901234567890${dammDigit('12345678901234567890')}`);
    expect(REPLY_KEY_ARGON2).toEqual({ iterations: 2, memoryKiB: 19456, parallelism: 1 });
    const b = await deriveReplyKeyPair(`22345678901234567890${dammDigit('22345678901234567890')}`);
    expect(toBase64(a.publicKey)).not.toBe(toBase64(b.publicKey));
    expect(toBase64(a.publicKey)).toMatchInlineSnapshot(`"mz01FQ0vlxyHDf+T0had+pK+DcZDF8DhUUQEd++c6S8="`);
  });

  it('refuses anything that is not 21 digits', async () => {
    await expect(deriveReplyKeyPair('١٢٣')).rejects.toThrow(/21 digits/);
  });
});

describe('replies and slots', () => {
  const witness = generateCampaignKeyPair();

  it('a sealed reply is one slot long, opens only with the witness’s key, and names its day', () => {
    const slot = sealReply(reply, witness.publicKey, signing.secretKey);
    expect(slot.length).toBe(REPLY_SLOT_BYTES);
    const slots = [dummySlot(), slot, dummySlot()];
    expect(findReply(slots, witness, signing.publicKey)).toEqual(reply);
    expect(findReply(slots, generateCampaignKeyPair(), signing.publicKey)).toBeNull();
  });

  it('every slot has the same size whatever the message (one character or a thousand in any script)', () => {
    const sizes = new Set<number>([dummySlot().length]);
    for (const message of ['x', 'ي'.repeat(1000), '😀'.repeat(1000), 'ক'.repeat(999)])
      sizes.add(sealReply({ ...reply, message }, witness.publicKey, signing.secretKey).length);
    expect([...sizes]).toEqual([REPLY_SLOT_BYTES]);
  });

  it('refuses too long or empty messages and unusable keys before sealing', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as ReplyError).code;
      }
      return 'sealed';
    };
    expect(code(() => sealReply({ ...reply, message: 'a'.repeat(1001) }, witness.publicKey, signing.secretKey))).toBe('too_long');
    expect(code(() => sealReply({ ...reply, message: '  ' }, witness.publicKey, signing.secretKey))).toBe('empty');
    expect(code(() => sealReply(reply, new Uint8Array(32), signing.secretKey))).toBe('bad_key');
    expect(code(() => sealReply(reply, new Uint8Array(31), signing.secretKey))).toBe('bad_key');
    expect(isUsableReplyKey(witness.publicKey)).toBe(true);
  });

  it('a reply signed by any other key is never shown', () => {
    const forger = signingKeyPairFromSeed(new Uint8Array(randomBytes(32)));
    const forged = sealReply(reply, witness.publicKey, forger.secretKey);
    expect(findReply([forged, dummySlot()], witness, signing.publicKey)).toBeNull();
    // A genuine reply opened and re-sealed to another witness does not verify: the signature covers the reply key.
    const signed = openSealedBytes(sealReply(reply, witness.publicKey, signing.secretKey), witness)!;
    const other = generateCampaignKeyPair();
    expect(findReply([sealBytes(signed, other.publicKey)], other, signing.publicKey)).toBeNull();
  });

  it('splits a list into slots only when it is whole slots', () => {
    expect(splitSlots(new Uint8Array(REPLY_SLOT_BYTES * 3))?.length).toBe(3);
    expect(splitSlots(new Uint8Array(REPLY_SLOT_BYTES * 3 + 1))).toBeNull();
  });
});

describe('answers and the reply key in a report', () => {
  it('an answer seals like a report (same envelope and bucket) and validates with its own schema', () => {
    const campaign = generateCampaignKeyPair();
    const answer = {
      schema: ANSWER_SCHEMA_ID,
      inReplyTo: { replyKey: toBase64(campaign.publicKey), reply: reply.id, report: reply.report },
      message: 'Yes, Tuesday.',
    } as const;
    const envelope = sealReport(answer, campaign.publicKey);
    expect(Object.keys(envelope)).toEqual(['v', 'kid', 'sealed']);
    expect(answerSchema.parse(openEnvelopeJson(envelope, campaign))).toEqual(answer);
    expect(answerSchema.safeParse({ ...answer, inReplyTo: { replyKey: 'x', reply: reply.id, report: reply.report } }).success).toBe(false);
  });

  it('a report may carry a reply public key, and nothing else under "reply"', () => {
    const schema = makeReportSchema();
    const base = { schema: 'scanwitness.report.v1' };
    const key = toBase64(generateCampaignKeyPair().publicKey);
    const issuesWith = (value: unknown) => (schema.safeParse(value).error?.issues ?? []).map((i) => i.path.join('.'));
    expect(issuesWith({ ...base, reply: { publicKey: key } })).not.toContain('reply.publicKey');
    expect(issuesWith({ ...base, reply: { publicKey: 'abc' } })).toContain('reply.publicKey');
    expect(issuesWith({ ...base, reply: { publicKey: key, receipt: '1' } })).toContain('reply');
  });
});

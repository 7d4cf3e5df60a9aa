/**
 * A witness's answer to a campaign reply, schema "scanwitness.answer.v1" (docs/replies.md). It
 * is sealed exactly like a report (protocol/envelope.ts: same envelope, padding buckets and
 * endpoint), so the server cannot tell an answer from a report; only the analyst's decrypt sees
 * the difference and writes answers to their own file.
 *
 * `inReplyTo` says what it answers: `report`, the id of the original report (which the
 * campaign's reply carried, sealed), `reply`, the id of that reply, and `replyKey`, the
 * witness's reply public key, which the original report carries inside (`reply.publicKey`), so
 * the analyst can check the answer comes from whoever holds that report's receipt.
 */
import * as z from 'zod';
import { KEY_BASE64_RE, NARRATIVE_MAX } from './report-schema.js';
import { REPLY_ID_RE } from './reply-envelope.js';

export const ANSWER_SCHEMA_ID = 'scanwitness.answer.v1';

export const answerSchema = z.strictObject({
  schema: z.literal(ANSWER_SCHEMA_ID),
  inReplyTo: z.strictObject({
    replyKey: z.string().check(z.regex(KEY_BASE64_RE)),
    reply: z.string().check(z.regex(REPLY_ID_RE)),
    report: z.number().check(z.refine((n) => Number.isSafeInteger(n) && n >= 1, { message: 'a report id is a whole number from 1' })),
  }),
  message: z.string().check(z.trim(), z.minLength(1), z.maxLength(NARRATIVE_MAX)),
  meta: z.optional(z.strictObject({ lang: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/)) })),
});

export type Answer = z.infer<typeof answerSchema>;

/**
 * One batch line in, one decrypted report (or one quarantine reason) out. Pure apart from the
 * injected opener; runs inside the decrypt workers and in unit tests.
 *
 * The batch line and the decrypted line are protocol/batch-file.ts's.
 */
import * as nodeCrypto from 'node:crypto';
import { EnvelopeError, openEnvelopeJson, validateReport, type CampaignKeyPair, type SealOpener } from '../../protocol/envelope.js';
import { ANSWER_SCHEMA_ID, answerSchema } from '../../protocol/answer-schema.js';
import { ENVELOPE_VERSION, KID_RE, MAX_SEALED_BASE64_LENGTH, type Envelope, type EnvelopeShapeError } from '../../protocol/envelope-schema.js';
import {
  matchWrittenLineStart,
  parseBatchLine,
  writeDecryptedAnswerLine,
  writeDecryptedLine,
  WRITTEN_LINE_END,
  WRITTEN_PREFIX_MAX,
  type WrittenLineStart,
} from '../../protocol/batch-file.js';
import { csvCells, csvRow, sqlValues } from './columns.js';

/** The longest valid batch line is ~88 KB (64 KiB bucket in base64); anything far longer is not one. */
export const MAX_LINE_BYTES = 128 * 1024;
/** Bytes of SHA-256 kept per envelope for duplicate detection (see digest-set.ts). */
export const DIGEST_BYTES = 16;

/** Line flags set by the reader. */
export const LINE_NO_NEWLINE = 1;
export const LINE_TOO_LONG = 2;

export type QuarantineReason =
  'invalid_line' | 'truncated_line' | 'line_too_long' | 'missing_key' | 'duplicate' | 'internal_error' | EnvelopeShapeError['code'] | EnvelopeError['code'];

export interface OpenedLine {
  ok: true;
  id: number;
  /** The decrypted NDJSON line, without its newline. */
  json: string;
  /** The CSV record (columns.ts), cells neutralised, newline included. */
  csv: string;
  /** `reports` table values, only when SQLite output was asked for. */
  sql?: { receivedOn: string; values: (string | number | null)[]; reasons: string[]; outcomes: string[] };
  /** A witness's answer to a reply, not a report: `json` is its answers.ndjson line, `csv` is empty. */
  answer?: true;
}

export interface FailedLine {
  ok: false;
  id: number | null;
  reason: QuarantineReason;
  message: string;
  /** The original line (ciphertext only), so it can be retried with the right key later. */
  line?: string;
}

export type LineResult = OpenedLine | FailedLine;

export type Keyring = ReadonlyMap<string, CampaignKeyPair>;

// Dedup hash, not secrecy: which sealed boxes are byte-for-byte the same
// (docs/architecture.md, "Cryptography"). crypto.hash (Node ≥ 20.12) skips createHash's object per call.
const oneShotHash = (nodeCrypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'buffer') => Buffer }).hash;
export function sha256(data: Uint8Array): Uint8Array {
  return oneShotHash ? oneShotHash('sha256', data, 'buffer') : nodeCrypto.createHash('sha256').update(data).digest();
}

const SHAPE_MESSAGES: Record<EnvelopeShapeError['code'], string> = {
  invalid_envelope: '"envelope" must be a JSON object {"v":1,"kid":"…","sealed":"…"}',
  unexpected_field: 'the envelope has fields other than v, kid and sealed',
  unsupported_version: 'envelope version is not supported (this decrypt reads v=1)',
  invalid_kid: '"kid" must be 16 lowercase hex characters',
  invalid_base64: '"sealed" must be a base64 string',
  invalid_length: '"sealed" is longer than the largest bucket',
};

/**
 * The envelope checks of parseEnvelope (protocol/envelope-schema.ts) minus its base64 regex:
 * openEnvelope checks base64 and the exact length itself, and the regex costs more than the
 * X25519 on a 5 KB string, so running it twice would halve decrypt's throughput.
 */
function checkEnvelopeShape(value: unknown): Envelope | EnvelopeShapeError['code'] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'invalid_envelope';
  const record = value as Record<string, unknown>;
  for (const key in record) if (key !== 'v' && key !== 'kid' && key !== 'sealed') return 'unexpected_field';
  if (record.v !== ENVELOPE_VERSION) return 'unsupported_version';
  if (typeof record.kid !== 'string' || !KID_RE.test(record.kid)) return 'invalid_kid';
  if (typeof record.sealed !== 'string') return 'invalid_base64';
  if (record.sealed.length > MAX_SEALED_BASE64_LENGTH) return 'invalid_length';
  return { v: ENVELOPE_VERSION, kid: record.kid, sealed: record.sealed };
}

function fail(id: number | null, reason: QuarantineReason, message: string, line?: string): FailedLine {
  return line === undefined ? { ok: false, id, reason, message } : { ok: false, id, reason, message, line };
}

/** What stays the same for every line a worker opens. */
export interface OpenContext {
  keyring: Keyring;
  open: SealOpener;
  /** Make the `reports` table values too (SQLite output asked for). */
  withSql: boolean;
}

/** One line as a string. `digest` receives the first DIGEST_BYTES of SHA-256(sealed bytes) when the envelope opens (untouched otherwise). */
export interface TextLine {
  text: string;
  /** LINE_* flags set by the reader. */
  flags: number;
  digest: Uint8Array;
}

/** One line still in its batch's bytes: [start, end) of `bytes`. */
export interface ByteLine {
  bytes: Buffer;
  start: number;
  end: number;
  flags: number;
  digest: Uint8Array;
}

/**
 * The fast path, for a line whose start matched the written shape (protocol/batch-file.ts) and
 * that ends with WRITTEN_LINE_END. Trusted only when the envelope opens: then `sealed` was
 * canonical base64 (fromBase64 checks it), so it holds no quote, backslash or non-ASCII byte,
 * and JSON.parse would have read exactly these values. Anything else returns undefined and goes
 * the careful way, so every reason and message is the same as without the fast path.
 */
function openWrittenLine(start: WrittenLineStart, sealed: string, digest: Uint8Array, ctx: OpenContext): OpenedLine | undefined {
  const keyPair = ctx.keyring.get(start.kid);
  if (keyPair === undefined) return undefined;
  // The line is only quoted by failures, which are not kept from here.
  const envelope = { v: ENVELOPE_VERSION, kid: start.kid, sealed } as const;
  const result = openChecked({ text: '', id: start.id, receivedOn: start.receivedOn, envelope, keyPair, digest }, ctx);
  return result.ok ? result : undefined;
}

/**
 * openLine for a line still in its batch's bytes: a line of the shape export and fetch write is
 * opened without decoding the whole line to a string (its prefix and base64 are read as latin1,
 * which for the ASCII the fast path accepts is the same text).
 */
export function openLineBytes(line: ByteLine, ctx: OpenContext): LineResult {
  const { bytes, start, end, flags, digest } = line;
  if (!(flags & LINE_TOO_LONG) && end - start > WRITTEN_LINE_END.length && bytes.toString('latin1', end - WRITTEN_LINE_END.length, end) === WRITTEN_LINE_END) {
    const written = matchWrittenLineStart(bytes.toString('latin1', start, Math.min(end, start + WRITTEN_PREFIX_MAX)));
    if (written !== null) {
      const sealed = bytes.toString('latin1', start + written.length, end - WRITTEN_LINE_END.length);
      const result = openWrittenLine(written, sealed, digest, ctx);
      if (result) return result;
    }
  }
  return openLine({ text: bytes.toString('utf8', start, end), flags, digest }, ctx);
}

/** Open one batch line: the fast path if it has the written shape, else the careful parser. */
export function openLine(line: TextLine, ctx: OpenContext): LineResult {
  const { text, flags, digest } = line;
  if (flags & LINE_TOO_LONG) {
    return fail(null, 'line_too_long', `line is longer than ${MAX_LINE_BYTES} bytes, so it is not a batch line; it was not kept`);
  }
  const written = text.endsWith(WRITTEN_LINE_END) ? matchWrittenLineStart(text) : null;
  if (written !== null) {
    const result = openWrittenLine(written, text.slice(written.length, text.length - WRITTEN_LINE_END.length), digest, ctx);
    if (result) return result;
  }
  const parsed = parseBatchLine(text);
  if (!parsed.ok) {
    // A download cut short leaves a last line without its newline (or closing brace).
    const truncated = parsed.problem === 'not_json' && ((flags & LINE_NO_NEWLINE) !== 0 || (text.startsWith('{') && !text.trimEnd().endsWith('}')));
    return truncated
      ? fail(null, 'truncated_line', 'line is cut short (incomplete JSON): fetch or export the batch again', text)
      : fail(parsed.id, 'invalid_line', parsed.message, text);
  }
  const { id, receivedOn } = parsed;
  const envelope = checkEnvelopeShape(parsed.envelope);
  if (typeof envelope === 'string') return fail(id, envelope, SHAPE_MESSAGES[envelope], text);
  const keyPair = ctx.keyring.get(envelope.kid);
  if (keyPair === undefined) {
    return fail(id, 'missing_key', `no secret key for kid ${envelope.kid}: pass its key file with --key (key rotation)`, text);
  }
  return openChecked({ text, id, receivedOn, envelope, keyPair, digest }, ctx);
}

interface CheckedLine {
  /** The line, quoted in a failure ('' on the fast path, whose failures are not kept). */
  text: string;
  id: number;
  receivedOn: string;
  envelope: Envelope;
  keyPair: CampaignKeyPair;
  digest: Uint8Array;
}

/** The line's fields are checked and its key found: open, validate, and make the output rows. */
function openChecked(line: CheckedLine, ctx: OpenContext): LineResult {
  const { text, id, receivedOn, envelope, keyPair, digest } = line;
  let report;
  try {
    const value = openEnvelopeJson(envelope, keyPair, (sealed, kp) => {
      const opened = ctx.open(sealed, kp);
      // Dedup hash, not secrecy: which sealed boxes are byte-for-byte the same (docs/architecture.md, "Cryptography").
      if (opened !== null) digest.set(sha256(sealed).subarray(0, DIGEST_BYTES));
      return opened;
    });
    // An answer to a reply is sealed exactly like a report; only its schema tells them apart.
    if ((value as { schema?: unknown } | null)?.schema === ANSWER_SCHEMA_ID) return openedAnswer(id, receivedOn, value, text);
    report = validateReport(value);
  } catch (e) {
    if (e instanceof EnvelopeError) return fail(id, e.code, e.message, text);
    throw e;
  }
  const result: OpenedLine = { ok: true, id, json: writeDecryptedLine(id, receivedOn, report), csv: csvRow(csvCells(id, receivedOn, report)) };
  if (ctx.withSql) {
    result.sql = { receivedOn, values: sqlValues(report), reasons: report.scan?.reasonGiven ?? [], outcomes: report.outcome ?? [] };
  }
  return result;
}

/** An opened answer, validated with its schema (an invalid one is quarantined like an invalid report). */
function openedAnswer(id: number, receivedOn: string, value: unknown, text: string): LineResult {
  const parsed = answerSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail(id, 'invalid_report', `answer fails schema: ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`, text);
  }
  return { ok: true, id, json: writeDecryptedAnswerLine(id, receivedOn, parsed.data), csv: '', answer: true };
}

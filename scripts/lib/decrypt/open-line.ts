/**
 * One batch line in, one decrypted report (or one quarantine reason) out. Pure apart from the
 * injected opener; runs inside the decrypt workers and in unit tests.
 *
 * Batch line: {"id":<int>,"receivedOn":"YYYY-MM-DD","envelope":{"v":1,"kid":"…","sealed":"…"}}
 */
import * as nodeCrypto from 'node:crypto';
import { EnvelopeError, openEnvelope, type CampaignKeyPair, type SealOpener } from '../../../protocol/envelope.js';
import { ENVELOPE_VERSION, KID_RE, MAX_SEALED_BASE64_LENGTH, type Envelope, type EnvelopeShapeError } from '../../../protocol/envelope-schema.js';
import { csvCells, csvRow, sqlValues } from './columns.js';

/** The longest valid batch line is ~88 KB (64 KiB bucket in base64); anything far longer is not one. */
export const MAX_LINE_BYTES = 128 * 1024;
/** Bytes of SHA-256 kept per envelope for duplicate detection (see digest-set.ts). */
export const DIGEST_BYTES = 16;

/** Line flags set by the reader. */
export const LINE_NO_NEWLINE = 1;
export const LINE_TOO_LONG = 2;

export type QuarantineReason =
  | 'invalid_line'
  | 'truncated_line'
  | 'line_too_long'
  | 'missing_key'
  | 'duplicate'
  | 'internal_error'
  | EnvelopeShapeError['code']
  | EnvelopeError['code'];

export interface OpenedLine {
  ok: true;
  id: number;
  /** The decrypted NDJSON line, without its newline. */
  json: string;
  /** The CSV record (columns.ts), cells neutralised, newline included. */
  csv: string;
  /** `reports` table values, only when SQLite output was asked for. */
  sql?: { receivedOn: string; values: (string | number | null)[]; reasons: string[]; outcomes: string[] };
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

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

// Dedup hash, not secrecy (STYLE.md §1 is about confidentiality): which sealed boxes are
// byte-for-byte the same. crypto.hash (Node ≥ 20.12) skips createHash's object per call.
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

/**
 * The exact line export and fetch write, up to the first character of "sealed" (the rest must be
 * the base64 and `"}}`). Matching it and slicing `sealed` off the end skips a JSON.parse of the
 * whole 5–90 KB line, which costs more than all the other parsing of a report.
 */
export const WRITTEN_LINE_PREFIX = /^\{"id":(0|[1-9][0-9]{0,15}),"receivedOn":"([0-9]{4}-[0-9]{2}-[0-9]{2})","envelope":\{"v":1,"kid":"([0-9a-f]{16})","sealed":"/;
/** Longer than the longest match of WRITTEN_LINE_PREFIX (102 characters). */
export const WRITTEN_PREFIX_MAX = 128;
export const WRITTEN_LINE_END = '"}}';

/**
 * The fast path, for a line whose start matched WRITTEN_LINE_PREFIX and that ends with
 * WRITTEN_LINE_END. Trusted only when the envelope opens: then `sealed` was canonical base64
 * (fromBase64 checks it), so it holds no quote, backslash or non-ASCII byte, and JSON.parse
 * would have read exactly these values. Anything else returns undefined and goes the careful
 * way, so every reason and message is the same as without the fast path.
 */
function openWrittenLine(prefix: RegExpExecArray, sealed: string, keyring: Keyring, open: SealOpener, digest: Uint8Array, withSql: boolean): OpenedLine | undefined {
  const id = Number(prefix[1]);
  const keyPair = keyring.get(prefix[3]!);
  if (!Number.isSafeInteger(id) || keyPair === undefined) return undefined;
  // The line is only quoted by failures, which are not kept from here.
  const result = openChecked('', id, prefix[2]!, { v: ENVELOPE_VERSION, kid: prefix[3]!, sealed }, keyPair, open, digest, withSql);
  return result.ok ? result : undefined;
}

/**
 * openLine for a line still in its batch's bytes, [start, end) of `bytes`: a line of the shape
 * export and fetch write is opened without decoding the whole line to a string (its prefix and
 * base64 are read as latin1, which for the ASCII the fast path accepts is the same text).
 */
export function openLineBytes(bytes: Buffer, start: number, end: number, flags: number, keyring: Keyring, open: SealOpener, digest: Uint8Array, withSql: boolean): LineResult {
  if (!(flags & LINE_TOO_LONG) && end - start > WRITTEN_LINE_END.length && bytes.toString('latin1', end - WRITTEN_LINE_END.length, end) === WRITTEN_LINE_END) {
    const prefix = WRITTEN_LINE_PREFIX.exec(bytes.toString('latin1', start, Math.min(end, start + WRITTEN_PREFIX_MAX)));
    if (prefix !== null) {
      const sealed = bytes.toString('latin1', start + prefix[0].length, end - WRITTEN_LINE_END.length);
      const result = openWrittenLine(prefix, sealed, keyring, open, digest, withSql);
      if (result) return result;
    }
  }
  return openLine(bytes.toString('utf8', start, end), flags, keyring, open, digest, withSql);
}

/**
 * Open one batch line. `digest` receives the first DIGEST_BYTES of SHA-256(sealed bytes) when
 * the envelope opens (it is left untouched otherwise).
 */
export function openLine(text: string, flags: number, keyring: Keyring, open: SealOpener, digest: Uint8Array, withSql: boolean): LineResult {
  if (flags & LINE_TOO_LONG) {
    return fail(null, 'line_too_long', `line is longer than ${MAX_LINE_BYTES} bytes, so it is not a batch line; it was not kept`);
  }
  const prefix = text.endsWith(WRITTEN_LINE_END) ? WRITTEN_LINE_PREFIX.exec(text) : null;
  if (prefix !== null) {
    const result = openWrittenLine(prefix, text.slice(prefix[0].length, text.length - WRITTEN_LINE_END.length), keyring, open, digest, withSql);
    if (result) return result;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // A download cut short leaves a last line without its newline (or closing brace).
    const truncated = (flags & LINE_NO_NEWLINE) !== 0 || (text.startsWith('{') && !text.trimEnd().endsWith('}'));
    return truncated
      ? fail(null, 'truncated_line', 'line is cut short (incomplete JSON): fetch or export the batch again', text)
      : fail(null, 'invalid_line', 'line is not JSON', text);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(null, 'invalid_line', 'line is not a JSON object {"id","receivedOn","envelope"}', text);
  }
  const record = value as Record<string, unknown>;
  const id = Number.isSafeInteger(record.id) && (record.id as number) >= 0 ? (record.id as number) : null;
  const extra = Object.keys(record).filter((k) => k !== 'id' && k !== 'receivedOn' && k !== 'envelope');
  if (id === null) return fail(null, 'invalid_line', '"id" must be a non-negative integer', text);
  if (typeof record.receivedOn !== 'string' || !DAY_RE.test(record.receivedOn)) {
    return fail(id, 'invalid_line', '"receivedOn" must be a day, YYYY-MM-DD', text);
  }
  if (extra.length > 0) {
    return fail(id, 'invalid_line', `unexpected field(s) ${extra.slice(0, 5).map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}; a batch line has exactly id, receivedOn and envelope`, text);
  }
  const receivedOn = record.receivedOn;
  const shape = checkEnvelopeShape(record.envelope);
  if (typeof shape === 'string') return fail(id, shape, SHAPE_MESSAGES[shape], text);
  const envelope = shape;
  const keyPair = keyring.get(envelope.kid);
  if (keyPair === undefined) {
    return fail(id, 'missing_key', `no secret key for kid ${envelope.kid}: pass its key file with --key (key rotation)`, text);
  }
  return openChecked(text, id, receivedOn, envelope, keyPair, open, digest, withSql);
}

/** The line's fields are checked and its key found: open, validate, and make the output rows. */
function openChecked(text: string, id: number, receivedOn: string, envelope: Envelope, keyPair: CampaignKeyPair, open: SealOpener, digest: Uint8Array, withSql: boolean): LineResult {
  let report;
  try {
    report = openEnvelope(envelope, keyPair, (sealed, kp) => {
      const opened = open(sealed, kp);
      // Dedup hash, not secrecy: which sealed boxes are byte-for-byte the same (STYLE.md §1 is about confidentiality).
      if (opened !== null) digest.set(sha256(sealed).subarray(0, DIGEST_BYTES));
      return opened;
    });
  } catch (e) {
    if (e instanceof EnvelopeError) return fail(id, e.code, e.message, text);
    throw e;
  }
  const result: OpenedLine = { ok: true, id, json: JSON.stringify({ id, receivedOn, report }), csv: csvRow(csvCells(id, receivedOn, report)) };
  if (withSql) {
    result.sql = { receivedOn, values: sqlValues(report), reasons: report.scan?.reasonGiven ?? [], outcomes: report.outcome ?? [] };
  }
  return result;
}

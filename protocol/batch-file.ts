/**
 * The offline formats, in one place: what the batches endpoint sends, what `npm run fetch` and
 * `npm run export` write, what `npm run decrypt` reads and writes (docs/architecture.md,
 * "Formats"). Every writer and reader of these files calls this module; nothing else spells a
 * format out.
 *
 *   batch line      {"id":<id>,"receivedOn":"YYYY-MM-DD","envelope":{"v":1,"kid":"…","sealed":"…"}}
 *   batch file      batch-<serverId>-<sequence>.ndjson, one batch line per line, newline-terminated
 *   manifest        batch-<serverId>-<sequence>.manifest.json {count, sha256, server, serverId, batch, sequence, fetchedAt}
 * (Folders fetched before server identities hold batch-<firstId>-<lastId> files with
 * {count, sha256, firstId, lastId, server, fetchedAt} manifests: still read and checked.)
 *   decrypted line  {"id":<id>,"receivedOn":"YYYY-MM-DD","report":{…}}
 *
 * No Node APIs and no cryptography: hashing files and opening envelopes are the callers' work.
 */
import type { Envelope } from './envelope-schema.js';

// ---------------------------------------------------------------------------------------------
// The id of a stored envelope. Its type, its text form and how it appears in a written line are
// defined here only: changing what an id is (e.g. a random id instead of a sequence number)
// starts in this block.

/**
 * The id the server gives a stored envelope, as batch lines and decrypted lines carry it: random,
 * 1 … 2^53-1 (server/store/sqlite-schema.ts), so it says nothing about arrival order; earlier
 * servers numbered envelopes 1, 2, 3… (docs/batch-transfer.md).
 */
export type BatchId = number;
/** An id as text (a written line's JSON, an old batch file's name): a whole number, no leading zero, at most 16 digits. */
const BATCH_ID_SOURCE = '(?:0|[1-9][0-9]{0,15})';
/** An id in an old batch file's name (any digits, as fetch has always matched them). */
const BATCH_NAME_ID_SOURCE = '\\d+';
export const BATCH_ID_RE = new RegExp(`^${BATCH_ID_SOURCE}$`);

/** A parsed JSON value that is a valid id. */
export function isBatchId(value: unknown): value is BatchId {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The id for text that matched BATCH_ID_RE (or the id group of a written line, a file name). */
export function batchIdFromText(text: string): BatchId {
  return Number(text);
}

// ---------------------------------------------------------------------------------------------
// The batches endpoint (server/routes/batches.ts answers it, scripts/transfer/fetch-batches.ts calls it).

export const BATCHES_PATH = '/api/batches';
export const BATCHES_ACK_PATH = '/api/batches/ack';
/** Lines per page when the request names no limit. */
export const DEFAULT_BATCH_LIMIT = 500;
/** The most lines one page (and so one batch file written by fetch) holds. */
export const MAX_BATCH_LIMIT = 1000;
export const BATCH_CONTENT_TYPE = 'application/x-ndjson';
/** Lines in the body, so a cut connection is detected (headers in lower case, as fetch reads them). */
export const COUNT_HEADER = 'x-scanwitness-count';
/** The database's identity, on every batches response: fetch refuses when it changes. */
export const SERVER_ID_HEADER = 'x-scanwitness-server';
/** The id under which the server recorded what this GET body carried: what fetch acknowledges. */
export const BATCH_HEADER = 'x-scanwitness-batch';
/** Server identities and the batch ids in BATCH_HEADER: 128 random bits as 32 lowercase hex digits. */
export const HEX_ID_RE = /^[0-9a-f]{32}$/;

/** The acknowledgement fetch POSTs to BATCHES_ACK_PATH once a batch is on disk. */
export interface BatchAck {
  batch: string;
  /** The identity the batch came from: a replaced database refuses it (409 server_changed). */
  server: string;
}

export function writeBatchAck(ack: BatchAck): string {
  return JSON.stringify({ batch: ack.batch, server: ack.server });
}

/** The acknowledgement in a request body, or null when it is not exactly {batch, server} with two hex ids. */
export function parseBatchAck(text: string): BatchAck | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).sort().join() !== 'batch,server') return null;
  const { batch, server } = value as Record<string, unknown>;
  return typeof batch === 'string' && HEX_ID_RE.test(batch) && typeof server === 'string' && HEX_ID_RE.test(server) ? { batch, server } : null;
}

// ---------------------------------------------------------------------------------------------
// The batch line.

export interface BatchLine {
  id: BatchId;
  receivedOn: string;
  envelope: Envelope;
}

/** A day, as receivedOn carries it. */
export const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The line the server sends and fetch writes, newline included. */
export function writeBatchLine(line: BatchLine): string {
  return (
    JSON.stringify({ id: line.id, receivedOn: line.receivedOn, envelope: { v: line.envelope.v, kid: line.envelope.kid, sealed: line.envelope.sealed } }) + '\n'
  );
}

/**
 * The line export writes, newline included: the envelope's JSON text exactly as the server
 * stored it (decrypt checks it; re-encoding could hide a fault). For an envelope the server
 * accepted, the same bytes as writeBatchLine.
 */
export function writeBatchLineWithEnvelopeText(id: BatchId, receivedOn: string, envelopeJson: string): string {
  return `{"id":${JSON.stringify(id)},"receivedOn":${JSON.stringify(receivedOn)},"envelope":${envelopeJson}}\n`;
}

/** Why a line is not a batch line, before its envelope is looked at. */
export type BatchLineProblem = 'not_json' | 'not_object' | 'invalid_id' | 'invalid_received_on' | 'unexpected_field';

export type ParsedBatchLine =
  | { ok: true; id: BatchId; receivedOn: string; /** Not yet checked: the caller checks its shape its own way. */ envelope: unknown }
  | { ok: false; problem: BatchLineProblem; id: BatchId | null; message: string };

/**
 * The careful parser: JSON.parse and check every field but the envelope. Messages name the
 * field, never quote the line (it may hold anything).
 */
export function parseBatchLine(text: string): ParsedBatchLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not_json', id: null, message: 'line is not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'not_object', id: null, message: 'line is not a JSON object {"id","receivedOn","envelope"}' };
  }
  const record = value as Record<string, unknown>;
  const id = isBatchId(record.id) ? record.id : null;
  if (id === null) return { ok: false, problem: 'invalid_id', id: null, message: '"id" must be a non-negative integer' };
  if (typeof record.receivedOn !== 'string' || !DAY_RE.test(record.receivedOn)) {
    return { ok: false, problem: 'invalid_received_on', id, message: '"receivedOn" must be a day, YYYY-MM-DD' };
  }
  const extra = Object.keys(record).filter((k) => k !== 'id' && k !== 'receivedOn' && k !== 'envelope');
  if (extra.length > 0) {
    const names = extra
      .slice(0, 5)
      .map((k) => JSON.stringify(k.slice(0, 40)))
      .join(', ');
    return { ok: false, problem: 'unexpected_field', id, message: `unexpected field(s) ${names}; a batch line has exactly id, receivedOn and envelope` };
  }
  return { ok: true, id, receivedOn: record.receivedOn, envelope: record.envelope };
}

/**
 * The fast path decrypt takes: the exact line writeBatchLine writes, up to the first character
 * of "sealed" (the rest must be the base64 and WRITTEN_LINE_END). Matching it and slicing
 * `sealed` off the end skips a JSON.parse of the whole 5–90 KB line, which costs more than all
 * the other parsing of a report. Groups: id, receivedOn, kid.
 */
export const WRITTEN_LINE_PREFIX = new RegExp(
  `^\\{"id":(${BATCH_ID_SOURCE}),"receivedOn":"([0-9]{4}-[0-9]{2}-[0-9]{2})","envelope":\\{"v":1,"kid":"([0-9a-f]{16})","sealed":"`,
);
/** Longer than the longest match of WRITTEN_LINE_PREFIX (102 characters). */
export const WRITTEN_PREFIX_MAX = 128;
export const WRITTEN_LINE_END = '"}}';

/** A line start that matched WRITTEN_LINE_PREFIX; `sealed` begins at `length`. */
export interface WrittenLineStart {
  id: BatchId;
  receivedOn: string;
  kid: string;
  length: number;
}

/**
 * Match the start of a written line. A match is only a candidate: `sealed` (up to
 * WRITTEN_LINE_END) is what JSON.parse would read only when it is canonical base64, so the
 * caller trusts the match only after the envelope opens, and takes the careful path otherwise.
 */
export function matchWrittenLineStart(start: string): WrittenLineStart | null {
  const m = WRITTEN_LINE_PREFIX.exec(start);
  if (m === null) return null;
  const id = batchIdFromText(m[1]!);
  return isBatchId(id) ? { id, receivedOn: m[2]!, kid: m[3]!, length: m[0].length } : null;
}

// ---------------------------------------------------------------------------------------------
// Batch files and their manifests.

/**
 * A batch file's or its manifest's name: batch-<serverId>-<sequence> (groups 1, 2: the server
 * database's identity and fetch's own count of batches in that folder, six digits or more) or, written
 * before server identities, batch-<firstId>-<lastId> (groups 3, 4); then the kind (group 5).
 * Names never carry the server's envelope ids: they are random and say nothing.
 */
export const BATCH_FILE_RE = new RegExp(`^batch-(?:([0-9a-f]{32})-(\\d{6,})|(${BATCH_NAME_ID_SOURCE})-(${BATCH_NAME_ID_SOURCE}))\\.(ndjson|manifest\\.json)$`);

/** The name, without extension, of fetch's `sequence`-th batch file from server `serverId`. */
export function batchFileStem(serverId: string, sequence: number): string {
  return `batch-${serverId}-${String(sequence).padStart(6, '0')}`;
}

export type BatchFileKind = 'ndjson' | 'manifest.json';
/** What a batch file's (or manifest's) name says. */
export type BatchFileName =
  | { kind: BatchFileKind; serverId: string; sequence: number }
  | { kind: BatchFileKind; /** An old name: the ids of its first and last lines. */ firstId: BatchId; lastId: BatchId };

/** The parts of a batch file's (or manifest's) name; null for other names. */
export function parseBatchFileName(name: string): BatchFileName | null {
  const m = BATCH_FILE_RE.exec(name);
  if (m === null) return null;
  const kind = m[5] as BatchFileKind;
  return m[1] !== undefined ? { kind, serverId: m[1], sequence: Number(m[2]) } : { kind, firstId: batchIdFromText(m[3]!), lastId: batchIdFromText(m[4]!) };
}

/** The manifest fetch writes beside `file`: same name with .manifest.json for .ndjson; null for other names. */
export function manifestPathFor(file: string): string | null {
  return file.endsWith('.ndjson') ? `${file.slice(0, -'.ndjson'.length)}.manifest.json` : null;
}

export interface BatchManifest {
  /** Lines in the batch file. */
  count: number;
  /** SHA-256 of the batch file's bytes, lowercase hex. */
  sha256: string;
  /** The server's base URL, only quoted (decrypt is offline). */
  server: string;
  /** The server database's identity (SERVER_ID_HEADER). */
  serverId: string;
  /** The server's id for this batch (BATCH_HEADER): what fetch acknowledged. */
  batch: string;
  /** Fetch's count of batches in this folder, from 1 (across servers): the number in the name. */
  sequence: number;
  fetchedAt: string;
}

/** A manifest written before server identities. */
export interface LegacyBatchManifest {
  count: number;
  sha256: string;
  firstId: BatchId;
  lastId: BatchId;
  server: string;
  fetchedAt: string;
}

const SHA256_RE = /^[0-9a-f]{64}$/;

export function writeManifest(manifest: BatchManifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}

/** Parse a manifest's text (either format); throws an Error whose message says what is wrong with it. */
export function parseManifest(text: string): BatchManifest | LegacyBatchManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  const m = value as Record<string, unknown>;
  const wrong: string[] = [];
  const positive = (key: string) => {
    if (typeof m[key] !== 'number' || !Number.isSafeInteger(m[key]) || (m[key] as number) < 1) wrong.push(`"${key}" is not a whole number above 0`);
  };
  const hexId = (key: string) => {
    if (typeof m[key] !== 'string' || !HEX_ID_RE.test(m[key])) wrong.push(`"${key}" is not 32 lowercase hex digits`);
  };
  positive('count');
  const legacy = 'firstId' in m || 'lastId' in m;
  if (legacy) {
    positive('firstId');
    positive('lastId');
  } else {
    hexId('serverId');
    hexId('batch');
    positive('sequence');
  }
  if (typeof m.sha256 !== 'string' || !SHA256_RE.test(m.sha256)) wrong.push('"sha256" is not 64 lowercase hex digits');
  if (typeof m.server !== 'string') wrong.push('"server" is missing');
  if (typeof m.fetchedAt !== 'string') wrong.push('"fetchedAt" is missing');
  if (wrong.length === 0 && legacy && (m.firstId as number) > (m.lastId as number)) wrong.push('"firstId" is above "lastId"');
  if (wrong.length > 0) throw new Error(wrong.join(', '));
  return m as unknown as BatchManifest | LegacyBatchManifest;
}

/** Why a batch file's name does not fit its manifest (renamed or swapped files), or null when it does. */
export function manifestNameMismatch(name: BatchFileName, manifest: BatchManifest | LegacyBatchManifest): string | null {
  const describe = (n: BatchFileName) => ('serverId' in n ? `batch ${n.sequence} of server ${n.serverId}` : `ids ${n.firstId}–${n.lastId}`);
  const fromManifest: BatchFileName =
    'serverId' in manifest
      ? { kind: name.kind, serverId: manifest.serverId, sequence: manifest.sequence }
      : { kind: name.kind, firstId: manifest.firstId, lastId: manifest.lastId };
  return describe(fromManifest) === describe(name) ? null : `its manifest is for ${describe(fromManifest)}, not the ${describe(name)} in the file's name`;
}

// ---------------------------------------------------------------------------------------------
// The decrypted line: what decrypt writes to reports.ndjson and the analysis reads.

/** The decrypted line, without its newline. The report is the last field (see decryptedReportJson). */
export function writeDecryptedLine(id: BatchId, receivedOn: string, report: unknown): string {
  return JSON.stringify({ id, receivedOn, report });
}

/**
 * The report's JSON inside a line writeDecryptedLine wrote for `id` and `receivedOn` (a day, so
 * nothing in the line before the report is escaped): what stands before it is known exactly.
 */
export function decryptedReportJson(line: string, id: BatchId, receivedOn: string): string {
  const before = `{"id":${JSON.stringify(id)},"receivedOn":${JSON.stringify(receivedOn)},"report":`.length;
  return line.slice(before, line.endsWith('\n') ? -2 : -1);
}

/**
 * The decrypted answer line, what decrypt writes to answers.ndjson: a witness's answer to a
 * campaign reply (protocol/answer-schema.ts) and `answers`, the id of the report it answers.
 */
export function writeDecryptedAnswerLine(id: BatchId, receivedOn: string, answer: { inReplyTo: { report: number } }): string {
  return JSON.stringify({ id, receivedOn, answers: answer.inReplyTo.report, answer });
}

export type ParsedDecryptedLine =
  | { ok: true; report: unknown }
  | {
      ok: false;
      /** A batch line: it needs decrypting first. */
      encrypted: boolean;
      /** A decrypted answer line: an answer to a reply, never a report (analysis sets it aside). */
      answer?: true;
      message: string;
    };

/**
 * Read a decrypted line (the report is still to be validated by the caller). Lenient about the
 * other fields: a file edited by hand is still read; only the report counts.
 */
export function parseDecryptedLine(text: string): ParsedDecryptedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, encrypted: false, message: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, encrypted: false, message: 'not a JSON object' };
  if ('report' in value) return { ok: true, report: (value as { report: unknown }).report };
  if ('answer' in value) return { ok: false, encrypted: false, answer: true, message: 'an answer to a reply, not a report' };
  if ('envelope' in value) return { ok: false, encrypted: true, message: 'a batch (encrypted) line' };
  return { ok: false, encrypted: false, message: 'neither a "report" nor an "envelope" field' };
}

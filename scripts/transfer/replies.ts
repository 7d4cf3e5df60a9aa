/**
 * Replies to witnesses, on the analyst's machine (docs/replies.md, docs/analyst-guide.md):
 * `npm run reply` finds a report's reply key in decrypt's reports.ndjson, signs the message with
 * the campaign's reply signing key, seals it to that key and writes it to an outbox folder;
 * `npm run send-replies` (or `reply --send`) uploads the outbox over the signed analyst API and
 * moves what the server stored into outbox/sent/. Nothing is uploaded that was not checked here.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fromBase64, toBase64, toHex } from '../../protocol/base64.js';
import { parseDecryptedLine } from '../../protocol/batch-file.js';
import { readPublicKeyFile, readSecretKeyFile, unlockSecretKeyFile, KeyFileError } from '../../protocol/node/key-files.js';
import { makePrivateFolder, syncFolder, writeNewPrivateFile } from '../../protocol/node/private-files.js';
import { isUsableReplyKey, MAX_REPLIES_PER_UPLOAD, REPLIES_PATH, ReplyError, sealReply, signingKeyPairFromSeed } from '../../protocol/reply-envelope.js';
import { randomBytes } from 'node:crypto';
import { checkServerUrl, serverError, signedRequester } from './batch-client.js';
import type { AnalystSigner } from './analyst-signer.js';

/** A reply that cannot be written or sent: exit 1 with the message (scripts/cli/exit-statuses.ts). */
export class ReplyCliError extends Error {
  override name = 'ReplyCliError';
}

/** The report as reply needs it: its reply key and narrative. */
export interface ReportForReply {
  replyKey: Uint8Array;
  narrative: string;
}

/**
 * Find report `id` in decrypt's output (a reports.ndjson file, or the folders that hold one).
 * Refuses, with what to do, a report not found, one that asked for no reply, or a garbled key.
 */
export async function findReport(inputs: readonly string[], id: number): Promise<ReportForReply> {
  const files = inputs.map((input) => (input.endsWith('.ndjson') ? input : join(input, 'reports.ndjson')));
  for (const file of files) {
    if (!existsSync(file)) throw new ReplyCliError(`${file} does not exist: give --decrypted the folder \`npm run decrypt\` wrote (its reports.ndjson)`);
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.startsWith(`{"id":${id},`)) continue;
      const parsed = parseDecryptedLine(line);
      if (!parsed.ok) continue;
      lines.close();
      const report = parsed.report as { reply?: { publicKey?: unknown }; narrative?: unknown };
      const key = report.reply?.publicKey;
      if (key === undefined) throw new ReplyCliError(`report ${id} did not ask for a reply (it has no reply key); nothing was written`);
      let bytes: Uint8Array | null = null;
      try {
        bytes = typeof key === 'string' ? fromBase64(key) : null;
      } catch {
        bytes = null;
      }
      if (!bytes || !isUsableReplyKey(bytes))
        throw new ReplyCliError(`report ${id}'s reply key is garbled (not a usable X25519 public key); nothing was written`);
      return { replyKey: bytes, narrative: typeof report.narrative === 'string' ? report.narrative : '' };
    }
  }
  throw new ReplyCliError(`no report with id ${id} in ${files.join(', ')}: use an id exactly as \`npm run decrypt\` wrote it; nothing was written`);
}

/** The words of a text, lower-cased, in order (letters and digits of any script). */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A run of 6 or more words the message shares with the narrative, or null. Anyone who finds
 * the witness's receipt can read the reply: a reply that restates the report gives it away.
 */
export function quotedPassage(message: string, narrative: string, run = 6): string | null {
  const told = words(narrative);
  if (told.length < run) return null;
  const runs = new Set<string>();
  for (let i = 0; i + run <= told.length; i++) runs.add(told.slice(i, i + run).join(' '));
  const said = words(message);
  for (let i = 0; i + run <= said.length; i++) {
    const passage = said.slice(i, i + run).join(' ');
    if (runs.has(passage)) return passage;
  }
  return null;
}

/**
 * Unlock the reply signing key. When campaign.pub sits beside it, the key must be the one that
 * file names: a reply signed by another key is never shown to the witness.
 */
export async function loadReplySigningKey(path: string, passphrase: () => Promise<string | null>, campaignPub?: string): Promise<Uint8Array> {
  let file;
  try {
    file = await readSecretKeyFile(path, 'reply-signing');
  } catch (e) {
    if (e instanceof KeyFileError && e.code === 'unreadable')
      throw new ReplyCliError(`${e.message} — \`npm run keygen\` makes signing.key with the campaign key`);
    throw e;
  }
  const pubPath = campaignPub ?? join(dirname(path), 'campaign.pub');
  if (existsSync(pubPath)) {
    const { replySigningKey } = await readPublicKeyFile(pubPath);
    if (!replySigningKey || toBase64(replySigningKey) !== file.publicKey) {
      throw new ReplyCliError(
        `${path} is not the reply signing key ${pubPath} names; the form would not show a reply signed with it. Use the signing.key made with that campaign key`,
      );
    }
  }
  const seed = await unlockSecretKeyFile(file, file.kdf === null ? null : await passphrase(), path);
  const pair = signingKeyPairFromSeed(seed);
  seed.fill(0);
  if (toBase64(pair.publicKey) !== file.publicKey) throw new ReplyCliError(`${path} is damaged: its secret key does not match its public key`);
  return pair.secretKey;
}

export interface WrittenReply {
  path: string;
  replyId: string;
}

/** Sign, seal and write one reply to `outbox` (created 0700); the file holds the slot and what it is for. */
export async function writeReply(options: {
  reportId: number;
  message: string;
  report: ReportForReply;
  signingSecretKey: Uint8Array;
  outbox: string;
  now?: Date;
}): Promise<WrittenReply> {
  const replyId = toHex(new Uint8Array(randomBytes(8)));
  const day = (options.now ?? new Date()).toISOString().slice(0, 10);
  let slot: Uint8Array;
  try {
    slot = sealReply({ v: 1, id: replyId, day, report: options.reportId, message: options.message }, options.report.replyKey, options.signingSecretKey);
  } catch (e) {
    if (e instanceof ReplyError) throw new ReplyCliError(`${e.message}; nothing was written`);
    throw e;
  }
  await makePrivateFolder(options.outbox);
  const path = join(options.outbox, `reply-${options.reportId}-${replyId}.json`);
  await writeNewPrivateFile(path, JSON.stringify({ report: options.reportId, reply: replyId, day, slot: toBase64(slot) }) + '\n');
  await syncFolder(options.outbox);
  return { path, replyId };
}

export interface SendResult {
  files: number;
  stored: number;
  duplicates: number;
  /** Replies the server holds but cannot show yet: more than its list has slots. */
  waiting: number;
  shownFrom: string | null;
}

/** Upload every reply in `outbox` (up to MAX_REPLIES_PER_UPLOAD per request); each stored file moves to outbox/sent/. */
export async function sendOutbox(options: {
  outbox: string;
  server: string;
  signer: AnalystSigner;
  now?: () => Date;
  doFetch?: typeof fetch;
}): Promise<SendResult> {
  const base = checkServerUrl(options.server);
  const request = signedRequester(base, options.signer, options.now ?? (() => new Date()), options.doFetch ?? fetch);
  const names = existsSync(options.outbox) ? (await readdir(options.outbox)).filter((n) => /^reply-.*\.json$/.test(n)).sort() : [];
  const result: SendResult = { files: names.length, stored: 0, duplicates: 0, waiting: 0, shownFrom: null };
  const sent = join(options.outbox, 'sent');
  for (let at = 0; at < names.length; at += MAX_REPLIES_PER_UPLOAD) {
    const chunk = names.slice(at, at + MAX_REPLIES_PER_UPLOAD);
    const slots: string[] = [];
    for (const name of chunk) {
      const value = JSON.parse(await readFile(join(options.outbox, name), 'utf8')) as { slot?: unknown };
      if (typeof value.slot !== 'string')
        throw new ReplyCliError(`${join(options.outbox, name)} is not a reply file written by \`npm run reply\`; nothing from it was sent`);
      slots.push(value.slot);
    }
    let response: Response;
    try {
      response = await request('POST', REPLIES_PATH, '', JSON.stringify({ replies: slots }));
    } catch (e) {
      throw new ReplyCliError(`${(e as Error).message.replace('run fetch again', 'run send-replies again')}`);
    }
    if (!response.ok) throw new ReplyCliError(`${(await serverError(response)).message}; the outbox is unchanged — nothing in it is lost`);
    const body = (await response.json()) as { stored: number; duplicates: number; waiting: number; shownFrom: string };
    await makePrivateFolder(sent);
    for (const name of chunk) await rename(join(options.outbox, name), join(sent, basename(name)));
    await syncFolder(sent);
    await syncFolder(options.outbox);
    result.stored += body.stored;
    result.duplicates += body.duplicates;
    result.waiting = body.waiting;
    result.shownFrom = body.shownFrom;
  }
  return result;
}

/** What send printed: how many went, when they show, and how many wait for room. */
export function describeSend(result: SendResult): string {
  if (result.files === 0) return 'the outbox is empty: nothing to send';
  const lines = [`sent ${result.files} reply file(s): ${result.stored} stored${result.duplicates ? `, ${result.duplicates} already on the server` : ''}.`];
  if (result.shownFrom) lines.push(`They are in the public reply list from ${result.shownFrom} (UTC).`);
  if (result.waiting > 0) {
    lines.push(
      `${result.waiting} stored reply(s) wait for room: the list is full, so the oldest stay in it and these join as older ones expire. ` +
        'The operator can raise REPLY_SLOTS.',
    );
  }
  return lines.join('\n');
}

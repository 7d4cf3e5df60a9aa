/**
 * `npm run fetch`: download new encrypted envelopes from the server into batch files, then
 * acknowledge them so a server with DELETE_AFTER_EXPORT deletes them. Needs only the analyst
 * signing key — never the campaign secret key; the batches stay encrypted.
 *
 * Files in the out folder (the formats are protocol/batch-file.ts's):
 *   batch-<firstId>-<lastId>.ndjson        one batch line per envelope
 *   batch-<firstId>-<lastId>.manifest.json its manifest: count and SHA-256 of the .ndjson
 *   fetch-state.json                       the cursor: the last id safely stored, and an ack still owed
 *
 * Crash safety. Each page is committed in this order:
 *   1. write *.partial files, fsync each;   2. rename to the final names, fsync the folder;
 *   3. write fetch-state.json (cursor = lastId) the same way — this is the commit point;
 *   4. acknowledge lastId to the server.
 * The server deletes nothing before step 4, so a crash anywhere loses nothing. On start,
 * *.partial files and any batch whose ids are above the cursor (renamed but not committed)
 * are removed and fetched again, so nothing is counted twice.
 */
import { createHash, type KeyObject } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import {
  BATCH_CONTENT_TYPE, BATCH_FILE_RE, BATCHES_ACK_PATH, BATCHES_PATH, batchFileStem, COUNT_HEADER, MAX_BATCH_LIMIT, parseBatchFileName, parseBatchLine, writeBatchLine, writeManifest,
  type BatchId, type BatchLine, type BatchManifest,
} from '../../protocol/batch-file.js';
import { parseEnvelope, type Envelope } from '../../protocol/envelope-schema.js';
import { KeyFileError, readSecretKeyFile, unlockSecretKeyFile } from '../../protocol/node/key-files.js';
import { analystKeyId, analystPrivateKeyObject, analystPublicKeyFromSeed, canonicalQuery, signRequest } from '../../protocol/node/request-signing.js';
import { fromBase64 } from '../../protocol/base64.js';
import { CliError } from './cli.js';

export const STATE_FILE = 'fetch-state.json';
const LOCK_FILE = 'fetch.lock';

interface FetchState {
  type: 'scanwitness.fetch-state.v1';
  server: string;
  cursor: number;
  pendingAck: number | null;
}

export interface AnalystSigner {
  kid: string;
  privateKey: KeyObject;
}

/** Points where tests make the fetch fail as if the process were killed there. */
export type FetchStage = 'page-received' | 'batch-renamed' | 'manifest-renamed' | 'state-saved' | 'acked';

export interface FetchOptions {
  server: string;
  outDir: string;
  signer: AnalystSigner;
  /** Envelopes per request and per batch file (1–1000). */
  limit?: number;
  log?: (line: string) => void;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  onStage?: (stage: FetchStage, info: { lastId: number }) => void | Promise<void>;
}

export interface FetchResult {
  batches: (BatchManifest & { file: string })[];
  fetched: number;
  deleted: number;
  cursor: number;
  /** The server has not confirmed the last acknowledgement; the next fetch retries it. */
  ackPending: boolean;
  deleteAfterExport: boolean | null;
}

/**
 * Unlock analyst.key. Refuses a campaign key before asking for any passphrase: fetch never
 * needs (and must never hold) the key that decrypts reports.
 */
export async function loadAnalystSigner(path: string, passphrase: () => Promise<string | null>): Promise<AnalystSigner> {
  if (basename(path) === 'campaign.key') {
    throw new CliError(`${path} is the campaign decryption key; fetch never needs it. Use the analyst signing key: --key keys/analyst.key`);
  }
  let file;
  try {
    file = await readSecretKeyFile(path, 'analyst-signing');
  } catch (e) {
    if (e instanceof KeyFileError && e.code === 'wrong_use') {
      throw new CliError(`${path} is not an analyst signing key (${e.message}); fetch needs keys/analyst.key from \`npm run keygen\``);
    }
    if (e instanceof KeyFileError && e.code === 'unreadable') throw new CliError(`${e.message} — make one with \`npm run keygen -- --only analyst\``);
    if (e instanceof KeyFileError) throw new CliError(e.message);
    throw e;
  }
  let seed: Uint8Array;
  try {
    seed = await unlockSecretKeyFile(file, file.kdf === null ? null : await passphrase(), path);
  } catch (e) {
    if (e instanceof KeyFileError) throw new CliError(e.message);
    throw e;
  }
  try {
    if (seed.length !== 32 || Buffer.compare(Buffer.from(analystPublicKeyFromSeed(seed)), Buffer.from(fromBase64(file.publicKey))) !== 0) {
      throw new CliError(`${path} is damaged: its secret key does not match its public key`);
    }
    return { kid: analystKeyId(fromBase64(file.publicKey)), privateKey: analystPrivateKeyObject(seed) };
  } finally {
    seed.fill(0);
  }
}

/** The base URL, checked: HTTPS, except loopback and .onion (Tor encrypts) addresses. Returned without trailing slash. */
export function checkServerUrl(server: string): string {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new CliError(`--server ${server} is not a URL; give e.g. https://report.example.org`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.hostname.endsWith('.onion');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new CliError(`--server must use https:// (plain http is allowed only for 127.0.0.1, localhost and .onion addresses)`);
  }
  if (url.username || url.password || url.search || url.hash) throw new CliError('--server must be a plain base URL, without user, query or fragment');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function apiUrl(base: string, path: string, query = ''): string {
  return `${base}${path}${query ? `?${query}` : ''}`;
}

async function writeDurable(path: string, content: string | Buffer): Promise<void> {
  const handle = await open(path, 'w', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (e) {
    // Some platforms cannot fsync a folder; the rename is still atomic there.
    if (!['EISDIR', 'EINVAL', 'EPERM', 'EBADF'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
  } finally {
    await handle.close();
  }
}

/** Write `content` to `path` atomically and durably: partial file, fsync, rename, fsync folder. */
async function replaceDurable(dir: string, name: string, content: string | Buffer): Promise<void> {
  await writeDurable(join(dir, `${name}.partial`), content);
  await rename(join(dir, `${name}.partial`), join(dir, name));
  await syncDir(dir);
}

async function readState(dir: string): Promise<FetchState | null> {
  let text: string;
  try {
    text = await readFile(join(dir, STATE_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const s = JSON.parse(text) as FetchState;
  if (s?.type !== 'scanwitness.fetch-state.v1' || !Number.isSafeInteger(s.cursor) || s.cursor < 0) {
    throw new CliError(`${join(dir, STATE_FILE)} is damaged; it should hold the last id fetched. Check the batch files and fix or remove it`);
  }
  return s;
}

async function saveState(dir: string, state: FetchState): Promise<void> {
  await replaceDurable(dir, STATE_FILE, JSON.stringify(state, null, 2) + '\n');
}

/** One fetch at a time per folder; a lock left by a killed fetch (dead pid) is taken over. */
async function takeLock(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(path).catch(() => undefined);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new CliError(`another fetch (pid ${pid}) is writing to ${dir}; wait for it to finish`);
      }
      await unlink(path).catch(() => undefined);
    }
  }
  throw new CliError(`cannot lock ${dir}; remove ${path} if no fetch is running`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove what a crash left uncommitted: *.partial files and batches above the cursor. */
async function cleanUp(dir: string, state: FetchState | null, log: (line: string) => void): Promise<void> {
  const names = await readdir(dir);
  const batches = names.filter((n) => BATCH_FILE_RE.test(n));
  if (!state && batches.length > 0) {
    throw new CliError(
      `${dir} holds batch files but no ${STATE_FILE}, so it is unclear what was already fetched.\n` +
        'Fetch into a new, empty folder (--out), or restore fetch-state.json from your backup.',
    );
  }
  for (const name of names) {
    if (name.endsWith('.partial')) await unlink(join(dir, name));
  }
  for (const name of batches) {
    const lastId = parseBatchFileName(name)!.lastId;
    if (state && lastId > state.cursor) {
      log(`removing ${name}: written by a fetch that stopped before recording it; its envelopes are fetched again`);
      await unlink(join(dir, name));
    }
  }
}

async function serverError(res: Response): Promise<CliError> {
  let code = 'error';
  let message = `HTTP ${res.status}`;
  try {
    const body = (await res.json()) as { error?: string; message?: string };
    code = body.error ?? code;
    message = body.message ?? message;
  } catch {
    // not our server's JSON error; the status says enough
  }
  // The server's message already says what to do about the clock, the origin and a restart.
  const hint =
    res.status === 401 && (code === 'unknown_analyst_key' || code === 'bad_signature' || code === 'signature_required')
      ? '\nCheck that the operator put your analyst.pub in ANALYST_PUBLIC_KEY_FILES (compare fingerprints) and that --server is right.'
      : '';
  return new CliError(`the server refused (${res.status} ${code}): ${message}${hint}`);
}

/** Parse and check one page of NDJSON. Throws CliError on anything off: nothing from a bad page is kept. */
export function parsePage(text: string, expectedCount: number, after: BatchId, limit: number): BatchLine[] {
  if (expectedCount === 0) {
    if (text !== '') throw new CliError('the server sent data with a count of 0');
    return [];
  }
  if (!text.endsWith('\n')) throw new CliError('the batch ended mid-line (connection cut?); nothing from it was saved — run fetch again');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length !== expectedCount) throw new CliError(`the server announced ${expectedCount} envelopes but sent ${lines.length}; nothing from it was saved — run fetch again`);
  if (lines.length > limit) throw new CliError(`the server sent ${lines.length} envelopes, more than the ${limit} asked for`);
  let previous = after;
  return lines.map((line, i) => {
    const parsed = parseBatchLine(line);
    if (!parsed.ok) {
      if (parsed.problem === 'not_json') throw new CliError(`line ${i + 1} of the batch is not JSON`);
      if (parsed.problem === 'not_object' || parsed.problem === 'unexpected_field') throw new CliError(`line ${i + 1} of the batch is not {id, receivedOn, envelope}`);
      if (parsed.problem === 'invalid_id') throw new CliError(`line ${i + 1}: id is not a whole number above ${previous}`);
      throw new CliError(`line ${i + 1}: receivedOn is not YYYY-MM-DD`);
    }
    const { id, receivedOn } = parsed;
    if (parsed.envelope === undefined) throw new CliError(`line ${i + 1} of the batch is not {id, receivedOn, envelope}`);
    if (id <= previous) throw new CliError(`line ${i + 1}: id ${String(id)} is not above ${previous}`);
    let envelope: Envelope;
    try {
      envelope = parseEnvelope(parsed.envelope);
    } catch (e) {
      throw new CliError(`line ${i + 1} (id ${id}): not a valid envelope: ${(e as Error).message}`);
    }
    previous = id;
    return { id, receivedOn, envelope };
  });
}

/** Fetch everything new since the cursor in `outDir`, one batch file per page, acknowledging each. */
export async function fetchBatches(options: FetchOptions): Promise<FetchResult> {
  const base = checkServerUrl(options.server);
  const serverName = base;
  const limit = options.limit ?? MAX_BATCH_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_BATCH_LIMIT) throw new CliError(`--limit must be between 1 and ${MAX_BATCH_LIMIT}`);
  const log = options.log ?? (() => undefined);
  const doFetch = options.fetchImpl ?? fetch;
  const now = options.now ?? (() => new Date());
  const stage = async (s: FetchStage, lastId: number) => options.onStage?.(s, { lastId });
  const dir = resolve(options.outDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const release = await takeLock(dir);
  const result: FetchResult = { batches: [], fetched: 0, deleted: 0, cursor: 0, ackPending: false, deleteAfterExport: null };
  try {
    let state = await readState(dir);
    await cleanUp(dir, state, log);
    if (state && state.server !== serverName) {
      throw new CliError(`${dir} holds batches from ${state.server}, not ${serverName}; use a separate --out folder per server`);
    }
    state ??= { type: 'scanwitness.fetch-state.v1', server: serverName, cursor: 0, pendingAck: null };
    result.cursor = state.cursor;

    const request = async (method: 'GET' | 'POST', path: string, query: string, body?: string): Promise<Response> => {
      const headers = signRequest({ origin: base, method, path, query, body }, options.signer, { now: now() });
      try {
        return await doFetch(apiUrl(base, path, query), {
          method,
          headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
          body,
          redirect: 'error',
          signal: AbortSignal.timeout(120_000),
        });
      } catch (e) {
        throw new CliError(`cannot reach ${serverName}: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}; nothing new was saved — run fetch again`);
      }
    };

    const ack = async (upTo: number): Promise<void> => {
      const res = await request('POST', BATCHES_ACK_PATH, '', JSON.stringify({ upTo }));
      if (res.status === 409) {
        log(`the server did not accept the acknowledgement up to ${upTo} (it restarted since sending it?); the next fetch's acknowledgement covers it`);
        await res.body?.cancel();
        result.ackPending = true;
        return;
      }
      if (!res.ok) throw await serverError(res);
      const body = (await res.json()) as { deleted: number; deleteAfterExport: boolean };
      result.deleted += body.deleted;
      result.deleteAfterExport = body.deleteAfterExport;
      result.ackPending = false;
      state = { ...state!, pendingAck: null };
      await saveState(dir, state);
      await stage('acked', upTo);
    };

    if (state.pendingAck !== null) {
      log(`acknowledging envelopes up to ${state.pendingAck} (left over from the last fetch)`);
      await ack(state.pendingAck);
    }

    for (;;) {
      const query = canonicalQuery([['after', String(state.cursor)], ['limit', String(limit)]]);
      const res = await request('GET', BATCHES_PATH, query);
      if (!res.ok) throw await serverError(res);
      const count = Number(res.headers.get(COUNT_HEADER));
      if (!(res.headers.get('content-type') ?? '').startsWith(BATCH_CONTENT_TYPE) || !Number.isSafeInteger(count) || count < 0) {
        await res.body?.cancel();
        throw new CliError(`${serverName} did not answer like a scanwitness server (no NDJSON batch); check --server`);
      }
      let text: string;
      try {
        text = await res.text();
      } catch {
        throw new CliError('the connection was cut while the batch was downloading; nothing from it was saved — run fetch again to resume');
      }
      const lines = parsePage(text, count, state.cursor, limit);
      if (lines.length === 0) break;
      const firstId = lines[0]!.id;
      const lastId = lines[lines.length - 1]!.id;
      await stage('page-received', lastId);

      const name = batchFileStem(firstId, lastId);
      const content = Buffer.from(lines.map(writeBatchLine).join(''), 'utf8');
      const manifest: BatchManifest = {
        count: lines.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        firstId,
        lastId,
        server: serverName,
        fetchedAt: now().toISOString(),
      };
      await replaceDurable(dir, `${name}.ndjson`, content);
      await stage('batch-renamed', lastId);
      await replaceDurable(dir, `${name}.manifest.json`, writeManifest(manifest));
      await stage('manifest-renamed', lastId);
      state = { ...state, cursor: lastId, pendingAck: lastId };
      await saveState(dir, state);
      result.cursor = lastId;
      result.fetched += lines.length;
      result.batches.push({ ...manifest, file: join(dir, `${name}.ndjson`) });
      log(`${name}.ndjson: ${lines.length} envelope(s), sha256 ${manifest.sha256}`);
      await stage('state-saved', lastId);
      await ack(lastId);
      if (lines.length < limit) break;
    }
    return result;
  } finally {
    await release();
  }
}


/**
 * `npm run fetch`: download the envelopes this analyst key has not yet stored into batch files,
 * then acknowledge each batch so the server may delete it (docs/batch-transfer.md). Needs only
 * the analyst signing key — never the campaign secret key; the batches stay encrypted.
 *
 * Files in the out folder (the formats are protocol/batch-file.ts's):
 *   batch-<serverId>-<sequence>.ndjson        one batch line per envelope
 *   batch-<serverId>-<sequence>.manifest.json its manifest: count and SHA-256 of the .ndjson, the batch id
 *   fetch-state.json                          the server's identity, the next sequence number, an ack still owed
 *
 * Crash safety. Each batch is committed in this order:
 *   1. write *.partial files, fsync each;   2. rename to the final names, fsync the folder;
 *   3. write fetch-state.json (next sequence, ack owed) the same way — this is the commit point;
 *   4. acknowledge the batch id to the server.
 * The server deletes nothing before step 4 and resends what was not acknowledged, so a crash
 * anywhere loses nothing. On start, *.partial files and this server's batches at or above the
 * next sequence (renamed but not committed) are removed: they come again, so nothing is
 * counted twice.
 *
 * Server identity. Every response names the database's random identity; fetch records it and
 * refuses (exit 3, nothing acknowledged) when it changes — a replaced database must not have
 * its reports acknowledged by a folder that never stored them.
 */
import { createHash, type KeyObject } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import {
  BATCH_CONTENT_TYPE,
  BATCH_FILE_RE,
  BATCH_HEADER,
  BATCHES_ACK_PATH,
  BATCHES_PATH,
  batchFileStem,
  COUNT_HEADER,
  HEX_ID_RE,
  MAX_BATCH_LIMIT,
  parseBatchFileName,
  parseBatchLine,
  SERVER_ID_HEADER,
  writeBatchAck,
  writeBatchLine,
  writeManifest,
  type BatchLine,
  type BatchManifest,
} from '../../protocol/batch-file.js';
import { parseEnvelope, type Envelope } from '../../protocol/envelope-schema.js';
import { KeyFileError, readSecretKeyFile, unlockSecretKeyFile } from '../../protocol/node/key-files.js';
import { analystKeyId, analystPrivateKeyObject, analystPublicKeyFromSeed, canonicalQuery, signRequest } from '../../protocol/node/request-signing.js';
import { fromBase64 } from '../../protocol/base64.js';
import { ActionableError } from '../cli/run-cli.js';

/** Fetch cannot go on: the server refused or is not ours, a state file is damaged, another fetch runs. */
export class FetchError extends ActionableError {}

export const STATE_FILE = 'fetch-state.json';
const LOCK_FILE = 'fetch.lock';
/** Exit status when the server's identity is not the one this folder recorded. */
export const EXIT_SERVER_CHANGED = 3;

interface PendingAck {
  batch: string;
  serverId: string;
  sequence: number;
  count: number;
}

interface FetchState {
  type: 'scanwitness.fetch-state.v2';
  server: string;
  /** Null until the first answer from the server. */
  serverId: string | null;
  nextSequence: number;
  pendingAck: PendingAck | null;
}

/** What fetches before server identities kept: a cursor over ids that only grew. */
interface FetchStateV1 {
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
  onStage?: (stage: FetchStage, info: { sequence: number }) => void | Promise<void>;
  /** The analyst read the server-changed message and continues with this new identity. */
  acceptServer?: string;
}

export interface FetchResult {
  batches: (BatchManifest & { file: string })[];
  fetched: number;
  deleted: number;
  serverId: string | null;
  deleteAfterExport: boolean | null;
  /** Loud problems that did not stop the fetch (the server deleted more than was written). */
  warnings: string[];
}

/**
 * Unlock analyst.key. Refuses a campaign key before asking for any passphrase: fetch never
 * needs (and must never hold) the key that decrypts reports.
 */
export async function loadAnalystSigner(path: string, passphrase: () => Promise<string | null>): Promise<AnalystSigner> {
  if (basename(path) === 'campaign.key') {
    throw new FetchError(`${path} is the campaign decryption key; fetch never needs it. Use the analyst signing key: --key keys/analyst.key`);
  }
  let file;
  try {
    file = await readSecretKeyFile(path, 'analyst-signing');
  } catch (e) {
    if (e instanceof KeyFileError && e.code === 'wrong_use') {
      throw new FetchError(`${path} is not an analyst signing key (${e.message}); fetch needs keys/analyst.key from \`npm run keygen\``);
    }
    if (e instanceof KeyFileError && e.code === 'unreadable') throw new FetchError(`${e.message} — make one with \`npm run keygen -- --only analyst\``);
    if (e instanceof KeyFileError) throw new FetchError(e.message);
    throw e;
  }
  let seed: Uint8Array;
  try {
    seed = await unlockSecretKeyFile(file, file.kdf === null ? null : await passphrase(), path);
  } catch (e) {
    if (e instanceof KeyFileError) throw new FetchError(e.message);
    throw e;
  }
  try {
    if (seed.length !== 32 || Buffer.compare(Buffer.from(analystPublicKeyFromSeed(seed)), Buffer.from(fromBase64(file.publicKey))) !== 0) {
      throw new FetchError(`${path} is damaged: its secret key does not match its public key`);
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
    throw new FetchError(`--server ${server} is not a URL; give e.g. https://report.example.org`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.hostname.endsWith('.onion');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new FetchError(`--server must use https:// (plain http is allowed only for 127.0.0.1, localhost and .onion addresses)`);
  }
  if (url.username || url.password || url.search || url.hash) throw new FetchError('--server must be a plain base URL, without user, query or fragment');
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

async function readState(dir: string): Promise<FetchState | FetchStateV1 | null> {
  let text: string;
  try {
    text = await readFile(join(dir, STATE_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const damaged = () =>
    new FetchError(
      `${join(dir, STATE_FILE)} is damaged; it should hold the server's identity and the next batch number. Check the batch files and restore it from your backup`,
    );
  let s: FetchState | FetchStateV1;
  try {
    s = JSON.parse(text) as FetchState | FetchStateV1;
  } catch {
    throw damaged();
  }
  if (s?.type === 'scanwitness.fetch-state.v1' && Number.isSafeInteger(s.cursor) && s.cursor >= 0 && typeof s.server === 'string') return s;
  if (
    s?.type !== 'scanwitness.fetch-state.v2' ||
    typeof s.server !== 'string' ||
    !(s.serverId === null || HEX_ID_RE.test(s.serverId)) ||
    !Number.isSafeInteger(s.nextSequence) ||
    s.nextSequence < 1 ||
    !(s.pendingAck === null || (HEX_ID_RE.test(s.pendingAck.batch) && HEX_ID_RE.test(s.pendingAck.serverId)))
  ) {
    throw damaged();
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
        throw new FetchError(`another fetch (pid ${pid}) is writing to ${dir}; wait for it to finish`);
      }
      await unlink(path).catch(() => undefined);
    }
  }
  throw new FetchError(`cannot lock ${dir}; remove ${path} if no fetch is running`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove what a crash left uncommitted: *.partial files, and batches of the current server at or
 * above the next sequence (or, in a folder of the earlier format, above its cursor). Returns the
 * state in the current format.
 */
async function cleanUp(dir: string, stored: FetchState | FetchStateV1 | null, serverName: string, log: (line: string) => void): Promise<FetchState> {
  const names = await readdir(dir);
  const batches = names.filter((n) => BATCH_FILE_RE.test(n));
  if (!stored && batches.length > 0) {
    throw new FetchError(
      `${dir} holds batch files but no ${STATE_FILE}, so it is unclear what was already fetched.\n` +
        'Fetch into a new, empty folder (--out), or restore fetch-state.json from your backup.',
    );
  }
  for (const name of names) {
    if (name.endsWith('.partial')) await unlink(join(dir, name));
  }
  const uncommitted = (name: string): boolean => {
    const parsed = parseBatchFileName(name)!;
    if (stored?.type === 'scanwitness.fetch-state.v1') return 'lastId' in parsed && parsed.lastId > stored.cursor;
    return 'serverId' in parsed && parsed.serverId === stored?.serverId && parsed.sequence >= stored.nextSequence;
  };
  for (const name of batches) {
    if (uncommitted(name)) {
      log(`removing ${name}: written by a fetch that stopped before recording it; its envelopes are fetched again`);
      await unlink(join(dir, name));
    }
  }
  if (stored?.type === 'scanwitness.fetch-state.v1') {
    log(
      `${STATE_FILE} is from an earlier version of fetch (a cursor over ids). Batches already here are kept. ` +
        'The server now sends what your key has not acknowledged: envelopes you fetched but the server still holds come once more, and decrypt counts each report once.',
    );
  }
  if (stored === null || stored.type === 'scanwitness.fetch-state.v1') {
    return { type: 'scanwitness.fetch-state.v2', server: stored?.server ?? serverName, serverId: null, nextSequence: 1, pendingAck: null };
  }
  return stored;
}

/** The refusal when the server's identity is not the one this folder recorded. */
function serverChangedError(dir: string, serverName: string, recorded: string, now: string): FetchError {
  return new FetchError(
    `the server at ${serverName} is not the database this folder was fetched from:\n` +
      `  ${join(dir, STATE_FILE)} recorded server identity ${recorded}\n` +
      `  the server now has identity                ${now}\n` +
      'Its database was replaced (moved to a new machine, restored from a backup, or wiped). Nothing was acknowledged or deleted.\n' +
      'What to do:\n' +
      '  1. Ask the operator what happened. The batches already in this folder are safe.\n' +
      '  2. If the old database still exists, have its reports fetched before it is thrown away (a server started on it, into another --out folder).\n' +
      '  3. Then continue with the new database in this folder (its batch files are named by its identity; decrypt reads both):\n' +
      `     npm run fetch -- --server ${serverName} --out ${dir} --accept-server ${now}`,
    EXIT_SERVER_CHANGED,
  );
}

async function serverError(res: Response): Promise<FetchError> {
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
  return new FetchError(`the server refused (${res.status} ${code}): ${message}${hint}`);
}

/** Parse and check one page of NDJSON. Throws FetchError on anything off: nothing from a bad page is kept. */
export function parsePage(text: string, expectedCount: number, limit: number): BatchLine[] {
  if (expectedCount === 0) {
    if (text !== '') throw new FetchError('the server sent data with a count of 0');
    return [];
  }
  if (!text.endsWith('\n')) throw new FetchError('the batch ended mid-line (connection cut?); nothing from it was saved — run fetch again');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length !== expectedCount)
    throw new FetchError(`the server announced ${expectedCount} envelopes but sent ${lines.length}; nothing from it was saved — run fetch again`);
  if (lines.length > limit) throw new FetchError(`the server sent ${lines.length} envelopes, more than the ${limit} asked for`);
  const seen = new Set<number>();
  return lines.map((line, i) => {
    const parsed = parseBatchLine(line);
    if (!parsed.ok) {
      if (parsed.problem === 'not_json') throw new FetchError(`line ${i + 1} of the batch is not JSON`);
      if (parsed.problem === 'not_object' || parsed.problem === 'unexpected_field')
        throw new FetchError(`line ${i + 1} of the batch is not {id, receivedOn, envelope}`);
      if (parsed.problem === 'invalid_id') throw new FetchError(`line ${i + 1}: id is not a whole number`);
      throw new FetchError(`line ${i + 1}: receivedOn is not YYYY-MM-DD`);
    }
    const { id, receivedOn } = parsed;
    if (parsed.envelope === undefined) throw new FetchError(`line ${i + 1} of the batch is not {id, receivedOn, envelope}`);
    if (seen.has(id)) throw new FetchError(`line ${i + 1}: id ${id} comes twice in one batch`);
    let envelope: Envelope;
    try {
      envelope = parseEnvelope(parsed.envelope);
    } catch (e) {
      throw new FetchError(`line ${i + 1} (id ${id}): not a valid envelope: ${(e as Error).message}`);
    }
    seen.add(id);
    return { id, receivedOn, envelope };
  });
}

/** Fetch everything this key has not stored yet into `outDir`, one batch file per page, acknowledging each. */
export async function fetchBatches(options: FetchOptions): Promise<FetchResult> {
  const { base, limit } = checkOptions(options);
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const dir = resolve(options.outDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const release = await takeLock(dir);
  try {
    const state = await prepareFolder(dir, base, options.acceptServer, log);
    const run: FetchRun = {
      dir,
      serverName: base,
      limit,
      state,
      result: { batches: [], fetched: 0, deleted: 0, serverId: state.serverId, deleteAfterExport: null, warnings: [] },
      log,
      now,
      stage: async (s, sequence) => options.onStage?.(s, { sequence }),
      request: signedRequester(base, options.signer, now, options.fetchImpl ?? fetch),
    };
    if (run.state.pendingAck !== null) {
      log(`acknowledging batch ${run.state.pendingAck.sequence} (left over from the last fetch)`);
      await acknowledge(run, run.state.pendingAck, true);
    }
    for (;;) {
      const page = await receivePage(run);
      if (page.lines.length === 0) break;
      const pending = await storeBatch(run, page);
      await acknowledge(run, pending, false);
      if (page.lines.length < limit) break;
    }
    return run.result;
  } finally {
    await release();
  }
}

/** What the steps of one fetch share; `state` is what fetch-state.json holds, saved at each commit. */
interface FetchRun {
  dir: string;
  /** The checked base URL: the origin requests are signed for, and how messages name the server. */
  serverName: string;
  limit: number;
  state: FetchState;
  result: FetchResult;
  log: (line: string) => void;
  now: () => Date;
  stage: (stage: FetchStage, sequence: number) => Promise<void>;
  request: SignedRequest;
}

type SignedRequest = (method: 'GET' | 'POST', path: string, query: string, body?: string) => Promise<Response>;

/** The server's base URL and the page size, checked before anything is touched. */
function checkOptions(options: FetchOptions): { base: string; limit: number } {
  const base = checkServerUrl(options.server);
  const limit = options.limit ?? MAX_BATCH_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_BATCH_LIMIT) throw new FetchError(`--limit must be between 1 and ${MAX_BATCH_LIMIT}`);
  if (options.acceptServer !== undefined && !HEX_ID_RE.test(options.acceptServer)) {
    throw new FetchError('--accept-server takes the 32-hex-digit identity quoted in the message that stopped the last fetch', 2);
  }
  return { base, limit };
}

/** The folder's state, after removing what a crash left uncommitted and taking on an identity the analyst accepted. */
async function prepareFolder(dir: string, serverName: string, acceptServer: string | undefined, log: (line: string) => void): Promise<FetchState> {
  const stored = await readState(dir);
  if (stored && stored.server !== serverName) {
    throw new FetchError(`${dir} holds batches from ${stored.server}, not ${serverName}; use a separate --out folder per server`);
  }
  let state = await cleanUp(dir, stored, serverName, log);
  if (acceptServer !== undefined && acceptServer !== state.serverId) {
    if (state.pendingAck) log(`batch ${state.pendingAck.batch} stays unacknowledged on the old server ${state.pendingAck.serverId}: nothing is deleted there`);
    log(`continuing with server identity ${acceptServer} (was ${state.serverId ?? 'none'}), as --accept-server says`);
    state = { ...state, serverId: acceptServer, pendingAck: null };
    await saveState(dir, state);
  }
  return state;
}

/** Requests signed with the analyst key; a network failure becomes a FetchError that says nothing saved is lost. */
function signedRequester(base: string, signer: AnalystSigner, now: () => Date, doFetch: typeof fetch): SignedRequest {
  return async (method, path, query, body) => {
    const headers = signRequest({ origin: base, method, path, query, body }, signer, { now: now() });
    try {
      return await doFetch(apiUrl(base, path, query), {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(120_000),
      });
    } catch (e) {
      throw new FetchError(
        `cannot reach ${base}: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}; what is saved stays saved — run fetch again`,
      );
    }
  };
}

interface Page {
  lines: BatchLine[];
  serverId: string;
  batch: string;
}

/** GET one batch: checks it comes from a scanwitness server of this version and from the database this folder records. */
async function receivePage(run: FetchRun): Promise<Page> {
  const query = canonicalQuery([['limit', String(run.limit)]]);
  const res = await run.request('GET', BATCHES_PATH, query);
  if (!res.ok) throw await serverError(res);
  const count = Number(res.headers.get(COUNT_HEADER));
  const serverId = res.headers.get(SERVER_ID_HEADER) ?? '';
  const batch = res.headers.get(BATCH_HEADER) ?? '';
  if (
    !(res.headers.get('content-type') ?? '').startsWith(BATCH_CONTENT_TYPE) ||
    !Number.isSafeInteger(count) ||
    count < 0 ||
    !HEX_ID_RE.test(serverId) ||
    (count > 0 && !HEX_ID_RE.test(batch))
  ) {
    await res.body?.cancel();
    throw new FetchError(
      `${run.serverName} did not answer like a scanwitness server of this version (no NDJSON batch with server identity); check --server, or ask the operator to update`,
    );
  }
  if (run.state.serverId === null) {
    run.state = { ...run.state, serverId };
    await saveState(run.dir, run.state);
    run.log(`server identity ${serverId} recorded in ${STATE_FILE}`);
  } else if (run.state.serverId !== serverId) {
    await res.body?.cancel();
    throw serverChangedError(run.dir, run.serverName, run.state.serverId, serverId);
  }
  run.result.serverId = serverId;
  let text: string;
  try {
    text = await res.text();
  } catch {
    throw new FetchError('the connection was cut while the batch was downloading; nothing from it was saved — run fetch again to resume');
  }
  return { lines: parsePage(text, count, run.limit), serverId, batch };
}

/** Commit one batch to disk (steps 1–3 of "Crash safety" above); returns the acknowledgement now owed. */
async function storeBatch(run: FetchRun, { lines, serverId, batch }: Page): Promise<PendingAck> {
  const { dir, state } = run;
  const sequence = state.nextSequence;
  await run.stage('page-received', sequence);
  const name = batchFileStem(serverId, sequence);
  const content = Buffer.from(lines.map(writeBatchLine).join(''), 'utf8');
  const manifest: BatchManifest = {
    count: lines.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    server: run.serverName,
    serverId,
    batch,
    sequence,
    fetchedAt: run.now().toISOString(),
  };
  await replaceDurable(dir, `${name}.ndjson`, content);
  await run.stage('batch-renamed', sequence);
  await replaceDurable(dir, `${name}.manifest.json`, writeManifest(manifest));
  await run.stage('manifest-renamed', sequence);
  const pending: PendingAck = { batch, serverId, sequence, count: lines.length };
  run.state = { ...state, nextSequence: sequence + 1, pendingAck: pending };
  await saveState(dir, run.state);
  run.result.fetched += lines.length;
  run.result.batches.push({ ...manifest, file: join(dir, `${name}.ndjson`) });
  run.log(`${name}.ndjson: ${lines.length} envelope(s), sha256 ${manifest.sha256}`);
  await run.stage('state-saved', sequence);
  return pending;
}

/** Acknowledge a batch already committed to disk (step 4), then record that nothing is owed. */
async function acknowledge(run: FetchRun, pending: PendingAck, leftOver: boolean): Promise<void> {
  const res = await run.request('POST', BATCHES_ACK_PATH, '', writeBatchAck({ batch: pending.batch, server: pending.serverId }));
  if (res.status === 409) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    const current = res.headers.get(SERVER_ID_HEADER) ?? '';
    if (body.error === 'server_changed' && HEX_ID_RE.test(current)) throw serverChangedError(run.dir, run.serverName, pending.serverId, current);
    throw new FetchError(
      `the server refused the acknowledgement (409 ${body.error ?? 'conflict'}); batch ${pending.sequence} is saved, the next fetch acknowledges it`,
    );
  }
  if (res.status === 404 && leftOver) {
    // The server no longer knows the batch (forgotten after weeks): its envelopes, if still there, come again.
    await res.body?.cancel();
    run.log(`the server no longer knows batch ${pending.batch} (left over from an earlier fetch); anything of it not yet deleted is fetched again`);
  } else if (!res.ok) {
    throw await serverError(res);
  } else {
    const body = (await res.json()) as { deleted: number; acked: number; deleteAfterExport: boolean };
    run.result.deleted += body.deleted;
    run.result.deleteAfterExport = body.deleteAfterExport;
    if (body.deleted > pending.count) {
      const warning = `the server reports deleting ${body.deleted} envelope(s) for batch ${pending.sequence}, which held only ${pending.count} written here: reports may have been lost on the server. Tell the operator; keep this folder as it is`;
      run.result.warnings.push(warning);
      run.log(`WARNING: ${warning}`);
    }
  }
  run.state = { ...run.state, pendingAck: null };
  await saveState(run.dir, run.state);
  await run.stage('acked', pending.sequence);
}

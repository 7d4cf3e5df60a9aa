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
 * The folder's state and lock are fetch-state.ts's, the HTTP side batch-client.ts's, the key
 * analyst-signer.ts's; this module is the commit loop.
 *
 * Server identity. Every response names the database's random identity; fetch records it and
 * refuses (exit 3, nothing acknowledged) when it changes — a replaced database must not have
 * its reports acknowledged by a folder that never stored them.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import {
  BATCH_CONTENT_TYPE,
  BATCH_HEADER,
  BATCHES_ACK_PATH,
  BATCHES_PATH,
  batchFileStem,
  COUNT_HEADER,
  HEX_ID_RE,
  MAX_BATCH_LIMIT,
  SERVER_ID_HEADER,
  writeBatchAck,
  writeBatchLine,
  writeManifest,
  type BatchLine,
  type BatchManifest,
} from '../../protocol/batch-file.js';
import { makePrivateFolder, replacePrivateFile } from '../../protocol/node/private-files.js';
import { canonicalQuery } from '../../protocol/node/request-signing.js';
import type { AnalystSigner } from './analyst-signer.js';
import { checkServerUrl, parsePage, serverError, signedRequester, type SignedRequest } from './batch-client.js';
import { FetchError } from './fetch-error.js';
import { fetchPhotos } from './fetch-photos.js';
import { cleanUp, readState, saveState, serverChangedError, STATE_FILE, takeLock, type FetchState, type PendingAck } from './fetch-state.js';

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
  /** Sealed photos written to photos/ (scripts/transfer/fetch-photos.ts). */
  photos: number;
  /** Loud problems that did not stop the fetch (the server deleted more than was written). */
  warnings: string[];
}

/** Fetch everything this key has not stored yet into `outDir`, one batch file per page, acknowledging each. */
export async function fetchBatches(options: FetchOptions): Promise<FetchResult> {
  const { base, limit } = checkOptions(options);
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const dir = resolve(options.outDir);
  await makePrivateFolder(dir);
  const release = await takeLock(dir);
  try {
    const state = await prepareFolder(dir, base, options.acceptServer, log);
    const run: FetchRun = {
      dir,
      serverName: base,
      limit,
      state,
      result: { batches: [], fetched: 0, photos: 0, deleted: 0, serverId: state.serverId, deleteAfterExport: null, warnings: [] },
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
    // Photos after the reports that name them (docs/photos.md).
    const photos = await fetchPhotos({ dir, serverId: run.state.serverId, request: run.request, log });
    run.result.photos = photos.fetched;
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
  await replacePrivateFile(dir, `${name}.ndjson`, content);
  await run.stage('batch-renamed', sequence);
  await replacePrivateFile(dir, `${name}.manifest.json`, writeManifest(manifest));
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

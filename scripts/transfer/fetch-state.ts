/**
 * What a fetch folder remembers between runs (docs/batch-transfer.md): fetch-state.json (the
 * server's identity, the next batch number, an acknowledgement still owed), replaced atomically
 * at each commit; the lock that keeps one fetch per folder; and the clean-up, at start, of what a
 * crash left uncommitted.
 */
import { readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { BATCH_FILE_RE, HEX_ID_RE, parseBatchFileName } from '../../protocol/batch-file.js';
import { replacePrivateFile, writeNewPrivateFile } from '../../protocol/node/private-files.js';
import { EXIT_SERVER_CHANGED, FetchError } from './fetch-error.js';

export const STATE_FILE = 'fetch-state.json';
const LOCK_FILE = 'fetch.lock';

export interface PendingAck {
  batch: string;
  serverId: string;
  sequence: number;
  count: number;
}

export interface FetchState {
  type: 'scanwitness.fetch-state.v2';
  server: string;
  /** Null until the first answer from the server. */
  serverId: string | null;
  nextSequence: number;
  pendingAck: PendingAck | null;
}

/** What fetches before server identities kept: a cursor over ids that only grew. */
export interface FetchStateV1 {
  type: 'scanwitness.fetch-state.v1';
  server: string;
  cursor: number;
  pendingAck: number | null;
}

export async function readState(dir: string): Promise<FetchState | FetchStateV1 | null> {
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

export async function saveState(dir: string, state: FetchState): Promise<void> {
  await replacePrivateFile(dir, STATE_FILE, JSON.stringify(state, null, 2) + '\n');
}

/** One fetch at a time per folder; a lock left by a killed fetch (dead pid) is taken over. */
export async function takeLock(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeNewPrivateFile(path, String(process.pid));
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
export async function cleanUp(dir: string, stored: FetchState | FetchStateV1 | null, serverName: string, log: (line: string) => void): Promise<FetchState> {
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
export function serverChangedError(dir: string, serverName: string, recorded: string, now: string): FetchError {
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

/**
 * The one way the tools write files that hold keys, ciphertext batches or plaintext testimony:
 * folders only their owner can open (0700), files only their owner can read (0600, whatever the
 * umask), created exclusively (never overwriting), fsynced before they count as written, and —
 * for state that changes — replaced atomically (partial file, fsync, rename, fsync the folder),
 * so a power cut leaves the old version or the new one, never half of one. Keys (keygen),
 * fetch's batches and state, decrypt's outputs and export's batch all go through here.
 */
import { chmodSync, closeSync, fsyncSync, openSync } from 'node:fs';
import { chmod, mkdir, open, rename, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;
const PUBLIC_FILE_MODE = 0o644;

/** Create `dir` (and its parents) as a folder only its owner can open; an existing one is left as it is. */
export async function makePrivateFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/** Create a new private file and return it open for writing; EEXIST if it is already there. */
export async function openNewPrivateFile(path: string): Promise<FileHandle> {
  const handle = await open(path, 'wx', PRIVATE_FILE_MODE);
  await handle.chmod(PRIVATE_FILE_MODE); // the umask may have taken bits away; never added any
  return handle;
}

/** The same, synchronously, as a file descriptor: for writers that write from a string straight to the page cache. */
export function openNewPrivateFileSync(path: string): number {
  const fd = openSync(path, 'wx', PRIVATE_FILE_MODE);
  chmodSync(path, PRIVATE_FILE_MODE);
  return fd;
}

/** fsync and close a descriptor from openNewPrivateFileSync: the file counts as written only after this. */
export function syncAndCloseSync(fd: number): void {
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Write a whole new private file and fsync it; refuses to overwrite (EEXIST). */
export async function writeNewPrivateFile(path: string, content: string | Uint8Array): Promise<void> {
  await writeNew(await openNewPrivateFile(path), content);
}

/** A whole new file anyone may read (a public key, a README beside keys), fsynced; refuses to overwrite. */
export async function writeNewPublicFile(path: string, content: string | Uint8Array): Promise<void> {
  await writeNew(await open(path, 'wx', PUBLIC_FILE_MODE), content);
}

async function writeNew(handle: FileHandle, content: string | Uint8Array): Promise<void> {
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync a folder, so a rename or a new file in it survives a power cut. */
export async function syncFolder(dir: string): Promise<void> {
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

/** Write a private file (new, or overwriting a leftover partial one) and fsync it. */
async function writeOver(path: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'w', PRIVATE_FILE_MODE);
  await handle.chmod(PRIVATE_FILE_MODE);
  await writeNew(handle, content);
}

/** Replace `dir/name` atomically and durably: `name.partial`, fsync, rename, fsync the folder. */
export async function replacePrivateFile(dir: string, name: string, content: string | Uint8Array): Promise<void> {
  await writeOver(join(dir, `${name}.partial`), content);
  await rename(join(dir, `${name}.partial`), join(dir, name));
  await syncFolder(dir);
}

/** Make an existing file private (0600): for a file another library created, such as SQLite's. */
export async function makePrivate(path: string): Promise<void> {
  await chmod(path, PRIVATE_FILE_MODE);
}

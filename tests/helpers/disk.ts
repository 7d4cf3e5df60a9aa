import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every file under `dir` (the database, its -wal and -shm, anything else) as raw bytes. */
export function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [{ path, bytes: readFileSync(path) }];
  });
}

/** Paths of files under `dir` that contain `needle` (UTF-8, and UTF-16LE as SQLite may store text). */
export function filesContaining(dir: string, needle: string): string[] {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  return filesUnder(dir)
    .filter(({ bytes }) => forms.some((f) => bytes.includes(f)))
    .map(({ path }) => path);
}

/** Paths of files under `dir` that contain the raw bytes `needle` (ciphertext, say). */
export function filesContainingBytes(dir: string, needle: Uint8Array): string[] {
  return filesUnder(dir)
    .filter(({ bytes }) => bytes.includes(Buffer.from(needle)))
    .map(({ path }) => path);
}

/**
 * A small disk for a test: a tmpfs of `size` (e.g. "4m") mounted on a new folder. `mounted` is
 * false without root (the test is then skipped, never simulated); remove() unmounts and deletes.
 */
export function smallDisk(size: string): { mount: string; mounted: boolean; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'scanwitness-small-disk-'));
  const mount = join(root, 'disk');
  mkdirSync(mount);
  const mounted = tryMountTmpfs(mount, size);
  return {
    mount,
    mounted,
    remove() {
      if (mounted) execFileSync('umount', [mount]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function tryMountTmpfs(dir: string, size: string): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Write zeros into `path` until the filesystem is full (ENOSPC). */
export function fillDisk(path: string): void {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(4096);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
}

/**
 * The database holds only ciphertext, but who may read even that is the operator's user alone:
 * the SQLite file and its -wal / -shm companions are 0600 in a 0700 folder, whatever the umask.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite-store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('SQLite store files', () => {
  it('creates the database, WAL and shared-memory files readable by the owner only', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'scanwitness-store-')), 'data');
    dirs.push(dirname(dir));
    const previous = process.umask(0o022);
    try {
      const store = openSqliteStore(join(dir, 'reports.sqlite'));
      store.insert({ v: 1, kid: '0123456789abcdef', sealed: 'AAAA' }, '2026-11-21');
      const files = readdirSync(dir).sort();
      expect(files).toEqual(['reports.sqlite', 'reports.sqlite-shm', 'reports.sqlite-wal']);
      for (const f of files) expect([f, statSync(join(dir, f)).mode & 0o777]).toEqual([f, 0o600]);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      store.close();
    } finally {
      process.umask(previous);
    }
  });
});

/**
 * Nothing in the database files orders reports by arrival or dates them finer than the UTC day
 * (docs/threat-model.md): reports submitted one at a time over real HTTP get random ids, no
 * sequence table exists, and the database, its -wal and -shm and the data folder carry the
 * start of the current UTC day as atime and mtime. Also: a first-schema database is migrated
 * without losing a report; an unknown schema is refused untouched; the retention limit.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCampaignKeyPair, sealReport } from '../../protocol/envelope.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';
import { StoreSchemaError } from '../../server/store/sqlite-schema.js';
import { startOfUtcDay } from '../../server/store/disk-traces.js';
import { runHousekeeping } from '../../server/housekeeping.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';
import { report } from '../helpers/analyst.js';

let t: TestServer | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await t?.close();
  t = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scanwitness-store-'));
  dirs.push(dir);
  return join(dir, 'data', 'reports.sqlite');
}

const tableNames = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
};

describe('no arrival order and no time of day on disk', () => {
  it('the timer resets the files after the last write, so their ctime (which no call can set) shows a tick, not the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scanwitness-ctime-'));
    const path = join(dir, 'scanwitness.sqlite');
    const store = openSqliteStore(path, { fileTimeTickMs: 300 });
    try {
      store.insertMany([{ envelope: sealReport(report('ctime'), generateCampaignKeyPair().publicKey), receivedOn: '2026-01-01' }]);
      const written = Date.now();
      await new Promise((r) => setTimeout(r, 1_000));
      for (const file of [path, `${path}-wal`, `${path}-shm`, dir]) {
        const s = statSync(file);
        // At least one tick after the report's commit touched every file again.
        expect([file, s.ctimeMs > written + 100]).toEqual([file, true]);
        expect([file, s.mtimeMs]).toEqual([file, startOfUtcDay(new Date()).getTime()]);
      }
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports submitted one at a time: random ids, no sequence table, file times at the start of the UTC day', async () => {
    t = makeTestServer({ RATE_LIMIT_REPORTS_PER_CLIENT: '1000' });
    const url = await t.listen();
    const day = startOfUtcDay(new Date()).getTime();
    const traced = [t.config.databasePath, `${t.config.databasePath}-wal`, `${t.config.databasePath}-shm`, dirname(t.config.databasePath)];
    const sealedInOrder: string[] = [];
    for (let i = 0; i < 20; i++) {
      const envelope = sealReport(report(`report ${i}`), t.keyPair.publicKey);
      const res = await fetch(`${url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
      expect(res.status).toBe(201);
      sealedInOrder.push(envelope.sealed);
      // Checked before anything reads the files (a read could set the atime).
      for (const path of traced) {
        const s = statSync(path);
        expect([path, s.mtimeMs, s.atimeMs]).toEqual([path, day, day]);
      }
    }
    // The ids, in arrival order, are not increasing (chance 1/20! if they were random and it failed).
    const idOf = new Map(t.store.list(100).map((r) => [r.envelope.sealed, r.id]));
    const ids = sealedInOrder.map((s) => idOf.get(s)!);
    expect(ids.every((id) => Number.isSafeInteger(id) && id > 0)).toBe(true);
    expect(ids.slice(1).every((id, i) => id > ids[i]!)).toBe(false);
    expect(new Set(ids).size).toBe(20);
    // Nor is the rowid (it is the id) and no table keeps a count of all reports.
    const db = new Database(t.config.databasePath, { readonly: true });
    const rowids = db.prepare('SELECT rowid AS r, id FROM envelopes').all() as { r: number; id: number }[];
    db.close();
    expect(rowids.every((row) => row.r === row.id)).toBe(true);
    expect(tableNames(t.config.databasePath)).not.toContain('sqlite_sequence');
    expect(readFileSync(t.config.databasePath).includes(Buffer.from('AUTOINCREMENT'))).toBe(false);
  });
});

describe('schema', () => {
  function firstSchemaDb(path: string, n: number): string[] {
    const store = openSqliteStore(join(dirname(path), 'unused.sqlite')); // creates the folder
    store.close();
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec(`CREATE TABLE envelopes (id INTEGER PRIMARY KEY AUTOINCREMENT, received_on TEXT NOT NULL, kid TEXT NOT NULL, envelope TEXT NOT NULL) STRICT;`);
    const sealed: string[] = [];
    for (let i = 0; i < n; i++) {
      const e = sealReport(report(`old ${i}`), new Uint8Array(32).fill(9));
      db.prepare('INSERT INTO envelopes (received_on, kid, envelope) VALUES (?, ?, ?)').run('2026-01-0' + (1 + (i % 9)), e.kid, JSON.stringify(e));
      sealed.push(e.sealed);
    }
    db.close();
    return sealed;
  }

  it('migrates a first-schema database: every envelope kept under a random id, the sequence emptied, an identity created', () => {
    const path = tempDb();
    const sealed = firstSchemaDb(path, 12);
    const lines: string[] = [];
    const store = openSqliteStore(path, { log: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/migrated to random ids: 12 envelope\(s\) kept, new server identity [0-9a-f]{32}/);
    expect(store.serverId).toMatch(/^[0-9a-f]{32}$/);
    const rows = store.list(100);
    expect(rows.map((r) => r.envelope.sealed).sort()).toEqual([...sealed].sort());
    expect(rows.map((r) => r.id).some((id) => id > 12)).toBe(true);
    const serverId = store.serverId;
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM sqlite_sequence').get()).toEqual({ n: 0 });
    db.close();
    const again = openSqliteStore(path);
    expect(again.serverId).toBe(serverId);
    expect(again.count()).toBe(12);
    again.close();
  });

  it('refuses a database of an unknown schema version and changes nothing', () => {
    const path = tempDb();
    openSqliteStore(path).close();
    const db = new Database(path);
    db.pragma('user_version = 7');
    db.close();
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(() => openSqliteStore(path)).toThrow(StoreSchemaError);
    expect(() => openSqliteStore(path)).toThrow(/schema version 7, expected 3\); nothing was changed/);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });

  it('adds the photo tables to a version-2 database, keeping its envelopes and identity', () => {
    const path = tempDb();
    const old = openSqliteStore(path);
    old.insert(sealReport(report('kept'), new Uint8Array(32).fill(3)), '2026-03-01');
    const serverId = old.serverId;
    old.close();
    const db = new Database(path);
    for (const table of ['uploads', 'upload_chunks', 'photo_batches', 'photo_deliveries', 'photo_acks']) db.exec(`DROP TABLE ${table}`);
    db.pragma('user_version = 2');
    db.close();
    const store = openSqliteStore(path);
    expect(store.serverId).toBe(serverId);
    expect(store.count()).toBe(1);
    expect(store.photos.create(262160, '2026-03-02').received).toBe(0);
    store.close();
  });

  it('gives each new database its own identity', () => {
    const a = openSqliteStore(tempDb());
    const b = openSqliteStore(tempDb());
    expect(a.serverId).not.toBe(b.serverId);
    a.close();
    b.close();
  });
});

describe('retention limit', () => {
  it('RETENTION_DAYS deletes envelopes still stored that many days after the day they arrived; 0 keeps them', () => {
    const store = openSqliteStore(tempDb());
    const e = () => sealReport(report('r'), new Uint8Array(32).fill(3));
    store.insert(e(), '2026-03-01');
    store.insert(e(), '2026-03-02');
    store.insert(e(), '2026-03-09');
    const now = new Date('2026-03-09T12:00:00Z');
    expect(runHousekeeping({ store, deleteAfterExport: true, retentionDays: 0, analystKids: [], now })).toEqual({
      acknowledged: 0,
      expired: 0,
      incompleteUploads: 0,
      expiredReplies: 0,
    });
    expect(store.count()).toBe(3);
    // Kept through day + 7: 2026-03-02 is the last day kept on 2026-03-09.
    expect(runHousekeeping({ store, deleteAfterExport: true, retentionDays: 7, analystKids: [], now })).toEqual({
      acknowledged: 0,
      expired: 1,
      incompleteUploads: 0,
      expiredReplies: 0,
    });
    expect(
      store
        .list(10)
        .map((r) => r.receivedOn)
        .sort(),
    ).toEqual(['2026-03-02', '2026-03-09']);
    store.close();
  });
});

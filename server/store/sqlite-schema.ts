/**
 * The database schema, its version (PRAGMA user_version) and the one migration, from the first
 * schema (AUTOINCREMENT ids: arrival order, and a count of every report ever received in
 * sqlite_sequence). docs/batch-transfer.md explains the tables.
 */
import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';

export const SCHEMA_VERSION = 3;

export class StoreSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreSchemaError';
  }
}

/** 128 random bits as 32 hex digits: server identities and batch ids. */
export function randomHexId(): string {
  return randomBytes(16).toString('hex');
}

/**
 * A random envelope id in 1 … 2^53-1: a JSON-safe integer, so the batch line keeps its format,
 * and with no relation to arrival order. A collision (about 1 in 10^4 over a million reports)
 * is caught by the primary key and drawn again.
 */
export function randomEnvelopeId(): number {
  for (;;) {
    const id = Number(randomBytes(8).readBigUInt64BE() >> 11n);
    if (id > 0) return id;
  }
}

/** Run `insert` with a fresh random id until it does not collide; returns the id used. */
export function insertWithRandomId(insert: (id: number) => void): number {
  for (;;) {
    const id = randomEnvelopeId();
    try {
      insert(id);
      return id;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') throw e;
    }
  }
}

/**
 * Sealed photos (docs/photos.md), added in schema version 3. Keyed by their random id with no
 * rowid, so neither rows nor chunks are numbered in arrival order. An upload is `complete` once
 * its last chunk is stored; only complete ones are sent to analysts.
 */
const PHOTO_TABLES = `
  CREATE TABLE uploads (
    id TEXT PRIMARY KEY,         -- randomHexId
    created_on TEXT NOT NULL,    -- UTC day
    size INTEGER NOT NULL,       -- sealed size: one of SEALED_PHOTO_SIZES
    received INTEGER NOT NULL,   -- chunks stored, from the first
    complete INTEGER NOT NULL CHECK (complete IN (0, 1))
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE upload_chunks (
    upload_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    bytes BLOB NOT NULL,
    PRIMARY KEY (upload_id, n)
  ) STRICT, WITHOUT ROWID;
  -- Photo batches are their own: an acknowledgement of one can never touch report envelopes.
  CREATE TABLE photo_batches (
    batch_id TEXT PRIMARY KEY,
    analyst_kid TEXT NOT NULL,
    delivered_on TEXT NOT NULL,
    acked INTEGER NOT NULL CHECK (acked IN (0, 1))
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE photo_deliveries (
    batch_id TEXT NOT NULL,
    upload_id TEXT NOT NULL,
    PRIMARY KEY (batch_id, upload_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX photo_deliveries_by_upload ON photo_deliveries (upload_id);
  CREATE TABLE photo_acks (
    upload_id TEXT NOT NULL,
    analyst_kid TEXT NOT NULL,
    PRIMARY KEY (upload_id, analyst_kid)
  ) STRICT, WITHOUT ROWID;
`;

const TABLES =
  `
  -- Random ids (randomEnvelopeId): the rowid IS the id, so neither the key nor the rowid grows
  -- with arrival. No AUTOINCREMENT: it would keep a count of all reports ever in sqlite_sequence.
  CREATE TABLE envelopes (
    id INTEGER PRIMARY KEY,
    received_on TEXT NOT NULL,   -- UTC day, YYYY-MM-DD
    kid TEXT NOT NULL,
    envelope TEXT NOT NULL       -- the envelope JSON exactly as accepted
  ) STRICT;
  -- One row per GET response body that carried envelopes to an analyst key.
  CREATE TABLE batches (
    batch_id TEXT PRIMARY KEY,   -- randomHexId
    analyst_kid TEXT NOT NULL,
    delivered_on TEXT NOT NULL,  -- UTC day; old records are forgotten (deleteReceivedBefore)
    acked INTEGER NOT NULL CHECK (acked IN (0, 1))
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE deliveries (
    batch_id TEXT NOT NULL,
    envelope_id INTEGER NOT NULL,
    PRIMARY KEY (batch_id, envelope_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX deliveries_by_envelope ON deliveries (envelope_id);
  -- Which analyst keys have stored which envelopes.
  CREATE TABLE acks (
    envelope_id INTEGER NOT NULL,
    analyst_kid TEXT NOT NULL,
    PRIMARY KEY (envelope_id, analyst_kid)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT, WITHOUT ROWID;
` + PHOTO_TABLES;

function tableNames(db: Database): Set<string> {
  return new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
}

/**
 * Create the schema in a new database, migrate a first-schema one (keeping every envelope), or
 * refuse one this version does not know. Returns the database's identity and how many
 * envelopes a migration moved (null: none ran).
 */
export function prepareSchema(db: Database, path: string): { serverId: string; migrated: number | null } {
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = tableNames(db);
  let migrated: number | null = null;
  if (version === 0 && tables.size === 0) {
    db.transaction(() => {
      db.exec(TABLES);
      db.prepare("INSERT INTO meta (name, value) VALUES ('server_id', ?)").run(randomHexId());
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  } else if (version === 0 && tables.has('envelopes') && !tables.has('meta')) {
    migrated = migrateFromFirstSchema(db);
  } else if (version === 2 && tables.has('meta')) {
    db.transaction(() => {
      db.exec(PHOTO_TABLES);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  } else if (version !== SCHEMA_VERSION || !tables.has('meta')) {
    throw new StoreSchemaError(
      `${path} is not a database this version of scanwitness can use (schema version ${version}, expected ${SCHEMA_VERSION}); ` +
        'nothing was changed. Use the scanwitness version that made it, or set DATABASE_PATH to another file',
    );
  }
  const row = db.prepare("SELECT value FROM meta WHERE name = 'server_id'").get() as { value: string } | undefined;
  if (!row || !/^[0-9a-f]{32}$/.test(row.value)) throw new StoreSchemaError(`${path} is damaged: it has no server identity; nothing was changed`);
  return { serverId: row.value, migrated };
}

/** Copy every envelope under a new random id, in random order, then drop the old table. One transaction. */
function migrateFromFirstSchema(db: Database): number {
  return db.transaction(() => {
    const old = db.prepare('SELECT id FROM envelopes ORDER BY random()').all() as { id: number }[];
    db.exec('ALTER TABLE envelopes RENAME TO envelopes_v1');
    db.exec(TABLES);
    const copy = db.prepare('INSERT INTO envelopes (id, received_on, kid, envelope) SELECT ?, received_on, kid, envelope FROM envelopes_v1 WHERE id = ?');
    for (const { id } of old) insertWithRandomId((newId) => copy.run(newId, id));
    db.exec('DROP TABLE envelopes_v1');
    // sqlite_sequence cannot be dropped; emptied, it counts nothing.
    if (tableNames(db).has('sqlite_sequence')) db.exec('DELETE FROM sqlite_sequence');
    db.prepare("INSERT INTO meta (name, value) VALUES ('server_id', ?)").run(randomHexId());
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    return old.length;
  })();
}

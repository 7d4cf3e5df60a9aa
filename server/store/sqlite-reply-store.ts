/**
 * Replies in their own SQLite file (data/replies.sqlite): the reports' database keeps its schema,
 * and a reply never shares a file, a table or a transaction with a report. Same durability as
 * reports: WAL, synchronous FULL (an upload answered 200 survives a power cut), secure_delete.
 */
import { randomBytes } from 'node:crypto';
import { addDays, type ReplyStore } from './reply-store.js';
import { openDatabase } from './sqlite-store.js';
import { StoreSchemaError } from './sqlite-schema.js';

const REPLY_SCHEMA_VERSION = 1;

const TABLES = `
  -- rowid only orders the slots of one expiry day (oldest kept when there are more than slots).
  CREATE TABLE replies (
    sealed BLOB NOT NULL UNIQUE,  -- the sealed reply slot (protocol/reply-envelope.ts)
    expires_on TEXT NOT NULL      -- UTC day it is deleted
  ) STRICT;
  CREATE INDEX replies_by_expiry ON replies (expires_on);
  CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT, WITHOUT ROWID;
`;

export function openSqliteReplyStore(path: string): ReplyStore {
  const db = openDatabase(path);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) {
    db.transaction(() => {
      db.exec(TABLES);
      db.prepare("INSERT INTO meta (name, value) VALUES ('list_secret', ?)").run(randomBytes(32));
      db.pragma(`user_version = ${REPLY_SCHEMA_VERSION}`);
    })();
  } else if (version !== REPLY_SCHEMA_VERSION) {
    db.close();
    throw new StoreSchemaError(`${path} is not a replies database this version of scanwitness can use (schema version ${version}); nothing was changed`);
  }
  const secret = db.prepare("SELECT value FROM meta WHERE name = 'list_secret'").get() as { value: Buffer } | undefined;
  if (!secret || secret.value.length !== 32) throw new StoreSchemaError(`${path} is damaged: it has no list secret; nothing was changed`);
  const insert = db.prepare('INSERT OR IGNORE INTO replies (sealed, expires_on) VALUES (?, ?)');
  const visible = db.prepare('SELECT sealed FROM replies WHERE expires_on > ? AND expires_on < ? ORDER BY expires_on, rowid');
  const expire = db.prepare('DELETE FROM replies WHERE expires_on <= ?');
  const count = db.prepare('SELECT count(*) AS n FROM replies');
  const addAll = db.transaction((slots: readonly Uint8Array[], expiresOn: string) => {
    let added = 0;
    for (const slot of slots) added += insert.run(Buffer.from(slot.buffer, slot.byteOffset, slot.byteLength), expiresOn).changes;
    return { added, duplicates: slots.length - added };
  });
  return {
    listSecret: new Uint8Array(secret.value),
    add: (slots, expiresOn) => addAll(slots, expiresOn),
    // Stored on day U, a slot expires on U + replyDays: stored before `day` means it expires before day + replyDays.
    visibleOn: (day, replyDays) => (visible.all(day, addDays(day, replyDays)) as { sealed: Buffer }[]).map((r) => new Uint8Array(r.sealed)),
    deleteExpiredBy: (day) => expire.run(day).changes,
    count: () => (count.get() as { n: number }).n,
    close: () => db.close(),
  };
}

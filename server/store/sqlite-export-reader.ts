/**
 * Reading the envelopes table straight from the database file, for `npm run export` (an
 * operator with the file, no server running or no network). The store's SQL lives in this
 * folder (sqlite-store.ts writes the table; this reads it).
 *
 * Opened read-only and iterated row by row: a large database needs no more memory than a small
 * one, and reading while the server runs is safe (one SELECT is one consistent snapshot under WAL).
 */
import Database from 'better-sqlite3';

/** One row as stored: the envelope's JSON text exactly as the server accepted it. */
export interface StoredEnvelopeText {
  id: number;
  receivedOn: string;
  envelopeJson: string;
}

export interface EnvelopeTableReader {
  /** Every row, in id order — random, so no order of arrival (docs/batch-transfer.md). */
  rows(): IterableIterator<StoredEnvelopeText>;
  close(): void;
}

/** The file cannot be read as a scanwitness database. */
export class StoreOpenError extends Error {
  constructor(
    readonly code: 'not_scanwitness' | 'cannot_open',
    message: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

export function openEnvelopeTableReader(path: string): EnvelopeTableReader {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.prepare('SELECT 1 FROM envelopes LIMIT 1').get();
  } catch (e) {
    const message = (e as Error).message;
    if (/no such table/.test(message)) throw new StoreOpenError('not_scanwitness', `${path} is not a scanwitness database (no envelopes table)`);
    throw new StoreOpenError('cannot_open', `cannot open database ${path} read-only: ${message}`);
  }
  const select = db.prepare('SELECT id, received_on, envelope FROM envelopes ORDER BY id');
  return {
    *rows() {
      for (const row of select.iterate() as IterableIterator<{ id: number; received_on: string; envelope: string }>) {
        yield { id: row.id, receivedOn: row.received_on, envelopeJson: row.envelope };
      }
    },
    close: () => db.close(),
  };
}

/**
 * Export every stored envelope from the server's SQLite file as an NDJSON batch file — for an
 * operator with the database file (a backup, or a server without network access). The same
 * batch format `npm run fetch` writes:
 *
 *   {"id":<int>,"receivedOn":"YYYY-MM-DD","envelope":{"v":1,"kid":"…","sealed":"…"}}
 *
 * The database is opened read-only and streamed row by row, so a large database needs no more
 * memory than a small one, and exporting while the server runs is safe (one SELECT is one
 * consistent snapshot under WAL).
 */
import Database from 'better-sqlite3';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';

export interface ExportOptions {
  dbPath: string;
  outPath: string;
  /** Only envelopes with id > afterId (to export what is new since the last export). */
  afterId?: number;
}

export interface ExportSummary {
  exported: number;
  firstId: number | null;
  lastId: number | null;
  /** Rows whose stored envelope is not JSON: not exported, listed so the operator can look. */
  skippedIds: number[];
}

export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

function openDatabase(path: string): Database.Database {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.prepare('SELECT 1 FROM envelopes LIMIT 1').get();
    return db;
  } catch (e) {
    const message = (e as Error).message;
    if (/no such table/.test(message)) throw new ExportError(`${path} is not a scanwitness database (no envelopes table)`);
    throw new ExportError(`cannot open database ${path} read-only: ${message}`);
  }
}

export async function exportBatch(options: ExportOptions): Promise<ExportSummary> {
  const db = openDatabase(options.dbPath);
  const out = createWriteStream(options.outPath, { flags: 'wx', mode: 0o600, highWaterMark: 1024 * 1024 });
  try {
    await new Promise<void>((resolve, reject) => {
      out.once('open', () => resolve());
      out.once('error', reject);
    });
  } catch (e) {
    db.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ExportError(`${options.outPath} already exists; export never overwrites — choose another --out`);
    throw new ExportError(`cannot create ${options.outPath}: ${code ?? String(e)}`);
  }
  let failure: Error | undefined;
  out.on('error', (e) => {
    failure = e;
  });
  const summary: ExportSummary = { exported: 0, firstId: null, lastId: null, skippedIds: [] };
  try {
    const rows = db
      .prepare('SELECT id, received_on, envelope FROM envelopes WHERE id > ? ORDER BY id')
      .iterate(options.afterId ?? 0) as IterableIterator<{ id: number; received_on: string; envelope: string }>;
    for (const row of rows) {
      try {
        JSON.parse(row.envelope);
      } catch {
        summary.skippedIds.push(row.id);
        continue;
      }
      // The envelope text exactly as the server accepted it: decrypt checks it; re-encoding here could hide a fault.
      const line = `{"id":${row.id},"receivedOn":${JSON.stringify(row.received_on)},"envelope":${row.envelope}}\n`;
      summary.exported += 1;
      summary.firstId ??= row.id;
      summary.lastId = row.id;
      if (failure) throw failure;
      if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    if (failure) throw failure;
  } catch (e) {
    out.destroy();
    await rm(options.outPath, { force: true });
    throw e instanceof ExportError ? e : new ExportError(`export failed, ${options.outPath} removed: ${(e as Error).message}`);
  } finally {
    db.close();
  }
  return summary;
}

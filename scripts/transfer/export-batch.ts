/**
 * Export every stored envelope from the server's SQLite file as an NDJSON batch file — for an
 * operator with the database file (a backup, or a server without network access). The same
 * batch lines `npm run fetch` writes (protocol/batch-file.ts); the database is read by
 * server/store/sqlite-export-reader.ts (read-only, row by row).
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { writeBatchLineWithEnvelopeText } from '../../protocol/batch-file.js';
import { openEnvelopeTableReader, StoreOpenError, type EnvelopeTableReader } from '../../server/store/sqlite-export-reader.js';

export interface ExportOptions {
  dbPath: string;
  outPath: string;
}

export interface ExportSummary {
  exported: number;
  /** Rows whose stored envelope is not JSON: not exported, listed so the operator can look. */
  skippedIds: number[];
}

export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

function openDatabase(path: string): EnvelopeTableReader {
  try {
    return openEnvelopeTableReader(path);
  } catch (e) {
    throw e instanceof StoreOpenError ? new ExportError(e.message) : e;
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
  const summary: ExportSummary = { exported: 0, skippedIds: [] };
  try {
    for (const row of db.rows()) {
      try {
        JSON.parse(row.envelopeJson);
      } catch {
        summary.skippedIds.push(row.id);
        continue;
      }
      // The envelope text exactly as the server accepted it: decrypt checks it; re-encoding here could hide a fault.
      const line = writeBatchLineWithEnvelopeText(row.id, row.receivedOn, row.envelopeJson);
      summary.exported += 1;
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

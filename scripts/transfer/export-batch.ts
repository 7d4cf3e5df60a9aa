/**
 * Export every stored envelope from the server's SQLite file as an NDJSON batch file — for an
 * operator with the database file (a backup, or a server without network access). The same
 * batch lines `npm run fetch` writes (protocol/batch-file.ts); the database is read by
 * server/store/sqlite-export-reader.ts (read-only, row by row).
 */
import { rm, type FileHandle } from 'node:fs/promises';
import { openNewPrivateFile } from '../../protocol/node/private-files.js';
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
  let handle: FileHandle;
  try {
    handle = await openNewPrivateFile(options.outPath);
  } catch (e) {
    db.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ExportError(`${options.outPath} already exists; export never overwrites — choose another --out`);
    throw new ExportError(`cannot create ${options.outPath}: ${code ?? String(e)}`);
  }
  const summary: ExportSummary = { exported: 0, skippedIds: [] };
  // Lines are gathered into ~1 MB writes: one system call per thousand-odd envelopes.
  let chunk: string[] = [];
  let chunkLength = 0;
  const flush = async () => {
    await handle.writeFile(chunk.join(''));
    chunk = [];
    chunkLength = 0;
  };
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
      chunk.push(line);
      chunkLength += line.length;
      if (chunkLength >= 1024 * 1024) await flush();
    }
    await flush();
    // Written means on the disk: the operator may move this file off the server next.
    await handle.sync();
    await handle.close();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(options.outPath, { force: true });
    throw e instanceof ExportError ? e : new ExportError(`export failed, ${options.outPath} removed: ${(e as Error).message}`);
  } finally {
    db.close();
  }
  return summary;
}

/**
 * The files decrypt writes. They hold plaintext testimony, so: a folder only the analyst can
 * open (0700), files only the analyst can read (0600), never an existing file overwritten,
 * and everything removed again if the run fails half-way (a partial output must not pass for
 * a complete one).
 */
import type Database from 'better-sqlite3';
import { closeSync, existsSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makePrivateFolder, openNewPrivateFile, openNewPrivateFileSync, syncAndCloseSync } from '../../protocol/node/private-files.js';
import { CSV_HEADER, csvRow, SCALAR_COLUMNS } from './columns.js';

export const OUTPUT_NAMES = { reports: 'reports.ndjson', csv: 'reports.csv', quarantine: 'quarantine.ndjson', answers: 'answers.ndjson' } as const;

export class OutputExistsError extends Error {
  constructor(
    readonly path: string,
    flag = '--out-dir',
  ) {
    super(
      `${path} already exists (another run's results); decrypt never overwrites or mixes runs: give a new folder with ${flag}, or move the old results away`,
    );
    this.name = 'OutputExistsError';
  }
}

/** The same refusal as openOutputs, before anything is unlocked: the passphrase is not asked for a run that cannot write. */
export function refuseExistingOutputs(dir: string, sqlitePath?: string): void {
  for (const name of Object.values(OUTPUT_NAMES)) if (existsSync(join(dir, name))) throw new OutputExistsError(join(dir, name));
  // Photos are written after the reports (scripts/decrypt/photos.ts), never over an earlier run's.
  if (existsSync(join(dir, 'photos'))) throw new OutputExistsError(join(dir, 'photos'));
  if (sqlitePath && existsSync(sqlitePath)) throw new OutputExistsError(sqlitePath, '--sqlite');
}

/**
 * An output file written with synchronous writes. A batch's text goes straight from the string
 * to the page cache (no Buffer per write waiting for the garbage collector), the workers keep
 * working meanwhile, and a full disk fails the run at once.
 */
class Sink {
  private fd: number | undefined;

  private constructor(
    readonly path: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  static async create(path: string): Promise<Sink> {
    try {
      return new Sink(path, openNewPrivateFileSync(path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputExistsError(path);
      throw e;
    }
  }

  /** Write text, or bytes already UTF-8 (as the workers send them). */
  async write(data: string | Uint8Array): Promise<void> {
    if (data.length === 0) return;
    if (this.fd === undefined) throw new Error(`${this.path} is closed`);
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    // writeSync may write part of a large buffer: write the rest.
    for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at);
  }

  async close(): Promise<void> {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    syncAndCloseSync(fd);
  }

  destroy(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

export interface SqlRow {
  id: number;
  receivedOn: string;
  json: string;
  values: (string | number | null)[];
  reasons: string[];
  outcomes: string[];
}

/** Optional SQLite output: `reports` (one column per scalar field + the full JSON) and the multi-selects. */
class SqliteSink {
  private readonly db: Database.Database;
  private readonly insertBatch: (rows: SqlRow[]) => void;

  constructor(
    readonly path: string,
    SQLite: typeof Database,
  ) {
    this.db = new SQLite(path);
    // A fresh output file that is deleted if the run fails: no need to survive a power cut mid-run.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    const columns = SCALAR_COLUMNS.map((c) => `  ${c.sql} ${c.sql === 'meta_synthetic' ? 'INTEGER' : 'TEXT'}, -- ${c.name}`).join('\n');
    this.db.exec(`
      CREATE TABLE reports (
        -- The server's id (batch line "id"). Not a PRIMARY KEY: batches from two servers may reuse
        -- ids, and a conflict must not stop a run or lose a report.
        id INTEGER NOT NULL,
        received_on TEXT NOT NULL, -- UTC day the server received it
      ${columns}
        report_json TEXT NOT NULL -- the whole validated report
      ) STRICT;
      CREATE TABLE report_reasons (report_id INTEGER NOT NULL, reason TEXT NOT NULL) STRICT; -- scan.reasonGiven, one row per answer
      CREATE TABLE report_outcomes (report_id INTEGER NOT NULL, outcome TEXT NOT NULL) STRICT; -- outcome, one row per answer

    `);
    const placeholders = SCALAR_COLUMNS.map(() => '?').join(', ');
    const insertReport = this.db.prepare(
      `INSERT INTO reports (id, received_on, ${SCALAR_COLUMNS.map((c) => c.sql).join(', ')}, report_json) VALUES (?, ?, ${placeholders}, ?)`,
    );
    const insertReason = this.db.prepare('INSERT INTO report_reasons (report_id, reason) VALUES (?, ?)');
    const insertOutcome = this.db.prepare('INSERT INTO report_outcomes (report_id, outcome) VALUES (?, ?)');
    this.insertBatch = this.db.transaction((rows: SqlRow[]) => {
      for (const row of rows) {
        insertReport.run(row.id, row.receivedOn, ...row.values, row.json);
        for (const reason of row.reasons) insertReason.run(row.id, reason);
        for (const outcome of row.outcomes) insertOutcome.run(row.id, outcome);
      }
    });
  }

  insert(rows: SqlRow[]): void {
    if (rows.length > 0) this.insertBatch(rows);
  }

  /** Index once at the end: faster than keeping indexes up to date row by row. */
  finish(): void {
    this.db.exec(`
      CREATE INDEX reports_id ON reports (id);
      CREATE INDEX report_reasons_id ON report_reasons (report_id);
      CREATE INDEX report_outcomes_id ON report_outcomes (report_id);
    `);
    this.close();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export interface Outputs {
  dir: string;
  paths: { reports: string; csv: string; quarantine: string; answers: string; sqlite?: string };
  reports: Sink;
  csv: Sink;
  quarantine: Sink;
  /** Witnesses' answers to replies (decrypted answer lines, protocol/batch-file.ts): never among the reports. */
  answers: Sink;
  sqlite?: SqliteSink;
  /** Flush and close everything. */
  close(): Promise<void>;
  /** Close and delete everything written (after a failure). */
  discard(): Promise<void>;
}

export async function openOutputs(dir: string, sqlitePath?: string): Promise<Outputs> {
  await makePrivateFolder(dir);
  const paths = {
    reports: join(dir, OUTPUT_NAMES.reports),
    csv: join(dir, OUTPUT_NAMES.csv),
    quarantine: join(dir, OUTPUT_NAMES.quarantine),
    answers: join(dir, OUTPUT_NAMES.answers),
    ...(sqlitePath ? { sqlite: sqlitePath } : {}),
  };
  const created: string[] = [];
  const sinks: Sink[] = [];
  let sqlite: SqliteSink | undefined;
  const discard = async () => {
    for (const s of sinks) s.destroy();
    sqlite?.close();
    await Promise.all(created.map((p) => rm(p, { force: true })));
  };
  try {
    for (const path of [paths.reports, paths.csv, paths.quarantine, paths.answers]) {
      sinks.push(await Sink.create(path));
      created.push(path);
    }
    if (paths.sqlite) {
      // Create it ourselves first: exclusive, and 0600 (SQLite would use the umask).
      const handle = await openNewPrivateFile(paths.sqlite).catch((e: NodeJS.ErrnoException) => {
        throw e.code === 'EEXIST' ? new OutputExistsError(paths.sqlite!, '--sqlite') : e;
      });
      await handle.close();
      created.push(paths.sqlite);
      // Loaded only when asked for: a run without --sqlite does not carry it (~5 MB of RSS).
      const { default: SQLite } = await import('better-sqlite3');
      sqlite = new SqliteSink(paths.sqlite, SQLite);
    }
  } catch (e) {
    await discard();
    throw e;
  }
  const [reports, csv, quarantine, answers] = sinks as [Sink, Sink, Sink, Sink];
  // BOM: Excel otherwise reads UTF-8 as the local code page and garbles non-English narratives.
  await csv.write(`\uFEFF${csvRow(CSV_HEADER)}`);
  return {
    dir,
    paths,
    reports,
    csv,
    quarantine,
    answers,
    ...(sqlite ? { sqlite } : {}),
    async close() {
      await Promise.all(sinks.map((s) => s.close()));
      sqlite?.finish();
    },
    discard,
  };
}

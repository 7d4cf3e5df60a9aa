/**
 * Reading the analysis input one line at a time, never the whole file: decrypted lines
 * (protocol/batch-file.ts) as `npm run decrypt` writes them. Batch files are decrypted before
 * they get here (`analyse --key` runs decrypt's own path: scripts/decrypt/decrypt-batches.ts).
 * Every report is validated again with the report schema (a file may have been edited by
 * hand). Invalid lines are counted and described by line number and field, never quoted:
 * a quoted line could carry a narrative.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { AnalysisError } from './errors.js';
import { reportSchema, type Report } from '../../protocol/report-schema.js';
import { parseDecryptedLine } from '../../protocol/batch-file.js';

export interface InvalidLine {
  file: string;
  line: number;
  reason: string;
}

export interface InputStats {
  lines: number;
  valid: number;
  invalid: number;
  /** The first few invalid lines, for the person to fix; the count above is complete. */
  invalidExamples: InvalidLine[];
  /** Witnesses' answers to replies met in the input: set aside, never counted as reports (docs/replies.md). */
  answers: number;
}

export const MAX_INVALID_EXAMPLES = 20;

/**
 * An encrypted (batch) line in input read without the campaign key. Stops the run at once:
 * counting the decrypted lines around it would publish figures that leave out every report
 * in that file while looking complete.
 */
export class EncryptedWithoutKeyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
  ) {
    super(
      `${file}:${line} is an encrypted batch line, but no --key was given: give --key campaign.key to decrypt on the way, or analyse the reports.ndjson that npm run decrypt writes`,
    );
    this.name = 'EncryptedWithoutKeyError';
  }
}

/** Decrypted-report files by the name the tools write them: decrypt's, then simulate's. */
const DECRYPTED_NAMES = ['reports.ndjson', 'decrypted.ndjson'];
const natural = new Intl.Collator('en', { numeric: true });

/**
 * The files behind each --input without --key. A folder stands for the decrypted reports in it
 * (decrypt's reports.ndjson, simulate's decrypted.ndjson), else for its *.ndjson files, as
 * decrypt takes a folder; a .csv is decrypt's spreadsheet copy, and the answer names the
 * .ndjson beside it.
 */
export function resolveDecryptedInputs(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new AnalysisError(`input ${path} does not exist`);
    if (statSync(path).isDirectory()) {
      const names = readdirSync(path);
      const decrypted = DECRYPTED_NAMES.find((n) => names.includes(n));
      const chosen = decrypted ? [decrypted] : names.filter((n) => n.endsWith('.ndjson')).sort(natural.compare);
      if (chosen.length === 0)
        throw new AnalysisError(
          `${path} holds no reports.ndjson or other .ndjson file: give the folder npm run decrypt wrote (--out-dir), or its reports.ndjson`,
        );
      files.push(...chosen.map((n) => join(path, n)));
    } else if (path.toLowerCase().endsWith('.csv')) {
      const beside = join(dirname(path), 'reports.ndjson');
      throw new AnalysisError(
        `${path} is a CSV (decrypt writes it for spreadsheets); analyse reads the NDJSON: ` +
          (existsSync(beside) ? `give --input ${beside}` : 'give the reports.ndjson that npm run decrypt wrote with it'),
      );
    } else files.push(path);
  }
  return files;
}

export function emptyInputStats(): InputStats {
  return { lines: 0, valid: 0, invalid: 0, invalidExamples: [], answers: 0 };
}

/** Parse one decrypted line to a validated report, or explain why not. */
export function parseLine(text: string): { report: Report } | { error: string; needsKey?: true } | { answer: true } {
  const line = parseDecryptedLine(text);
  if (!line.ok && line.answer) return { answer: true };
  if (!line.ok) {
    return line.encrypted ? { error: 'a batch (encrypted) line, but no --key was given to decrypt it', needsKey: true } : { error: line.message };
  }
  const parsed = reportSchema.safeParse(line.report);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { error: `report fails schema at ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}` };
  }
  return { report: parsed.data };
}

/** Count one invalid line, keeping the first few as examples. */
export function countInvalid(stats: InputStats, invalid: InvalidLine): void {
  stats.lines += 1;
  stats.invalid += 1;
  if (stats.invalidExamples.length < MAX_INVALID_EXAMPLES) stats.invalidExamples.push(invalid);
}

/** Stream the valid reports of `paths`, in order; invalid lines go into `stats`. */
export async function* readReports(paths: string[], stats: InputStats): AsyncGenerator<Report> {
  for (const file of paths) {
    const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
    let line = 0;
    for await (const text of rl) {
      line += 1;
      if (text.trim() === '') continue;
      const result = parseLine(text);
      if ('report' in result) {
        stats.lines += 1;
        stats.valid += 1;
        yield result.report;
      } else if ('answer' in result) {
        stats.answers += 1;
      } else {
        if ('needsKey' in result) throw new EncryptedWithoutKeyError(file, line);
        countInvalid(stats, { file, line, reason: result.error });
      }
    }
  }
}

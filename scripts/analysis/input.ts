/**
 * Reading the analysis input one line at a time, never the whole file: decrypted lines
 * (protocol/batch-file.ts) as `npm run decrypt` writes them. Batch files are decrypted before
 * they get here (`analyse --key` runs decrypt's own path: scripts/decrypt/decrypt-batches.ts).
 * Every report is validated again with the report schema (a file may have been edited by
 * hand). Invalid lines are counted and described by line number and field, never quoted:
 * a quoted line could carry a narrative.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
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

export function emptyInputStats(): InputStats {
  return { lines: 0, valid: 0, invalid: 0, invalidExamples: [] };
}

/** Parse one decrypted line to a validated report, or explain why not. */
export function parseLine(text: string): { report: Report } | { error: string; needsKey?: true } {
  const line = parseDecryptedLine(text);
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
      } else {
        if ('needsKey' in result) throw new EncryptedWithoutKeyError(file, line);
        countInvalid(stats, { file, line, reason: result.error });
      }
    }
  }
}

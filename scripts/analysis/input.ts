/**
 * Reading the analysis input one line at a time, never the whole file:
 * - decrypted NDJSON (`npm run decrypt`): {"id":…,"receivedOn":"YYYY-MM-DD","report":{…}}
 * - batch files (export/fetch): {"id":…,"receivedOn":"…","envelope":{"v":1,"kid":"…","sealed":"…"}},
 *   opened with the campaign secret key on the way.
 * Every report is validated again with the report schema (a file may have been edited by
 * hand). Invalid lines are counted and described by line number and field, never quoted:
 * a quoted line could carry a narrative.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { reportSchema, type Report } from '../../protocol/report-schema.js';
import { EnvelopeError, openEnvelope, type CampaignKeyPair } from '../../protocol/envelope.js';

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
  constructor(readonly file: string, readonly line: number) {
    super(`${file}:${line} is an encrypted batch line, but no --key was given: give --key campaign.key to decrypt on the way, or analyse the reports.ndjson that npm run decrypt writes`);
    this.name = 'EncryptedWithoutKeyError';
  }
}

export function emptyInputStats(): InputStats {
  return { lines: 0, valid: 0, invalid: 0, invalidExamples: [] };
}

/** Parse one input line to a validated report, or explain why not. */
export function parseLine(text: string, keyPair: CampaignKeyPair | null): { report: Report } | { error: string; needsKey?: true } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  if ('report' in record) {
    const parsed = reportSchema.safeParse(record.report);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { error: `report fails schema at ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}` };
    }
    return { report: parsed.data };
  }
  if ('envelope' in record) {
    if (keyPair === null) return { error: 'a batch (encrypted) line, but no --key was given to decrypt it', needsKey: true };
    try {
      return { report: openEnvelope(record.envelope as never, keyPair) };
    } catch (e) {
      if (e instanceof EnvelopeError) return { error: `envelope ${e.code}: ${e.message}` };
      return { error: 'envelope could not be opened' };
    }
  }
  return { error: 'neither a "report" nor an "envelope" field' };
}

/** Stream the valid reports of `paths`, in order; invalid lines go into `stats`. */
export async function* readReports(paths: string[], keyPair: CampaignKeyPair | null, stats: InputStats): AsyncGenerator<Report> {
  for (const file of paths) {
    const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
    let line = 0;
    for await (const text of rl) {
      line += 1;
      if (text.trim() === '') continue;
      stats.lines += 1;
      const result = parseLine(text, keyPair);
      if ('report' in result) {
        stats.valid += 1;
        yield result.report;
      } else {
        if ('needsKey' in result) throw new EncryptedWithoutKeyError(file, line);
        stats.invalid += 1;
        if (stats.invalidExamples.length < MAX_INVALID_EXAMPLES) stats.invalidExamples.push({ file, line, reason: result.error });
      }
    }
  }
}

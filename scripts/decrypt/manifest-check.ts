/**
 * Checks each batch file against the manifest `npm run fetch` wrote next to it
 * (batch-<first>-<last>.manifest.json: count and SHA-256 of the .ndjson), before anything is
 * decrypted. Decryption cannot notice a file cut short exactly at a line boundary, or a deleted,
 * duplicated or swapped line: every line left is a valid envelope. Only the manifest can.
 *
 * Files without a manifest (`npm run export`, a quarantine retry file) are decrypted as before;
 * the caller reports how many were checked. Offline: the manifest's `server` is only quoted.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  manifestNameMismatch,
  manifestPathFor,
  parseBatchFileName,
  parseManifest,
  type BatchManifest,
  type LegacyBatchManifest,
} from '../../protocol/batch-file.js';
import { InputError } from './inputs.js';

/** Far above any manifest fetch writes (~200 bytes): a bigger file is not one. */
const MAX_MANIFEST_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

export interface BatchFileDigest {
  sha256: string;
  /** Lines holding anything but whitespace: what decrypt reads as envelopes, and what fetch counts. */
  lines: number;
  bytes: number;
  /** False when the last line has no newline: fetch always ends a batch with one. */
  endsWithNewline: boolean;
}

export interface ManifestCheckSummary {
  files: number;
  /** Files that had a manifest and matched it. */
  checked: number;
  /** Files named like fetch's batches (batch-<first>-<last>.ndjson) but with no manifest beside them. */
  missingManifests: string[];
}

/** The exit status of decrypt (and analyse --key) when a batch does not match its manifest. */
export const EXIT_MANIFEST = 4;

/** One or more batch files do not match their manifest, or a manifest is damaged. Nothing was decrypted. */
export class ManifestCheckError extends Error {
  constructor(
    readonly problems: readonly string[],
    server: string | undefined,
  ) {
    const n = problems.length;
    // The server is quoted from a manifest: printed only if it looks like the URL fetch wrote.
    const url = server !== undefined && /^https?:\/\/[\x21-\x7e]+$/.test(server) ? server : 'URL';
    super(
      `${n} batch file${n === 1 ? ' does' : 's do'} not match the manifest fetch wrote with ${n === 1 ? 'it' : 'them'}; nothing was decrypted:\n` +
        problems.map((p) => `  ${p}\n`).join('') +
        `Decrypting ${n === 1 ? 'it as it is' : 'them as they are'} would silently lose or change reports. What to do:\n` +
        '  - restore the .ndjson and its .manifest.json from your backup, or\n' +
        `  - ask the operator of ${url} for \`npm run export\` of the database (it holds them only\n` +
        '    with DELETE_AFTER_EXPORT=false; fetch sends each envelope to your key once);\n' +
        '  - if you changed a file on purpose, run decrypt with --no-manifest-check.',
    );
    this.name = 'ManifestCheckError';
  }
}

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0b || b === 0x0c;

/** SHA-256 and line count of a file in one streamed pass: constant memory, whatever its size. */
export async function digestBatchFile(path: string): Promise<BatchFileDigest> {
  const hash = createHash('sha256');
  let lines = 0;
  let bytes = 0;
  let hasContent = false; // the current line holds something besides whitespace
  let last = -1;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    last = chunk[chunk.length - 1]!;
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.length : newline;
      // A batch line starts with '{', so this stops at its first byte: the cost is the indexOf.
      for (let i = start; !hasContent && i < end; i++) if (!isSpace(chunk[i]!)) hasContent = true;
      if (newline === -1) break;
      if (hasContent) lines += 1;
      hasContent = false;
      start = newline + 1;
    }
  }
  if (hasContent) lines += 1;
  return { sha256: hash.digest('hex'), lines, bytes, endsWithNewline: last === NEWLINE };
}

type FileResult = { kind: 'none' } | { kind: 'match' } | { kind: 'problem'; problem: string; server?: string };

function describeMismatch(file: string, manifest: BatchManifest | LegacyBatchManifest, actual: BatchFileDigest): string {
  const expected = manifest.count;
  if (actual.sha256 === manifest.sha256) {
    return `${file}: its bytes match the manifest's SHA-256, but it has ${actual.lines} envelope lines and the manifest says ${expected}: the manifest was edited`;
  }
  const parts: string[] = [];
  if (actual.lines !== expected) {
    const diff = expected - actual.lines;
    const why = diff > 0 ? `${diff} fewer: cut short, or lines deleted` : `${-diff} more: lines duplicated or added`;
    parts.push(`${actual.lines} envelope line${actual.lines === 1 ? '' : 's'}, the manifest says ${expected} (${why})`);
  } else {
    parts.push(`the right number of lines (${expected}) but different bytes: a line was edited or replaced`);
  }
  if (actual.bytes > 0 && !actual.endsWithNewline) parts.push('its last line has no newline (cut mid-line)');
  parts.push(`SHA-256 ${actual.sha256}, the manifest says ${manifest.sha256}`);
  return `${file}: ${parts.join('; ')}`;
}

async function checkFile(file: string): Promise<FileResult> {
  const manifestPath = manifestPathFor(file);
  if (manifestPath === null) return { kind: 'none' };
  let text: string;
  try {
    const info = await stat(manifestPath);
    if (info.isFile() && info.size > MAX_MANIFEST_BYTES) {
      return { kind: 'problem', problem: `${file}: its manifest ${manifestPath} is damaged: ${info.size} bytes, too big to be one` };
    }
    text = await readFile(manifestPath, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'none' };
    return { kind: 'problem', problem: `${file}: cannot read its manifest ${manifestPath} (${code ?? String(e)})` };
  }
  let manifest: BatchManifest | LegacyBatchManifest;
  try {
    manifest = parseManifest(text);
  } catch (e) {
    return { kind: 'problem', problem: `${file}: its manifest ${manifestPath} is damaged: ${(e as Error).message}` };
  }
  const named = parseBatchFileName(basename(file));
  const misnamed = named === null ? null : manifestNameMismatch(named, manifest);
  if (misnamed !== null) return { kind: 'problem', problem: `${file}: ${misnamed} (files renamed or swapped?)`, server: manifest.server };
  let actual: BatchFileDigest;
  try {
    actual = await digestBatchFile(file);
  } catch (e) {
    throw new InputError(`cannot read batch file ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (actual.sha256 === manifest.sha256 && actual.lines === manifest.count) return { kind: 'match' };
  return { kind: 'problem', problem: describeMismatch(file, manifest, actual), server: manifest.server };
}

/**
 * Check every file that has a manifest, one after another (disk-bound). Throws ManifestCheckError
 * listing every mismatching file and damaged manifest at once, so one run shows all there is to
 * restore; InputError if a batch file cannot be read.
 */
export async function checkManifests(files: readonly string[], onProgress?: (done: number, total: number) => void): Promise<ManifestCheckSummary> {
  const summary: ManifestCheckSummary = { files: files.length, checked: 0, missingManifests: [] };
  const problems: string[] = [];
  let server: string | undefined;
  for (const [index, file] of files.entries()) {
    onProgress?.(index, files.length);
    const result = await checkFile(file);
    if (result.kind === 'match') summary.checked += 1;
    else if (result.kind === 'problem') {
      problems.push(result.problem);
      server ??= result.server;
    } else if (parseBatchFileName(basename(file))?.kind === 'ndjson') summary.missingManifests.push(file);
  }
  if (problems.length > 0) throw new ManifestCheckError(problems, server);
  return summary;
}

/**
 * npm run decrypt — open batch files with the campaign's secret key(s), offline.
 * Thin CLI (docs/architecture.md, "Errors"): flags, passphrases, progress and summary; the work is
 * scripts/decrypt/decrypt-batches.ts, the one decryption path.
 */
import { rm, rmdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import type { CryptoBackendChoice } from '../protocol/node/sodium-opener.js';
import { CliError, parseFlags, runCli } from './cli/run-cli.js';
import { passphrasesFor } from './cli/passphrase.js';
import { decryptBatches, type DecryptBatchesResult } from './decrypt/decrypt-batches.js';
import { expandInputs } from './decrypt/inputs.js';
import { EXIT_MANIFEST, type ManifestCheckSummary } from './decrypt/manifest-check.js';
import type { PassphraseSource } from './decrypt/keys.js';
import { OUTPUT_NAMES, refuseExistingOutputs } from './decrypt/outputs.js';
import { formatPhotoSummary, writePhotos } from './decrypt/photos.js';
import { missingKids, wrongKeyAdvice } from './decrypt/key-advice.js';
import type { DecryptProgress, DecryptSummary } from './decrypt/pipeline.js';

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_USAGE = 2;
export const EXIT_INCOMPLETE = 3;
export { EXIT_MANIFEST };

const DEFAULT_KEY = 'keys/campaign.key';
const DEFAULT_OUT_DIR = 'decrypted';

const HELP = `Usage: npm run decrypt -- [options] BATCH.ndjson|FOLDER [...]

Decrypts batch files (from \`npm run fetch\` or \`npm run export\`) on this machine, offline.
A FOLDER stands for all its *.ndjson files (e.g. batches/ from fetch), in natural order.
Before anything is decrypted, every batch file with a manifest beside it (fetch writes
batch-<server>-<n>.manifest.json) is checked against it: SHA-256 and number of lines. A file
cut short, with lines deleted, duplicated or edited, or swapped for another stops the run
(exit ${EXIT_MANIFEST}); files without a manifest (e.g. from export) are decrypted unchecked.
Every envelope is opened with the secret key named by its kid and validated against the report
schema. Nothing is dropped silently: an envelope that cannot be opened or validated goes to the
quarantine file with its reason, and the summary counts it.

Options:
  --key FILE              secret key file; repeat for several keys (key rotation: each envelope
                          is opened with the key its kid names). Default: ${DEFAULT_KEY}
  --passphrase-file FILE  read the key's passphrase from FILE (mode 0600) instead of asking.
                          Give it once for all keys, or once per --key, in the same order.
  --out-dir DIR           where to write the results (created 0700). Default: ./${DEFAULT_OUT_DIR}
  --sqlite FILE           also write a SQLite database: tables reports, report_reasons, report_outcomes
  --jobs N                worker threads (default: all ${availableParallelism()} cores)
  --crypto NAME           auto (default: sodium-native if it loads, else tweetnacl), sodium-native, tweetnacl
  --quiet                 no progress bar, and no summary unless something was quarantined
  --no-manifest-check     do not check batch files against their fetch manifests: only for a
                          file you changed on purpose (e.g. removed lines); the summary says so
  -h, --help              this text

Writes, in --out-dir (never overwriting an existing file; all files mode 0600):
  ${OUTPUT_NAMES.reports.padEnd(18)}one line per report: {"id","receivedOn","report"}
  ${OUTPUT_NAMES.csv.padEnd(18)}one row per report, one column per field, multi-selects as ;-joined slugs
                    plus one 0/1 column per option. Cells starting with = + - @ tab or CR are
                    prefixed with ' so a spreadsheet never runs them as formulas.
  ${OUTPUT_NAMES.quarantine.padEnd(18)}one line per envelope that was not written: {"source","id","reason",
                    "message","line"}; "line" is the original (encrypted) batch line, so it can be
                    retried later, e.g. with the right key:  jq -r 'select(.line) | .line'
  ${OUTPUT_NAMES.answers.padEnd(18)}witnesses' answers to the campaign's replies, one line each: {"id","receivedOn",
                    "answers","answer"}; "answers" is the id of the report it answers. Never
                    counted as a report.
  These files hold plaintext testimony, narratives and contact details included: keep them on
  this (encrypted) machine, never publish them, delete them when the analysis is done.

Quarantine reasons: invalid_line, truncated_line, line_too_long, invalid_envelope,
  unexpected_field, unsupported_version, invalid_kid, invalid_base64, invalid_length,
  missing_key (no --key for that kid), decryption_failed (altered, or sealed to another key),
  bad_padding, invalid_json, invalid_report (fails the report schema), internal_error;
  duplicate (identical sealed bytes to a report already written: counted once, not a failure).

Exit status:
  ${EXIT_OK}  every envelope was opened and written (duplicates allowed)
  ${EXIT_ERROR}  nothing usable was written: wrong passphrase, unreadable key or batch file, an output
     file already exists (checked before the passphrase is asked), no envelope opened because
     they need a key that was not given (the message names it), or the run failed. Nothing is
     kept, so a retry can use the same --out-dir
  ${EXIT_USAGE}  bad command line
  ${EXIT_INCOMPLETE}  finished, but some envelopes are in the quarantine file, or a photo a report names is
     missing, cut short or altered (each is named): the results are incomplete
  ${EXIT_MANIFEST}  a batch file does not match its fetch manifest (cut short, lines deleted, duplicated
     or edited, or another file), or a manifest is damaged: nothing was decrypted or written.
     Restore the files from a backup or fetch them again (the message says how)
  130 interrupted (partial outputs are deleted)
`;

const BACKENDS: readonly CryptoBackendChoice[] = ['auto', 'sodium-native', 'tweetnacl'];

/** The summary's manifest line; null when the check was turned off. */
export function formatManifestLine(m: ManifestCheckSummary | null): string {
  if (m === null) return '  manifests:  not checked (--no-manifest-check)';
  const files = `${m.files} batch file${m.files === 1 ? '' : 's'}`;
  if (m.checked === 0) return `  manifests:  none (${files} without a fetch manifest, not checked)`;
  const how = 'fetch manifest (SHA-256, line count)';
  if (m.checked === m.files) return `  manifests:  ${m.files === 1 ? 'the batch file matches its' : `all ${files} match their`} ${how}`;
  return `  manifests:  ${m.checked} of ${files} match their ${how}; ${m.files - m.checked} had none, not checked`;
}

export function formatSummary(s: DecryptSummary, manifests?: ManifestCheckSummary | null): string {
  const lines = [
    `decrypt: ${s.opened} report${s.opened === 1 ? '' : 's'} written, ${s.quarantined} quarantined, ${s.duplicates} duplicate${s.duplicates === 1 ? '' : 's'} (of ${s.lines} lines) in ${s.seconds.toFixed(1)} s`,
  ];
  for (const [reason, count] of Object.entries(s.reasons).sort((a, b) => b[1] - a[1])) lines.push(`  ${String(count).padStart(8)}  ${reason}`);
  if (manifests !== undefined) lines.push(formatManifestLine(manifests));
  lines.push(`  crypto: ${s.backend}${s.fallbackReason ? ` (slow fallback: ${s.fallbackReason})` : ''}, ${s.jobs} worker${s.jobs === 1 ? '' : 's'}`);
  lines.push(`  reports:    ${s.outputs.reports}`, `  csv:        ${s.outputs.csv}`, `  quarantine: ${s.outputs.quarantine}`);
  // Answers to replies are never reports: their own file, each with the id of the report it answers.
  if (s.answers > 0) lines.push(`  answers:    ${s.outputs.answers}  (${s.answers} answer${s.answers === 1 ? '' : 's'} to replies, not counted as reports)`);
  if (s.outputs.sqlite) lines.push(`  sqlite:     ${s.outputs.sqlite}`);
  if (s.quarantined > 0)
    lines.push(`  ${s.quarantined} envelope${s.quarantined === 1 ? ' was' : 's were'} not decrypted: see the reasons above and ${s.outputs.quarantine}`);
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const files = await expandInputs(options.inputs);
  // Before the passphrase: a run that could not write its results is refused first.
  refuseExistingOutputs(options.outDir, options.sqlitePath);
  const { summary, manifests } = await decryptWithProgress(options, files);
  const needed = summary.reasons.missing_key ? await missingKids(summary.outputs.quarantine) : new Map<string, number>();
  const advice = needed.size > 0 ? await wrongKeyAdvice(needed, options.keyPaths) : null;
  if (advice !== null && summary.opened === 0) {
    // Nothing opened: the run failed. Keep nothing, so the retry with the right key can use the same folder.
    await removeOutputs(summary, options.outDir);
    throw new CliError(`${advice}\nNo report was opened, so nothing was kept: the retry can use the same --out-dir.`, EXIT_ERROR);
  }
  const photos = await writePhotos({ reportsFile: summary.outputs.reports, batchFiles: files, outDir: options.outDir });
  const photoLines = formatPhotoSummary(photos)
    .map((l) => `${l}\n`)
    .join('');
  // --quiet hides a clean summary, never a run with quarantined envelopes or photos not written.
  if (!options.quiet) process.stdout.write(formatSummary(summary, manifests) + photoLines);
  else if (summary.quarantined > 0 || photos.problems.length > 0) process.stderr.write(formatSummary(summary, manifests) + photoLines);
  if (advice !== null) process.stderr.write(`decrypt: ${advice}\n  Give a new --out-dir for that run: these results stay as they are.\n`);
  if (summary.lines === 0) process.stderr.write(`decrypt: warning: no envelopes found in ${files.join(', ')}\n`);
  return summary.quarantined > 0 || photos.problems.length > 0 ? EXIT_INCOMPLETE : EXIT_OK;
}

/** Delete a finished run's files (and its folder, if that is now empty). */
async function removeOutputs(summary: DecryptSummary, outDir: string): Promise<void> {
  const { reports, csv, quarantine, answers, sqlite } = summary.outputs;
  await Promise.all([reports, csv, quarantine, answers, sqlite].filter((p): p is string => p !== undefined).map((p) => rm(p, { force: true })));
  await rmdir(outDir).catch(() => undefined);
}

interface CliOptions {
  /** Batch files and folders as given. */
  inputs: string[];
  keyPaths: string[];
  passphraseFor: PassphraseSource;
  outDir: string;
  sqlitePath: string | undefined;
  jobs: number;
  backend: CryptoBackendChoice;
  quiet: boolean;
  manifestCheck: boolean;
}

/** The command line, checked: every usage error (exit 2) before any file is touched. */
function parseOptions(argv: string[]): CliOptions {
  const { values, positionals } = parseFlags(
    argv,
    {
      key: { type: 'string', multiple: true },
      'passphrase-file': { type: 'string', multiple: true },
      'out-dir': { type: 'string' },
      sqlite: { type: 'string' },
      jobs: { type: 'string' },
      crypto: { type: 'string' },
      quiet: { type: 'boolean' },
      'no-manifest-check': { type: 'boolean' },
    },
    HELP,
  );
  if (positionals.length === 0) throw new CliError(`name at least one batch file\n\n${HELP}`, EXIT_USAGE);
  const keyPaths = values.key ?? [DEFAULT_KEY];
  const passphraseFor = passphrasesFor(values['passphrase-file'] ?? [], keyPaths.length);
  if (passphraseFor === null) {
    throw new CliError(
      `give --passphrase-file once (for every key) or once per --key (${keyPaths.length}), not ${values['passphrase-file']!.length} times`,
      EXIT_USAGE,
    );
  }
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new CliError('--jobs must be a whole number from 1 to 256', EXIT_USAGE);
  const backend = (values.crypto ?? 'auto') as CryptoBackendChoice;
  if (!BACKENDS.includes(backend)) throw new CliError(`--crypto must be one of ${BACKENDS.join(', ')}`, EXIT_USAGE);
  return {
    inputs: positionals,
    keyPaths,
    passphraseFor,
    outDir: values['out-dir'] ?? DEFAULT_OUT_DIR,
    sqlitePath: values.sqlite || undefined,
    jobs,
    backend,
    quiet: values.quiet === true,
    manifestCheck: values['no-manifest-check'] !== true,
  };
}

/**
 * The one decryption path (scripts/decrypt/decrypt-batches.ts: manifests, then the passphrase,
 * then every line on all cores, the keys wiped whatever happens), shown at the terminal: the
 * manifest check's progress and warnings, a progress bar once decrypting starts, and Ctrl-C
 * stopping it cleanly.
 */
async function decryptWithProgress(options: CliOptions, files: string[]): Promise<DecryptBatchesResult> {
  // Hashing takes a few seconds per GB: say why the passphrase prompt is not there yet.
  const showManifestProgress = !options.quiet && process.stderr.isTTY;
  let manifestLineOpen = false;
  const bar = options.quiet || !process.stderr.isTTY ? undefined : progressBar();
  let barStarted = false;
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
  };
  process.on('SIGINT', onSigint);
  try {
    return await decryptBatches({
      files,
      keyFiles: options.keyPaths,
      passphraseFor: options.passphraseFor,
      manifestCheck: options.manifestCheck,
      outDir: options.outDir,
      ...(options.sqlitePath ? { sqlitePath: options.sqlitePath } : {}),
      jobs: options.jobs,
      backend: options.backend,
      shouldStop: () => interrupted,
      ...(showManifestProgress
        ? {
            onManifestProgress: (done: number, total: number) => {
              manifestLineOpen = true;
              process.stderr.write(`\r\x1b[Kdecrypt: checking batch files against their manifests (${done}/${total})…`);
            },
          }
        : {}),
      onManifestsChecked: (manifests) => {
        if (manifestLineOpen) process.stderr.write('\r\x1b[K');
        manifestLineOpen = false;
        for (const file of manifests.missingManifests) {
          process.stderr.write(`decrypt: warning: ${file} has no manifest beside it (fetch writes one for every batch), so it is not checked\n`);
        }
      },
      ...(bar
        ? {
            onProgress: (p: DecryptProgress) => {
              // Started on the first progress, so it never draws over the passphrase prompt.
              if (!barStarted) bar.start(1, 0, { opened: 0, quarantined: 0 });
              barStarted = true;
              bar.setTotal(Math.max(1, p.bytesTotal));
              bar.update(p.bytesDone, { opened: p.opened, quarantined: p.quarantined });
            },
          }
        : {}),
    });
  } catch (e) {
    if (manifestLineOpen) process.stderr.write('\n');
    throw asCliError(e);
  } finally {
    if (barStarted) bar?.stop();
    process.off('SIGINT', onSigint);
  }
}

function progressBar(): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'decrypt [{bar}] {percentage}% | {opened} opened, {quarantined} quarantined | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
}

/** A file problem while writing (1): no results were kept; library errors go to the one table (scripts/cli/exit-statuses.ts). */
function asCliError(e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOSPC') {
    return new CliError(`${(e as Error).message} — no results were kept`, EXIT_ERROR);
  }
  return e;
}

runCli('decrypt', main);

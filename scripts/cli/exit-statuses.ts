/**
 * The one table of what each library error means at the terminal: the exit status a tool ends
 * with, and its message (docs/architecture.md, "Errors"). Library code throws these typed errors
 * and never prints or exits; runCli (run-cli.ts) looks an error up here. An error that is in no
 * row is a bug: runCli reports it as unexpected (exit 70).
 */
import { KeyFileError } from '../../protocol/node/key-files.js';
import { AnalysisError } from '../analysis/errors.js';
import { EncryptedWithoutKeyError } from '../analysis/input.js';
import { PopulationBuildError } from '../analysis/population-builder.js';
import { EXIT_NOTHING, NothingAnalysedError } from '../analysis/run.js';
import { InputError } from '../decrypt/inputs.js';
import { EXIT_MANIFEST, ManifestCheckError } from '../decrypt/manifest-check.js';
import { OutputExistsError } from '../decrypt/outputs.js';
import { DecryptStoppedError } from '../decrypt/pipeline.js';
import { SimulateError } from '../dev/simulate.js';
import { VerifyError } from '../dev/verify-form.js';
import { KeygenError } from '../keys/keygen.js';
import { ExportError } from '../transfer/export-batch.js';
import { FetchError } from '../transfer/fetch-error.js';
import { ReplyCliError } from '../transfer/replies.js';

/** Interrupted by Ctrl-C, as a shell reports it (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

interface Row<E extends Error> {
  error: abstract new (...args: never[]) => E;
  exitStatus: number | ((e: E) => number);
  message?: (e: E) => string;
}
const row = <E extends Error>(r: Row<E>): Row<Error> => r as unknown as Row<Error>;

const ROWS: readonly Row<Error>[] = [
  // Files and keys the person must mend: exit 1.
  row({ error: KeyFileError, exitStatus: 1 }),
  row({ error: InputError, exitStatus: 1 }),
  row({ error: OutputExistsError, exitStatus: 1 }),
  row({ error: ExportError, exitStatus: 1 }),
  row({ error: VerifyError, exitStatus: 1 }),
  row({ error: SimulateError, exitStatus: 1 }),
  row({ error: PopulationBuildError, exitStatus: 1 }),
  row({ error: KeygenError, exitStatus: 1 }),
  row({ error: AnalysisError, exitStatus: 1 }),
  row({ error: ReplyCliError, exitStatus: 1 }),
  // fetch's errors carry their own status (1, 2 for a bad flag value, 3 when the server changed).
  row({ error: FetchError, exitStatus: (e: FetchError) => e.exitStatus }),
  row({ error: ManifestCheckError, exitStatus: EXIT_MANIFEST }),
  row({ error: NothingAnalysedError, exitStatus: EXIT_NOTHING }),
  row({ error: EncryptedWithoutKeyError, exitStatus: EXIT_NOTHING }),
  row({ error: DecryptStoppedError, exitStatus: EXIT_INTERRUPTED, message: (e) => `interrupted: ${e.message}` }),
];

/** The exit status and message for a library error, or null when it is not one (a bug). */
export function exitFor(e: unknown): { exitStatus: number; message: string } | null {
  if (!(e instanceof Error)) return null;
  const r = ROWS.find((candidate) => e instanceof candidate.error);
  if (!r) return null;
  return { exitStatus: typeof r.exitStatus === 'number' ? r.exitStatus : r.exitStatus(e), message: r.message ? r.message(e) : e.message };
}

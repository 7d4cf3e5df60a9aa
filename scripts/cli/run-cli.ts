/**
 * The shape every CLI shares (docs/architecture.md, "Errors"): strict flags with node:util
 * parseArgs, --help, and one top-level catch that prints the message and exits non-zero.
 * Only the CLIs (scripts/*.ts) turn errors into messages and exit codes; library code throws
 * its own typed errors.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { exitFor } from './exit-statuses.js';

/** An error meant for the person at the terminal: its message says what to do next. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** --help was asked for: runCli prints the help on stdout and exits 0. */
export class HelpRequested extends CliError {
  constructor(help: string) {
    super(help.endsWith('\n') ? help : `${help}\n`, 0);
    this.name = 'HelpRequested';
  }
}

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, help: string) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n\n${help}`, 2);
  }
  if ((parsed.values as { help?: boolean }).help) throw new HelpRequested(help);
  return parsed;
}

/**
 * Run a CLI's main function; any error becomes one line on stderr and a non-zero exit: a
 * CliError with its own status, a library error with the status of its row in the one table
 * (exit-statuses.ts), anything else as unexpected (70).
 */
export function runCli(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = typeof code === 'number' ? code : 0;
    },
    (e: unknown) => {
      if (e instanceof HelpRequested) {
        process.stdout.write(e.message);
        process.exitCode = 0;
      } else if (e instanceof CliError) {
        process.stderr.write(`${name}: ${e.message}\n`);
        process.exitCode = e.exitCode;
      } else if (exitFor(e)) {
        const { exitStatus, message } = exitFor(e)!;
        process.stderr.write(`${name}: ${message}\n`);
        process.exitCode = exitStatus;
      } else {
        process.stderr.write(`${name}: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exitCode = 70;
      }
    },
  );
}

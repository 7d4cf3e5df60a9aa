/**
 * npm run export — write the server database's envelopes to an NDJSON batch file (ciphertext
 * only). Thin CLI (docs/architecture.md, "Errors"); the work is in scripts/transfer/export-batch.ts.
 */
import { CliError, parseFlags, runCli } from './cli/run-cli.js';
import { exportBatch } from './transfer/export-batch.js';

const HELP = `Usage: npm run export -- --db FILE --out FILE

Writes every envelope stored in the server's SQLite database to an NDJSON batch file, one
envelope a line: {"id","receivedOn","envelope"}. For an operator who has the database file;
analysts normally use \`npm run fetch\`. The batch holds ciphertext only; decrypt it with
\`npm run decrypt -- FILE\` on the analyst's machine. Ids are random: they say nothing about
which report came first, so there is no "since the last export" (docs/batch-transfer.md).

Options:
  --db FILE      the server's database (default: data/scanwitness.sqlite); opened read-only,
                 safe while the server runs
  --out FILE     the batch file to create (mode 0600); an existing file is never overwritten
  -h, --help     this text

Exit status: 0 exported; 1 cannot read the database or create the file;
  2 bad command line; 3 exported, but some rows were not JSON and were skipped (ids listed).
`;

async function main(): Promise<number> {
  const { values, positionals } = parseFlags(process.argv.slice(2), { db: { type: 'string' }, out: { type: 'string' } }, HELP);
  if (positionals.length > 0) throw new CliError(`unexpected argument ${positionals[0]}\n\n${HELP}`, 2);
  if (!values.out) throw new CliError(`--out FILE is required\n\n${HELP}`, 2);
  const summary = await exportBatch({ dbPath: values.db ?? 'data/scanwitness.sqlite', outPath: values.out });
  process.stdout.write(`export: ${summary.exported} envelope${summary.exported === 1 ? '' : 's'} written to ${values.out}\n`);
  if (summary.skippedIds.length > 0) {
    process.stderr.write(
      `export: ${summary.skippedIds.length} row(s) hold no valid JSON and were skipped: ids ${summary.skippedIds.slice(0, 20).join(', ')}${summary.skippedIds.length > 20 ? ', …' : ''}\n`,
    );
    return 3;
  }
  return 0;
}

runCli('export', main);

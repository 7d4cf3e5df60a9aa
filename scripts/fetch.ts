/** `npm run fetch` — download new encrypted envelopes into batch files, then acknowledge them. */
import { CliError, parseFlags, runCli } from './lib/cli.js';
import { getPassphrase } from './lib/passphrase.js';
import { fetchBatches, loadAnalystSigner, STATE_FILE } from './lib/fetch-batches.js';
import { MAX_BATCH_LIMIT } from '../protocol/batch-file.js';

const HELP = `Usage: npm run fetch -- --server URL [--key FILE] [--out DIR] [--passphrase-file FILE] [--limit N]

Downloads every envelope the server received since your last fetch into DIR as
batch-<firstId>-<lastId>.ndjson with a .manifest.json (count, SHA-256), signs each request
with your analyst signing key, and acknowledges what is safely on disk — a server with
DELETE_AFTER_EXPORT on then deletes those envelopes. The batches stay encrypted: fetch never
uses the campaign key; decrypt them afterwards with \`npm run decrypt\`, offline if you like.
If it is interrupted, run it again: it resumes from ${STATE_FILE} without loss or duplicates.

Options:
  --server URL            the scanwitness server, e.g. https://report.example.org (https required except 127.0.0.1/.onion)
  --key FILE              your analyst signing key [keys/analyst.key]
  --out DIR               folder for batches and the cursor [batches/]
  --passphrase-file FILE  read the key's passphrase from FILE; otherwise you are asked
  --limit N               envelopes per request and per batch file, 1–${MAX_BATCH_LIMIT} [${MAX_BATCH_LIMIT}]
  -h, --help              show this help
`;

runCli('fetch', async () => {
  const { values, positionals } = parseFlags(
    process.argv.slice(2),
    {
      server: { type: 'string' },
      key: { type: 'string', default: 'keys/analyst.key' },
      out: { type: 'string', default: 'batches' },
      'passphrase-file': { type: 'string' },
      limit: { type: 'string', default: String(MAX_BATCH_LIMIT) },
    },
    HELP,
  );
  if (positionals.length > 0) throw new CliError(`unexpected argument ${positionals[0]}\n\n${HELP}`, 2);
  if (!values.server) throw new CliError(`--server URL is required\n\n${HELP}`, 2);
  if (!/^\d{1,4}$/.test(values.limit)) throw new CliError(`--limit must be a number between 1 and ${MAX_BATCH_LIMIT}`, 2);

  const signer = await loadAnalystSigner(values.key, () => getPassphrase(values['passphrase-file'], `Passphrase for ${values.key}: `));
  const result = await fetchBatches({
    server: values.server,
    outDir: values.out,
    signer,
    limit: Number(values.limit),
    log: (line) => process.stderr.write(`${line}\n`),
  });

  const lines = [
    result.fetched === 0 ? `nothing new on the server (cursor ${result.cursor})` : `fetched ${result.fetched} envelope(s) into ${result.batches.length} batch file(s) in ${values.out.replace(/\/+$/, '')}/ (cursor ${result.cursor})`,
  ];
  if (result.deleteAfterExport === true) lines.push(`the server deleted ${result.deleted} acknowledged envelope(s)`);
  if (result.deleteAfterExport === false) lines.push('the server keeps its copies: delete-after-export is off there (DELETE_AFTER_EXPORT)');
  if (result.ackPending) lines.push('the last acknowledgement is still owed; the next fetch sends it');
  if (result.fetched > 0) lines.push(`next: npm run decrypt (the batches are still encrypted)`);
  process.stdout.write(lines.join('\n') + '\n');
});

/** `npm run fetch` — download new encrypted envelopes into batch files, then acknowledge them. */
import { CliError, parseFlags, runCli } from './cli/run-cli.js';
import { getPassphrase } from './cli/passphrase.js';
import { loadAnalystSigner } from './transfer/analyst-signer.js';
import { fetchBatches } from './transfer/fetch-batches.js';
import { probeServer } from './transfer/batch-client.js';
import { EXIT_SERVER_CHANGED } from './transfer/fetch-error.js';
import { MAX_BATCH_LIMIT } from '../protocol/batch-file.js';

const HELP = `Usage: npm run fetch -- --server URL [--key FILE] [--out DIR] [--passphrase-file FILE] [--limit N]
                        [--accept-server ID]

Downloads every envelope your analyst key has not yet stored into DIR as
batch-<server identity>-<n>.ndjson with a .manifest.json (count, SHA-256), signs each request
with your analyst signing key, and acknowledges each batch once it is safely on disk. The
server deletes an envelope when every analyst key it lists has acknowledged it (unless the
operator set DELETE_AFTER_EXPORT=false). The batches stay encrypted: fetch never uses the
campaign key; decrypt them afterwards with \`npm run decrypt\`, offline if you like.
If it is interrupted, run it again: nothing is lost, nothing is counted twice.
If the server's database was replaced (its identity changed), fetch stops without
acknowledging anything (exit ${EXIT_SERVER_CHANGED}) and says what to do.

Options:
  --server URL            the scanwitness server, e.g. https://report.example.org (https required except 127.0.0.1/.onion)
  --key FILE              your analyst signing key [keys/analyst.key]
  --out DIR               folder for batches and fetch-state.json [batches/]
  --passphrase-file FILE  read the key's passphrase from FILE; otherwise you are asked
  --limit N               envelopes per request and per batch file, 1–${MAX_BATCH_LIMIT} [${MAX_BATCH_LIMIT}]
  --accept-server ID      continue in DIR with a server whose identity changed to ID, after
                          reading the message that stopped the previous fetch
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
      'accept-server': { type: 'string' },
    },
    HELP,
  );
  if (positionals.length > 0) throw new CliError(`unexpected argument ${positionals[0]}\n\n${HELP}`, 2);
  if (!values.server) throw new CliError(`--server URL is required\n\n${HELP}`, 2);
  if (!/^\d{1,4}$/.test(values.limit)) throw new CliError(`--limit must be a number between 1 and ${MAX_BATCH_LIMIT}`, 2);

  // The key file is checked first (no network), then the address, and only then is the passphrase
  // asked: a mistake in --server is found before the passphrase is typed, not after.
  let probed = false;
  const probe = async () => {
    if (!probed) await probeServer(values.server!);
    probed = true;
  };
  const signer = await loadAnalystSigner(values.key, async () => {
    await probe();
    return getPassphrase(values['passphrase-file'], `Passphrase for ${values.key}: `);
  });
  await probe();
  const result = await fetchBatches({
    server: values.server,
    outDir: values.out,
    signer,
    limit: Number(values.limit),
    log: (line) => process.stderr.write(`${line}\n`),
    ...(values['accept-server'] === undefined ? {} : { acceptServer: values['accept-server'] }),
  });

  const lines = [
    result.fetched === 0
      ? `nothing new on the server (identity ${result.serverId ?? 'unknown'})`
      : `fetched ${result.fetched} envelope(s) into ${result.batches.length} batch file(s) in ${values.out.replace(/\/+$/, '')}/ (server identity ${result.serverId})`,
  ];
  if (result.photos > 0)
    lines.push(`fetched ${result.photos} sealed photo(s) into ${values.out.replace(/\/+$/, '')}/photos/ (still encrypted; their keys are inside the reports)`);
  if (result.deleteAfterExport === true) lines.push(`the server deleted ${result.deleted} envelope(s) that every analyst key has now stored`);
  if (result.deleteAfterExport === false) lines.push('the server keeps its copies: delete-after-export is off there (DELETE_AFTER_EXPORT=false)');
  for (const warning of result.warnings) lines.push(`WARNING: ${warning}`);
  if (result.fetched + result.photos > 0) lines.push(`next: npm run decrypt (the batches are still encrypted)`);
  process.stdout.write(lines.join('\n') + '\n');
});

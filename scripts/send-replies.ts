/** `npm run send-replies` — upload the replies waiting in the outbox over the signed analyst API. */
import { CliError, parseFlags, runCli } from './cli/run-cli.js';
import { getPassphrase } from './cli/passphrase.js';
import { loadAnalystSigner } from './transfer/analyst-signer.js';
import { describeSend, sendOutbox } from './transfer/replies.js';

const HELP = `Usage: npm run send-replies -- --server URL [--outbox DIR] [--key FILE] [--passphrase-file FILE]

Uploads every reply \`npm run reply\` wrote to the outbox, signing each request with your analyst
key, and moves each one the server stored into OUTBOX/sent/. A reply joins the public reply list
the next day (UTC) and is deleted after the server's REPLY_DAYS. If the list is full, the oldest
replies stay in it and this command says how many wait for room.

Options:
  --server URL            the scanwitness server, e.g. https://report.example.org
  --outbox DIR            where replies wait [outbox/]
  --key FILE              your analyst signing key [keys/analyst.key]
  --passphrase-file FILE  read the key's passphrase from FILE; otherwise you are asked
  -h, --help              show this help
`;

runCli('send-replies', async () => {
  const { values, positionals } = parseFlags(
    process.argv.slice(2),
    {
      server: { type: 'string' },
      outbox: { type: 'string', default: 'outbox' },
      key: { type: 'string', default: 'keys/analyst.key' },
      'passphrase-file': { type: 'string' },
    },
    HELP,
  );
  if (positionals.length > 0) throw new CliError(`unexpected argument ${positionals[0]}\n\n${HELP}`, 2);
  if (!values.server) throw new CliError(`--server URL is required\n\n${HELP}`, 2);
  const signer = await loadAnalystSigner(values.key, () => getPassphrase(values['passphrase-file'], `Passphrase for ${values.key}: `));
  process.stdout.write(describeSend(await sendOutbox({ outbox: values.outbox, server: values.server, signer })) + '\n');
});

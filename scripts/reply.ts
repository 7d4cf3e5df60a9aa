/** `npm run reply` — write a signed, sealed reply to one witness into the outbox; with --send, upload it. */
import { readFile } from 'node:fs/promises';
import { CliError, parseFlags, runCli } from './cli/run-cli.js';
import { getPassphrase } from './cli/passphrase.js';
import { loadAnalystSigner } from './transfer/analyst-signer.js';
import { describeSend, findReport, loadReplySigningKey, quotedPassage, sendOutbox, writeReply } from './transfer/replies.js';
import { REPLY_MESSAGE_MAX_CHARS } from '../protocol/reply-envelope.js';

const HELP = `Usage: npm run reply -- --report ID --message-file FILE [--decrypted DIR] [--key FILE] [--outbox DIR]
                        [--passphrase-file FILE] [--send --server URL [--analyst-key FILE]]

Writes a reply to the witness who sent report ID (the id exactly as \`npm run decrypt\` wrote
it in reports.ndjson), if that witness asked for one. The message (at most ${REPLY_MESSAGE_MAX_CHARS}
characters, any script) is signed with the campaign's reply signing key, sealed to the
witness's reply key and padded to one fixed size, then written to the outbox. Nothing leaves
this machine until you send the outbox (--send here, or \`npm run send-replies\`).
Anyone who finds the witness's receipt can read the reply: never restate the report. reply
warns when the message repeats six or more words of the report's narrative.

Options:
  --report ID             the report to answer
  --message-file FILE     the message, UTF-8 text
  --decrypted DIR         decrypt's output folder (or its reports.ndjson); repeat for several [decrypted/]
  --key FILE              the campaign's reply signing key [keys/signing.key]
  --outbox DIR            where replies wait to be sent [outbox/]
  --passphrase-file FILE  read the passphrase(s) from FILE; otherwise you are asked
  --send                  upload the outbox now (needs --server and your analyst key)
  --server URL            the scanwitness server, e.g. https://report.example.org
  --analyst-key FILE      your analyst signing key, for --send [keys/analyst.key]
  -h, --help              show this help
`;

runCli('reply', async () => {
  const { values, positionals } = parseFlags(
    process.argv.slice(2),
    {
      report: { type: 'string' },
      'message-file': { type: 'string' },
      decrypted: { type: 'string', multiple: true },
      key: { type: 'string', default: 'keys/signing.key' },
      outbox: { type: 'string', default: 'outbox' },
      'passphrase-file': { type: 'string' },
      send: { type: 'boolean', default: false },
      server: { type: 'string' },
      'analyst-key': { type: 'string', default: 'keys/analyst.key' },
    },
    HELP,
  );
  if (positionals.length > 0) throw new CliError(`unexpected argument ${positionals[0]}\n\n${HELP}`, 2);
  if (!values.report || !/^[1-9][0-9]{0,15}$/.test(values.report) || !Number.isSafeInteger(Number(values.report))) {
    throw new CliError(`--report ID is required: a report id as \`npm run decrypt\` wrote it\n\n${HELP}`, 2);
  }
  if (!values['message-file']) throw new CliError(`--message-file FILE is required\n\n${HELP}`, 2);
  if (values.send && !values.server) throw new CliError('--send needs --server URL', 2);
  const reportId = Number(values.report);
  let message: string;
  try {
    message = (await readFile(values['message-file'], 'utf8')).trim();
  } catch (e) {
    throw new CliError(`cannot read ${values['message-file']}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  // Everything that can be refused offline is checked before any passphrase or upload.
  const report = await findReport(values.decrypted ?? ['decrypted'], reportId);
  const quoted = quotedPassage(message, report.narrative);
  if (quoted) {
    process.stderr.write(
      `warning: the message repeats the report's own words ("${quoted}"). Whoever finds the witness's receipt can read the reply: ` +
        'say it another way unless the witness must see exactly those words.\n',
    );
  }
  const signingKey = await loadReplySigningKey(values.key, () => getPassphrase(values['passphrase-file'], `Passphrase for ${values.key}: `));
  let written;
  try {
    written = await writeReply({ reportId, message, report, signingSecretKey: signingKey, outbox: values.outbox });
  } finally {
    signingKey.fill(0);
  }
  process.stdout.write(`reply ${written.replyId} to report ${reportId} written to ${written.path} (sealed; only that witness's receipt opens it)\n`);
  if (!values.send) {
    process.stdout.write(`send it with: npm run send-replies -- --server URL --outbox ${values.outbox}\n`);
    return;
  }
  const signer = await loadAnalystSigner(values['analyst-key'], () => getPassphrase(values['passphrase-file'], `Passphrase for ${values['analyst-key']}: `));
  process.stdout.write(describeSend(await sendOutbox({ outbox: values.outbox, server: values.server!, signer })) + '\n');
});

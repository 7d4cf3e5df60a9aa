/** `npm run keygen` — make the campaign encryption and analyst signing key pairs. */
import { CliError, parseFlags, runCli } from './cli/run-cli.js';
import { promptPassphrase, readPassphraseFile } from './cli/passphrase.js';
import { checkPassphrase, describeKeys, generateKeys, type KeyKind } from './keys/keygen.js';

const HELP = `Usage: npm run keygen -- [--out DIR] [--only campaign|analyst] [--passphrase-file FILE | --no-passphrase]

Makes the campaign's keys and an analyst's key pair in DIR (default keys/):
  campaign.pub / campaign.key   X25519: the form seals reports to campaign.pub; campaign.key decrypts them
  signing.key                   Ed25519: signs replies to witnesses (\`npm run reply\`); its public half is in campaign.pub
  analyst.pub  / analyst.key    Ed25519: analyst.key signs \`npm run fetch\` and \`npm run send-replies\` requests; the server checks analyst.pub
The .key files are encrypted with your passphrase (scrypt + AES-256-GCM) and readable only by you.
Existing files are never overwritten.

Options:
  --out DIR               folder for the five files (created, mode 0700) [keys/]
  --only KIND             make only the campaign keys or only the analyst pair (to rotate one of them)
  --passphrase-file FILE  read the passphrase from FILE (first line; chmod 600 it); otherwise you are asked twice
  --no-passphrase         store the secret keys UNENCRYPTED — for tests and demos only, never for real reports
  -h, --help              show this help
`;

runCli('keygen', async () => {
  const { values, positionals } = parseFlags(
    process.argv.slice(2),
    {
      out: { type: 'string', default: 'keys' },
      only: { type: 'string' },
      'passphrase-file': { type: 'string' },
      'no-passphrase': { type: 'boolean', default: false },
    },
    HELP,
  );
  if (positionals.length > 0) throw new CliError(`unexpected argument ${positionals[0]}\n\n${HELP}`, 2);
  const only = values.only;
  if (only !== undefined && only !== 'campaign' && only !== 'analyst') throw new CliError('--only must be "campaign" or "analyst"', 2);
  if (values['no-passphrase'] && values['passphrase-file']) throw new CliError('use either --passphrase-file or --no-passphrase, not both', 2);

  let passphrase: string | null;
  if (values['no-passphrase']) {
    passphrase = null;
    process.stderr.write(
      [
        '',
        '  !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
        '  !  --no-passphrase: the secret keys are written UNENCRYPTED.      !',
        '  !  Anyone who copies these files can read every report sealed to  !',
        '  !  this campaign key. Use only for tests and demos.               !',
        '  !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
        '',
      ].join('\n') + '\n',
    );
  } else if (values['passphrase-file']) {
    passphrase = await readPassphraseFile(values['passphrase-file']);
  } else {
    passphrase = await promptPassphrase(`New passphrase for the secret key files (at least 12 characters): `);
    checkPassphrase(passphrase);
    if ((await promptPassphrase('Type it again: ')) !== passphrase) throw new CliError('the two passphrases differ; nothing was written — run keygen again');
  }

  const made = await generateKeys({ outDir: values.out, passphrase, only: only as KeyKind | undefined });
  process.stdout.write(describeKeys(made, passphrase !== null) + '\n');
});

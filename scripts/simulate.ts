/**
 * npm run simulate — clearly-labelled SYNTHETIC reports through the real path
 * (seal → server → export → decrypt), ready for `npm run analyse`.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { readPublicKeyFile } from '../protocol/node/key-files.js';
import { CliError, parseFlags, runCli } from './cli/run-cli.js';
import { simulate, OUT_FILES, MAX_REAL_PATH } from './dev/simulate.js';

const HELP = `Usage: npm run simulate -- --count N [options]

Make N SYNTHETIC reports (every one marked meta.synthetic: true) and send them through the
real path: seal with a demo campaign key, POST to a local server over HTTP, export the stored
envelopes, decrypt. Then: npm run analyse -- --input OUT/${OUT_FILES.decrypted} --out OUT/analysis
(its own folder inside OUT, so synthetic results never land beside or over real ones).

  --count N           how many reports (default 200; at most ${MAX_REAL_PATH} through the real path)
  --seed S            random seed (default 1): the same seed gives the same reports
  --out DIR           output folder, new or empty (default: out) — ${OUT_FILES.batch}, ${OUT_FILES.decrypted}, ${OUT_FILES.db}, ${OUT_FILES.keyDir}/
  --server URL        post to this running server instead (needs --public-key); fetch/decrypt afterwards
  --public-key FILE   the campaign.pub that server uses
  --decrypted-only    fast path for benchmarks: write OUT/${OUT_FILES.decrypted} directly, no crypto, no server`;

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const { values } = parseFlags(
    argv,
    {
      count: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      server: { type: 'string' },
      'public-key': { type: 'string' },
      'decrypted-only': { type: 'boolean' },
    },
    HELP,
  );
  const count = values.count === undefined ? 200 : Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new CliError(`--count ${values.count}: give a whole number of at least 1`, 2);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new CliError(`--seed ${values.seed}: give a whole number`, 2);
  if (values.server !== undefined && !/^https?:\/\//.test(values.server))
    throw new CliError(`--server ${values.server}: give a URL such as http://127.0.0.1:3000`, 2);
  let publicKey: Uint8Array | undefined;
  if (values['public-key']) {
    publicKey = (await readPublicKeyFile(values['public-key'])).publicKey;
  }
  const result = await simulate({
    count,
    seed,
    outDir: values.out ?? 'out',
    serverUrl: values.server,
    publicKey,
    decryptedOnly: values['decrypted-only'] ?? false,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (result.decryptedFile) {
    const analysisDir = join(dirname(result.decryptedFile), 'analysis');
    process.stdout.write(`next: npm run analyse -- --input ${result.decryptedFile} --out ${analysisDir}\n`);
  }
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1] ?? '')) runCli('simulate', main);

/**
 * One end-to-end decrypt run for bench/decrypt.ts, in a process of its own so that its peak
 * memory (ru_maxrss, all threads) is decrypt's alone. Prints one JSON line.
 *   node --import tsx bench/decrypt-run.ts BATCH KEYFILE OUTDIR JOBS
 */
import { unlockKeys } from '../scripts/lib/decrypt/keys.js';
import { decryptFiles } from '../scripts/lib/decrypt/pipeline.js';

const [batch, keyFile, outDir, jobs] = process.argv.slice(2);
const keys = await unlockKeys([keyFile!], async () => {
  throw new Error('the bench key has no passphrase');
});
const summary = await decryptFiles({ files: [batch!], keys, outDir: outDir!, jobs: Number(jobs) });
process.stdout.write(`${JSON.stringify({ ...summary, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);

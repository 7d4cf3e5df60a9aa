/**
 * One end-to-end decrypt run for bench/decrypt.ts, in a process of its own so that its peak
 * memory (ru_maxrss, all threads) is decrypt's alone. Prints one JSON line.
 *   node --import tsx bench/decrypt-run.ts BATCH KEYFILE OUTDIR JOBS
 *
 * Besides the whole run it times the steady state: from the first batch written (workers started
 * and warm) to the end, so that start-up (~0.3 s of loading TypeScript and zod in each worker)
 * does not weigh on a short run more than on a long one.
 */
import { readFileSync } from 'node:fs';
import { unlockKeys } from '../scripts/decrypt/keys.js';
import { decryptFiles } from '../scripts/decrypt/pipeline.js';

const [batch, keyFile, outDir, jobs] = process.argv.slice(2);
const keys = await unlockKeys([keyFile!], async () => {
  throw new Error('the bench key has no passphrase');
});
/** CPU time of this process's main thread in µs (Linux: /proc; undefined elsewhere). */
function mainThreadCpuMicros(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return undefined;
  }
}

const started = performance.now();
let first: { at: number; opened: number } | undefined;
const summary = await decryptFiles({
  files: [batch!],
  keys,
  outDir: outDir!,
  jobs: Number(jobs),
  onProgress: (p) => {
    first ??= { at: performance.now(), opened: p.opened };
  },
});
const ended = performance.now();
const steadyPerSecond = first && ended > first.at ? (summary.opened - first.opened) / ((ended - first.at) / 1000) : 0;
const cpu = process.cpuUsage();
const mainCpu = mainThreadCpuMicros();
process.stdout.write(
  `${JSON.stringify({
    ...summary,
    startupSeconds: first ? (first.at - started) / 1000 : 0,
    steadyPerSecond,
    cpuMicrosPerReport: (cpu.user + cpu.system) / Math.max(1, summary.opened),
    mainThreadCpuMicrosPerReport: mainCpu === undefined ? null : mainCpu / Math.max(1, summary.opened),
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);

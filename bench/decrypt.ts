/**
 * npm run bench:decrypt [-- --count N] — decrypt's end-to-end throughput against bare
 * sodium-native crypto_box_seal_open, measured in the same run on the same machine.
 *
 *   1. make (or reuse, cached in the temp folder) N sealed synthetic reports as a batch file;
 *   2. raw sodium-native crypto_box_seal_open, single-core, then on every core (worker threads);
 *   3. the full pipeline (read, open, validate, dedup, write NDJSON + CSV) in a child process,
 *      reporting reports/s end to end and in the steady state (after the first batch, i.e.
 *      without worker start-up), their ratios to raw multi-core, CPU time per report (all
 *      threads) and peak RSS;
 *   4. raw multi-core again: the baseline is the mean of 2 and 4 (the machine is shared, so
 *      load drifts; bracketing the pipeline keeps the ratio fair);
 *   5. the ceiling: decrypt's own per-line function (openLineBytes: parse the line, base64, open,
 *      validate, NDJSON line, CSV row, dedup hash) on one thread over the same sample lines held
 *      in memory. Against raw single-core that is the best ratio any pipeline running this work
 *      could reach, with perfect scaling and free reading, writing and threads.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { fromBase64 } from '../protocol/base64.js';
import { loadSealOpener } from '../protocol/node/sodium-opener.js';
import { unlockKeys } from '../scripts/decrypt/keys.js';
import { DIGEST_BYTES, openLineBytes } from '../scripts/decrypt/open-line.js';
import { ensureFixture } from './lib/decrypt-fixture.js';
import { rawOpenLoop, type RawJob } from './decrypt-raw-worker.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    jobs: { type: 'string' },
    cache: { type: 'string', default: join(tmpdir(), 'scanwitness-bench-decrypt') },
    seconds: { type: 'string', default: '4' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write('Usage: npm run bench:decrypt -- [--count 100000] [--jobs N] [--seconds 4] [--cache DIR]\n');
  process.exit(0);
}
const count = Number(values.count);
const jobs = Number(values.jobs ?? availableParallelism());
const durationMs = Number(values.seconds) * 1000;
const log = (m: string) => process.stderr.write(`${m}\n`);

const fixture = await ensureFixture(values.cache, count, log);
const [key] = await unlockKeys([fixture.keyPath], async () => '');

// A sample of real envelopes from the batch (all bucket sizes as they occur), decoded up front,
// and the same lines as bytes for the per-line measure.
const sample: Uint8Array[] = [];
const sampleLines: Buffer[] = [];
{
  const head = Buffer.alloc(12 * 1024 * 1024);
  const fd = openSync(fixture.batchPath, 'r');
  const text = head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0));
  closeSync(fd);
  for (const line of text.split('\n').slice(0, 2048)) {
    if (!line.endsWith('}')) continue;
    sample.push(fromBase64((JSON.parse(line) as { envelope: { sealed: string } }).envelope.sealed));
    sampleLines.push(Buffer.from(line, 'latin1'));
  }
}
const job: RawJob = { sealed: sample, publicKey: key!.publicKey, secretKey: key!.secretKey, durationMs };
const WORKER_BOOT = new URL('../scripts/decrypt/worker-boot.mjs', import.meta.url);
const RAW_ENTRY = new URL('./decrypt-raw-worker.ts', import.meta.url).href;

async function rawMulti(): Promise<number> {
  const workers = Array.from({ length: jobs }, () => new Worker(WORKER_BOOT, { workerData: { ...job, entry: RAW_ENTRY } }));
  // Let every thread load before the clock starts, then start them together.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const started = performance.now();
  const results = await Promise.all(
    workers.map(
      (w) =>
        new Promise<{ ops: number; ms: number }>((resolve, reject) => {
          w.once('message', resolve);
          w.once('error', reject);
          w.postMessage('go');
        }),
    ),
  );
  const wall = performance.now() - started;
  await Promise.all(workers.map((w) => w.terminate()));
  return results.reduce((n, r) => n + r.ops, 0) / (wall / 1000);
}

/** openLineBytes round-robin over the sample lines for about `durationMs`, on this thread: lines/s. */
function perLineWork(): number {
  const lines = Buffer.concat(sampleLines);
  let end = 0;
  const ends = sampleLines.map((l) => (end += l.length));
  const keyring = new Map([[key!.kid, { publicKey: key!.publicKey, secretKey: key!.secretKey }]]);
  const ctx = { keyring, open: loadSealOpener('sodium-native', { reuseOutput: true }).open, withSql: false };
  const digest = new Uint8Array(DIGEST_BYTES);
  const started = performance.now();
  let ops = 0;
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (let i = 0; i < 256; i++, ops++) {
      const n = ops % ends.length;
      if (!openLineBytes({ bytes: lines, start: n === 0 ? 0 : ends[n - 1]!, end: ends[n]!, flags: 0, digest }, ctx).ok)
        throw new Error('bench line did not open');
    }
    elapsed = performance.now() - started;
  }
  return ops / (elapsed / 1000);
}

interface PipelineRun {
  perSecond: number;
  steadyPerSecond: number;
  startupSeconds: number;
  cpuMicrosPerReport: number;
  /** Linux only: the main thread's share (reading, dedup, writing); the rest is workers and V8/libuv. */
  mainThreadCpuMicrosPerReport: number | null;
  seconds: number;
  maxRssMiB: number;
  opened: number;
  quarantined: number;
  backend: string;
}

function pipeline(): PipelineRun {
  const outDir = mkdtempSync(join(values.cache, 'out-'));
  try {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', new URL('./decrypt-run.ts', import.meta.url).pathname, fixture.batchPath, fixture.keyPath, join(outDir, 'o'), String(jobs)],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (r.status !== 0) throw new Error(`pipeline run failed: ${r.stderr}`);
    const s = JSON.parse(r.stdout) as Omit<PipelineRun, 'perSecond'>;
    return { ...s, perSecond: s.opened / s.seconds };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

log(
  `machine: ${cpus()[0]?.model ?? '?'} × ${availableParallelism()}, node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
log('raw sodium-native crypto_box_seal_open, 1 core…');
const rawSingle = (() => {
  const r = rawOpenLoop(job);
  return r.ops / (r.ms / 1000);
})();
log(`raw sodium-native crypto_box_seal_open, ${jobs} threads…`);
const rawBefore = await rawMulti();
log(`decrypt pipeline, ${count} envelopes, ${jobs} workers…`);
const run = pipeline();
log(`raw sodium-native crypto_box_seal_open, ${jobs} threads (again)…`);
const rawAfter = await rawMulti();
const rawMultiMean = (rawBefore + rawAfter) / 2;
log('decrypt per-line work alone, 1 thread, lines in memory…');
const perLine = perLineWork();
const ceiling = perLine / rawSingle;

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const rows: [string, string][] = [
  ['envelopes', fmt(count)],
  ['raw crypto_box_seal_open, 1 core', `${fmt(rawSingle)} /s`],
  [`raw crypto_box_seal_open, ${jobs} threads`, `${fmt(rawMultiMean)} /s (before ${fmt(rawBefore)}, after ${fmt(rawAfter)})`],
  [
    `decrypt end to end, ${jobs} workers (${run.backend})`,
    `${fmt(run.perSecond)} reports/s (${run.seconds.toFixed(1)} s, ${fmt(run.opened)} opened, ${run.quarantined} quarantined)`,
  ],
  ['ratio to raw multi-core', `${(run.perSecond / rawMultiMean).toFixed(2)} (target ≥ 0.70)`],
  [
    'decrypt steady state (after the first batch)',
    `${fmt(run.steadyPerSecond)} reports/s, ratio ${(run.steadyPerSecond / rawMultiMean).toFixed(2)} (start-up ${run.startupSeconds.toFixed(2)} s)`,
  ],
  ['per-line work alone (openLineBytes), 1 thread, in memory', `${fmt(perLine)} lines/s, ${(1e6 / perLine).toFixed(1)} µs a line`],
  [
    '→ ceiling: best possible ratio for this work (perfect scaling, free I/O)',
    `${ceiling.toFixed(2)}; end to end reaches ${(run.perSecond / rawMultiMean / ceiling).toFixed(2)} of it`,
  ],
  [
    'CPU time per report, all threads',
    `${run.cpuMicrosPerReport.toFixed(1)} µs (raw open: ${(1e6 / rawSingle).toFixed(1)} µs)${run.mainThreadCpuMicrosPerReport === null ? '' : `, of which the main thread ${run.mainThreadCpuMicrosPerReport.toFixed(1)} µs`}`,
  ],
  ['ratio to raw single-core', `${(run.perSecond / rawSingle).toFixed(2)}`],
  ['peak RSS of the decrypt process', `${fmt(run.maxRssMiB)} MiB (target < 300 MiB at 1,000,000)`],
];
process.stdout.write(`\n| measure | value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`);
process.stdout.write(
  `${JSON.stringify({ count, jobs, rawSingle, rawBefore, rawAfter, pipeline: run.perSecond, ratio: run.perSecond / rawMultiMean, steady: run.steadyPerSecond, steadyRatio: run.steadyPerSecond / rawMultiMean, perLine, ceiling, startupSeconds: run.startupSeconds, cpuMicrosPerReport: run.cpuMicrosPerReport, mainThreadCpuMicrosPerReport: run.mainThreadCpuMicrosPerReport, maxRssMiB: run.maxRssMiB })}\n`,
);

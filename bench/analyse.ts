/**
 * npm run bench:analyse — time and peak memory of `analyse` over synthetic decrypted
 * reports, at two sizes, to show memory does not grow with the input
 * (docs/performance.md, "Analysis").
 *
 *   npm run bench:analyse -- [--count 1000000] [--small 100000] [--dir DIR]
 *
 * The input files are made once with the fast path of `npm run simulate` (clearly
 * SYNTHETIC, no crypto) and kept in DIR (default: the OS temp folder) for re-runs.
 * Each measurement runs in its own child process so its peak RSS is its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticDecrypted } from '../scripts/dev/simulate.js';
import { analyse } from '../scripts/analysis/run.js';

interface Measurement {
  reports: number;
  seconds: number;
  reportsPerSecond: number;
  maxRssMiB: number;
  peakHeapMiB: number;
}

async function child(input: string, out: string): Promise<void> {
  let peakHeap = 0;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 50);
  const start = process.hrtime.bigint();
  const result = await analyse({ inputs: [input], outDir: out });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(timer);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const m: Measurement = {
    reports: result.counts.total,
    seconds: Math.round(seconds * 10) / 10,
    reportsPerSecond: Math.round(result.counts.total / seconds),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    peakHeapMiB: Math.round(peakHeap / 2 ** 20),
  };
  process.stdout.write(JSON.stringify(m));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, small: { type: 'string' }, dir: { type: 'string' }, child: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  if (values.child) return child(values.child, values.out!);
  const dir = values.dir ?? join(tmpdir(), 'scanwitness-bench-analyse');
  mkdirSync(dir, { recursive: true });
  const sizes = [Number(values.small ?? 100_000), Number(values.count ?? 1_000_000)];
  const results: Measurement[] = [];
  for (const n of sizes) {
    const input = join(dir, `synthetic-decrypted-${n}.ndjson`);
    if (!existsSync(input)) {
      const t = Date.now();
      await writeSyntheticDecrypted(input, n, 1);
      process.stderr.write(
        `made ${n} SYNTHETIC decrypted reports in ${((Date.now() - t) / 1000).toFixed(1)} s (${(statSync(input).size / 2 ** 20).toFixed(0)} MiB): ${input}\n`,
      );
    }
    const out = join(dir, `out-${n}`);
    rmSync(out, { recursive: true, force: true });
    const json = execFileSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, '--child', input, '--out', out], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const m = JSON.parse(json) as Measurement;
    results.push(m);
    process.stderr.write(`${JSON.stringify(m)}\n`);
  }
  process.stdout.write(`\n| reports | time (s) | reports/s | peak RSS (MiB) | peak JS heap (MiB) |\n|---:|---:|---:|---:|---:|\n`);
  for (const m of results)
    process.stdout.write(
      `| ${m.reports.toLocaleString('en-GB')} | ${m.seconds} | ${m.reportsPerSecond.toLocaleString('en-GB')} | ${m.maxRssMiB} | ${m.peakHeapMiB} |\n`,
    );
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:analyse: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});

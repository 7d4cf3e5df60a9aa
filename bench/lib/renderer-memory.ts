/**
 * The peak memory of Chromium's page processes while one step runs, read from Linux's /proc
 * (bench/photo.ts). Before the step each renderer's peak is reset (`5` to /proc/PID/clear_refs);
 * after it, the largest rise of a renderer's peak resident size above its size before is the
 * step's cost. Linux only, and only for processes this user may write to (our own Chromium).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

function renderers(): { pid: string; rssKb: number }[] {
  const found: { pid: string; rssKb: number }[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      found.push({ pid, rssKb: Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) });
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

/** Run `step` and return its result with the largest rise of any renderer's peak memory, in MiB. */
export async function withPeakMemory<T>(step: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  const before = renderers();
  for (const r of before) writeFileSync(`/proc/${r.pid}/clear_refs`, '5');
  const result = await step();
  let peakKb = 0;
  for (const r of before) {
    try {
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${r.pid}/status`, 'utf8'))?.[1] ?? 0);
      peakKb = Math.max(peakKb, hwm - r.rssKb);
    } catch {
      // The process ended meanwhile.
    }
  }
  return { result, peakMiB: peakKb / 1024 };
}

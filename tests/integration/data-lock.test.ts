/**
 * One server per database (server/data-lock.ts), with the real entry point as child processes:
 * a second server on the same data folder — a blue/green deploy started too early — stops at
 * once with one line saying what to do, and the first keeps serving; once the first is gone,
 * stopped cleanly or killed outright (SIGKILL leaves no stale lock), the next one starts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const processes: ServerProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const p of processes.splice(0)) await p.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function start(dataDir: string): ServerProcess {
  const p = startServerProcess({ DATA_DIR: dataDir });
  processes.push(p);
  return p;
}

describe('a second server on the same data folder', () => {
  it('stops with one clear line while the first keeps serving; after the first stops or is killed, the next one starts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scanwitness-lock-'));
    dirs.push(dataDir);
    const first = start(dataDir);
    const url = await first.url;

    const second = start(dataDir);
    expect(await second.exited).toBe(1);
    const { stderr } = second.output();
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`scanwitness: another scanwitness server is already using the database ${join(dataDir, 'scanwitness.sqlite')}: stop it first`);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    // Stopped cleanly: the next one starts.
    expect(await first.stop()).toBe(0);
    const third = start(dataDir);
    await third.url;
    // Killed outright: the kernel drops the lock with the process.
    third.proc.kill('SIGKILL');
    await third.exited;
    const fourth = start(dataDir);
    const fourthUrl = await fourth.url;
    expect((await fetch(`${fourthUrl}/healthz`)).status).toBe(200);
  }, 120_000);
});

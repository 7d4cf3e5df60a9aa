/**
 * The database lock outlives the garbage collector: a process that took the lock and kept no
 * reference to it still holds it after collections (better-sqlite3 closes a collected
 * connection, which once let a second server start minutes after the first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'scanwitness-lock-gc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lockModule = join(root, 'server/data-lock.ts');
const db = join(dir, 'scanwitness.sqlite');

it('a lock whose handle nobody keeps survives garbage collection', async () => {
  // Takes the lock, drops the handle, collects garbage hard, then says so and waits to be killed.
  const holder = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { lockDatabase } = await import(${JSON.stringify(lockModule)});
       lockDatabase(${JSON.stringify(db)});
       for (let i = 0; i < 5; i++) { globalThis.gc(); await new Promise((r) => setTimeout(r, 50)); }
       console.log('collected');
       setInterval(() => {}, 1000);`,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      holder.stdout!.on('data', (d: Buffer) => d.toString().includes('collected') && resolve());
      holder.once('exit', (code) => reject(new Error(`the lock holder exited (${code})`)));
    });
    const second = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { lockDatabase } = await import(${JSON.stringify(lockModule)});
         try { lockDatabase(${JSON.stringify(db)}); console.log('got the lock'); } catch (e) { console.log(e.name); }`,
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(second.stdout.trim()).toBe('DatabaseLockedError');
  } finally {
    holder.kill('SIGKILL');
  }
}, 120_000);

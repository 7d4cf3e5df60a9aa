/**
 * The real server entry (`server/index.ts`, what `npm start` runs) as a child process, for
 * tests of what an operator meets (start-up messages, exit codes, restarts), the crash test
 * and `npm run bench:ingest`.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const root = new URL('../../', import.meta.url).pathname;

export interface ServerProcess {
  proc: ChildProcess;
  /** The URL the server printed once listening; rejects if it exits first. */
  url: Promise<string>;
  /** Exit code (null if killed by a signal). */
  exited: Promise<number | null>;
  output(): { stdout: string; stderr: string };
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<number | null>;
}

/**
 * Start the server with only PATH and `env` in its environment (PORT defaults to 0: a free port;
 * SETTINGS_FILE to none, so a developer's own .env in the checkout cannot change a test).
 * `node --import tsx`, not the tsx CLI: the CLI runs the server in a second process, so a
 * SIGKILL (the crash test) would hit the wrapper and leave the server running. `script` lets
 * the ingest benchmark start its bare-Express baseline the same way.
 */
export function startServerProcess(env: Record<string, string>, script = 'server/index.ts'): ServerProcess {
  const proc = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { PATH: process.env.PATH, PORT: '0', SETTINGS_FILE: 'none', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (d) => (stdout += d));
  proc.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /serving (http:\/\/\S+?)\/?\s/.exec(stdout);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`server exited: ${stderr}`));
    });
  });
  url.catch(() => undefined); // a test that expects the exit need not await url
  return {
    proc,
    url,
    exited,
    output: () => ({ stdout, stderr }),
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      return exited;
    },
  };
}

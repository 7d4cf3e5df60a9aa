/**
 * `npm run fetch` checks --server before it asks the passphrase: no scheme, a port where nothing
 * listens, a path under which no scanwitness server answers, and another kind of server each get
 * a message saying what to fix. The key is passphrase-protected and no passphrase file is given,
 * with no terminal: any message about the passphrase would mean the address was checked too late.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { makeSecretKeyFile } from '../../protocol/node/key-files.js';
import { generateAnalystKeyPair } from '../../protocol/node/request-signing.js';

const root = new URL('../../', import.meta.url).pathname;
let dir: string;
let server: ServerProcess;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sw-fetch-url-'));
  server = startServerProcess({ DATA_DIR: join(dir, 'data') });
  url = await server.url;
  const pair = generateAnalystKeyPair();
  const file = await makeSecretKeyFile('analyst-signing', pair.publicKey, pair.secretKey, 'correct horse battery', { N: 1024, r: 8, p: 1 });
  writeFileSync(join(dir, 'analyst.key'), JSON.stringify(file), { mode: 0o600 });
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function fetchCli(serverArg: string): Promise<{ code: number; stderr: string }> {
  const args = ['--import', 'tsx', 'scripts/fetch.ts', '--server', serverArg, '--key', join(dir, 'analyst.key'), '--out', join(dir, 'batches')];
  try {
    await promisify(execFile)(process.execPath, args, { cwd: root, env: { PATH: process.env.PATH }, timeout: 60_000 });
    return { code: 0, stderr: '' };
  } catch (e) {
    const { code, stderr } = e as { code: number; stderr: string };
    expect(stderr).not.toMatch(/passphrase/i);
    return { code, stderr };
  }
}

async function listening(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; port: number }> {
  const s = createServer(handler);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  return { server: s, port: (s.address() as AddressInfo).port };
}

describe('fetch --server mistakes, before the passphrase', () => {
  it('no scheme', async () => {
    const bare = url.replace('http://', '');
    const r = await fetchCli(bare);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `fetch: --server ${bare} has no scheme: give https://${bare} (or http://${bare} for a server on this machine: 127.0.0.1 or localhost)\n`,
    );
  });

  it('a port where nothing listens', async () => {
    const { server: s, port } = await listening(() => undefined);
    await new Promise<void>((r) => s.close(() => r()));
    const r = await fetchCli(`http://127.0.0.1:${port}`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`nothing answers at 127.0.0.1:${port} (connection refused): check the port in --server`);
  });

  it('a path under which no scanwitness server answers', async () => {
    const r = await fetchCli(`${url}/report`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `no scanwitness server answers under the path /report of ${url} (${url}/report/healthz: 404): give the address without a path, --server ${url}`,
    );
  });

  it('another kind of server', async () => {
    const { server: s, port } = await listening((_req, res) => res.writeHead(404).end('not here'));
    try {
      const r = await fetchCli(`http://127.0.0.1:${port}`);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`http://127.0.0.1:${port} is not a scanwitness server, or its reverse proxy does not pass requests on`);
    } finally {
      await new Promise<void>((r) => s.close(() => r()));
    }
  });

  it('the right address gets past the check, to the passphrase', async () => {
    const args = ['--import', 'tsx', 'scripts/fetch.ts', '--server', url, '--key', join(dir, 'analyst.key'), '--out', join(dir, 'batches')];
    const r = await promisify(execFile)(process.execPath, args, { cwd: root, env: { PATH: process.env.PATH } }).catch((e: { stderr: string }) => e);
    expect((r as { stderr: string }).stderr).toMatch(/passphrase/i);
  });
});

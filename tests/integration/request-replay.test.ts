/**
 * Signed batch requests are bound to one server and one process lifetime: a captured request
 * is refused after a restart, by a second server sharing the analyst key, and when re-aimed
 * at another origin. Real server processes (`tsx server/index.ts`) over real HTTP.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makePublicKeyFile } from '../../protocol/node/key-files.js';
import { canonicalQuery, signRequest } from '../../protocol/node/request-signing.js';
import { loadConfig, ConfigError } from '../../server/config.js';
import { makeAnalyst, makeAnalystServer, type AnalystTestServer } from '../helpers/analyst.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const ORIGIN = 'https://report.example.org';
const dirs: string[] = [];
const processes: ServerProcess[] = [];
let t: AnalystTestServer | undefined;
afterEach(async () => {
  for (const p of processes.splice(0)) p.proc.kill('SIGKILL');
  await t?.close();
  t = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const analyst = makeAnalyst();
function analystPubFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scanwitness-replay-keys-'));
  dirs.push(dir);
  const path = join(dir, 'analyst.pub');
  writeFileSync(path, JSON.stringify(makePublicKeyFile('analyst-signing', analyst.pair.publicKey)));
  return path;
}

function serverProcess(env: Record<string, string>): ServerProcess {
  const s = startServerProcess(env);
  processes.push(s);
  return s;
}

/** A GET /api/batches signed for `origin`, sent (possibly again) to whichever server `url` is. */
function captured(origin: string) {
  const query = canonicalQuery([['limit', '10']]);
  const headers = signRequest({ origin, method: 'GET', path: '/api/batches', query }, analyst.signer);
  return async (url: string) => {
    const res = await fetch(`${url}/api/batches?${query}`, { headers });
    const body = res.status === 200 ? null : ((await res.json()) as { error: string; message: string });
    return { status: res.status, error: body?.error, message: body?.message };
  };
}

describe('replay of a signed request', () => {
  it('is refused after a restart (signed before the server started) and by a second server with the same analyst key', async () => {
    const pub = analystPubFile();
    const dataA = mkdtempSync(join(tmpdir(), 'scanwitness-replay-a-'));
    const dataB = mkdtempSync(join(tmpdir(), 'scanwitness-replay-b-'));
    dirs.push(dataA, dataB);
    const env = { ANALYST_PUBLIC_KEY_FILES: pub, PUBLIC_ORIGIN: ORIGIN };

    // Server A behind a proxy whose public origin is ORIGIN; the test talks to its port directly.
    let a = serverProcess({ ...env, DATA_DIR: dataA });
    await a.url;
    const send = captured(ORIGIN);
    expect(await send(await a.url)).toMatchObject({ status: 200 });
    expect(await send(await a.url)).toMatchObject({ status: 401, error: 'replayed_nonce' });

    // Restart A: its nonce memory is new, but the captured request predates the start.
    expect(await a.stop()).toBe(0);
    a = serverProcess({ ...env, DATA_DIR: dataA });
    const replayed = await send(await a.url);
    expect(replayed).toMatchObject({ status: 401, error: 'signed_before_start' });
    expect(replayed.message).toMatch(/before this server started/);
    // A request made now still works.
    expect(await captured(ORIGIN)(await a.url)).toMatchObject({ status: 200 });

    // Server B: another campaign's server that lists the same analyst key.
    const b = serverProcess({ ...env, DATA_DIR: dataB, PUBLIC_ORIGIN: 'https://other.example.org' });
    const bUrl = await b.url;
    const wrong = await captured(ORIGIN)(bUrl); // signed after B started, for A
    expect(wrong).toMatchObject({ status: 401, error: 'wrong_origin' });
    expect(wrong.message).toContain(`signed for ${ORIGIN}`);
    expect(wrong.message).toContain('https://other.example.org');
    // Rewriting the origin header does not help: the signature covers the origin.
    const query = canonicalQuery([['limit', '10']]);
    const headers = signRequest({ origin: ORIGIN, method: 'GET', path: '/api/batches', query }, analyst.signer);
    const rewritten = await fetch(`${bUrl}/api/batches?${query}`, { headers: { ...headers, 'x-scanwitness-origin': 'https://other.example.org' } });
    expect(rewritten.status).toBe(401);
    expect(((await rewritten.json()) as { error: string }).error).toBe('bad_signature');
  }, 180_000);

  it('without PUBLIC_ORIGIN only loopback addresses at the listening port are accepted, with a message naming the setting', async () => {
    t = makeAnalystServer({}, { analysts: [analyst] });
    const url = await t.listen();
    const port = Number(new URL(url).port);
    for (const origin of [url, `http://localhost:${port}`, `http://[::1]:${port}`]) {
      expect(await captured(origin)(url)).toMatchObject({ status: 200 });
    }
    const other = await captured(`http://127.0.0.1:${port + 1}`)(url);
    expect(other).toMatchObject({ status: 401, error: 'wrong_origin' });
    expect(other.message).toMatch(/PUBLIC_ORIGIN is not set/);
    expect(await captured('https://report.example.org')(url)).toMatchObject({ status: 401, error: 'wrong_origin' });
  });
});

describe('PUBLIC_ORIGIN', () => {
  it('is normalised to scheme://host[:port], refuses paths and other schemes, and is required in production with analyst keys', () => {
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://Report.Example.org:443/' }).publicOrigin).toBe('https://report.example.org');
    expect(loadConfig({}).publicOrigin).toBeNull();
    for (const bad of ['https://report.example.org/report', 'ftp://report.example.org', 'report.example.org', 'https://u:p@report.example.org']) {
      expect(() => loadConfig({ PUBLIC_ORIGIN: bad })).toThrow(/PUBLIC_ORIGIN/);
    }
    const production = { NODE_ENV: 'production', ANALYST_PUBLIC_KEY_FILES: '/keys/analyst.pub' };
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig(production)).toThrow(/PUBLIC_ORIGIN: required in production/);
    expect(loadConfig({ ...production, PUBLIC_ORIGIN: ORIGIN }).publicOrigin).toBe(ORIGIN);
  });
});

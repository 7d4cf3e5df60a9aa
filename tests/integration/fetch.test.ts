/**
 * `npm run fetch` against a real listening server: the round trip (submit N → fetch → decrypt
 * → N reports, server empty), resumption after a fault at every commit step and after a cut
 * connection (no loss, no duplicate), and the CLI itself, killed half-way and run again.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEnvelope, sealReport } from '../../protocol/envelope.js';
import { makePublicKeyFile, makeSecretKeyFile } from '../../protocol/node/key-files.js';
import { fetchBatches, type FetchStage } from '../../scripts/transfer/fetch-batches.js';
import { checkManifests } from '../../scripts/decrypt/manifest-check.js';
import { makeAnalystServer, report, storeReports, type AnalystTestServer } from '../helpers/analyst.js';

const run = promisify(execFile);
let t: AnalystTestServer;
let out: string;
const cleanups: (() => Promise<void> | void)[] = [];
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'scanwitness-fetch-'));
});
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
  await t?.close();
  rmSync(out, { recursive: true, force: true });
});

interface Line {
  id: number;
  receivedOn: string;
  envelope: { v: 1; kid: string; sealed: string };
}

/** Every line of every committed batch file, checked against its manifest and its name. */
function readBatches(dir: string, server = t.url): Line[] {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.ndjson'))
    .sort();
  const all: Line[] = [];
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    const manifest = JSON.parse(readFileSync(join(dir, f.replace(/\.ndjson$/, '.manifest.json')), 'utf8'));
    const lines = bytes
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line);
    expect(Object.keys(manifest).sort()).toEqual(['batch', 'count', 'fetchedAt', 'sequence', 'server', 'serverId', 'sha256']);
    expect(manifest).toMatchObject({ count: lines.length, sha256: createHash('sha256').update(bytes).digest('hex'), server });
    expect(f).toBe(`batch-${manifest.serverId}-${String(manifest.sequence).padStart(6, '0')}.ndjson`);
    all.push(...lines);
  }
  return all;
}

/** The sealed envelopes of `lines`, sorted: what to compare, since ids carry no order. */
const sealedSet = (lines: { envelope: { sealed: string } }[]) => lines.map((l) => l.envelope.sealed).sort();
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const batchNames = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.ndjson'))
    .sort();

async function submitOverHttp(n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    const res = await fetch(`${t.url}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(sealReport(report(`round trip ${i}`), t.keyPair.publicKey)),
    });
    expect(res.status).toBe(201);
  }
}

describe('fetchBatches against a listening server', () => {
  it('round trip: submit N → fetch → decrypt → the N reports back; server empty with delete-after-export', async () => {
    t = makeAnalystServer({ DELETE_AFTER_EXPORT: 'true', RATE_LIMIT_REPORTS_PER_CLIENT: '1000' });
    await t.listen();
    const N = 23;
    await submitOverHttp(N);
    const result = await fetchBatches({ server: t.url, outDir: out, signer: t.analyst.signer, limit: 10 });
    expect(result).toMatchObject({ fetched: N, deleted: N, serverId: t.store.serverId, deleteAfterExport: true, warnings: [] });
    expect(result.batches.map((b) => [b.sequence, b.count])).toEqual([
      [1, 10],
      [2, 10],
      [3, 3],
    ]);
    expect(t.store.count()).toBe(0);

    const lines = readBatches(out);
    expect(new Set(lines.map((l) => l.id)).size).toBe(N);
    const narratives = lines.map((l) => openEnvelope(l.envelope, t.keyPair).narrative).sort();
    expect(narratives).toEqual(
      range(1, N)
        .map((i) => `round trip ${i}`)
        .sort(),
    );
    expect(JSON.parse(readFileSync(join(out, 'fetch-state.json'), 'utf8'))).toEqual({
      type: 'scanwitness.fetch-state.v2',
      server: t.url,
      serverId: t.store.serverId,
      nextSequence: 4,
      pendingAck: null,
    });

    // Nothing new: a second run fetches and deletes nothing.
    expect(await fetchBatches({ server: t.url, outDir: out, signer: t.analyst.signer })).toMatchObject({ fetched: 0, deleted: 0 });
    await submitOverHttp(2);
    const more = await fetchBatches({ server: t.url, outDir: out, signer: t.analyst.signer });
    expect(more.batches.map((b) => [b.sequence, b.count])).toEqual([[4, 2]]);
    expect(readBatches(out)).toHaveLength(N + 2);

    // And through `npm run decrypt`, the other engineer's pipeline, with a campaign.key file.
    const keys = mkdtempSync(join(tmpdir(), 'scanwitness-fetch-keys-'));
    cleanups.push(() => rmSync(keys, { recursive: true, force: true }));
    writeFileSync(join(keys, 'campaign.key'), JSON.stringify(await makeSecretKeyFile('campaign-encryption', t.keyPair.publicKey, t.keyPair.secretKey, null)), {
      mode: 0o600,
    });
    const decrypted = join(keys, 'decrypted');
    await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/decrypt.ts',
      '--key',
      join(keys, 'campaign.key'),
      '--out-dir',
      decrypted,
      '--jobs',
      '1',
      '--quiet',
      out,
    ]);
    const opened = readFileSync(join(decrypted, 'reports.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: number; report: { narrative: string } });
    expect(opened.map((o) => o.id).sort((a, b) => a - b)).toEqual(
      readBatches(out)
        .map((l) => l.id)
        .sort((a, b) => a - b),
    );
    expect(opened.map((o) => o.report.narrative).sort()).toEqual([...range(1, N).map((i) => `round trip ${i}`), 'round trip 1', 'round trip 2'].sort());
  });

  it.each<FetchStage>(['page-received', 'batch-renamed', 'manifest-renamed', 'state-saved', 'acked'])(
    'a fetch killed at "%s" of its second batch resumes without loss or duplication',
    async (failAt) => {
      t = makeAnalystServer({ DELETE_AFTER_EXPORT: 'true' });
      await t.listen();
      const first = storeReports(t, 25);
      let pages = 0;
      const crash = async (stage: FetchStage) => {
        if (stage === 'page-received') pages++;
        if (stage === failAt && pages === 2) throw new Error(`simulated crash at ${stage}`);
      };
      await expect(fetchBatches({ server: t.url, outDir: out, signer: t.analyst.signer, limit: 10, onStage: crash })).rejects.toThrow(/simulated crash/);
      // Until the second batch is acknowledged, the server still holds it and the rest.
      expect(t.store.count()).toBe(failAt === 'acked' ? 5 : 15);
      const later = storeReports(t, 3, 26); // reports keep arriving meanwhile

      const resumed = await fetchBatches({ server: t.url, outDir: out, signer: t.analyst.signer, limit: 10 });
      expect(resumed.warnings).toEqual([]);
      expect(sealedSet(readBatches(out))).toEqual([...first, ...later].sort());
      expect(readdirSync(out).filter((n) => n.endsWith('.partial') || n === 'fetch.lock')).toEqual([]);
      expect(t.store.count()).toBe(0);
    },
  );

  it('a connection cut half-way through a batch leaves nothing counted, and the next run resumes', async () => {
    // A proxy that passes the first batch, then sends only 4 lines of the second and drops the connection.
    // The analyst addresses the proxy, so the server's PUBLIC_ORIGIN is the proxy's origin.
    let gets = 0;
    const proxy = await startProxy(
      () => t.url,
      (path) => (path.startsWith('/api/batches?') && ++gets === 2 ? 4 : undefined),
    );
    cleanups.push(
      () =>
        new Promise<void>((r) => {
          proxy.closeAllConnections();
          proxy.close(() => r());
        }),
    );
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    t = makeAnalystServer({ DELETE_AFTER_EXPORT: 'true', PUBLIC_ORIGIN: proxyUrl });
    await t.listen();
    const sealed = storeReports(t, 20);

    await expect(fetchBatches({ server: proxyUrl, outDir: out, signer: t.analyst.signer, limit: 10 })).rejects.toThrow(
      /connection was cut|ended mid-line|announced/,
    );
    expect(batchNames(out)).toEqual([`batch-${t.store.serverId}-000001.ndjson`]);
    expect(t.store.count()).toBe(10);

    const resumed = await fetchBatches({ server: proxyUrl, outDir: out, signer: t.analyst.signer, limit: 10 });
    expect(resumed.fetched).toBe(10);
    expect(sealedSet(readBatches(out, proxyUrl))).toEqual([...sealed].sort());
    expect(t.store.count()).toBe(0);
  });

  it("refuses plain http to a remote host, and a folder holding another server's batches", async () => {
    t = makeAnalystServer();
    await expect(fetchBatches({ server: 'http://report.example.org', outDir: out, signer: t.analyst.signer })).rejects.toThrow(/https/);
    await t.listen();
    storeReports(t, 1);
    await fetchBatches({ server: t.url, outDir: out, signer: t.analyst.signer });
    await expect(fetchBatches({ server: t.url.replace('127.0.0.1', 'localhost'), outDir: out, signer: t.analyst.signer })).rejects.toThrow(
      /separate --out folder/,
    );
  });
});

describe('a folder fetched by the earlier, cursor-based fetch', () => {
  it("is converted: committed old batches are kept (and still pass decrypt's manifest check), uncommitted ones removed, the rest fetched", async () => {
    t = makeAnalystServer();
    await t.listen();
    const sealed = storeReports(t, 3);
    // What the old fetch left: batch-1-2 committed (cursor 2, its ack still owed), batch-3-4 written but not committed.
    const old = (name: string, ids: number[]) => {
      const text = ids
        .map((id, i) => `{"id":${id},"receivedOn":"2025-10-01","envelope":{"v":1,"kid":"0123456789abcdef","sealed":"${'A'.repeat(60 + i)}=="}}\n`)
        .join('');
      writeFileSync(join(out, `${name}.ndjson`), text);
      const manifest = {
        count: ids.length,
        sha256: createHash('sha256').update(text).digest('hex'),
        firstId: ids[0],
        lastId: ids.at(-1),
        server: t.url,
        fetchedAt: '2026-01-01T00:00:00.000Z',
      };
      writeFileSync(join(out, `${name}.manifest.json`), JSON.stringify(manifest));
    };
    old('batch-1-2', [1, 2]);
    old('batch-3-4', [3, 4]);
    writeFileSync(join(out, 'fetch-state.json'), JSON.stringify({ type: 'scanwitness.fetch-state.v1', server: t.url, cursor: 2, pendingAck: 2 }));

    const log: string[] = [];
    const result = await fetchBatches({ server: t.url, outDir: out, signer: t.analyst.signer, log: (l) => log.push(l) });
    expect(log.join('\n')).toMatch(/removing batch-3-4\.ndjson: written by a fetch that stopped before recording it/);
    expect(log.join('\n')).toMatch(/from an earlier version of fetch/);
    expect(result.fetched).toBe(3);
    // Sorted like batchNames: the random server identity may sort before or after '1-2'.
    expect(batchNames(out)).toEqual(['batch-1-2.ndjson', `batch-${t.store.serverId}-000001.ndjson`].sort());
    const fresh = readFileSync(join(out, `batch-${t.store.serverId}-000001.ndjson`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line);
    expect(sealedSet(fresh)).toEqual([...sealed].sort());
    expect(await checkManifests(batchNames(out).map((n) => join(out, n)))).toMatchObject({ files: 2, checked: 2, missingManifests: [] });
  });
});

describe('npm run fetch (the CLI)', () => {
  it('fetches with a passphrase-protected analyst.key, survives SIGKILL half-way, and never accepts campaign.key', async () => {
    // Kill -9 while the second batch is downloading: a proxy stalls it after 3 lines. The
    // analyst addresses the proxy, so the server's PUBLIC_ORIGIN is the proxy's origin.
    let gets = 0;
    let stalled!: () => void;
    const stalledNow = new Promise<void>((r) => (stalled = r));
    const proxy = await startProxy(
      () => t.url,
      (path) => (path.startsWith('/api/batches?') && ++gets === 2 ? 3 : undefined),
      { stall: true, onStall: () => stalled() },
    );
    cleanups.push(
      () =>
        new Promise<void>((r) => {
          proxy.closeAllConnections();
          proxy.close(() => r());
        }),
    );
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    t = makeAnalystServer({ DELETE_AFTER_EXPORT: 'true', PUBLIC_ORIGIN: proxyUrl });
    await t.listen();
    const sealed = storeReports(t, 30);
    const keys = mkdtempSync(join(tmpdir(), 'scanwitness-fetch-keys-'));
    cleanups.push(() => rmSync(keys, { recursive: true, force: true }));
    const pass = 'a passphrase for the fetch test';
    writeFileSync(join(keys, 'pass'), `${pass}\n`, { mode: 0o600 });
    writeFileSync(
      join(keys, 'analyst.key'),
      JSON.stringify(await makeSecretKeyFile('analyst-signing', t.analyst.pair.publicKey, t.analyst.pair.secretKey, pass, { N: 2 ** 12, r: 8, p: 1 })),
      { mode: 0o600 },
    );
    writeFileSync(join(keys, 'analyst.pub'), JSON.stringify(makePublicKeyFile('analyst-signing', t.analyst.pair.publicKey)));
    writeFileSync(join(keys, 'campaign.key'), JSON.stringify(await makeSecretKeyFile('campaign-encryption', t.keyPair.publicKey, t.keyPair.secretKey, null)), {
      mode: 0o600,
    });

    const cli = (server: string, key = join(keys, 'analyst.key')) => [
      '--import',
      'tsx',
      'scripts/fetch.ts',
      '--server',
      server,
      '--key',
      key,
      '--out',
      out,
      '--passphrase-file',
      join(keys, 'pass'),
      '--limit',
      '10',
    ];

    // campaign.key is refused before any passphrase is asked for; so is any non-analyst key.
    const refused = await run(process.execPath, cli(t.url, join(keys, 'campaign.key'))).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/campaign decryption key; fetch never needs it/);
    const renamed = join(keys, 'other.key');
    writeFileSync(renamed, readFileSync(join(keys, 'campaign.key')));
    expect(((await run(process.execPath, cli(t.url, renamed)).catch((e) => e)) as { stderr: string }).stderr).toMatch(/not an analyst signing key/);

    const child = spawn(process.execPath, cli(proxyUrl), { stdio: 'ignore' });
    await stalledNow;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(existsSync(join(out, 'fetch.lock'))).toBe(true); // left by the killed process
    expect(batchNames(out)).toEqual([`batch-${t.store.serverId}-000001.ndjson`]);

    // Run again (same proxy address, so the state's server matches): resumes, takes over the stale lock.
    const again = await run(process.execPath, cli(proxyUrl));
    expect(again.stdout).toMatch(/fetched 20 envelope\(s\) into 2 batch file\(s\)/);
    expect(again.stdout).toMatch(/the server deleted 20 envelope\(s\) that every analyst key has now stored/);
    expect(sealedSet(readBatches(out, proxyUrl))).toEqual([...sealed].sort());
    expect(t.store.count()).toBe(0);
  });
});

/**
 * An HTTP proxy to `upstream()` (asked per request, so the proxy can start before the server). For a request where cutAfter(path) gives k, it forwards the
 * response headers and only the first k lines of the body, then drops the connection (or,
 * with stall, keeps it open and silent).
 */
async function startProxy(
  upstream: () => string,
  cutAfter: (path: string) => number | undefined,
  options: { stall?: boolean; onStall?: () => void } = {},
): Promise<Server> {
  const server = createServer((req, res) => {
    const target = new URL(upstream());
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const up = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
        const body: Buffer[] = [];
        upRes.on('data', (c: Buffer) => body.push(c));
        upRes.on('end', () => {
          const full = Buffer.concat(body);
          const k = cutAfter(req.url ?? '');
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          if (k === undefined) return res.end(full);
          const text = full.toString('utf8');
          let end = 0;
          for (let i = 0; i < k; i++) end = text.indexOf('\n', end) + 1;
          res.write(text.slice(0, end));
          if (options.stall) options.onStall?.();
          else setTimeout(() => res.socket?.destroy(), 20);
        });
      });
      up.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return server;
}

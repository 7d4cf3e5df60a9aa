/**
 * Issue #13's transfer and erasure guarantees, through `npm run fetch` (the CLI in a child
 * process) against a real listening server on a real SQLite file (docs/batch-transfer.md):
 *
 * (a) a replaced database: fetch refuses, nothing acknowledged or deleted, then --accept-server
 *     ends with every report of both databases on the analyst's disk;
 * (b) a signed HEAD, a GET with `after`, a fabricated batch id and a second analyst's ack never
 *     delete an envelope that was not delivered to (and acknowledged by) every key;
 * (c) a restart between fetch and ack loses nothing and the ack is not refused;
 * and deleted means gone: after fetch + ack, no file in the data folder — and, where the test
 * may mount a loop device, not the raw ext4 image — holds any deleted envelope's ciphertext.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { fromBase64 } from '../../protocol/base64.js';
import { generateCampaignKeyPair, sealReport, type CampaignKeyPair } from '../../protocol/envelope.js';
import { makeSecretKeyFile } from '../../protocol/node/key-files.js';
import { canonicalQuery, signRequest } from '../../protocol/node/request-signing.js';
import { createApp } from '../../server/app.js';
import { analystKey } from '../../server/analyst-auth.js';
import { campaignKey } from '../../server/campaign.js';
import { loadConfig } from '../../server/config.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';
import type { ReportStore } from '../../server/store/report-store.js';
import { fetchBatches } from '../../scripts/transfer/fetch-batches.js';
import { filesUnder } from '../helpers/disk.js';
import { makeAnalyst, report, type Analyst } from '../helpers/analyst.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);
/** Each test runs `npm run fetch` (a tsx child process) up to three times: slow on a loaded machine. */
const CLI_TEST_TIMEOUT_MS = 180_000;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface Running {
  store: ReportStore;
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The server on `dataDir`, listening on `port` (0: a free one); stop() closes it and its database, as a restart does. */
async function startServer(dataDir: string, keyPair: CampaignKeyPair, analysts: Analyst[], port = 0, env: Record<string, string> = {}): Promise<Running> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, RATE_LIMIT_REPORTS_PER_CLIENT: '1000', ...env });
  const store = openSqliteStore(config.databasePath);
  const app = createApp({
    config,
    campaign: { name: 'Test campaign', keys: [campaignKey(keyPair.publicKey)], demo: false },
    store,
    analystKeys: analysts.map((a) => analystKey(a.pair.publicKey)),
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  const actual = (server.address() as AddressInfo).port;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    store.close();
  };
  cleanups.push(stop);
  return { store, url: `http://127.0.0.1:${actual}`, port: actual, stop };
}

/**
 * POST, once more if the first try went out on a kept-alive socket that the previous server at
 * this port had closed (undici reports 'other side closed'; that request never reached a server).
 */
async function postOnce(url: string, body: string): Promise<Response> {
  const post = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  try {
    return await post();
  } catch (e) {
    if ((e as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw e;
    return post();
  }
}

async function submit(url: string, keyPair: CampaignKeyPair, n: number, label: string): Promise<string[]> {
  const sealed: string[] = [];
  for (let i = 0; i < n; i++) {
    const envelope = sealReport(report(`${label} ${i}`), keyPair.publicKey);
    const res = await postOnce(`${url}/api/reports`, JSON.stringify(envelope));
    expect(res.status).toBe(201);
    sealed.push(envelope.sealed);
  }
  return sealed;
}

/** analyst.key (no passphrase) in a temp folder, for the CLI. */
async function analystKeyFile(analyst: Analyst): Promise<string> {
  const path = join(tempDir('scanwitness-transfer-keys-'), 'analyst.key');
  writeFileSync(path, JSON.stringify(await makeSecretKeyFile('analyst-signing', analyst.pair.publicKey, analyst.pair.secretKey, null)), { mode: 0o600 });
  return path;
}

/** `npm run fetch` in a child process; never throws, returns the exit code and output. */
async function fetchCli(url: string, key: string, out: string, ...extra: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'scripts/fetch.ts', '--server', url, '--key', key, '--out', out, '--limit', '10', ...extra], {
      cwd: ROOT,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** One campaign, one analyst with an analyst.key file, an empty data folder and a batches folder to fetch into. */
async function setting() {
  const analyst = makeAnalyst();
  return {
    keyPair: generateCampaignKeyPair(),
    analyst,
    key: await analystKeyFile(analyst),
    dataDir: tempDir('scanwitness-transfer-data-'),
    out: join(tempDir('scanwitness-transfer-out-'), 'batches'),
  };
}

/** The sealed ciphertext of every line of every batch file in `out`, sorted. */
function sealedOnDisk(out: string): string[] {
  return readdirSync(out)
    .filter((n) => n.endsWith('.ndjson'))
    .flatMap((n) =>
      readFileSync(join(out, n), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { envelope: { sealed: string } }).envelope.sealed),
    )
    .sort();
}

async function signed(url: string, analyst: Analyst, method: 'GET' | 'HEAD' | 'POST', path: string, query = '', body?: string): Promise<Response> {
  const headers = signRequest({ origin: url, method, path, query, body }, analyst.signer, { now: new Date() });
  return fetch(`${url}${path}${query ? `?${query}` : ''}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body,
  });
}

describe('(a) the server database is replaced between fetches', () => {
  it(
    "fetch refuses and deletes nothing; after --accept-server every report of both databases is on the analyst's disk",
    async () => {
      const { keyPair, analyst, key, out, dataDir } = await setting();

      const first = await startServer(dataDir, keyPair, [analyst]);
      const fromFirst = await submit(first.url, keyPair, 5, 'first database');
      const fetched = await fetchCli(first.url, key, out);
      expect(fetched.code).toBe(0);
      expect(fetched.stdout).toMatch(/fetched 5 envelope\(s\)/);
      expect(first.store.count()).toBe(0); // delete-after-export is the default
      const firstId = first.store.serverId;
      await first.stop();

      // A new database at the same path and URL (a move to a new VPS, a restore, a wipe): 7 new reports.
      rmSync(dataDir, { recursive: true, force: true });
      const second = await startServer(dataDir, keyPair, [analyst], first.port);
      expect(second.store.serverId).not.toBe(firstId);
      const fromSecond = await submit(second.url, keyPair, 7, 'second database');

      const refused = await fetchCli(second.url, key, out);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain(`recorded server identity ${firstId}`);
      expect(refused.stderr).toContain(`the server now has identity                ${second.store.serverId}`);
      expect(refused.stderr).toContain('Nothing was acknowledged or deleted');
      expect(refused.stderr).toContain(`--accept-server ${second.store.serverId}`);
      expect(second.store.count()).toBe(7);
      expect(sealedOnDisk(out)).toEqual([...fromFirst].sort());

      const accepted = await fetchCli(second.url, key, out, '--accept-server', second.store.serverId);
      expect(accepted.code).toBe(0);
      expect(accepted.stdout).toMatch(/fetched 7 envelope\(s\)/);
      expect(accepted.stdout).toMatch(/the server deleted 7 envelope/);
      expect(sealedOnDisk(out)).toEqual([...fromFirst, ...fromSecond].sort());
      expect(
        readdirSync(out)
          .filter((n) => n.endsWith('.ndjson'))
          .sort(),
      ).toEqual([`batch-${firstId}-000001.ndjson`, `batch-${second.store.serverId}-000002.ndjson`].sort());
    },
    CLI_TEST_TIMEOUT_MS,
  );
});

describe('(b) nothing undelivered is deleted', () => {
  it("a signed HEAD, a GET with after, a fabricated batch, another analyst's ack: no envelope goes before every key has stored it", async () => {
    const keyPair = generateCampaignKeyPair();
    const [a, b] = [makeAnalyst(), makeAnalyst()];
    const server = await startServer(tempDir('scanwitness-transfer-data-'), keyPair, [a, b]);
    const sealed = await submit(server.url, keyPair, 6, 'report');
    const ack = (who: Analyst, batch: string) =>
      signed(server.url, who, 'POST', '/api/batches/ack', '', JSON.stringify({ batch, server: server.store.serverId }));

    const head = await signed(server.url, a, 'HEAD', '/api/batches', canonicalQuery([['limit', '1000']]));
    expect(head.status).toBe(405);
    expect(head.headers.get('x-scanwitness-batch')).toBeNull();
    const after = await signed(
      server.url,
      a,
      'GET',
      '/api/batches',
      canonicalQuery([
        ['after', '3'],
        ['limit', '1'],
      ]),
    );
    expect(after.status).toBe(400);
    expect((await ack(a, '0'.repeat(32))).status).toBe(404);
    expect(server.store.count()).toBe(6);

    // A gets one envelope; B gets all six and acknowledges them: only A's one is stored by both keys.
    const one = await signed(server.url, a, 'GET', '/api/batches', canonicalQuery([['limit', '1']]));
    const oneSealed = (JSON.parse((await one.text()).trim()) as { envelope: { sealed: string } }).envelope.sealed;
    const all = await signed(server.url, b, 'GET', '/api/batches', '');
    await all.text();
    expect((await ack(b, one.headers.get('x-scanwitness-batch')!)).status).toBe(404); // A's batch, not B's
    expect(await (await ack(b, all.headers.get('x-scanwitness-batch')!)).json()).toMatchObject({ acked: 6, deleted: 0 });
    expect(server.store.count()).toBe(6);
    expect(await (await ack(a, one.headers.get('x-scanwitness-batch')!)).json()).toMatchObject({ acked: 1, deleted: 1 });
    expect(
      server.store
        .list(10)
        .map((r) => r.envelope.sealed)
        .sort(),
    ).toEqual(sealed.filter((s) => s !== oneSealed).sort());
  });
});

describe('(c) a restart between fetch and ack', () => {
  it(
    'loses nothing: the next fetch acknowledges the saved batch (no 409) and fetches the rest',
    async () => {
      const { keyPair, analyst, key, out, dataDir } = await setting();
      const before = await startServer(dataDir, keyPair, [analyst]);
      const sealed = await submit(before.url, keyPair, 15, 'report');
      // The first batch is written and committed; the fetch dies before acknowledging it.
      await expect(
        fetchBatches({
          server: before.url,
          outDir: out,
          signer: analyst.signer,
          limit: 10,
          onStage: (s) => {
            if (s === 'state-saved') throw new Error('killed before the ack');
          },
        }),
      ).rejects.toThrow(/killed before the ack/);
      expect(before.store.count()).toBe(15);
      await before.stop();

      const after = await startServer(dataDir, keyPair, [analyst], before.port);
      const resumed = await fetchCli(after.url, key, out);
      expect(resumed.stderr).toMatch(/acknowledging batch 1 \(left over from the last fetch\)/);
      expect(resumed.stderr).not.toMatch(/409|refused/);
      expect(resumed.code).toBe(0);
      expect(resumed.stdout).toMatch(/fetched 5 envelope\(s\)/);
      expect(resumed.stdout).toMatch(/the server deleted 15 envelope/);
      expect(sealedOnDisk(out)).toEqual([...sealed].sort());
      expect(after.store.count()).toBe(0);
    },
    CLI_TEST_TIMEOUT_MS,
  );
});

/** Distinctive slices of each envelope: its base64 text and its raw sealed bytes. */
function needles(sealed: string[]): Buffer[][] {
  return sealed.map((s) => [Buffer.from(s.slice(200, 264), 'utf8'), Buffer.from(fromBase64(s)).subarray(150, 198)]);
}
const holding = (haystacks: Buffer[], sealed: string[]) => needles(sealed).filter((forms) => haystacks.some((h) => forms.some((f) => h.includes(f)))).length;

describe('deleted means gone', () => {
  it(
    'after fetch + ack, no file in the data folder holds a deleted envelope (as base64 or raw bytes)',
    async () => {
      const { keyPair, analyst, key, out, dataDir } = await setting();
      const server = await startServer(dataDir, keyPair, [analyst]);
      const sealed = await submit(server.url, keyPair, 30, 'erase me');
      expect(
        holding(
          filesUnder(dataDir).map((f) => f.bytes),
          sealed,
        ),
      ).toBe(30); // the search finds what is there
      expect((await fetchCli(server.url, key, out)).code).toBe(0);
      const kept = await submit(server.url, keyPair, 1, 'still stored');
      expect(
        holding(
          filesUnder(dataDir).map((f) => f.bytes),
          sealed,
        ),
      ).toBe(0);
      expect(
        holding(
          filesUnder(dataDir).map((f) => f.bytes),
          kept,
        ),
      ).toBe(1);
      await server.stop();
      expect(
        holding(
          filesUnder(dataDir).map((f) => f.bytes),
          sealed,
        ),
      ).toBe(0);
    },
    CLI_TEST_TIMEOUT_MS,
  );

  // Needs root, losetup and mkfs.ext4 (CI containers often lack them): only this part is skipped then.
  const canMount = process.getuid?.() === 0 && spawnSync('losetup', ['--version']).status === 0 && spawnSync('mkfs.ext4', ['-V']).status === 0;
  it.skipIf(!canMount)(
    'on a loop-mounted ext4 image, the raw block device holds none of the deleted envelopes',
    async () => {
      const work = tempDir('scanwitness-transfer-ext4-');
      const image = join(work, 'disk.img');
      const mnt = join(work, 'mnt');
      mkdirSync(mnt);
      const sh = (cmd: string, args: string[]) => {
        const r = spawnSync(cmd, args, { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
      };
      sh('truncate', ['-s', '64M', image]);
      sh('mkfs.ext4', ['-q', '-F', image]);
      const mounted = spawnSync('mount', ['-o', 'loop', image, mnt], { encoding: 'utf8' });
      if (mounted.status !== 0) {
        console.warn(`deleted-means-gone: cannot loop-mount here (${mounted.stderr.trim()}); the raw-device part is skipped`);
        return;
      }
      cleanups.push(() => {
        if (existsSync(join(mnt, 'data'))) spawnSync('umount', [mnt]);
      });
      const { keyPair, analyst, key, out } = await setting();
      const server = await startServer(join(mnt, 'data'), keyPair, [analyst]);
      const sealed = await submit(server.url, keyPair, 30, 'erase me from the device');
      expect((await fetchCli(server.url, key, out)).code).toBe(0);
      const kept = await submit(server.url, keyPair, 1, 'still stored on the device');
      await server.stop();
      sh('umount', [mnt]);
      const raw = readFileSync(image);
      const found = holding([raw], sealed);
      console.info(`deleted-means-gone: raw ext4 image holds ${found} of ${sealed.length} deleted envelopes, ${holding([raw], kept)} of 1 still stored`);
      expect(holding([raw], kept)).toBe(1); // the search of the raw image finds what is there
      expect(found).toBe(0);
    },
    CLI_TEST_TIMEOUT_MS,
  );
});

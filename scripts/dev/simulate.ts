/**
 * `simulate`: synthetic reports through the real path — seal with the campaign public key,
 * POST to a real server over HTTP, export the stored envelopes to a batch file, decrypt to
 * decrypted NDJSON — so `npm run analyse -- --input OUT/decrypted.ndjson` works right after.
 * `decryptedOnly` skips the crypto and the server: the fast path for benchmarks.
 */
import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { generateCampaignKeyPair, sealReport, type CampaignKeyPair } from '../../protocol/envelope.js';
import { makePublicKeyFile, makeSecretKeyFile } from '../../protocol/node/key-files.js';
import { makePrivateFolder, writeNewPrivateFile, writeNewPublicFile } from '../../protocol/node/private-files.js';
import type { Report } from '../../protocol/report-schema.js';
import { decryptBatches } from '../decrypt/decrypt-batches.js';
import { exportBatch } from '../transfer/export-batch.js';
import { makeLocalServerFromSettings } from './local-server.js';
import { syntheticDecryptedLine, syntheticReports } from './synthetic.js';

/** What the person running simulate must change (an existing output, too many reports, a refusing server). */
export class SimulateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimulateError';
  }
}

export const OUT_FILES = { batch: 'batch.ndjson', decrypted: 'decrypted.ndjson', db: 'simulate.sqlite', keyDir: 'demo-key' } as const;

/** The most a simulated run sends through its own server (the server's per-client limit tops out at 10,000). */
export const MAX_REAL_PATH = 10_000;

export interface SimulateOptions {
  count: number;
  seed: number;
  outDir: string;
  /** Post to this server instead of starting one (needs publicKey); export/decrypt are then the operator's job. */
  serverUrl?: string;
  publicKey?: Uint8Array;
  decryptedOnly?: boolean;
  log?: (line: string) => void;
}

export interface SimulateResult {
  posted: number;
  batchFile: string | null;
  decryptedFile: string | null;
  keyDir: string | null;
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path, { flags: 'wx', mode: 0o600, highWaterMark: 1 << 20 });
  for (const line of lines) {
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * simulate's folder must be new or empty: synthetic output never mixes into, or lands where,
 * another run's results (real ones above all) are.
 */
function refuseUsedFolder(dir: string): void {
  if (!existsSync(dir)) return;
  const entries = statSync(dir).isDirectory() ? readdirSync(dir) : null;
  if (entries !== null && entries.length === 0) return;
  throw new SimulateError(
    `${dir} ${entries === null ? 'is a file' : `already holds files (${entries.slice(0, 4).join(', ')}${entries.length > 4 ? ', …' : ''})`}; ` +
      'simulate never overwrites or adds to another run: give a new folder with --out',
  );
}

function refuseExisting(paths: string[]): void {
  const there = paths.filter((p) => existsSync(p));
  if (there.length > 0) throw new SimulateError(`${there.join(', ')} already exist(s); simulate never overwrites — remove them or choose another --out`);
}

/** Fast path: synthetic decrypted NDJSON straight to disk, no crypto, no server. */
export async function writeSyntheticDecrypted(path: string, count: number, seed: number): Promise<void> {
  refuseExisting([path]);
  function* lines() {
    let id = 0;
    for (const report of syntheticReports(count, seed)) {
      id += 1;
      yield syntheticDecryptedLine(id, report);
    }
  }
  await writeLines(path, lines());
}

async function postAll(url: string, reports: Iterable<Report>, publicKey: Uint8Array, concurrency = 4): Promise<number> {
  const iterator = reports[Symbol.iterator]();
  let posted = 0;
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const envelope = sealReport(next.value, publicKey);
      const res = await fetch(`${url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
      if (res.status !== 201) {
        const body = await res.text();
        // A real server limits each client to RATE_LIMIT_REPORTS_PER_CLIENT (default 20) per window.
        const hint =
          res.status === 429
            ? ` — ${posted} were stored first; simulate against a test server started with higher RATE_LIMIT_REPORTS_PER_CLIENT and RATE_LIMIT_REPORTS_TOTAL, never a live one`
            : '';
        throw new SimulateError(`the server refused a synthetic report: HTTP ${res.status} ${body.slice(0, 200)}${hint}`);
      }
      await res.arrayBuffer().catch(() => undefined);
      posted += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return posted;
}

export async function simulate(options: SimulateOptions): Promise<SimulateResult> {
  const log = options.log ?? (() => undefined);
  const outDir = resolve(options.outDir);

  if (options.serverUrl) {
    if (!options.publicKey) throw new SimulateError('--server needs --public-key FILE (the campaign.pub the server uses)');
    const posted = await postAll(options.serverUrl.replace(/\/+$/, ''), syntheticReports(options.count, options.seed), options.publicKey);
    log(`posted ${posted} SYNTHETIC reports to ${options.serverUrl}; fetch and decrypt them with npm run fetch / npm run decrypt`);
    return { posted, batchFile: null, decryptedFile: null, keyDir: null };
  }

  refuseUsedFolder(outDir);
  await mkdir(outDir, { recursive: true });
  try {
    if (options.decryptedOnly) {
      const file = join(outDir, OUT_FILES.decrypted);
      await writeSyntheticDecrypted(file, options.count, options.seed);
      log(`wrote ${options.count} SYNTHETIC decrypted reports to ${file} (fast path: no encryption, no server)`);
      return { posted: 0, batchFile: null, decryptedFile: file, keyDir: null };
    }
    return await simulateRealPath(options, outDir, log);
  } catch (e) {
    // The folder was new or empty: removing it leaves nothing half-made to block the retry.
    await rm(outDir, { recursive: true, force: true });
    throw e;
  }
}

/** The whole path: a demo key, the real server on a local port, export, and decrypt's own pipeline. */
async function simulateRealPath(options: SimulateOptions, outDir: string, log: (line: string) => void): Promise<SimulateResult> {
  if (options.count > MAX_REAL_PATH) {
    throw new SimulateError(`--count ${options.count}: the real path sends at most ${MAX_REAL_PATH} reports; use --decrypted-only for more (benchmarks)`);
  }
  const batchFile = join(outDir, OUT_FILES.batch);
  const decryptedFile = join(outDir, OUT_FILES.decrypted);
  const dbPath = join(outDir, OUT_FILES.db);
  const keyDir = join(outDir, OUT_FILES.keyDir);
  refuseExisting([batchFile, decryptedFile, dbPath, keyDir]);

  const keyPair = await writeDemoKey(keyDir);
  const { posted, url } = await postToLocalServer(options, outDir, dbPath, keyPair);
  keyPair.secretKey.fill(0);
  log(`posted ${posted} SYNTHETIC reports to a local server (${url}), stored encrypted in ${dbPath}`);

  const exported = await exportBatch({ dbPath, outPath: batchFile });
  log(`exported ${exported.exported} envelopes to ${batchFile}`);
  // The same decryption as npm run decrypt: its key check, its duplicate handling, its quarantine.
  const decryptDir = join(outDir, 'decrypt-run');
  const { summary } = await decryptBatches({
    files: [batchFile],
    keyFiles: [join(keyDir, 'campaign.key')],
    passphraseFor: () => Promise.reject(new Error('the demo key has no passphrase')),
    outDir: decryptDir,
  });
  if (summary.quarantined > 0) throw new Error(`${summary.quarantined} synthetic envelope(s) did not decrypt: see ${summary.outputs.quarantine}`);
  await rename(summary.outputs.reports, decryptedFile);
  await rm(decryptDir, { recursive: true, force: true });
  log(`decrypted ${summary.opened} reports to ${decryptedFile}`);
  await rm(join(outDir, 'server-data'), { recursive: true, force: true });
  return { posted, batchFile, decryptedFile, keyDir };
}

/** A demo campaign key in `keyDir`, its secret half unprotected and labelled as demo. */
async function writeDemoKey(keyDir: string): Promise<CampaignKeyPair> {
  const keyPair = generateCampaignKeyPair();
  await makePrivateFolder(keyDir);
  await writeNewPrivateFile(
    join(keyDir, 'campaign.key'),
    JSON.stringify(await makeSecretKeyFile('campaign-encryption', keyPair.publicKey, keyPair.secretKey, null), null, 2) + '\n',
  );
  await writeNewPublicFile(join(keyDir, 'campaign.pub'), JSON.stringify(makePublicKeyFile('campaign-encryption', keyPair.publicKey), null, 2) + '\n');
  await writeNewPublicFile(
    join(keyDir, 'README.txt'),
    'DEMO KEY made by npm run simulate for SYNTHETIC reports. Its secret key is not protected. Never use it for real reports.\n',
  );
  return keyPair;
}

/** The real server on 127.0.0.1, with rate limits generous enough for the run, receiving every synthetic report; stopped afterwards. */
async function postToLocalServer(options: SimulateOptions, outDir: string, dbPath: string, keyPair: CampaignKeyPair): Promise<{ posted: number; url: string }> {
  const server = makeLocalServerFromSettings({
    env: {
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: join(outDir, 'server-data'),
      DATABASE_PATH: dbPath,
      RATE_LIMIT_WINDOW_MINUTES: '1',
      RATE_LIMIT_REPORTS_PER_CLIENT: String(MAX_REAL_PATH),
      RATE_LIMIT_REPORTS_TOTAL: String(MAX_REAL_PATH * 10),
      MAX_STORED_REPORTS: String(MAX_REAL_PATH * 10),
      POW_BITS: '0', // a local run posting fast: no proof of work
    },
    campaignName: 'Simulation (demo)',
    publicKeys: [keyPair.publicKey],
    demo: true,
    clientDir: join(outDir, 'no-client'),
  });
  try {
    const url = await server.listen(0);
    const posted = await postAll(url, syntheticReports(options.count, options.seed), keyPair.publicKey);
    return { posted, url };
  } finally {
    await server.close();
  }
}

/**
 * npm run bench:store-insert — what the durable store alone costs per report, on the event loop
 * (docs/performance.md, "Ingest": why the ratio to bare Express stops near 0.4).
 *
 *   npm run bench:store-insert -- [--prefill 20000] [--rows 10000] [--batch 16]
 *
 * The real store (server/store/sqlite-store.ts: synchronous = FULL, random ids, secure_delete,
 * file times) in a temp folder, prefilled like a server under a flood, then `rows` more sealed
 * envelopes written with insertMany in batches of `batch` (the size group commit forms at 32
 * connections). Prints wall and CPU microseconds per report: better-sqlite3 is synchronous, so
 * the wall time is time the event loop serves no request. Compare it with a whole request to
 * the bare Express app in `npm run bench:ingest` (1/throughput: about 170–200 µs here).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCampaignKeyPair, sealReport } from '../protocol/envelope.js';
import type { NewEnvelope } from '../server/store/report-store.js';
import { openSqliteStore } from '../server/store/sqlite-store.js';
import { seededRandom, syntheticReport } from './lib/synthetic-reports.js';

const { values } = parseArgs({ options: { prefill: { type: 'string' }, rows: { type: 'string' }, batch: { type: 'string' } }, strict: true });
const prefill = Number(values.prefill ?? 20_000);
const rows = Number(values.rows ?? 10_000);
const batch = Number(values.batch ?? 16);

const key = generateCampaignKeyPair().publicKey;
const random = seededRandom(3);
const distinct: NewEnvelope[] = Array.from({ length: 256 }, (_, i) => ({ envelope: sealReport(syntheticReport(random, i), key), receivedOn: '2026-11-30' }));
const meanBytes = Math.round(distinct.reduce((n, r) => n + JSON.stringify(r.envelope).length, 0) / distinct.length);
const take = (n: number, from: number): NewEnvelope[] => Array.from({ length: n }, (_, i) => distinct[(from + i) % distinct.length]!);

const dir = mkdtempSync(join(tmpdir(), 'scanwitness-bench-store-'));
const store = openSqliteStore(join(dir, 'scanwitness.sqlite'));
try {
  for (let done = 0; done < prefill; done += 256) store.insertMany(take(Math.min(256, prefill - done), done));
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let done = 0; done < rows; done += batch) store.insertMany(take(Math.min(batch, rows - done), done));
  const wallUs = Number(process.hrtime.bigint() - start) / 1000 / rows;
  const used = process.cpuUsage(cpu);
  console.log(`bench:store-insert — ${rows} envelopes (mean ${meanBytes} bytes) in batches of ${batch}, after ${prefill} already stored`);
  console.log(
    `per report: ${wallUs.toFixed(0)} µs wall (event loop blocked), ${((used.user + used.system) / rows).toFixed(0)} µs CPU ` +
      `(${(used.system / rows).toFixed(0)} µs in the kernel); ${Math.round(1e6 / wallUs)} reports/s if the store were all the server did`,
  );
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}

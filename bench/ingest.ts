/**
 * npm run bench:ingest — how fast the real server stores sealed reports, as a ratio to a bare
 * Express 5 app parsing the same JSON bodies in the same run (docs/performance.md, "Ingest").
 *
 *   npm run bench:ingest -- [--seconds 5] [--levels 1,8,32,64] [--rounds 3] [--reports 256]
 *
 * The real server is `server/index.ts` in its own process (as `npm start` runs it): a durable
 * SQLite file (synchronous = FULL, group commit), every middleware, proof of work switched on
 * but at difficulty 0 (its calm rate set above what the run sends), rate limits set above it.
 * The baseline is bench/lib/bare-express.ts, also in its own process. autocannon POSTs a set of
 * distinct sealed envelopes in turn at each concurrency level, bare and real one after the
 * other per level, so machine-load drift hits both alike; with several rounds (the order of the
 * two alternating) each round gives a ratio and the table shows the median round. At the end the real server is stopped
 * (SIGTERM) and its database reopened: every report answered 201 must be in it.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromBase64 } from '../protocol/base64.js';
import { sealReport } from '../protocol/envelope.js';
import { openSqliteStore } from '../server/store/sqlite-store.js';
import { seededRandom, syntheticReport } from './lib/synthetic-reports.js';
import { startServerProcess } from '../tests/helpers/server-process.js';

interface Run {
  target: 'bare' | 'real';
  connections: number;
  /** 201 answers per second. */
  perSecond: number;
  p50: number;
  p99: number;
  created: number;
  total: number;
}

async function load(url: string, connections: number, seconds: number, bodies: string[]): Promise<Omit<Run, 'target'>> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/reports',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length]! }),
      },
    ],
  });
  const stats = result.statusCodeStats ?? {};
  const total = Object.values(stats).reduce((n, s) => n + (s?.count ?? 0), 0) + result.errors + result.timeouts;
  const created = stats['201']?.count ?? 0;
  return { connections, perSecond: created / seconds, p50: result.latency.p50, p99: result.latency.p99, created, total };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string' }, levels: { type: 'string' }, rounds: { type: 'string' }, reports: { type: 'string' } },
    strict: true,
  });
  const seconds = Number(values.seconds ?? 5);
  const rounds = Number(values.rounds ?? 3);
  const levels = (values.levels ?? '1,8,32,64').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'scanwitness-bench-ingest-'));
  const real = startServerProcess({
    NODE_ENV: 'development',
    DATA_DIR: dir,
    RATE_LIMIT_REPORTS_PER_CLIENT: '10000000',
    RATE_LIMIT_REPORTS_TOTAL: '10000000',
    MAX_STORED_REPORTS: '100000000',
    POW_CALM_REPORTS_PER_MINUTE: '1000000',
  });
  const bare = startServerProcess({}, 'bench/lib/bare-express.ts');
  try {
    const urls = { real: await real.url, bare: await bare.url };
    const campaign = (await (await fetch(`${urls.real}/api/campaign`)).json()) as { publicKey: string };
    const key = fromBase64(campaign.publicKey);
    const random = seededRandom(9);
    const bodies = Array.from({ length: Number(values.reports ?? 256) }, (_, i) => JSON.stringify(sealReport(syntheticReport(random, i), key)));

    console.log(
      `bench:ingest — ${bodies.length} distinct sealed envelopes (mean ${Math.round(bodies.reduce((n, b) => n + b.length, 0) / bodies.length)} bytes), ${seconds} s per level and target`,
    );
    for (const target of ['bare', 'real'] as const) await load(urls[target], 8, 1, bodies); // warm-up (JIT, connections)
    const runs: Run[] = [];
    const table: { b: Run; r: Run; ratios: number[] }[] = [];
    for (const connections of levels) {
      const pairs: { b: Run; r: Run }[] = [];
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? (['bare', 'real'] as const) : (['real', 'bare'] as const);
        const pair: Partial<Record<'bare' | 'real', Run>> = {};
        for (const target of order) runs.push((pair[target] = { target, ...(await load(urls[target], connections, seconds, bodies)) }));
        pairs.push({ b: pair.bare!, r: pair.real! });
      }
      const ratios = pairs.map((p) => p.r.perSecond / p.b.perSecond);
      const median = [...pairs].sort((x, y) => x.r.perSecond / x.b.perSecond - y.r.perSecond / y.b.perSecond)[Math.floor(pairs.length / 2)]!;
      table.push({ ...median, ratios });
    }

    console.log(`\nmedian round of ${rounds} per level (all ratios in brackets)`);
    console.log('connections | bare 201/s | real 201/s | ratio | bare p50/p99 ms | real p50/p99 ms | real 201 share | ratios');
    for (const { b, r, ratios } of table) {
      console.log(
        `${String(b.connections).padStart(11)} | ${b.perSecond.toFixed(0).padStart(10)} | ${r.perSecond.toFixed(0).padStart(10)} | ${(r.perSecond / b.perSecond).toFixed(2).padStart(5)} | ` +
          `${`${b.p50}/${b.p99}`.padStart(15)} | ${`${r.p50}/${r.p99}`.padStart(15)} | ${`${((100 * r.created) / Math.max(1, r.total)).toFixed(1)}%`.padStart(14)} | ` +
          ratios.map((x) => x.toFixed(2)).join(' '),
      );
    }
    const acknowledged = runs.filter((r) => r.target === 'real').reduce((n, r) => n + r.created, 0);
    await real.stop();
    const store = openSqliteStore(join(dir, 'scanwitness.sqlite'));
    const stored = store.count();
    store.close();
    // autocannon does not count answers still in flight when a level ends, so stored may exceed acknowledged.
    console.log(
      `\nacknowledged (201) ${acknowledged} + warm-up; in the database after SIGTERM: ${stored} — ${stored >= acknowledged ? 'every acknowledged report is stored' : 'REPORTS MISSING'}`,
    );
    if (stored < acknowledged) process.exitCode = 1;
  } finally {
    real.proc.kill('SIGKILL');
    bare.proc.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

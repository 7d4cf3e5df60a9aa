/**
 * Group commit keeps its promise under a crash: the real server process (server/index.ts) takes
 * concurrent sealed reports and is SIGKILLed mid-flight, several times; after each restart on
 * the same database every report that got a 201 is there. (A 201 is sent only after the commit
 * holding the report returned, with synchronous = FULL.) Reports whose answer never came may or
 * may not be there — their senders were not told they were stored.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromBase64 } from '../../protocol/base64.js';
import { sealReport } from '../../protocol/envelope.js';
import { REPORT_SCHEMA_ID, type Report } from '../../protocol/report-schema.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';
import { startServerProcess } from '../helpers/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'scanwitness-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report: Report = {
  schema: REPORT_SCHEMA_ID,
  reporter: { role: 'witness' },
  incident: { date: '2025-10', force: 'metropolitan', technology: 'fingerprint' },
};
const env = {
  DATA_DIR: dir,
  RATE_LIMIT_REPORTS_PER_CLIENT: '1000000',
  RATE_LIMIT_REPORTS_TOTAL: '1000000',
  POW_BITS: '0',
};

/** Every envelope's `sealed` text in the database (read with the server stopped). */
function storedSealed(): Set<string> {
  const store = openSqliteStore(join(dir, 'scanwitness.sqlite'));
  try {
    return new Set(store.list(1_000_000).map((s) => s.envelope.sealed));
  } finally {
    store.close();
  }
}

describe('SIGKILL during concurrent load', () => {
  it('loses no report that was answered 201, over several crashes', async () => {
    const acknowledged: string[] = [];
    for (let round = 0; round < 3; round++) {
      const server = startServerProcess(env);
      const url = await server.url;
      const key = fromBase64(((await (await fetch(`${url}/api/campaign`)).json()) as { publicKey: string }).publicKey);
      let running = true;
      let answered = 0;
      // 16 concurrent senders, each posting until the server dies under it.
      const senders = Array.from({ length: 16 }, async () => {
        while (running) {
          const envelope = sealReport(report, key); // each one distinct, so each can be found
          try {
            const res = await fetch(`${url}/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(envelope) });
            if (res.status === 201) {
              acknowledged.push(envelope.sealed);
              answered++;
            }
            await res.arrayBuffer();
          } catch {
            return; // connection reset: the server was killed
          }
        }
      });
      // Kill it mid-flight, once some reports have been answered.
      while (answered < 100) await new Promise((r) => setTimeout(r, 20));
      server.proc.kill('SIGKILL');
      expect(await server.exited).toBe(null); // killed by the signal, not a clean exit
      running = false;
      await Promise.all(senders);
      const onDisk = storedSealed();
      const missing = acknowledged.filter((sealed) => !onDisk.has(sealed));
      expect(missing, `round ${round}: ${missing.length} of ${acknowledged.length} acknowledged reports missing`).toEqual([]);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
  }, 240_000);
});

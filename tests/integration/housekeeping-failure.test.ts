/**
 * Housekeeping (the hourly deletions) must never stop the server: a failing run — here the real
 * store answering that its database is not open, as it would on a failing disk — is logged with
 * its error code or name only, tried again after the retry delay rather than the hour, and the
 * deletions happen once the store works again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sealReport, generateCampaignKeyPair } from '../../protocol/envelope.js';
import { keepHouse, runHousekeeping } from '../../server/housekeeping.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';
import type { ReportStore } from '../../server/store/report-store.js';
import { report } from '../helpers/analyst.js';

const dirs: string[] = [];
const stores: ReportStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('housekeeping', () => {
  it('logs a failed run, keeps going, tries again soon, and deletes once the store works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scanwitness-housekeeping-'));
    dirs.push(dir);
    const path = join(dir, 'scanwitness.sqlite');
    const seed = openSqliteStore(path);
    const key = generateCampaignKeyPair().publicKey;
    for (let i = 0; i < 3; i++) seed.insert(sealReport(report(`old ${i}`), key), '2020-01-01');
    seed.close();

    // The store in use is closed: every statement throws.
    let store: ReportStore = seed;
    const logged: string[] = [];
    const runs: number[] = [];
    const work = () => {
      runs.push(Date.now());
      runHousekeeping({ store, deleteAfterExport: true, retentionDays: 30, analystKids: [] });
    };
    const house = keepHouse(work, { intervalMs: 60 * 60_000, retryMs: 100, log: (l) => logged.push(l) });
    try {
      expect(runs).toHaveLength(1); // ran at once, failed, did not throw
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/^housekeeping failed \(\w+\): the deletions due now are tried again in \d+ minute\(s\); the server keeps running$/);
      expect(logged[0]).not.toMatch(/SELECT|DELETE|envelopes/);
      // The disk is back: the retry (after 100 ms, not an hour) deletes the expired envelopes.
      store = openSqliteStore(path);
      stores.push(store);
      while (runs.length < 2) await new Promise((r) => setTimeout(r, 20));
      expect(store.count()).toBe(0);
      // Once a run succeeds, the next one waits the full interval again.
      const after = runs.length;
      await new Promise((r) => setTimeout(r, 400));
      expect(runs).toHaveLength(after);
    } finally {
      house.stop();
    }
  });
});

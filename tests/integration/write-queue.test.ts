/**
 * Group commit on a real SQLite file: concurrent reports share one transaction, each promise
 * resolves only after its commit, the rows go in in random order, a failed commit stores none
 * of its batch and tells every sender, and close() commits what is queued and refuses the rest.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCampaignKeyPair, sealReport } from '../../protocol/envelope.js';
import type { Envelope } from '../../protocol/envelope-schema.js';
import { REPORT_SCHEMA_ID } from '../../protocol/report-schema.js';
import type { NewEnvelope, ReportStore } from '../../server/store/report-store.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';
import { WriteQueue, WriteQueueClosedError } from '../../server/store/write-queue.js';

const key = generateCampaignKeyPair().publicKey;
const envelope = (i: number): Envelope =>
  sealReport(
    {
      schema: REPORT_SCHEMA_ID,
      reporter: { role: 'witness' },
      incident: { date: '2025-10', force: 'metropolitan', technology: 'fingerprint' },
      narrative: `report ${i}`,
    },
    key,
  );
const row = (i: number): NewEnvelope => ({ envelope: envelope(i), receivedOn: '2026-01-05' });

let dir: string;
let store: ReportStore;
/** The real store, with each insertMany call's size noted (the commits). */
let commits: number[];
let counted: ReportStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-queue-'));
  store = openSqliteStore(join(dir, 'db.sqlite'));
  commits = [];
  counted = { ...store, insertMany: (rows) => (commits.push(rows.length), store.insertMany(rows)) };
});
afterEach(() => {
  try {
    store.close();
  } catch {
    /* closed by the test */
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('WriteQueue (group commit)', () => {
  it('writes reports that arrive together in one commit, and resolves each only once it is stored', async () => {
    let committed = 0;
    const queue = new WriteQueue(counted, { maxBatch: 256, maxWaitMs: 0, onCommitted: (n) => (committed += n) });
    const rows = Array.from({ length: 40 }, (_, i) => row(i));
    const done = rows.map((r) => queue.add(r).then(() => store.count()));
    expect(store.count()).toBe(0); // nothing is written before the batch closes
    const countsSeen = await Promise.all(done);
    expect(commits).toEqual([40]);
    expect(committed).toBe(40);
    expect(countsSeen.every((n) => n === 40)).toBe(true);
  });

  it('splits at maxBatch and waits at most maxWaitMs', async () => {
    const queue = new WriteQueue(counted, { maxBatch: 16, maxWaitMs: 5, onCommitted: () => undefined });
    await Promise.all(Array.from({ length: 40 }, (_, i) => queue.add(row(i))));
    expect(commits).toEqual([16, 16, 8]);
    expect(store.count()).toBe(40);
  });

  it('stores a batch in random order, not arrival order', async () => {
    const queue = new WriteQueue(store, { maxBatch: 256, maxWaitMs: 0 });
    const rows = Array.from({ length: 30 }, (_, i) => row(i));
    await Promise.all(rows.map((r) => queue.add(r)));
    const onDisk = store.list(100).map((s) => s.envelope.sealed);
    expect(new Set(onDisk)).toEqual(new Set(rows.map((r) => r.envelope.sealed)));
    expect(onDisk).not.toEqual(rows.map((r) => r.envelope.sealed)); // 1 in 30! to fail by chance
  });

  it('a failed commit stores nothing of its batch and rejects every sender in it', async () => {
    const queue = new WriteQueue(store, { maxBatch: 256, maxWaitMs: 0 });
    store.close(); // the database cannot be written
    const results = await Promise.allSettled([queue.add(row(1)), queue.add(row(2))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    store = openSqliteStore(join(dir, 'db.sqlite'));
    expect(store.count()).toBe(0);
  });

  it('close() commits what is queued at once (those senders get their answer) and refuses anything later', async () => {
    const queue = new WriteQueue(counted, { maxBatch: 256, maxWaitMs: 1000 });
    const queued = [queue.add(row(1)), queue.add(row(2)), queue.add(row(3))];
    queue.close();
    expect(store.count()).toBe(3); // committed synchronously by close(), not after the 1 s wait
    await Promise.all(queued);
    await expect(queue.add(row(4))).rejects.toBeInstanceOf(WriteQueueClosedError);
    expect(store.count()).toBe(3);
    expect(queue.pending).toBe(0);
  });
});

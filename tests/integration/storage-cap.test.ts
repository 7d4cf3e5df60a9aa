/**
 * MAX_STORED_BYTES, for real: the database lives on a 16 MiB tmpfs (mounting needs root; without
 * it the test is skipped, never simulated) with the cap at 8 MB. Reports are stored until the
 * cap refuses them with 503 `storage_cap_reached` — before the disk is full, with no SQLITE_FULL
 * anywhere — every report answered 201 is stored intact, /healthz says why it is not ready, and
 * once envelopes are deleted (their pages are free again) reports are stored again. And what
 * the cap is when unset: what the database holds plus half the free space at start.
 */
import { statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { sealReport } from '../../protocol/envelope.js';
import { parseByteSize } from '../../server/config.js';
import { storageCapBytes } from '../../server/storage-cap.js';
import { report } from '../helpers/analyst.js';
import { smallDisk } from '../helpers/disk.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

const disk = smallDisk('16m');
const { mount, mounted } = disk;

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});
afterAll(() => disk.remove());

/** A narrative of 5,000 two-byte characters: each envelope takes the 16 KiB bucket (about 22 KB of base64). */
const LONG = 'ж'.repeat(5000);

describe('MAX_STORED_BYTES', () => {
  it.skipIf(!mounted)(
    'refuses with 503 storage_cap_reached before the disk fills; stored reports are intact; deleting frees room again',
    async () => {
      const logged: string[] = [];
      const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
      try {
        t = makeTestServer({ DATABASE_PATH: join(mount, 'scanwitness.sqlite'), MAX_STORED_BYTES: '8MB', RATE_LIMIT_REPORTS_PER_CLIENT: '100000' });
        const url = await t.listen();
        const post = (i: number) =>
          fetch(`${url}/api/reports`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(sealReport(report(`${i} ${LONG}`.slice(0, 5000)), t!.keyPair.publicKey)),
          });
        let stored = 0;
        let refused: Response | undefined;
        for (let i = 0; i < 2000 && !refused; i++) {
          const res = await post(i);
          if (res.status === 201) stored += 1;
          else refused = res;
        }
        expect(refused?.status).toBe(503);
        expect(await refused!.json()).toMatchObject({ error: 'storage_cap_reached' });
        // Well before the disk is full: the tmpfs still has room, and SQLite never failed.
        const fs = statfsSync(mount);
        expect(fs.bavail * fs.bsize).toBeGreaterThan(4 * 1024 * 1024);
        expect(logged.join('\n')).not.toMatch(/SQLITE_FULL|storage full|storage error/);
        // A refusal is the cap doing its job, not a fault: no log line per refused request (a
        // timeline of attempts for whoever reads the logs).
        expect(logged.join('\n')).not.toMatch(/internal error|storage_cap_reached/);
        expect(t.store.storedBytes()).toBeLessThanOrEqual(8_000_000);
        expect(stored).toBeGreaterThan(100);
        // Every 201 is in the database, whole.
        expect(t.store.count()).toBe(stored);
        const rows = t.store.list(10_000);
        expect(rows).toHaveLength(stored);
        for (const row of rows) expect(row.envelope.sealed.length).toBeGreaterThan(20_000);
        // Not ready, and why.
        const health = await fetch(`${url}/healthz`);
        expect(health.status).toBe(503);
        expect(await health.json()).toEqual({ ok: false, error: 'storage_cap_reached' });
        // Still refused (nothing changed), then envelopes go: their pages are free for new rows.
        expect((await post(-1)).status).toBe(503);
        t.store.deleteReceivedBefore('9999-12-31');
        expect((await post(-2)).status).toBe(201);
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
      } finally {
        spy.mockRestore();
      }
    },
    180_000,
  );

  it('unset, is what the database holds at start plus half the free space then; sizes are read as bytes, MB, GB, MiB', () => {
    const fs = statfsSync(tmpdir());
    const half = Math.floor((fs.bavail * fs.bsize) / 2);
    const cap = storageCapBytes(null, tmpdir(), 1_000_000);
    // The free space may move a little between the two calls (other processes write).
    expect(Math.abs(cap - (1_000_000 + half))).toBeLessThan(64 * 1024 * 1024);
    expect(storageCapBytes(5_000_000, tmpdir(), 1_000_000)).toBe(5_000_000);
    expect(parseByteSize('2GB')).toBe(2e9);
    expect(parseByteSize('500 MB')).toBe(5e8);
    expect(parseByteSize('1.5GiB')).toBe(1.5 * 2 ** 30);
    expect(parseByteSize('3000000')).toBe(3e6);
    for (const bad of ['', '2 parsecs', '-1GB', '10kB', '999999']) expect(parseByteSize(bad), bad).toBeNull();
  });
});

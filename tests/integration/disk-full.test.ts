/**
 * A full disk, for real: the database lives on a 4 MiB tmpfs that the test fills. (Mounting
 * needs root; without it this test is skipped — it does not fall back to a simulation.)
 * POST /api/reports answers 503 storage_full with no SQLite detail in the body, the server log
 * names SQLITE_FULL, /healthz says not ready, and once space is freed reports are stored again
 * with nothing lost or half-written.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sealReport } from '../../protocol/envelope.js';
import { report } from '../helpers/analyst.js';
import { fillDisk, smallDisk } from '../helpers/disk.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

const disk = smallDisk('4m');
const { mount, mounted } = disk;

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  disk.remove();
});

describe('a full disk', () => {
  it.skipIf(!mounted)('gives 503 storage_full (SQLITE_FULL in the log only), /healthz not ready, and recovers when space is freed', async () => {
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
    try {
      t = makeTestServer({ DATABASE_PATH: join(mount, 'scanwitness.sqlite') });
      const url = await t.listen();
      const post = (i: number) =>
        fetch(`${url}/api/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(sealReport(report(`disk ${i}`), t!.keyPair.publicKey)),
        });
      expect((await post(0)).status).toBe(201);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);

      fillDisk(join(mount, 'filler'));
      let stored = 1;
      let refused: Response | undefined;
      for (let i = 1; i <= 50 && !refused; i++) {
        const res = await post(i);
        if (res.status === 201) stored += 1;
        else refused = res;
      }
      expect(refused?.status).toBe(503);
      const text = await refused!.text();
      expect(JSON.parse(text)).toMatchObject({ error: 'storage_full' });
      expect(text).not.toMatch(/sqlite|SQLITE|database|disk/i);
      expect(logged.some((l) => l.includes('SQLITE_FULL'))).toBe(true);
      expect(logged.join('\n')).not.toContain('sealed');

      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ ok: false, error: 'storage_full' });

      rmSync(join(mount, 'filler'));
      expect((await post(100)).status).toBe(201);
      stored += 1;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      // Every 201 is in the database, and nothing else.
      expect(t.store.count()).toBe(stored);
      expect(t.store.list(1000)).toHaveLength(stored);
    } finally {
      spy.mockRestore();
    }
  });
});

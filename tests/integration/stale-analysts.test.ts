/**
 * An analyst key that stops fetching holds every envelope back (delete-after-export waits for
 * every key). STALE_ANALYST_DAYS: /healthz says how many keys are stale (and nothing about how
 * much is held: it is public), and the start-up log of the real server names each stale key, how
 * many envelopes it holds back and since when. Once the key fetches and acknowledges, the warning goes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sealReport, generateCampaignKeyPair } from '../../protocol/envelope.js';
import { analystKeyId } from '../../protocol/node/request-signing.js';
import { makePublicKeyFile } from '../../protocol/node/key-files.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';
import { makeAnalyst, makeAnalystServer, report, storeReports, type AnalystTestServer } from '../helpers/analyst.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

let t: AnalystTestServer | undefined;
let proc: ServerProcess | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await proc?.stop();
  proc = undefined;
  await t?.close();
  t = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const HOUR = 60 * 60_000;

describe('STALE_ANALYST_DAYS', () => {
  it('/healthz says how many analyst keys hold back envelopes older than the limit, and stops once they acknowledge', async () => {
    t = makeAnalystServer({ STALE_ANALYST_DAYS: '14' });
    await t.listen();
    const health = async () => (await fetch(`${t!.url}/healthz`)).json();
    expect(await health()).toEqual({ ok: true });
    // Three envelopes arrived on 2025-10-01, long before the clock's day; the check runs again after an hour.
    storeReports(t, 3);
    t.clock.now = new Date(t.clock.now.getTime() + 2 * HOUR);
    expect(await health()).toEqual({ ok: true, warning: 'analyst_key_stale', staleAnalystKeys: 1 });
    // The analyst fetches and acknowledges everything.
    const kid = t.analyst.signer.kid;
    const { batchId } = t.store.deliver(kid, 100, '2025-10-20');
    t.store.acknowledge(kid, batchId!, null);
    t.clock.now = new Date(t.clock.now.getTime() + 2 * HOUR);
    expect(await health()).toEqual({ ok: true });
    // A report from today is not stale, however long it waits within the limit.
    t.store.insert(sealReport(report('today'), t.keyPair.publicKey), t.clock.now.toISOString().slice(0, 10));
    t.clock.now = new Date(t.clock.now.getTime() + 13 * 24 * HOUR);
    expect(await health()).toEqual({ ok: true });
  });

  it('the start-up log names each stale key, what it holds back and since when', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scanwitness-stale-'));
    dirs.push(dir);
    const lost = makeAnalyst();
    const active = makeAnalyst();
    const pubs = [lost, active].map((a, i) => {
      const path = join(dir, `analyst-${i}.pub`);
      writeFileSync(path, JSON.stringify(makePublicKeyFile('analyst-signing', a.pair.publicKey)));
      return path;
    });
    // A database with two envelopes from 2025-10-01 that only the active key has acknowledged.
    const databasePath = join(dir, 'data', 'scanwitness.sqlite');
    const store = openSqliteStore(databasePath);
    const campaign = generateCampaignKeyPair();
    for (let i = 0; i < 2; i++) store.insert(sealReport(report(`old ${i}`), campaign.publicKey), '2025-10-01');
    const activeKid = analystKeyId(active.pair.publicKey);
    store.acknowledge(activeKid, store.deliver(activeKid, 10, '2025-10-02').batchId!, null);
    store.close();

    proc = startServerProcess({ DATA_DIR: join(dir, 'data'), ANALYST_PUBLIC_KEY_FILES: pubs.join(','), STALE_ANALYST_DAYS: '30' });
    await proc.url;
    // The lines after "serving" may arrive in a later chunk.
    while (!proc.output().stdout.includes('storage cap')) await new Promise((r) => setTimeout(r, 50));
    const { stdout } = proc.output();
    const lostKid = analystKeyId(lost.pair.publicKey);
    expect(stdout).toContain(
      `analyst key ${lostKid} has left envelopes unacknowledged for more than 30 day(s) (STALE_ANALYST_DAYS): it is holding back 2 envelope(s), the oldest from 2025-10-01`,
    );
    expect(stdout).not.toContain(`analyst key ${activeKid} has left`);
    expect(stdout).toMatch(/storage cap [\d.]+ (MB|GB|TB) \(half the free space at start; set MAX_STORED_BYTES\); the database holds [\d.]+ kB/);
  });
});

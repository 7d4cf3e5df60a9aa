/**
 * After a report's transaction has committed, the store still resets the files' times (and
 * wipes the WAL after deletes). If that fails — here, for real, because the data folder is made
 * immutable (chattr +i: even root may not change its times) — the report is stored, so the answer
 * is 201, never a 500 "not stored"; the log says what failed, once. Without chattr support (or
 * root) the test is skipped, never simulated.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sealReport } from '../../protocol/envelope.js';
import { report } from '../helpers/analyst.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

function chattr(flag: '+i' | '-i', path: string): boolean {
  try {
    execFileSync('chattr', [flag, path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let t: TestServer | undefined;
afterEach(async () => {
  if (t) chattr('-i', t.dir);
  await t?.close();
  t = undefined;
});

const probe = makeTestServer();
const canMakeImmutable = chattr('+i', probe.dir) && chattr('-i', probe.dir);
await probe.close();

describe('a failure after the commit', () => {
  it.skipIf(!canMakeImmutable)('leaves the report stored and answered 201; the log says what failed, once', async () => {
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
    try {
      t = makeTestServer();
      const url = await t.listen();
      const post = (i: number) =>
        fetch(`${url}/api/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(sealReport(report(`after commit ${i}`), t!.keyPair.publicKey)),
        });
      expect((await post(0)).status).toBe(201);
      expect(chattr('+i', t.dir)).toBe(true);
      const statuses = [];
      for (let i = 1; i <= 3; i++) statuses.push((await post(i)).status);
      expect(statuses).toEqual([201, 201, 201]);
      expect(t.store.count()).toBe(4);
      expect(logged.filter((l) => l.includes("could not reset the database files' times (EPERM)"))).toHaveLength(1);
      expect(logged.join('\n')).not.toContain('internal error');
    } finally {
      spy.mockRestore();
    }
  });
});

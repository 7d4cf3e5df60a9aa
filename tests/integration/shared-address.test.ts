/**
 * Witnesses who share an address with a flooder (docs/threat-model.md, "Shared addresses"), over
 * real HTTP: behind an onion service every request comes from 127.0.0.1; behind a carrier's NAT
 * or a Tor exit, one IPv4 address reaches the server through a trusted proxy. Thousands of junk
 * requests and hundreds of replayed proofs from that address never refuse a witness there: it
 * pays one proof of work at the highest level and is stored. And what TRUST_PROXY accepts: a
 * hop count or the proxy's address, never yes/no; a forwarded value that is not an address, or
 * one from a peer that is not the proxy, is ignored. ONION_ADDRESS adds Onion-Location to pages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PROOF_HEADER } from '../../protocol/proof-of-work.js';
import { ConfigError, loadConfig } from '../../server/config.js';
import { client, flood } from '../helpers/flood.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The defaults an operator gets, with proof of work on (makeTestServer turns it off otherwise). */
const DEFAULT_LIMITS = { POW_BITS: '10', POW_MAX_BITS: '14' };

/** Junk of every kind, then a proof used once and replayed, from `from`; a witness at the same address sends halfway. */
async function floodWithWitness(from: string | undefined): Promise<{ statuses: Record<number, number>; witness: Response; witnessDifficulty: number }> {
  const flooder = client(t!.url, t!.keyPair.publicKey, from);
  const witness = client(t!.url, t!.keyPair.publicKey, from);
  // Use the free allowance up, then solve one challenge and spend it on junk: it can only be replayed from now on.
  for (let i = 0; i < 20; i++) await flooder.post('x', { 'Content-Type': 'text/plain' });
  const proof = (await flooder.proof())!;
  expect((await flooder.post('{"v":1,', { [PROOF_HEADER]: proof })).status).toBe(400);
  const junk = [
    () => flooder.post('not json', { 'Content-Type': 'text/plain' }),
    () => flooder.post('{"v":1,'),
    () => flooder.post(JSON.stringify({ v: 1, kid: 'x', sealed: 'AAAA' })),
    () => flooder.post(flooder.sealed()),
    () => flooder.post(flooder.sealed(), { [PROOF_HEADER]: 'v1.1.14.AAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBB:1' }),
  ];
  let sent: Promise<Response> | undefined;
  let witnessDifficulty = -1;
  const statuses = await flood(
    2400,
    24,
    // Every eighth request replays the spent proof: 300 in all.
    (i) => (i % 8 === 7 ? flooder.post(flooder.sealed(), { [PROOF_HEADER]: proof }) : junk[i % junk.length]!()),
    {
      at: (answered) => {
        if (answered === 600)
          sent = (async () => {
            witnessDifficulty = (await witness.challenge()).difficulty;
            return witness.sendLikeTheForm();
          })();
      },
    },
  );
  return { statuses, witness: await sent!, witnessDifficulty };
}

describe('a flood from the address a witness shares', () => {
  it('onion service: everyone is 127.0.0.1 — 2,400 junk requests and 300 replayed proofs, and the witness there is stored', async () => {
    t = makeTestServer({ ...DEFAULT_LIMITS, ONION_ADDRESS: 'a'.repeat(56) + '.onion' });
    await t.listen();
    const { statuses, witness, witnessDifficulty } = await floodWithWitness(undefined);
    expect(witness.status).toBe(201);
    expect(witnessDifficulty).toBe(14);
    // Nothing from the flood was stored; every request of it was refused.
    expect(t.store.count()).toBe(1);
    expect(statuses[201]).toBeUndefined();
    expect(statuses[403]).toBe(2400);
  }, 240_000);

  it('one shared IPv4 address behind a trusted proxy: the same flood, and the witness there is stored', async () => {
    t = makeTestServer({ ...DEFAULT_LIMITS, TRUST_PROXY: '127.0.0.1' });
    await t.listen();
    const { statuses, witness, witnessDifficulty } = await floodWithWitness('203.0.113.5');
    expect(witness.status).toBe(201);
    expect(witnessDifficulty).toBe(14);
    expect(t.store.count()).toBe(1);
    expect(statuses[403]).toBe(2400);
    // A witness at another address was never touched by any of it: nothing asked, stored.
    const elsewhere = client(t.url, t.keyPair.publicKey, '203.0.113.6');
    expect((await elsewhere.challenge()).difficulty).toBe(0);
    expect((await elsewhere.post(elsewhere.sealed())).status).toBe(201);
  }, 240_000);
});

describe('forwarded addresses', () => {
  /** 30 requests, each with a different X-Forwarded-For from `values`: which were asked for a proof (403)? */
  async function rotate(values: string[]): Promise<number[]> {
    const statuses = [];
    for (const v of values) {
      const from = client(t!.url, t!.keyPair.publicKey, v);
      statuses.push((await from.post(from.sealed())).status);
    }
    return statuses;
  }

  it('a value that is not an address is ignored: 30 rotating strings count as one client (the peer)', async () => {
    t = makeTestServer({ ...DEFAULT_LIMITS, TRUST_PROXY: 'loopback' });
    await t.listen();
    const statuses = await rotate(Array.from({ length: 30 }, (_, i) => `client-${i}`));
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(201));
    expect(statuses.slice(20)).toEqual(Array(10).fill(403));
  });

  it('from a peer that is not the proxy, X-Forwarded-For is ignored: 30 rotating real addresses count as that peer', async () => {
    t = makeTestServer({ ...DEFAULT_LIMITS, TRUST_PROXY: '10.0.0.1' });
    await t.listen();
    const statuses = await rotate(Array.from({ length: 30 }, (_, i) => `198.51.100.${i}`));
    expect(statuses.slice(20)).toEqual(Array(10).fill(403));
  });

  it('from the proxy, each real address is its own client', async () => {
    t = makeTestServer({ ...DEFAULT_LIMITS, TRUST_PROXY: '127.0.0.1/8' });
    await t.listen();
    const statuses = await rotate(Array.from({ length: 30 }, (_, i) => `198.51.100.${i}`));
    expect(statuses).toEqual(Array(30).fill(201));
  });

  it('TRUST_PROXY takes a hop count or addresses and subnets, never yes/no or a name it does not know', () => {
    const trust = (v: string) => loadConfig({ TRUST_PROXY: v }).trustProxy;
    expect(trust('')).toBe(0);
    expect(trust('1')).toBe(1);
    expect(trust('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(trust('10.0.0.0/8, ::1, loopback')).toEqual(['10.0.0.0/8', '::1', 'loopback']);
    for (const bad of ['true', 'yes', '6', '10.0.0.0/33', '300.1.1.1', 'proxy.example.org', '127.0.0.1,']) {
      expect(() => trust(bad), bad).toThrow(ConfigError);
      expect(() => trust(bad), bad).toThrow(/TRUST_PROXY: give the number of proxies in front/);
    }
  });
});

describe('ONION_ADDRESS', () => {
  const onion = 'abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx.onion';

  it('adds Onion-Location (the same page on the onion service) to the pages, and to nothing else', async () => {
    t = makeTestServer({ ONION_ADDRESS: onion.toUpperCase() });
    await t.listen();
    expect((await fetch(`${t.url}/`)).headers.get('onion-location')).toBe(`http://${onion}/`);
    expect((await fetch(`${t.url}/rights?lang=cy`)).headers.get('onion-location')).toBe(`http://${onion}/rights?lang=cy`);
    expect((await fetch(`${t.url}/api/campaign`)).headers.get('onion-location')).toBeNull();
  });

  it('unset: no Onion-Location; not a v3 onion host name: refused at start', async () => {
    t = makeTestServer();
    await t.listen();
    expect((await fetch(`${t.url}/`)).headers.get('onion-location')).toBeNull();
    for (const bad of [`http://${onion}`, 'example.onion', `${onion}/form`]) {
      expect(() => loadConfig({ ONION_ADDRESS: bad }), bad).toThrow(/ONION_ADDRESS: must be the onion service's v3 host name/);
    }
  });
});

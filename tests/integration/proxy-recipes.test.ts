/**
 * The reverse-proxy recipes in docs/operator-guide.md, run as written with Debian's nginx and
 * Caddy in front of the real app (tests/helpers/proxy.ts says what a test machine changes). Each
 * must pass a witness's requests whole — the form, a sealed report, a full 256 KiB photo chunk —
 * and the campaign's largest upload; must make the app count the address the proxy saw, whatever
 * X-Forwarded-For a client sends; and must log nothing of a witness, even when a request fails:
 * no address, no browser, no path, no header value, with the app down (a restart) or a body too
 * large. The Tor recipe is not run here: an onion service needs the Tor network, which this
 * machine cannot reach.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { sealReport } from '../../protocol/envelope.js';
import { chunkPath, UPLOADS_PATH } from '../../protocol/photo-upload.js';
import { SEALED_CHUNK_BYTES, SEALED_PHOTO_SIZES } from '../../protocol/sealed-photo.js';
import { ACK_BODY_LIMIT_BYTES } from '../../server/routes/batches.js';
import { REPLY_UPLOAD_LIMIT_BYTES } from '../../server/routes/replies.js';
import { BODY_LIMIT_BYTES } from '../../server/routes/reports.js';
import { CHUNK_BODY_LIMIT_BYTES } from '../../server/routes/uploads.js';
import { report } from '../helpers/analyst.js';
import { operatorRecipe, send, startCaddy, startNginx, type RunningProxy } from '../helpers/proxy.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

/** The largest request body the app takes on any route: what a proxy must let through. */
const LARGEST_BODY = Math.max(BODY_LIMIT_BYTES, CHUNK_BODY_LIMIT_BYTES, REPLY_UPLOAD_LIMIT_BYTES, ACK_BODY_LIMIT_BYTES);

const PROXIES = {
  nginx: (upstream: number) => startNginx(operatorRecipe('nginx'), upstream),
  caddy: (upstream: number) => startCaddy(operatorRecipe('caddy'), upstream),
};

let app: TestServer | undefined;
let proxy: RunningProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  await app?.close();
  proxy = app = undefined;
});

/** The app as the operator guide sets it up behind a proxy on the same machine; then the proxy. */
async function start(name: keyof typeof PROXIES, env: Record<string, string> = {}): Promise<{ app: TestServer; proxy: RunningProxy }> {
  app = makeTestServer({ TRUST_PROXY: '127.0.0.1', ...env });
  const port = Number(new URL(await app.listen()).port);
  proxy = await PROXIES[name](port);
  return { app, proxy };
}

const sealed = (publicKey: Uint8Array) => JSON.stringify(sealReport(report('Stopped and scanned at the station.'), publicKey));

describe('nginx recipe', () => {
  it(`lets through the largest body the app takes (${LARGEST_BODY} bytes: ${REPLY_UPLOAD_LIMIT_BYTES === LARGEST_BODY ? 'a full upload of replies' : 'see the limits'})`, () => {
    const size = /client_max_body_size\s+(\d+)([kKmM]?);/.exec(operatorRecipe('nginx'));
    expect(size, 'the nginx recipe sets client_max_body_size').not.toBeNull();
    const bytes = Number(size![1]) * ({ k: 1024, m: 1024 * 1024 } as Record<string, number>)[size![2]!.toLowerCase()]!;
    expect(bytes).toBeGreaterThanOrEqual(LARGEST_BODY);
  });
});

describe.each(Object.keys(PROXIES) as (keyof typeof PROXIES)[])('%s recipe, run as written', (name) => {
  it("passes a witness's requests whole: the form, a sealed report, a full photo chunk", async () => {
    const { app, proxy } = await start(name);
    const page = await send(`${proxy.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const stored = await send(`${proxy.url}/api/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: sealed(app.keyPair.publicKey),
    });
    expect(stored.status, stored.body).toBe(201);
    const started = await send(`${proxy.url}${UPLOADS_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ size: SEALED_PHOTO_SIZES[0] }),
    });
    expect(started.status, started.body).toBe(201);
    const { id } = JSON.parse(started.body) as { id: string };
    const chunk = randomBytes(SEALED_CHUNK_BYTES);
    const put = await send(`${proxy.url}${chunkPath(id, 0)}`, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: chunk });
    expect(put.status, put.body).toBe(204);
    expect(app.store.photos.get(id)).toMatchObject({ received: 1, complete: true });
  }, 60_000);

  it('makes the app count the address the proxy saw: 3 reports, each claiming another X-Forwarded-For, are one client', async () => {
    const { app, proxy } = await start(name, { RATE_LIMIT_REPORTS_PER_CLIENT: '2', POW_BITS: '10', POW_MAX_BITS: '14' });
    const statuses: number[] = [];
    for (const claimed of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      const answer = await send(`${proxy.url}/api/reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': claimed },
        body: sealed(app.keyPair.publicKey),
      });
      statuses.push(answer.status);
    }
    // Past its allowance the one client is asked for a proof of work (403); had the claimed
    // addresses been believed, each would be a new client and all three stored.
    expect(statuses).toEqual([201, 201, 403]);
  }, 60_000);

  it('logs nothing of a witness, even when a request fails (a body too large, the app down for a restart)', async () => {
    const { app, proxy } = await start(name);
    const marks = { 'User-Agent': 'WitnessPhone-UA-5d1e', 'X-Forwarded-For': '203.0.113.77', 'X-Witness-Note': 'header-value-9c2b' };
    const traces = [...Object.values(marks), 'path-mark-41aa', 'client:', 'remote_ip'];
    expect((await send(`${proxy.url}/?path-mark-41aa`, { headers: marks })).status).toBe(200);
    expect((await send(`${proxy.url}/path-mark-41aa`, { headers: marks })).status).toBe(404);
    const tooLarge = new Uint8Array(LARGEST_BODY + 1024 * 1024);
    expect(
      (await send(`${proxy.url}/api/reports?path-mark-41aa`, { method: 'POST', headers: { ...marks, 'Content-Type': 'application/json' }, body: tooLarge }))
        .status,
    ).toBe(413);
    await app.close();
    const down = await send(`${proxy.url}/api/reports?path-mark-41aa`, {
      method: 'POST',
      headers: { ...marks, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(down.status).toBe(502);
    const logs = proxy.logs();
    expect(traces.filter((t) => logs.includes(t))).toEqual([]);
  }, 60_000);
});

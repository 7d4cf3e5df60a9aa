/**
 * Compressed responses (server/compressed.ts): every asset and page in brotli, gzip or plain as
 * the request's Accept-Encoding allows, each decoding to the same bytes, with
 * `Vary: Accept-Encoding`; the compressed copies are never served under their own names; the
 * API's answers are never compressed.
 */
import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CLIENT_DIR } from '../../server/app.js';
import { DOCUMENT_ONLY_HEADERS } from '../../server/security-headers.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

let s: TestServer;
let base: string;
beforeAll(async () => {
  s = makeTestServer();
  base = await s.listen();
});
afterAll(() => s.close());

/** The raw response to `path` with this Accept-Encoding (or none): status, headers, body undecoded. */
function fetchRaw(path: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    get(`${base}${path}`, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const decode = (encoding: string | undefined, body: Buffer) => (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body);

describe('compressed responses', () => {
  it('serves every asset and page as brotli, gzip or plain by Accept-Encoding, all decoding alike, with Vary', async () => {
    const page = (await fetchRaw('/?lang=ur')).body.toString('utf8');
    const assets = [...page.matchAll(/(?:src|href|data-catalogue|data-languages)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.some((a) => a.endsWith('.js')) && assets.some((a) => a.endsWith('.css')) && assets.some((a) => a.endsWith('.json'))).toBe(true);
    for (const path of ['/?lang=ur', '/about?lang=en', '/rights?lang=ar', ...new Set(assets)]) {
      const plain = await fetchRaw(path);
      expect(plain.status, path).toBe(200);
      expect(plain.headers['content-encoding'], `${path} without Accept-Encoding`).toBeUndefined();
      for (const [accept, expected] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip, deflate', 'gzip'],
        ['br;q=0, gzip', 'gzip'],
        ['identity', undefined],
      ] as const) {
        const r = await fetchRaw(path, accept);
        expect(r.headers['content-encoding'], `${path} with ${accept}`).toBe(expected);
        expect(r.headers.vary, path).toMatch(/Accept-Encoding/);
        expect(decode(expected, r.body).equals(plain.body), `${path} with ${accept} decodes to the plain bytes`).toBe(true);
        if (expected) expect(r.body.length, path).toBeLessThan(plain.body.length);
      }
    }
  });

  it('keeps the assets immutable and their types; never serves a compressed copy under its own name', async () => {
    const page = (await fetchRaw('/')).body.toString('utf8');
    const script = /src="(\/assets\/app-[^"]+)"/.exec(page)![1]!;
    const r = await fetchRaw(script, 'br');
    expect(r.headers['content-type']).toMatch(/javascript/);
    expect(r.headers['cache-control']).toContain('immutable');
    expect((await fetchRaw(`${script}.br`, 'br')).status).toBe(404);
    expect((await fetchRaw(`${script}.gz`)).status).toBe(404);
  });

  it('drops the headers only a document acts on from scripts, stylesheets and catalogues, and keeps them on pages, the worker and the API', async () => {
    const page = await fetchRaw('/?lang=en', 'br');
    const assets = [
      ...new Set(
        [
          ...decode(page.headers['content-encoding'] as string, page.body)
            .toString('utf8')
            .matchAll(/\/assets\/[\w.-]+\.(?:json|js|css)/g),
        ].map((m) => m[0]),
      ),
    ];
    // The page names its script and stylesheet, and its catalogue (preloaded and in the switcher).
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const path of assets) {
      const asset = await fetchRaw(path, 'br');
      expect(asset.status, path).toBe(200);
      for (const header of DOCUMENT_ONLY_HEADERS) expect(asset.headers[header.toLowerCase()], `${path} ${header}`).toBeUndefined();
      expect(asset.headers['x-content-type-options']).toBe('nosniff');
      expect(asset.headers['cross-origin-resource-policy']).toBe('same-origin');
    }
    const worker = readdirSync(join(DEFAULT_CLIENT_DIR, 'assets')).find((f) => f.startsWith('pow-worker-') && f.endsWith('.js'))!;
    for (const path of ['/?lang=en', '/about', `/assets/${worker}`, '/api/campaign', '/assets/no-such-file.js']) {
      const response = await fetchRaw(path, 'br');
      for (const header of DOCUMENT_ONLY_HEADERS) expect(response.headers[header.toLowerCase()], `${path} ${header}`).toBeDefined();
    }
  });

  it('does not compress the API', async () => {
    const r = await fetchRaw('/api/campaign', 'gzip, deflate, br');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(r.body.toString('utf8')).kid).toBe(s.campaign.keys[0]!.kid);
  });
});

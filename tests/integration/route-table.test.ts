/**
 * server/route-table.ts is the one list of the server's URLs: every line of it answers (never
 * the app's 404); the app answers nothing else (its middleware stack is the table's, line for
 * line and handler for handler, then only the 404 and the error handler); and the docs point at
 * the table and mention every path in it.
 */
import request from 'supertest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_DIR } from '../../server/app.js';
import { createIngest } from '../../server/ingest.js';
import { routeTable, type Route, type RouteTable } from '../../server/route-table.js';
import { StorageHealth } from '../../server/storage-health.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

let t: TestServer;
afterEach(async () => {
  await t?.close();
});

/** A table like the one createApp mounts (same settings, fresh handlers). */
function tableOf(server: TestServer): RouteTable {
  const { config, campaign, store } = server;
  const storage = new StorageHealth(dirname(config.databasePath));
  return routeTable({
    config,
    campaign,
    store,
    clientDir: DEFAULT_CLIENT_DIR,
    analystKeys: [],
    ingest: createIngest(config, store),
    storage,
    replies: server.replies,
  });
}

const routesOf = (table: RouteTable): Route[] => table.flatMap((entry) => ('router' in entry ? routesOf(entry.router) : [entry]));
const pathsOf = (route: Route): string[] => [route.path].flat();
const name = (fn: { name: string }) => fn.name || '<anonymous>';

/** One line per express layer: what the table says should be mounted. */
function tableLines(table: RouteTable): string[] {
  return table.flatMap((entry) => {
    if ('router' in entry) return [`router [`, ...tableLines(entry.router).map((l) => `  ${l}`), `]`];
    const path = pathsOf(entry).join(',');
    if (entry.method === 'use') return entry.chain.map((fn) => `use ${path} ${name(fn)}`);
    return [`${entry.method} ${path} ${entry.chain.map(name).join(' → ')}`];
  });
}

interface Layer {
  name: string;
  rawPath: string | string[];
  handle: { name: string; stack?: Layer[] };
  route?: { path: string | string[]; methods: Record<string, boolean>; stack: Layer[] };
}

/** One line per express layer: what the app really has mounted. */
function appLines(stack: Layer[]): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const methods = Object.keys(layer.route.methods).filter((m) => layer.route!.methods[m]);
      return [`${methods.join(',')} ${[layer.route.path].flat().join(',')} ${layer.route.stack.map((l) => l.name).join(' → ')}`];
    }
    if (layer.handle.stack) return [`router [`, ...appLines(layer.handle.stack).map((l) => `  ${l}`), `]`];
    return [`use ${[layer.rawPath].flat().join(',')} ${layer.name}`];
  });
}

describe('the route table (server/route-table.ts)', () => {
  it('is all the app has mounted: the same lines in the same order, then only the 404 and the error handler', () => {
    t = makeTestServer();
    const expected = tableLines(tableOf(t));
    const mounted = appLines((t.app as unknown as { router: { stack: Layer[] } }).router.stack);
    expect(mounted).toEqual([...expected, 'use / notFound', 'use / handleError']);
    // The form is built (npm test builds it first), so its pages are in the table too.
    expect(expected).toContain('get /,/index.html addOnionLocation → servePage');
    expect(expected).toContain('  post /api/reports countAddress → <anonymous> → requireJsonType → jsonParser → storeReport');
  });

  it('answers every method and path it lists with something other than the 404', async () => {
    t = makeTestServer();
    const routes = routesOf(tableOf(t)).filter((r) => r.method !== 'use');
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const route of routes) {
      for (const path of pathsOf(route)) {
        const res = await request(t.app)[route.method as 'get' | 'head' | 'post'](path);
        expect(res.status, `${route.method.toUpperCase()} ${path}`).not.toBe(404);
      }
    }
    const asset = readdirSync(join(DEFAULT_CLIENT_DIR, 'assets')).find((f) => f.endsWith('.js'))!;
    await request(t.app).get(`/assets/${asset}`).expect(200);
    expect((await request(t.app).get('/no/such/page').expect(404)).body.error).toBe('not_found');
  });

  it('is where the docs send whoever adds an endpoint, and every path in it is documented', () => {
    t = makeTestServer();
    const architecture = readFileSync('docs/architecture.md', 'utf8');
    expect(architecture).toMatch(/A new endpoint[^\n]*\n?[^\n]*server\/route-table\.ts/);
    expect(readFileSync('README.md', 'utf8')).toContain('route-table.ts');
    const docs = [readFileSync('README.md', 'utf8'), ...readdirSync('docs').map((f) => readFileSync(join('docs', f), 'utf8'))].join('\n');
    for (const path of routesOf(tableOf(t)).flatMap(pathsOf)) expect(docs, `${path} is in README.md or docs/`).toContain(`${path}`);
  });
});

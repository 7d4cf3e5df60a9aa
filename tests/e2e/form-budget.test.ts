/**
 * The built form (dist/client, as `npm run build` leaves it and the server serves it) keeps
 * its promises without a browser: the 45 KB page budget (brotli), hashed asset names with SRI,
 * a strict CSP with nothing inline, nothing third-party, and no client-side storage in the code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_BUDGET_BYTES, gzippedSize, pageWeight } from '../../scripts/dev/form-build.js';
import { inlineScriptSource, inlineScriptsOf } from '../../protocol/node/inline-script.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

const dist = fileURLToPath(new URL('../../dist/client/', import.meta.url));

/** What one more language adds to the page: its catalogue, gzipped (docs/translating.md). */
const CATALOGUE_BUDGET_BYTES = 8 * 1024;

function built(): { html: string; js: Buffer; css: Buffer; worker: Buffer; jsName: string; cssName: string; workerName: string; catalogues: string[] } {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/client is missing: run `npm run build` (npm test does it first)');
  const assets = readdirSync(join(dist, 'assets')).filter((f) => !/\.(br|gz)$/.test(f));
  const jsName = assets.find((f) => f.startsWith('app-') && f.endsWith('.js'))!;
  const cssName = assets.find((f) => f.endsWith('.css'))!;
  const workerName = assets.find((f) => f.startsWith('pow-worker-'))!;
  return {
    catalogues: assets.filter((f) => f.startsWith('i18n-')),
    html: readFileSync(join(dist, 'index.html'), 'utf8'),
    js: readFileSync(join(dist, 'assets', jsName)),
    css: readFileSync(join(dist, 'assets', cssName)),
    worker: readFileSync(join(dist, 'assets', workerName)),
    jsName,
    cssName,
    workerName,
  };
}

describe('the built form', () => {
  let s: TestServer;
  beforeAll(() => {
    s = makeTestServer({ ALTERNATIVE_CONTACT: 'Text 07000 000000 <any time>' });
  });
  afterAll(async () => {
    await s.close();
  });

  it(`HTML with its questions + CSS + JS + the English catalogue (and the proof-of-work worker a busy day adds) weigh at most ${PAGE_BUDGET_BYTES / 1024} KB with brotli`, async () => {
    const { js, css, worker } = built();
    // Measure the page as served (operator texts filled in, every language in the switcher), not the template.
    const page = (await request(s.app).get('/')).text;
    const catalogue = readFileSync(join(dist, /data-catalogue="([^"]+)"/.exec(page)![1]!));
    expect(page).toMatch(/data-catalogue="\/assets\/i18n-en-/);
    expect(page).toContain('id="reporter-role-subject"');
    const weight = pageWeight(page, [js, css, worker, catalogue]);
    console.log(
      `page weight: ${(weight.br / 1024).toFixed(1)} KB with brotli, ${(weight.gzip / 1024).toFixed(1)} KB with gzip (budget ${PAGE_BUDGET_BYTES / 1024} KB)`,
    );
    expect(weight.br).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
  });

  it(`each language's catalogue adds at most ${CATALOGUE_BUDGET_BYTES / 1024} KB gzipped, and the script carries none`, async () => {
    const { js, catalogues } = built();
    expect(catalogues.length).toBeGreaterThanOrEqual(2);
    const sizes = catalogues.map((name) => `${name.split('-')[1]} ${(gzippedSize([readFileSync(join(dist, 'assets', name))]) / 1024).toFixed(1)} KB`);
    console.log(`catalogue per language (gzipped): ${sizes.join(', ')}`);
    for (const name of catalogues) expect(gzippedSize([readFileSync(join(dist, 'assets', name))]), name).toBeLessThanOrEqual(CATALOGUE_BUDGET_BYTES);
    // The words are downloaded per language, never bundled: an English text is not in the script.
    expect(js.toString('utf8')).not.toContain('How do you know about the scan?');
    // Each catalogue is served as a long-lived hashed asset the page fetches with SRI.
    const served = await request(s.app).get(`/assets/${catalogues[0]}`);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toMatch(/^application\/json/);
    expect(served.headers['cache-control']).toMatch(/immutable/);
    // The page names its catalogue with the SRI hash of exactly those bytes.
    const page = (await request(s.app).get('/')).text;
    const [, file, integrity] = /data-catalogue="\/assets\/([^"]+)"\s+data-integrity="([^"]+)"/.exec(page)!;
    expect(integrity).toBe(
      `sha384-${createHash('sha384')
        .update(readFileSync(join(dist, 'assets', file!)))
        .digest('base64')}`,
    );
  });

  it('has one hashed script and stylesheet, each with a matching SRI integrity attribute, one hashed worker and the lazily loaded parts named in the script, and hashed catalogues per language', () => {
    const { html, js, css, worker, jsName, cssName, workerName, catalogues } = built();
    // Each asset with its brotli and gzip copies (server/compressed.ts).
    const files = readdirSync(join(dist, 'assets'));
    // The script, stylesheet, worker, two lazily loaded parts, the /reply page's script, the language
    // index; per language its catalogue, its form markup and each part's words.
    expect(catalogues.filter((c) => /^i18n-[a-z]{2}-/.test(c)).length * 2).toBe(catalogues.filter((c) => /^i18n-(reply|photos)-/.test(c)).length);
    expect(files).toHaveLength(3 * (7 + catalogues.length + files.filter((f) => /^form-[a-z]{2}-\w+\.json$/.test(f)).length));
    expect(files.filter((f) => /^form-[a-z]{2}-\w+\.json$/.test(f))).toHaveLength(catalogues.filter((c) => /^i18n-[a-z]{2}-/.test(c)).length);
    const parts = files.filter((f) => /^(reply|photos)-\w+\.js$/.test(f));
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      const bytes = readFileSync(join(dist, 'assets', part));
      expect(part).toMatch(new RegExp(`-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}\\.js$`));
      // The main script names each part with the SRI hash of exactly those bytes (client/lazy-part.ts).
      expect(js.toString('utf8')).toContain(`/assets/${part}`);
      expect(js.toString('utf8')).toContain(`sha384-${createHash('sha384').update(bytes).digest('base64')}`);
    }
    for (const name of files.filter((f) => !/\.(br|gz)$/.test(f))) expect(files).toEqual(expect.arrayContaining([`${name}.br`, `${name}.gz`]));
    expect(workerName).toBe(`pow-worker-${createHash('sha256').update(worker).digest('hex').slice(0, 16)}.js`);
    expect(js.toString('utf8')).toContain(`/assets/${workerName}`);
    for (const name of catalogues) {
      const bytes = readFileSync(join(dist, 'assets', name));
      expect(name).toMatch(new RegExp(`^i18n-([a-z]+-)?[a-z]{2}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}\\.json$`));
    }
    for (const [name, bytes] of [
      [jsName, js],
      [cssName, css],
    ] as const) {
      const hex = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
      expect(name).toMatch(new RegExp(`^(app|styles)-${hex}\\.(js|css)$`));
      const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
      expect(html).toContain(`/assets/${name}" integrity="${integrity}"`);
    }
    // The /reply page's own script, named by its hash in its template with its SRI.
    const reply = files.find((f) => f.startsWith('reply-page-') && f.endsWith('.js'))!;
    const bytes = readFileSync(join(dist, 'assets', reply));
    expect(reply).toBe(`reply-page-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.js`);
    expect(readFileSync(join(dist, 'reply.html'), 'utf8')).toContain(
      `/assets/${reply}" integrity="sha384-${createHash('sha384').update(bytes).digest('base64')}"`,
    );
  });

  it('has no inline script (but the quick exit, allowed by its hash) or style, no third-party reference, no web font, and never touches cookies or storage', () => {
    const { html, js, css, worker } = built();
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.filter((tag) => tag === '<script>')).toHaveLength(1);
    for (const tag of tags.filter((tag) => tag !== '<script>')) expect(tag).toMatch(/\bsrc="\/assets\//);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    expect(html + css).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    expect(css.toString('utf8')).not.toMatch(/@font-face|@import|url\(/);
    const replyPage = readdirSync(join(dist, 'assets')).find((f) => f.startsWith('reply-page-') && f.endsWith('.js'))!;
    const code = js.toString('utf8') + worker.toString('utf8') + readFileSync(join(dist, 'assets', replyPage), 'utf8');
    for (const api of ['localStorage', 'sessionStorage', 'indexedDB', 'document.cookie', 'serviceWorker', 'eval(', 'new Function']) {
      expect(code, api).not.toContain(api);
    }
    expect(code).not.toMatch(/https?:\/\//);
  });

  it('is served with a strict CSP, long-lived hashed assets and the operator texts filled in (escaped)', async () => {
    const { jsName } = built();
    const page = await request(s.app).get('/');
    expect(page.status).toBe(200);
    const csp = page.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'none'");
    // Same-site scripts, WebAssembly compilation (not eval) and the quick exit by its hash.
    const [quickExit] = inlineScriptsOf(page.text);
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${inlineScriptSource(quickExit!)};`);
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.text).not.toContain('{{');
    expect(page.text).toContain('Text 07000 000000 &#60;any time&#62;');
    expect(page.text).toContain('href="https://www.bbc.co.uk/weather"');
    expect((await request(s.app).get('/index.html')).text).toBe(page.text);

    const asset = await request(s.app).get(`/assets/${jsName}`);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000.*immutable|immutable.*max-age=31536000/);
  });
});

/**
 * npm run bench:reply — what checking for a reply costs a witness, in real Chromium at 1× and 4×
 * CPU throttling (Emulation.setCPUThrottlingRate, a stand-in for a cheap phone): deriving the
 * reply key from the receipt (Argon2id in WebAssembly, and in plain JavaScript where WebAssembly
 * is off) and trial-opening the whole public list (REPLY_SLOTS slots), once with a reply for
 * this receipt in it and once without: the two must cost the same. Also the gzipped weight of
 * the reply code, which the form loads only when a witness opts in or checks for a reply, and of
 * the form's first load. Then the real thing: the /reply page as built and served (its CSP, SRI
 * and own script), a witness typing the receipt and pressing "Check for a reply", timed until the
 * reply (or "no reply yet") shows — download of the list, derivation and trial-opening together —
 * and, on the form, ticking "Yes" until the receipt shows. docs/performance.md ("Replies") records
 * the figures.
 *
 *   npm run bench:reply -- [--slots 100] [--trials 3]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { toBase64 } from '../protocol/base64.js';
import { generateReceipt } from '../protocol/receipt.js';
import { deriveReplyKeyPair, REPLY_KEY_ARGON2 } from '../protocol/reply-key.js';
import { sealReply, signingKeyPairFromSeed } from '../protocol/reply-envelope.js';
import { buildReplyList } from '../server/reply-list.js';
import { openSqliteReplyStore } from '../server/store/sqlite-reply-store.js';
import { buildClient } from '../scripts/dev/form-build.js';
import { ENCODINGS } from '../protocol/node/compression.js';
import { formatReceipt } from '../protocol/receipt.js';
import { loadCatalogue } from '../scripts/dev/i18n-check.js';
import { launchBrowser } from '../tests/helpers/browser.js';
import { makeTestServer } from '../tests/helpers/server.js';
import { readdirSync, readFileSync } from 'node:fs';

const { values } = parseArgs({ options: { slots: { type: 'string' }, trials: { type: 'string' } }, strict: true });
const slots = Number(values.slots ?? 100);
const trials = Number(values.trials ?? 3);

/** The bench's browser code, bundled as the form's code is (minified, es2020). */
const bundle = (options: { format: 'iife' | 'esm'; external?: string[] }) =>
  build({
    entryPoints: [new URL('./lib/reply-bench-entry.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    target: ['es2020'],
    platform: 'browser',
    write: false,
    logLevel: 'warning',
    ...options,
  });
const script = (await bundle({ format: 'iife' })).outputFiles[0]!.text;
// What the reply code adds to what the form already loads (zod/mini, tweetnacl, BLAKE2b): built again with those left out.
const own = await bundle({ format: 'esm', external: ['zod', 'tweetnacl', '@noble/hashes/blake2b', '@noble/hashes/sha256'] });

// A list as the server builds it: one day's slots, with one reply for `receipt` in it.
const dir = mkdtempSync(join(tmpdir(), 'scanwitness-bench-reply-'));
const store = openSqliteReplyStore(join(dir, 'replies.sqlite'));
const receipt = generateReceipt((n) => new Uint8Array(randomBytes(n)));
const other = generateReceipt((n) => new Uint8Array(randomBytes(n)));
const signing = signingKeyPairFromSeed(new Uint8Array(randomBytes(32)));
const witness = await deriveReplyKeyPair(receipt);
store.add(
  [sealReply({ v: 1, id: '0123456789abcdef', day: '2026-12-01', report: 1, message: 'ج'.repeat(900) }, witness.publicKey, signing.secretKey)],
  '2026-12-30',
);
const list = toBase64(buildReplyList(store, '2026-12-02', slots, 30).body);
store.close();
rmSync(dir, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const browser = await launchBrowser();
try {
  const { iterations, memoryKiB, parallelism } = REPLY_KEY_ARGON2;
  console.log(
    `bench:reply — Argon2id t=${iterations} m=${memoryKiB} KiB p=${parallelism}; list of ${slots} slots (${((slots * 4208) / 1024).toFixed(0)} KiB); median of ${trials}`,
  );
  console.log('throttle | derive wasm ms | derive js ms | derive+open, reply there ms | derive+open, none ms');
  for (const rate of [1, 4]) {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: script });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const wasm: number[] = [];
    const js: number[] = [];
    const found: number[] = [];
    const none: number[] = [];
    for (let i = 0; i < trials; i++) {
      type Bench = {
        derive(r: string, e: string): Promise<{ ms: number }>;
        deriveAndOpen(r: string, l: string, s: string): Promise<{ deriveMs: number; openMs: number; found: boolean }>;
      };
      const run = (fn: string, ...args: string[]) =>
        page.evaluate(
          ({ fn, args }) => (globalThis as unknown as { replyBench: Record<string, (...a: string[]) => Promise<unknown>> }).replyBench[fn]!(...args),
          { fn, args },
        ) as ReturnType<Bench[keyof Bench]>;
      wasm.push(((await run('derive', receipt, 'wasm')) as { ms: number }).ms);
      js.push(((await run('derive', receipt, 'js')) as { ms: number }).ms);
      const hit = (await run('deriveAndOpen', receipt, list, toBase64(signing.publicKey))) as { deriveMs: number; openMs: number; found: boolean };
      const miss = (await run('deriveAndOpen', other, list, toBase64(signing.publicKey))) as { deriveMs: number; openMs: number; found: boolean };
      if (!hit.found || miss.found) throw new Error('the bench list did not behave: the reply must open with its receipt only');
      found.push(hit.deriveMs + hit.openMs);
      none.push(miss.deriveMs + miss.openMs);
    }
    console.log(
      `${`${rate}×`.padStart(8)} | ${median(wasm).toFixed(0).padStart(14)} | ${median(js).toFixed(0).padStart(12)} | ${median(found).toFixed(0).padStart(27)} | ${median(none).toFixed(0).padStart(20)}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
}

// The pages as built and served: the form with its "Yes" box, and /reply.
const built = await buildClient();
const server = makeTestServer({ REPLY_SLOTS: String(slots) }, { replies: true });
const url = await server.listen();
const today = new Date();
const expires = new Date(today.getTime() + 29 * 86_400_000).toISOString().slice(0, 10); // REPLY_DAYS 30: uploaded yesterday, on today's list
server.replies.add(
  [sealReply({ v: 1, id: 'fedcba9876543210', day: '2026-12-01', report: 1, message: 'ج'.repeat(900) }, witness.publicKey, server.signing!.secretKey)],
  expires,
);
const en = await loadCatalogue('en');
const pageBrowser = await launchBrowser();
try {
  console.log(`\nthe real pages (${url}, list of ${slots} slots): ms from the press to the answer on screen, median of ${trials}`);
  console.log('throttle | /reply, reply there | /reply, none | form: tick "Yes" to receipt shown');
  for (const rate of [1, 4]) {
    const found: number[] = [];
    const none: number[] = [];
    const tick: number[] = [];
    for (let i = 0; i < trials; i++) {
      for (const [typed, into] of [
        [receipt, found],
        [other, none],
      ] as const) {
        const context = await pageBrowser.newContext({ viewport: { width: 375, height: 740 } });
        const page = await context.newPage();
        await page.goto(`${url}/reply`);
        await page.locator('#receipt-form button[type=submit]:not([disabled])').waitFor();
        await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
        await page.getByLabel(en.reply.receiptLabel, { exact: true }).fill(formatReceipt(typed));
        const start = performance.now();
        await page.getByRole('button', { name: en.reply.check, exact: true }).click();
        await page.locator(typed === receipt ? '.reply-message' : `text=${en.reply.none}`).waitFor({ timeout: 120_000 });
        into.push(performance.now() - start);
        await context.close();
      }
      const context = await pageBrowser.newContext({ viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('#app form button[type=submit]:not([disabled])').waitFor();
      await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
      const start = performance.now();
      await page.getByLabel(en.replyOptIn.yes, { exact: true }).check();
      await page.locator('#receipt bdi').waitFor();
      tick.push(performance.now() - start);
      await context.close();
    }
    console.log(
      `${`${rate}×`.padStart(8)} | ${median(found).toFixed(0).padStart(19)} | ${median(none).toFixed(0).padStart(12)} | ${median(tick).toFixed(0).padStart(32)}`,
    );
  }
} finally {
  await pageBrowser.close();
  await server.close();
}

const assets = new URL('../dist/client/assets/', import.meta.url).pathname;
const br = (pattern: RegExp) => {
  const name = readdirSync(assets).find((f) => pattern.test(f))!;
  return `${(ENCODINGS.br.compress(readFileSync(assets + name)).length / 1024).toFixed(1)} KB`;
};
console.log(
  `\nthe form's first load as built (page, CSS, script, worker, English catalogue): ${(built.weight.br / 1024).toFixed(1)} KB with brotli (${built.weight.br} bytes; ${(built.weight.gzip / 1024).toFixed(1)} KB with gzip)`,
);
console.log(
  `loaded only when used, with brotli: the reply part ${br(/^reply-[0-9a-f]{16}\.js$/)} and its English words ${br(/^i18n-reply-en-[0-9a-f]{16}\.json$/)} (on "Yes"); the /reply page's script ${br(/^reply-page-[0-9a-f]{16}\.js$/)}`,
);
const chunk = gzipSync(Buffer.from(own.outputFiles[0]!.contents)).length;
console.log(
  `reply code beyond what the form already loads (Argon2id in WebAssembly and in JavaScript, the reply formats), gzipped: ${(chunk / 1024).toFixed(1)} KB — to be loaded only on opt-in or on /reply`,
);

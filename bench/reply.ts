/**
 * npm run bench:reply — what checking for a reply costs a witness, in real Chromium at 1× and 4×
 * CPU throttling (Emulation.setCPUThrottlingRate, a stand-in for a cheap phone): deriving the
 * reply key from the receipt (Argon2id in WebAssembly, and in plain JavaScript where WebAssembly
 * is off) and trial-opening the whole public list (REPLY_SLOTS slots), once with a reply for
 * this receipt in it and once without: the two must cost the same. Also the gzipped weight of
 * the reply code, which the form loads only when a witness opts in or checks for a reply, and of
 * the form's first load. docs/performance.md ("Replies") records the figures.
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
import { bundleClient, gzippedSize } from '../scripts/dev/form-build.js';
import { launchBrowser } from '../tests/helpers/browser.js';

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
const form = await bundleClient();

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
const chunk = gzipSync(Buffer.from(own.outputFiles[0]!.contents)).length;
console.log(
  `reply code beyond what the form already loads (Argon2id in WebAssembly and in JavaScript, the reply formats), gzipped: ${(chunk / 1024).toFixed(1)} KB — to be loaded only on opt-in or on /reply`,
);
console.log(`the form's first load (HTML + CSS + JS), gzipped: ${(gzippedSize([form.js, form.css]) / 1024).toFixed(1)} KB of script and style`);

/**
 * npm run bench:form — how soon a witness can answer the first question, and how many bytes
 * their phone downloads, in real Chromium against the real server (docs/performance.md,
 * "The form on a phone").
 *
 *   npm run bench:form -- [--loads 5] [--langs en,ur]
 *   npm run bench:form -- --profile [--langs en]   (where the script's start-up time goes)
 *
 * Each load is a fresh browser context (empty cache, like a first visit) 375 px wide, on two
 * profiles: unthrottled (loopback) and a witness's phone — Slow 3G (400 kbit/s each way, 400 ms
 * round trip, Network.emulateNetworkConditions) with the CPU slowed 4× (Emulation.setCPUThrottlingRate).
 * Three figures per load, medians printed:
 *
 * - **first question**: the first frame in which the first question's first choice is drawn
 *   and visible (polled each animation frame, which the browser holds back until the page can
 *   paint), from the start of navigation. From then on the witness can read and answer it.
 * - **sendable**: when the form's script has taken the form over (its send button enabled).
 * - **bytes**: everything received on the wire (headers included, compressed as served) until
 *   the form is sendable and the network is quiet, and the number of requests.
 *
 * Chromium offers brotli over HTTPS and to 127.0.0.1 (a trustworthy origin), so here it gets
 * brotli, as a witness's browser does from an HTTPS deployment; the encoding column says so.
 *
 * The baseline, measured in the same run and profile: /rights, a page with the same stylesheet
 * and no script — about one HTML and one stylesheet apart from nothing. The ratio first
 * question ÷ baseline says how close the form is to the least a page can cost here. The
 * machine is shared and noisy: compare medians from one run, not single loads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { generateCampaignKeyPair } from '../protocol/envelope.js';
import { campaignKey } from '../server/campaign.js';
import { loadConfig } from '../server/config.js';
import { makeLocalServer } from '../scripts/dev/local-server.js';
import { launchBrowser } from '../tests/helpers/browser.js';

const { values } = parseArgs({
  options: { loads: { type: 'string' }, langs: { type: 'string' }, profile: { type: 'boolean' } },
  strict: true,
});
const loads = Number(values.loads ?? 5);
const langs = (values.langs ?? 'en,ur').split(',');

interface Profile {
  name: string;
  /** Slow 3G: bytes per second each way and the added round trip. */
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
  cpu: number;
}

const PROFILES: Profile[] = [
  { name: 'unthrottled', cpu: 1 },
  { name: 'slow 3G + 4x CPU', network: { latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 }, cpu: 4 },
];

/** The first question's first choice, and the enabled send button: the same selectors before and after the form is server-rendered. */
const FIRST_QUESTION = 'input[name="reporter-role"]';
const SENDABLE = '#app form button[type=submit]:not([disabled])';

interface Load {
  firstQuestion: number;
  sendable: number;
  bytes: number;
  requests: number;
  /** The Content-Encodings the responses came in. */
  encodings: string;
}

async function load(browser: Browser, url: string, profile: Profile, waitFor: { first: string; ready: string }): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  let bytes = 0;
  let requests = 0;
  const encodings = new Set<string>();
  cdp.on('Network.responseReceived', (e: { response: { headers: Record<string, string> } }) => {
    const encoding = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1];
    if (encoding) encodings.add(encoding);
  });
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  // Injected by the browser itself (DevTools protocol), outside the page's CSP: it only watches.
  // A string, not a function: tsx would wrap the function's inner names in a helper the page lacks.
  await page.addInitScript(`{
    const marks = (globalThis.__marks = {});
    const visible = (selector) => {
      const el = document.querySelector(selector);
      return !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
    };
    const poll = () => {
      if (marks.first === undefined && visible(${JSON.stringify(waitFor.first)})) marks.first = performance.now();
      if (marks.ready === undefined && visible(${JSON.stringify(waitFor.ready)})) marks.ready = performance.now();
      if (marks.first === undefined || marks.ready === undefined) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }`);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => {
      const m = (globalThis as unknown as { __marks: Record<string, number> }).__marks;
      return m?.first !== undefined && m.ready !== undefined;
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  await page.waitForLoadState('networkidle');
  const marks = await page.evaluate(() => (globalThis as unknown as { __marks: Record<string, number> }).__marks);
  await context.close();
  return { firstQuestion: marks.first!, sendable: marks.ready!, bytes, requests, encodings: [...encodings].join('+') || 'none' };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * --profile: one load of the form at 4× CPU (network unthrottled), with the DevTools sampling
 * profiler running from navigation until the form is sendable: the JavaScript time by file, and
 * the functions that took most of it (their own time, minified names with line:column).
 */
async function profileStartUp(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(SENDABLE).waitFor();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await context.close();
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const file = frame.url ? frame.url.replace(/^.*\//, '') : frame.functionName || '(native)';
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + ms);
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`CPU profile of ${url} at 4× CPU, navigation to sendable: time by file (ms)`);
  for (const [file, ms] of top(byFile, 8)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${file}`);
  console.log('functions by their own time (ms)');
  for (const [name, ms] of top(self, 12)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const dir = mkdtempSync(join(tmpdir(), 'scanwitness-bench-form-'));
const server = makeLocalServer({
  config: loadConfig({ NODE_ENV: 'test', DATA_DIR: dir }),
  campaign: { name: 'Bench', keys: [campaignKey(generateCampaignKeyPair().publicKey)], demo: false },
});
const base = await server.listen();
const browser = await launchBrowser();
try {
  if (values.profile) for (const lang of langs) await profileStartUp(browser, `${base}/?lang=${lang}`);
  else await table(browser, base);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

async function table(browser: Browser, base: string): Promise<void> {
  console.log(`bench:form — median of ${loads} cold loads each, Chromium 375 px; times from navigation start (ms), bytes on the wire (KB = 1024 B)`);
  console.log('profile          | page     | first question | sendable | ÷ baseline | KB on wire | requests | encoding');
  for (const profile of PROFILES) {
    const rows: [string, Load[]][] = [];
    // Interleaved, so a burst of load from another process on the shared machine hits every page alike.
    const pages = [
      ['baseline', '/rights?lang=en', { first: 'h1', ready: 'h1' }] as const,
      ...langs.map((l) => [`form ${l}`, `/?lang=${l}`, { first: FIRST_QUESTION, ready: SENDABLE }] as const),
    ];
    const results = new Map<string, Load[]>(pages.map(([name]) => [name, []]));
    // One load of each first, not counted: the server's and browser's first-use costs are not a witness's.
    for (const [, path, waitFor] of pages) await load(browser, base + path, profile, waitFor);
    for (let i = 0; i < loads; i++) {
      for (const [name, path, waitFor] of pages) results.get(name)!.push(await load(browser, base + path, profile, waitFor));
    }
    for (const [name] of pages) rows.push([name, results.get(name)!]);
    const baseline = median(results.get('baseline')!.map((l) => l.firstQuestion));
    for (const [name, runs] of rows) {
      const first = median(runs.map((r) => r.firstQuestion));
      console.log(
        [
          profile.name.padEnd(16),
          name.padEnd(8),
          first.toFixed(0).padStart(14),
          median(runs.map((r) => r.sendable))
            .toFixed(0)
            .padStart(8),
          (first / baseline).toFixed(2).padStart(10),
          (median(runs.map((r) => r.bytes)) / 1024).toFixed(1).padStart(10),
          String(median(runs.map((r) => r.requests))).padStart(8),
          runs[0]!.encodings,
        ].join(' | '),
      );
    }
  }
}

/**
 * npm run bench:pow — how long a witness waits for the proof of work, in real Chromium, with
 * the form's own Web Worker served under the real CSP, at 1× and at 4× CPU throttling
 * (Chrome DevTools' Emulation.setCPUThrottlingRate, a stand-in for a cheap phone).
 * docs/performance.md ("Proof of work") records the figures and why POW_BITS is what it is.
 *
 *   npm run bench:pow -- [--bits 10,12,14,16] [--trials 20]
 *
 * Each trial solves a fresh random challenge, so the times follow the real (geometric) spread:
 * the median is what a witness usually waits, p90 and the maximum what an unlucky one does.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCampaignKeyPair } from '../protocol/envelope.js';
import { DEFAULT_CLIENT_DIR } from '../server/app.js';
import { campaignKey } from '../server/campaign.js';
import { loadConfig } from '../server/config.js';
import { makeLocalServer } from '../scripts/dev/local-server.js';
import { launchBrowser } from '../tests/helpers/browser.js';

const { values } = parseArgs({ options: { bits: { type: 'string' }, trials: { type: 'string' } }, strict: true });
const levels = (values.bits ?? '10,12,14,16').split(',').map(Number);
const trials = Number(values.trials ?? 20);

const worker = readdirSync(join(DEFAULT_CLIENT_DIR, 'assets')).find((f) => f.startsWith('pow-worker-'));
if (!worker) throw new Error('dist/client has no proof-of-work worker: run `npm run build` first');

const dir = mkdtempSync(join(tmpdir(), 'scanwitness-bench-pow-'));
const server = makeLocalServer({
  config: loadConfig({ NODE_ENV: 'test', DATA_DIR: dir }),
  campaign: { name: 'Bench', keys: [campaignKey(generateCampaignKeyPair().publicKey)], demo: true },
});
const url = await server.listen();
const browser = await launchBrowser();
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
try {
  console.log(`bench:pow — ${trials} fresh challenges per level, solved by /assets/${worker} in Chromium`);
  console.log('throttle | bits | median ms | mean ms | p90 ms | max ms');
  for (const rate of [1, 4]) {
    const page = await browser.newPage();
    await page.goto(url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    for (const bits of levels) {
      const challenges = Array.from(
        { length: trials },
        () => `v1.${Math.floor(Date.now() / 1000)}.${bits}.${randomBytes(16).toString('base64url')}.${randomBytes(32).toString('base64url')}`,
      );
      const times = await page.evaluate(
        async ({ src, challenges, bits }) => {
          const out: number[] = [];
          for (const challenge of challenges) {
            const start = performance.now();
            await new Promise<void>((resolve) => {
              const w = new Worker(src);
              w.onmessage = () => {
                w.terminate();
                resolve();
              };
              w.postMessage({ challenge, difficulty: bits });
            });
            out.push(performance.now() - start);
          }
          return out;
        },
        { src: `/assets/${worker}`, challenges, bits },
      );
      const sorted = [...times].sort((a, b) => a - b);
      const mean = times.reduce((a, b) => a + b, 0) / times.length;
      console.log(
        `${`${rate}×`.padStart(8)} | ${String(bits).padStart(4)} | ${quantile(sorted, 0.5).toFixed(0).padStart(9)} | ${mean.toFixed(0).padStart(7)} | ${quantile(sorted, 0.9).toFixed(0).padStart(6)} | ${sorted.at(-1)!.toFixed(0).padStart(6)}`,
      );
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

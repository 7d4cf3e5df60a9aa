/**
 * `npm run bench:photo`: how long the form takes to strip and seal a 12-megapixel phone photo
 * (4000×3000 JPEG) in Chromium at 1× and 4× CPU throttling (Emulation.setCPUThrottlingRate, a
 * stand-in for a cheap phone). Each round also times the baseline, in the same run and page: the
 * browser's own decode + re-encode of the same file (createImageBitmap + canvas toBlob), the least
 * any in-browser redraw must cost. Sealing is the form's own (client/photo/upload.ts: pad, seal, SHA-256). Reported: median ms of strip, of seal, of the baseline, and
 * strip+seal ÷ baseline (docs/performance.md).
 *
 * Then memory, which decides whether a cheap phone's tab survives a big photo: a 48-megapixel
 * JPEG (8000×6000) stripped by the form, against the baseline of decoding it at full size first
 * (createImageBitmap, then drawn onto the 2048 px canvas and encoded, as the form did before),
 * each in a fresh Chromium at 4× CPU, with the page process's peak memory rise
 * (bench/lib/renderer-memory.ts) and the longest time the page could not respond (a quick exit
 * pressed then waits that long).
 */
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { launchBrowser } from '../tests/helpers/browser.js';
import { withPeakMemory } from './lib/renderer-memory.js';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '5' }, throttle: { type: 'string', default: '1,4' }, 'memory-rounds': { type: 'string', default: '3' } },
});
const rounds = Number(values.rounds);
const rates = values.throttle.split(',').map(Number);

const bundled = await build({
  entryPoints: [new URL('./lib/photo-entry.ts', import.meta.url).pathname],
  bundle: true,
  format: 'iife',
  globalName: 'photoBench',
  minify: true,
  write: false,
  platform: 'browser',
  logLevel: 'warning',
});
const browser = await launchBrowser();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  console.log(`bench:photo — a 4000×3000 JPEG stripped (to 2048 px) and sealed in Chromium, ${rounds} rounds per throttle`);
  console.log('throttle | strip ms | seal ms | baseline ms (decode + encode) | (strip + seal) / baseline | photo KB | sealed KB');
  for (const rate of rates) {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
    // The 12-megapixel photo, made once in the page (noise and edges, like a real photo's detail).
    await page.evaluate(async () => {
      const c = document.createElement('canvas');
      c.width = 4000;
      c.height = 3000;
      const g = c.getContext('2d')!;
      const image = g.createImageData(4000, 3000);
      for (let i = 0; i < image.data.length; i += 4) {
        const x = (i / 4) % 4000;
        image.data[i] = (x / 16 + Math.random() * 40) | 0;
        image.data[i + 1] = ((i / 16000) % 255) | 0;
        image.data[i + 2] = (Math.random() * 255) | 0;
        image.data[i + 3] = 255;
      }
      g.putImageData(image, 0, 0);
      (window as unknown as { source: Blob }).source = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.92));
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const results: { strip: number; seal: number; baseline: number; photo: number; sealed: number }[] = [];
    for (let i = 0; i < rounds; i++) {
      results.push(
        await page.evaluate(async () => {
          const w = window as unknown as { source: Blob; photoBench: typeof import('./lib/photo-entry.js') };
          let t = performance.now();
          const bitmap = await createImageBitmap(w.source, { imageOrientation: 'from-image' });
          const c = document.createElement('canvas');
          c.width = bitmap.width;
          c.height = bitmap.height;
          c.getContext('2d')!.drawImage(bitmap, 0, 0);
          await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.85));
          const baseline = performance.now() - t;
          c.width = c.height = 0;
          t = performance.now();
          const stripped = await w.photoBench.stripPhoto(w.source);
          const strip = performance.now() - t;
          if (!stripped.ok) throw new Error(`refused: ${stripped.reason}`);
          t = performance.now();
          const sealed = w.photoBench.sealForUpload(stripped.jpeg);
          const seal = performance.now() - t;
          return { strip, seal, baseline, photo: stripped.jpeg.length, sealed: sealed.chunks.reduce((n, ch) => n + ch.length, 0) };
        }),
      );
    }
    const strip = median(results.map((r) => r.strip));
    const seal = median(results.map((r) => r.seal));
    const baseline = median(results.map((r) => r.baseline));
    const ratio = median(results.map((r) => (r.strip + r.seal) / r.baseline));
    console.log(
      `${rate}× | ${strip.toFixed(0)} | ${seal.toFixed(0)} | ${baseline.toFixed(0)} | ${ratio.toFixed(2)} | ${(results[0]!.photo / 1024).toFixed(0)} | ${(results[0]!.sealed / 1024).toFixed(0)}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
}

await memory(Number(values['memory-rounds']));

async function memory(rounds: number): Promise<void> {
  if (process.platform !== 'linux' || rounds === 0) return;
  // The 48-megapixel JPEG, made in a browser of its own so that making it costs the measured ones nothing.
  const maker = await launchBrowser();
  const base64 = await (
    await maker.newPage()
  ).evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 8000;
    c.height = 6000;
    const g = c.getContext('2d')!;
    const gradient = g.createLinearGradient(0, 0, 8000, 6000);
    gradient.addColorStop(0, '#345');
    gradient.addColorStop(1, '#dca');
    g.fillStyle = gradient;
    g.fillRect(0, 0, 8000, 6000);
    for (let i = 0; i < 4000; i++) {
      g.fillStyle = `hsl(${i % 360},50%,50%)`;
      g.fillRect(Math.random() * 8000, Math.random() * 6000, 60, 40);
    }
    // Sensor noise, so the file is as big as a real 48-megapixel photo's (about 10 MiB), not 1.
    for (let y = 0; y < 6000; y += 500) {
      const band = g.getImageData(0, y, 8000, 500);
      for (let i = 0; i < band.data.length; i++) band.data[i] = band.data[i]! + ((Math.random() * 24 - 12) | 0);
      g.putImageData(band, 0, y);
    }
    const bytes = new Uint8Array(await (await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.9))).arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  await maker.close();
  console.log(
    `\n48-megapixel JPEG (8000×6000, ${((base64.length * 0.75) / 1048576) | 0} MiB): the page process's peak memory rise, median of ${rounds} fresh browsers`,
  );
  console.log('way (4× CPU) | peak MiB | ms | page blocked ms (longest)');
  for (const way of ['form (strip)', 'baseline (full-size decode first)'] as const) {
    const runs: { peakMiB: number; ms: number; blocked: number }[] = [];
    for (let i = 0; i < rounds; i++) {
      const fresh = await launchBrowser();
      try {
        const page = await fresh.newPage();
        await page.goto('about:blank');
        await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
        await page.evaluate((b64) => {
          const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
          (window as unknown as { source: Blob }).source = new Blob([bytes], { type: 'image/jpeg' });
        }, base64);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const { result, peakMiB } = await withPeakMemory(() =>
          page.evaluate(async (form) => {
            const w = window as unknown as { source: Blob; photoBench: typeof import('./lib/photo-entry.js') };
            // The longest gap between ticks of a 5 ms timer: how long the page could not respond.
            let last = performance.now();
            let blocked = 0;
            const ticker = setInterval(() => {
              const now = performance.now();
              blocked = Math.max(blocked, now - last);
              last = now;
            }, 5);
            const t = performance.now();
            if (form) {
              const stripped = await w.photoBench.stripPhoto(w.source);
              if (!stripped.ok) throw new Error(`refused: ${stripped.reason}`);
            } else {
              const bitmap = await createImageBitmap(w.source, { imageOrientation: 'from-image' });
              const c = document.createElement('canvas');
              c.width = 2048;
              c.height = 1536;
              c.getContext('2d')!.drawImage(bitmap, 0, 0, 2048, 1536);
              bitmap.close();
              await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.85));
            }
            const ms = performance.now() - t;
            await new Promise((r) => setTimeout(r, 20));
            clearInterval(ticker);
            return { ms, blocked };
          }, way.startsWith('form')),
        );
        runs.push({ peakMiB, ...result });
      } finally {
        await fresh.close();
      }
    }
    const m = (f: (r: (typeof runs)[number]) => number) => median(runs.map(f)).toFixed(0);
    console.log(`${way} | ${m((r) => r.peakMiB)} | ${m((r) => r.ms)} | ${m((r) => r.blocked)}`);
  }
}

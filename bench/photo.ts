/**
 * `npm run bench:photo`: how long the form takes to strip and seal a 12-megapixel phone photo
 * (4000×3000 JPEG) in Chromium at 1× and 4× CPU throttling (Emulation.setCPUThrottlingRate, a
 * stand-in for a cheap phone). Each round also times the baseline, in the same run and page: the
 * browser's own decode + re-encode of the same file (createImageBitmap + canvas toBlob), the least
 * any in-browser redraw must cost. Sealing is the form's own (client/photo/upload.ts: pad, seal, SHA-256). Reported: median ms of strip, of seal, of the baseline, and
 * strip+seal ÷ baseline (docs/performance.md).
 */
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { launchBrowser } from '../tests/helpers/browser.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, throttle: { type: 'string', default: '1,4' } } });
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

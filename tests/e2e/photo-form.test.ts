/**
 * Photos in the form, in real Chromium against a real server and SQLite file (docs/form.md,
 * "Photos"; issue 21's "must show"): the fixtures with GPS EXIF, XMP, IPTC, a maker note, a
 * thumbnail, a comment (JPEG) and tEXt/iTXt/eXIf (PNG) are attached through the file input, one
 * covered by keyboard and one by pointer, and sent; the analyst's fetch and the real decrypt CLI
 * give back photos that open, hold none of the fixtures' metadata, are upright, within
 * PHOTO_MAX_EDGE, and solid black where covered. A canvas that comes back blank gets the photo
 * refused with no upload request; an upload cut midway continues where it stopped; photos
 * refused by the server (503) leave the witness a way to send the report without them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openEnvelope, sealReport } from '../../protocol/envelope.js';
import { fromBase64 } from '../../protocol/base64.js';
import { checkStrippedJpeg } from '../../protocol/jpeg-check.js';
import { makeSecretKeyFile } from '../../protocol/node/key-files.js';
import { parsePhotoReference } from '../../protocol/photo-reference.js';
import { PHOTO_MAX_EDGE } from '../../protocol/photo-upload.js';
import { IDLE_UPLOAD_MINUTES } from '../../server/routes/uploads.js';
import { CHALLENGE_PATH, PROOF_HEADER } from '../../protocol/proof-of-work.js';
import { openPhoto } from '../../protocol/sealed-photo.js';
import { fetchBatches } from '../../scripts/transfer/fetch-batches.js';
import { loadCatalogue } from '../../scripts/dev/i18n-check.js';
import { makeAnalystServer, report, type AnalystTestServer } from '../helpers/analyst.js';
import { launchBrowser } from '../helpers/browser.js';
import { ARTIFACTS, axeViolations, expectNotOnDisk, fillRequired, newWatchedPage, openForm, type FormPage } from '../helpers/form.js';
import { JPEG_STORED, PHOTO_FIXTURES } from '../fixtures/generate-photo-fixtures.js';
import { metadataLeftIn } from '../fixtures/photo-metadata.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const en = await loadCatalogue('en');
const ar = await loadCatalogue('ar');
let browser: Browser;
let server: AnalystTestServer | undefined;
let form: FormPage | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await form?.context.close();
  await server?.close();
  form = server = undefined;
});
afterAll(async () => {
  await browser?.close();
});

async function serve(env: Record<string, string> = {}): Promise<AnalystTestServer> {
  server = makeAnalystServer({ UPLOAD_MIN_FREE_BYTES: '1MiB', ...env });
  await server.listen();
  return server;
}

const uploadRequests = (f: FormPage) => f.requests.filter((r) => r.includes('/api/uploads'));
const photoBlock = (page: Page, n: number) => page.getByRole('group', { name: `${en.photos.title.replace('{n}', String(n))}`, exact: true });

/** A picture of the photo part as the witness sees it (test-artifacts/). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.locator('#photos-field').screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Send the form and wait for the confirmation. */
async function send(page: Page): Promise<void> {
  await page.getByRole('button', { name: en.send }).click();
  await page.getByRole('heading', { name: en.sentTitle }).waitFor({ timeout: 60_000 });
}

/**
 * Fill the form's required answers and add the PNG fixture; returns the proof-of-work header of
 * every upload start (POST /api/uploads) from then on, as the page sends them.
 */
async function formWithPngAndWatchedProofs(page: Page): Promise<(string | undefined)[]> {
  const proofs: (string | undefined)[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/uploads')) proofs.push(r.headers()[PROOF_HEADER.toLowerCase()]);
  });
  await fillRequired(page);
  await page.locator('#photo-input').setInputFiles(PHOTO_FIXTURES.png);
  await photoBlock(page, 1).waitFor();
  return proofs;
}

/** A noisy 1600×1200 JPEG made in the page: large enough for several chunks. */
async function noisyJpeg(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const c = document.createElement('canvas');
    [c.width, c.height] = [1600, 1200];
    const g = c.getContext('2d')!;
    const data = g.createImageData(c.width, c.height);
    for (let i = 0; i < data.data.length; i++) data.data[i] = i % 4 === 3 ? 255 : (Math.random() * 256) | 0;
    g.putImageData(data, 0, 0);
    return c.toDataURL('image/jpeg', 0.9).split(',')[1]!;
  });
  return Buffer.from(base64, 'base64');
}

/** The analyst's side: fetch (batches and sealed photos), then the real decrypt CLI; the report's id and the photos it wrote. */
async function fetchAndDecrypt(t: AnalystTestServer): Promise<{ code: number | null; stdout: string; photos: Buffer[] }> {
  const fetched = join(t.dir, 'fetched');
  const result = await fetchBatches({ server: t.url, outDir: fetched, signer: t.analyst.signer });
  writeFileSync(join(t.dir, 'pass'), 'correct horse\n', { mode: 0o600 });
  writeFileSync(
    join(t.dir, 'campaign.key'),
    JSON.stringify(await makeSecretKeyFile('campaign-encryption', t.keyPair.publicKey, t.keyPair.secretKey, 'correct horse', { N: 1024, r: 8, p: 1 })),
    { mode: 0o600 },
  );
  const out = join(t.dir, 'out');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/decrypt.ts', '--key', join(t.dir, 'campaign.key'), '--passphrase-file', join(t.dir, 'pass'), '--out-dir', out, fetched],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  const reportId = JSON.parse(readFileSync(result.batches[0]!.file, 'utf8')).id as number;
  const photos = Array.from({ length: result.photos }, (_, i) => readFileSync(join(out, 'photos', String(reportId), `${i + 1}.jpg`)));
  return { code: r.status, stdout: r.stdout + r.stderr, photos };
}

/** Decode `jpeg` in the browser: its size and the RGB at points given as fractions of it. */
async function look(page: Page, jpeg: Buffer, points: Record<string, [number, number]>) {
  return page.evaluate(
    async ({ base64, points }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      const c = document.createElement('canvas');
      [c.width, c.height] = [bitmap.width, bitmap.height];
      const g = c.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      const at = ([x, y]: [number, number]) => [...g.getImageData(Math.floor(x * c.width), Math.floor(y * c.height), 1, 1).data.slice(0, 3)];
      return { width: c.width, height: c.height, rgb: Object.fromEntries(Object.entries(points).map(([k, p]) => [k, at(p)])) };
    },
    { base64: jpeg.toString('base64'), points },
  );
}

const black = (rgb: number[]) => rgb.every((v) => v < 12);
const red = (rgb: number[]) => rgb[0]! > 180 && rgb[1]! < 80 && rgb[2]! < 80;
const blue = (rgb: number[]) => rgb[2]! > 180 && rgb[0]! < 80;

describe('photos in the form', () => {
  it('JPEG and PNG fixtures, covered by keyboard and by pointer, arrive clean, upright, within the limit, solid where covered', async () => {
    const t = await serve();
    form = await openForm(browser, t.url, 375);
    const { page } = form;
    // The fixtures do carry what must go (so this test can fail).
    expect(metadataLeftIn(readFileSync(PHOTO_FIXTURES.png))).toEqual(expect.arrayContaining(['pngText', 'pngItxt', 'pngExifMake', 'tEXt', 'iTXt', 'eXIf']));
    expect(metadataLeftIn(readFileSync(PHOTO_FIXTURES.jpeg))).toEqual(expect.arrayContaining(['GPS latitude', 'makerNote', 'xmp', 'iptcCity', 'comment']));
    expect(uploadRequests(form)).toEqual([]);

    await fillRequired(page, 'Photos were taken of the device.');
    await page.locator('#photo-input').setInputFiles([PHOTO_FIXTURES.jpeg, PHOTO_FIXTURES.png]);
    await photoBlock(page, 2).waitFor();
    await expect.poll(() => page.getByText(en.photos.removed).isVisible()).toBe(true);

    // Photo 1, by keyboard: add a box (it takes focus), move it right, make it bigger.
    await photoBlock(page, 1).getByRole('button', { name: en.photos.addBox }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(en.photos.box.replace('{n}', '1'));
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight'); // x 0.40 → 0.50
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowRight'); // w 0.20 → 0.24
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowDown'); // h 0.20 → 0.24
    // A second box, removed again with Delete.
    await photoBlock(page, 1).getByRole('button', { name: en.photos.addBox }).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => photoBlock(page, 1).locator('.cover').count()).toBe(1);

    // Photo 2, by pointer: add a box and drag it into the top-left corner (over the blue block)…
    await photoBlock(page, 2).getByRole('button', { name: en.photos.addBox }).click();
    const frame = (await photoBlock(page, 2).locator('.photo-frame').boundingBox())!;
    const box = (await photoBlock(page, 2).locator('.cover').boundingBox())!;
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 3 - frame.width * 0.5, box.y + box.height / 3 - frame.height * 0.5, { steps: 5 });
    await page.mouse.up();
    // Then its yellow corner, a tenth of the picture further each way: the box now spans 0–30%.
    const grip = (await photoBlock(page, 2).locator('.grip').boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 + frame.width * 0.1, grip.y + grip.height / 2 + frame.height * 0.1, { steps: 5 });
    await page.mouse.up();
    await screenshot(page, 'photo-form-covered-375');
    expect(await axeViolations(page)).toEqual([]);

    await send(page);
    expect(form.problems).toEqual([]);
    // The server's disk holds ciphertext only: no JPEG header, no narrative (database, WAL and all).
    expect(t.store.photos.count()).toBe(2);
    expectNotOnDisk(t.dir, 'JFIF');
    expectNotOnDisk(t.dir, 'Photos were taken of the device.');
    const { code, stdout, photos } = await fetchAndDecrypt(t);
    expect(code, stdout).toBe(0);
    expect(photos).toHaveLength(2);
    for (const photo of photos) {
      expect(metadataLeftIn(photo)).toEqual([]);
      expect(checkStrippedJpeg(photo).ok).toBe(true);
    }
    // Photo 1: stored 2600×1600 with "rotate 90°": upright it is a portrait, the red block top-right.
    const one = await look(page, photos[0]!, {
      topRight: [0.97, 0.03],
      topLeft: [0.03, 0.03],
      c1: [0.52, 0.42],
      c2: [0.62, 0.52],
      c3: [0.72, 0.62],
      out: [0.45, 0.52],
    });
    expect([one.width, one.height]).toEqual([Math.round((JPEG_STORED.height * PHOTO_MAX_EDGE) / JPEG_STORED.width), PHOTO_MAX_EDGE]);
    expect(red(one.rgb.topRight!) && !red(one.rgb.topLeft!), JSON.stringify(one.rgb)).toBe(true);
    expect(
      [one.rgb.c1, one.rgb.c2, one.rgb.c3].every((p) => black(p!)),
      JSON.stringify(one.rgb),
    ).toBe(true);
    expect(black(one.rgb.out!)).toBe(false);
    // Photo 2: 640×480; the box dragged to the corner covers the blue block.
    const two = await look(page, photos[1]!, { topLeft: [0.03, 0.03], inBlock: [0.15, 0.15], resized: [0.27, 0.27], below: [0.1, 0.6] });
    expect([two.width, two.height]).toEqual([640, 480]);
    expect(black(two.rgb.topLeft!) && black(two.rgb.inBlock!) && black(two.rgb.resized!), JSON.stringify(two.rgb)).toBe(true);
    expect(blue(two.rgb.topLeft!) || black(two.rgb.below!)).toBe(false);
  }, 180_000);

  it('a canvas that comes back blank gets the photo refused, and nothing is uploaded', async () => {
    const t = await serve();
    form = await newWatchedPage(browser, 375);
    // What Tor Browser's canvas protection or iOS past its limit hand back: white, whatever was drawn.
    await form.page.addInitScript(() => {
      const toBlob = HTMLCanvasElement.prototype.toBlob;
      HTMLCanvasElement.prototype.toBlob = function (this: HTMLCanvasElement, ...args: Parameters<typeof toBlob>) {
        const c = this.getContext('2d')!;
        c.fillStyle = '#fff';
        c.fillRect(0, 0, this.width, this.height);
        return toBlob.apply(this, args);
      };
    });
    const { page } = form;
    await page.goto(t.url);
    await page.locator('#app form button[type=submit]:not([disabled])').waitFor();
    await fillRequired(page);
    await page.locator('#photo-input').setInputFiles(PHOTO_FIXTURES.jpeg);
    await page.getByText(en.photos.blank).waitFor();
    expect(await page.locator('.photo').count()).toBe(0);
    await send(page);
    expect(uploadRequests(form)).toEqual([]);
    expect(t.store.photos.count()).toBe(0);
    expect(openEnvelope(t.store.list(10)[0]!.envelope, t.keyPair).photos).toBeUndefined();
  }, 120_000);

  it('an upload cut midway continues where it stopped and completes', async () => {
    const t = await serve();
    form = await openForm(browser, t.url);
    const { page } = form;
    const noisy = await noisyJpeg(page);
    let cut = 0;
    await page.route(/\/api\/uploads\/[0-9a-f]{32}\/2$/, async (route) => {
      if (route.request().method() === 'PUT' && cut++ === 0) await route.abort('connectionreset');
      else await route.continue();
    });
    await fillRequired(page);
    await page.locator('#photo-input').setInputFiles({ name: 'noise.jpg', mimeType: 'image/jpeg', buffer: noisy });
    await photoBlock(page, 1).waitFor();
    await send(page);
    expect(cut).toBe(2); // the cut chunk, then the same chunk again
    const uploads = uploadRequests(form);
    const cutAt = uploads.findIndex((r) => r.startsWith('PUT') && r.endsWith('/2'));
    // After the cut the form asked where the upload stood, then went on from chunk 2.
    expect(uploads[cutAt + 1]).toMatch(/^GET .*\/api\/uploads\/[0-9a-f]{32}$/);
    expect(uploads[cutAt + 2]).toMatch(/^PUT .*\/2$/);
    expect(uploads.filter((r) => r.startsWith('PUT') && r.endsWith('/0'))).toHaveLength(1);

    const stored = openEnvelope(t.store.list(10)[0]!.envelope, t.keyPair);
    const parsed = parsePhotoReference(stored.photos![0]);
    if (!parsed.ok) throw new Error(parsed.message);
    const ref = parsed.photo;
    const fetched = join(t.dir, 'fetched');
    expect(await fetchBatches({ server: t.url, outDir: fetched, signer: t.analyst.signer })).toMatchObject({ fetched: 1, photos: 1 });
    const jpeg = openPhoto(new Uint8Array(readFileSync(join(fetched, 'photos', `${ref.upload}.sealed`))), fromBase64(ref.key), ref.bytes);
    expect(createHash('sha256').update(jpeg).digest('hex')).toBe(ref.sha256);
    expect(ref.bytes).toBeGreaterThan(2 * 256 * 1024);
  }, 120_000);

  it.each([
    ['a few seconds', 0, 1],
    // Long enough for the server to give the idle upload's room back: the form starts it again.
    [`over ${IDLE_UPLOAD_MINUTES} minutes`, IDLE_UPLOAD_MINUTES + 1, 2],
  ])(
    'offline midway (a tunnel) for %s: the form says it waits, asks nothing, and goes on by itself when the connection is back',
    async (_for, minutes, starts) => {
      const t = await serve();
      form = await openForm(browser, t.url);
      const { page, context } = form;
      let cut = false;
      await page.route(/\/api\/uploads\/[0-9a-f]{32}\/1$/, async (route) => {
        if (route.request().method() === 'PUT' && !cut) {
          cut = true;
          await context.setOffline(true);
          await route.abort('internetdisconnected');
        } else await route.continue();
      });
      await fillRequired(page);
      await page.locator('#photo-input').setInputFiles({ name: 'noise.jpg', mimeType: 'image/jpeg', buffer: await noisyJpeg(page) });
      await photoBlock(page, 1).waitFor();
      await page.getByRole('button', { name: en.send }).click();
      const waiting = page.locator('#app [role=status]').getByText(en.photos.offline).first();
      await waiting.waitFor();
      // Still offline a while later: it waits, asks the witness nothing, and has sent nothing.
      await page.waitForTimeout(3_000);
      expect(await page.getByText(en.photos.failTitle).count()).toBe(0);
      expect(t.store.list(10)).toHaveLength(0);
      if (minutes > 0) {
        // Minutes pass on the server; the next upload anyone starts gives the idle one's room back.
        t.clock.now = new Date(t.clock.now.getTime() + minutes * 60_000);
        const other = await fetch(`${t.url}/api/uploads`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"size":262160}' });
        expect(other.status).toBe(201);
      }
      await context.setOffline(false);
      await page.getByRole('heading', { name: en.sentTitle }).waitFor({ timeout: 60_000 });
      const uploads = uploadRequests(form);
      expect(uploads.filter((r) => r.startsWith('POST'))).toHaveLength(starts);
      expect(uploads.filter((r) => r.startsWith('PUT') && r.endsWith('/0'))).toHaveLength(starts);
      const stored = openEnvelope(t.store.list(10)[0]!.envelope, t.keyPair);
      const parsed = parsePhotoReference(stored.photos![0]);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(t.store.photos.get(parsed.photo.upload)).toMatchObject({ complete: true });
    },
    120_000,
  );

  it.each([
    // 1 MB of sealed photos at most, and 786,480 bytes already reserved by unfinished uploads: the witness's 262,160 do not fit.
    ['upload_cap_reached', { MAX_UPLOAD_BYTES: '1MB' }, [524_320, 262_160]],
    ['upload_disk_low', { UPLOAD_MIN_FREE_BYTES: '1000TB' }, []],
  ])(
    'photos refused with 503 %s: the witness is told, and the report is stored without them',
    async (code, env, reserved) => {
      const t = await serve(env);
      for (const size of reserved) {
        const started = await fetch(`${t.url}/api/uploads`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ size }),
        });
        expect(started.status).toBe(201);
      }
      form = await newWatchedPage(browser);
      await form.page.goto(t.url);
      await form.page.locator('#app form button[type=submit]:not([disabled])').waitFor();
      const { page } = form;
      await fillRequired(page);
      await page.locator('#photo-input').setInputFiles(PHOTO_FIXTURES.png);
      await photoBlock(page, 1).waitFor();
      // What the server answered the upload's start (passed on to the page unchanged).
      const answers: [number, string][] = [];
      await page.route(/\/api\/uploads$/, async (route) => {
        const response = await route.fetch();
        answers.push([response.status(), ((await response.json()) as { error: string }).error]);
        await route.fulfill({ response });
      });
      await page.getByRole('button', { name: en.send }).click();
      await page.getByText(en.photos.failFull).waitFor();
      expect(answers).toEqual([[503, code]]);
      await page.getByRole('button', { name: en.photos.without }).click();
      await page.getByRole('heading', { name: en.sentTitle }).waitFor();
      expect(t.store.count()).toBe(1);
      expect(t.store.photos.count()).toBe(0); // no photo completed
      expect(openEnvelope(t.store.list(10)[0]!.envelope, t.keyPair).photos).toBeUndefined();
    },
    120_000,
  );

  it("a busy server: the upload is started with a proof of work, solved by the form's worker", async () => {
    const t = await serve({ POW_CALM_REPORTS_PER_MINUTE: '0', POW_BITS: '12', POW_MAX_BITS: '12' });
    // Three reports stored in the last minutes (calm is 0): from the next minute the server asks 12 bits.
    for (let i = 0; i < 3; i++) {
      const envelope = sealReport(report('busy'), t.keyPair.publicKey);
      const res = await fetch(`${t.url}/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(envelope) });
      expect(res.status).toBe(201);
    }
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    expect((await (await fetch(`${t.url}${CHALLENGE_PATH}`)).json()).difficulty).toBe(12);
    form = await openForm(browser, t.url);
    const { page } = form;
    const proofs = await formWithPngAndWatchedProofs(page);
    // The status line while the form works (it changes fast: every text it showed).
    await page.evaluate(() => {
      const w = window as unknown as { shown: string[] };
      w.shown = [];
      const status = document.getElementById('sending')!;
      new MutationObserver(() => w.shown.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await send(page);
    // "The website is busy…" while the upload's proof is made: before the photo is sent, not only for the report.
    const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
    expect(shown.indexOf(en.preparing), JSON.stringify(shown)).toBeGreaterThanOrEqual(0);
    expect(shown.indexOf(en.preparing)).toBeLessThan(shown.indexOf(en.photos.sent.replace('{n}', '1')));
    expect(proofs).toHaveLength(1);
    expect(proofs[0]).toMatch(/^v1\.\d+\.12\.[\w-]+\.[\w-]+:\d+$/);
    expect(form.requests.some((r) => /\/assets\/pow-worker-[0-9a-f]+\.js$/.test(r))).toBe(true);
    expect(t.store.photos.count()).toBe(1);
    expect(form.problems).toEqual([]);
  }, 120_000);

  it('an address whose upload allowance someone else used up (a shared address): the form pays the proof it is asked and the photo goes', async () => {
    // One report and 4 upload starts per address and window; the flooder and the witness share 127.0.0.1.
    const t = await serve({ RATE_LIMIT_REPORTS_PER_CLIENT: '1', POW_BITS: '8', POW_MAX_BITS: '10' });
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${t.url}/api/uploads`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"size":262160}' });
      expect(res.status).toBe(201);
    }
    form = await openForm(browser, t.url);
    const { page } = form;
    const proofs = await formWithPngAndWatchedProofs(page);
    await send(page);
    expect(proofs).toHaveLength(1);
    expect(proofs[0]).toMatch(/^v1\.\d+\.10\.[\w-]+\.[\w-]+:\d+$/);
    expect(form.requests.filter((r) => r.includes(CHALLENGE_PATH))).toEqual([`GET ${t.url}${CHALLENGE_PATH}?for=upload`, `GET ${t.url}${CHALLENGE_PATH}`]);
    const stored = openEnvelope(t.store.list(10)[0]!.envelope, t.keyPair);
    expect(stored.photos).toHaveLength(1);
    expect(form.problems).toEqual([]);
  }, 120_000);

  it('a file the browser cannot open and a fifth photo are refused with a message; four are kept', async () => {
    const t = await serve();
    form = await openForm(browser, t.url);
    const { page } = form;
    const png = readFileSync(PHOTO_FIXTURES.png);
    await page
      .locator('#photo-input')
      .setInputFiles([
        { name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: Buffer.from('not a picture this browser can decode') },
        ...[1, 2, 3, 4, 5].map((i) => ({ name: `photo-${i}.png`, mimeType: 'image/png', buffer: png })),
      ]);
    await page.getByText(`IMG_0001.HEIC: ${en.photos.undecodable}`).waitFor();
    expect(await page.getByText(en.photos.tooMany.replace('{max}', '4')).isVisible()).toBe(true);
    expect(await page.locator('.photo').count()).toBe(4); // the refused file takes no place: four kept, the fifth PNG not added
    expect(uploadRequests(form)).toEqual([]);
  }, 120_000);

  it('a change of language keeps the photos and their boxes, in the new words; pagehide clears them', async () => {
    const t = await serve();
    form = await openForm(browser, t.url);
    const { page } = form;
    const pl = await loadCatalogue('pl');
    await page.locator('#photo-input').setInputFiles(PHOTO_FIXTURES.png);
    await photoBlock(page, 1).getByRole('button', { name: en.photos.addBox }).click();
    await page.getByRole('link', { name: 'Polski', exact: true }).click();
    const block = page.getByRole('group', { name: pl.photos.title.replace('{n}', '1'), exact: true });
    await block.waitFor();
    expect(await block.locator('.cover').getAttribute('aria-label')).toBe(pl.photos.box.replace('{n}', '1'));
    expect(await block.getByRole('button', { name: pl.photos.remove }).isVisible()).toBe(true);
    // Leaving the page (Back, a link, the quick exit) empties the list and its canvases.
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
    expect(await page.locator('.photo, canvas').count()).toBe(0);
    expect(form.problems).toEqual([]);
  }, 120_000);

  it('shows the photo part right to left, with the photo and its boxes as they are (Arabic, 375 px)', async () => {
    const t = await serve();
    form = await openForm(browser, `${t.url}/?lang=ar`, 375);
    const { page } = form;
    await page.locator('#photo-input').setInputFiles(PHOTO_FIXTURES.jpeg);
    const block = page.getByRole('group', { name: ar.photos.title.replace('{n}', (1).toLocaleString('ar')), exact: true });
    await block.waitFor();
    await block.getByRole('button', { name: ar.photos.addBox }).click();
    await page.keyboard.press('ArrowRight');
    expect(await block.locator('.photo-frame').getAttribute('dir')).toBe('ltr');
    await block.scrollIntoViewIfNeeded();
    await screenshot(page, 'photo-form-covered-ar-375');
    expect(form.problems).toEqual([]);
  }, 120_000);
});

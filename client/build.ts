/**
 * Build the witness form into dist/client: one minified script and one stylesheet with
 * content-hashed names (cacheable for a year) and SRI integrity attributes in index.html.
 * The build is reproducible: the same source gives the same bytes and hashes, so an
 * operator can publish the bundle hash and anyone can check it (`npm run build` prints it).
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/client`;

function hashed(name: string, ext: string, content: Uint8Array): { file: string; integrity: string } {
  const hex = createHash('sha256').update(content).digest('hex').slice(0, 16);
  return { file: `${name}-${hex}.${ext}`, integrity: `sha384-${createHash('sha384').update(content).digest('base64')}` };
}

export async function buildClient(): Promise<{ script: string; style: string; integrity: string }> {
  const result = await build({
    entryPoints: [`${root}client/main.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const js = result.outputFiles[0]!.contents;
  const css = await readFile(`${root}client/styles.css`);
  const script = hashed('app', 'js', js);
  const style = hashed('styles', 'css', css);

  await rm(out, { recursive: true, force: true });
  await mkdir(`${out}/assets`, { recursive: true });
  await writeFile(`${out}/assets/${script.file}`, js);
  await writeFile(`${out}/assets/${style.file}`, css);
  const html = (await readFile(`${root}client/index.html`, 'utf8'))
    .replace('{{script}}', `/assets/${script.file}`)
    .replace('{{scriptIntegrity}}', script.integrity)
    .replace('{{style}}', `/assets/${style.file}`)
    .replace('{{styleIntegrity}}', style.integrity);
  await writeFile(`${out}/index.html`, html);
  return { script: script.file, style: style.file, integrity: script.integrity };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { script, integrity } = await buildClient();
  console.log(`built dist/client: ${script} (${integrity})`);
}

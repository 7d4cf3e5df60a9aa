/**
 * `npm run verify-form`: a server serving this checkout's build passes; one serving altered
 * JavaScript fails — even when the attacker also updated the SRI hash so browsers accept it.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_DIR } from '../../server/app.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';
import { fingerprint, generateCampaignKeyPair, keyId } from '../../protocol/envelope.js';
import { toBase64 } from '../../protocol/base64.js';

const root = new URL('../../', import.meta.url).pathname;
/** Runs the CLI asynchronously: the server under test lives in this process and must keep answering. */
const verify = (url: string, ...flags: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(join(root, 'node_modules/.bin/tsx'), ['scripts/verify-form.ts', url, ...flags], { cwd: root, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

let t: TestServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  t = dir = undefined;
});

/** A copy of the built form, changed by `tamper` (which gets the copy's folder, script and worker names). */
function tamperedClient(tamper: (clientDir: string, script: string, worker: string) => void): string {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-verify-'));
  cpSync(DEFAULT_CLIENT_DIR, dir, { recursive: true });
  const assets = readdirSync(join(dir, 'assets'));
  tamper(
    dir,
    assets.find((f) => f.startsWith('app-'))!,
    assets.find((f) => f.startsWith('pow-worker-'))!,
  );
  return dir;
}

describe('verify-form', () => {
  it('passes against a server that serves this build', async () => {
    t = makeTestServer();
    const r = await verify(await t.listen());
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('the served form is this build');
    expect(r.stdout).not.toContain('✗');
    // Every language's page and catalogue, not just the page at /.
    expect(r.stdout).toMatch(/✓ checked the form in \d+ languages: en, /);
    expect(r.stdout).toContain("✓ /?lang=pl: the page, its script, stylesheet and CSP, the pl catalogue and the language index are this build's");
  });

  it('with replies on: checks /reply in every language, and fails when its script was altered, even with a matching SRI attribute', async () => {
    t = makeTestServer({ LANGUAGES: 'en,ar' }, { replies: true });
    const good = await verify(await t.listen(), '--fingerprint', t.campaign.keys[0]!.fingerprint);
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toMatch(
      /✓ \/reply in 2 language\(s\): the page, its script reply-page-[0-9a-f]{16}\.js, stylesheet and CSP and the campaign key are this build's/,
    );
    await t.close();

    const clientDir = tamperedClient((d) => {
      const name = readdirSync(join(d, 'assets')).find((f) => f.startsWith('reply-page-') && f.endsWith('.js'))!;
      const evil = Buffer.concat([readFileSync(join(d, 'assets', name)), Buffer.from(';fetch("/collect?"+document.body.innerText)')]);
      writeFileSync(join(d, 'assets', name), evil);
      for (const ext of ['br', 'gz']) rmSync(join(d, 'assets', `${name}.${ext}`));
      const html = readFileSync(join(d, 'reply.html'), 'utf8').replace(
        /integrity="sha384-[^"]+"(?=><\/script>)/,
        `integrity="sha384-${createHash('sha384').update(evil).digest('base64')}"`,
      );
      writeFileSync(join(d, 'reply.html'), html);
    });
    t = makeTestServer({ LANGUAGES: 'en,ar' }, { clientDir, replies: true });
    const bad = await verify(await t.listen());
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/✗ \/reply\?lang=en: the script's integrity attribute matches this build/);
    expect(bad.stdout).toMatch(/✗ \/reply\?lang=ar: the served script \/assets\/reply-page-/);
  }, 150_000);

  it('fails when a catalogue was changed (the words the form shows), even with its integrity value updated to match', async () => {
    const clientDir = tamperedClient((d) => {
      const languages = JSON.parse(readFileSync(join(d, 'languages.json'), 'utf8')) as { code: string; file: string; integrity: string }[];
      const pl = languages.find((l) => l.code === 'pl')!;
      const path = join(d, 'assets', pl.file);
      const altered = readFileSync(path, 'utf8').replace(/"title":"[^"]*"/, '"title":"Podaj swoje imię i nazwisko"');
      writeFileSync(path, altered);
      pl.integrity = `sha384-${createHash('sha384').update(altered).digest('base64')}`;
      writeFileSync(join(d, 'languages.json'), JSON.stringify(languages));
      // …and the language index the switcher uses, with its own integrity on the page.
      const indexFile = readdirSync(join(d, 'assets')).find((f) => /^languages-\w+\.json$/.test(f))!;
      const index = JSON.parse(readFileSync(join(d, 'assets', indexFile), 'utf8')) as Record<string, { integrity: string }>;
      index.pl!.integrity = pl.integrity;
      const indexJson = JSON.stringify(index);
      for (const copy of ['br', 'gz']) rmSync(join(d, 'assets', `${indexFile}.${copy}`));
      writeFileSync(join(d, 'assets', indexFile), indexJson);
      const html = readFileSync(join(d, 'index.html'), 'utf8').replace(
        /data-languages-integrity="[^"]+"/,
        `data-languages-integrity="sha384-${createHash('sha384').update(indexJson).digest('base64')}"`,
      );
      writeFileSync(join(d, 'index.html'), html);
    });
    t = makeTestServer({}, { clientDir });
    const r = await verify(await t.listen());
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✗ \/\?lang=pl: the pl catalogue's integrity attribute matches this build/);
    expect(r.stdout).toMatch(/✗ \/\?lang=pl: the served pl catalogue \/assets\/i18n-pl-\w+\.json hashes to this build's/);
    expect(r.stdout).toMatch(/✗ \/\?lang=pl: the language index's integrity attribute matches this build/);
    expect(r.stdout).toMatch(/✗ \/\?lang=pl: the served language index \/assets\/languages-\w+\.json hashes to this build's/);
    // The other languages' own assets are still fine (their pages name the altered index too).
    expect(r.stdout).not.toMatch(/✗ \/\?lang=cy: the (served )?cy catalogue/);
    expect(r.stdout).toMatch(/✗ \/\?lang=cy: the language index's integrity attribute matches this build/);
    expect(r.stdout).toContain('FAILED');
  });

  it('fails when the script was altered, even with a matching SRI attribute', async () => {
    const clientDir = tamperedClient((d, script) => {
      const path = join(d, 'assets', script);
      const altered = readFileSync(path, 'utf8') + '\nfetch("/x",{method:"POST",body:document.body.innerText});\n';
      writeFileSync(path, altered);
      const integrity = `sha384-${createHash('sha384').update(altered).digest('base64')}`;
      const html = readFileSync(join(d, 'index.html'), 'utf8').replace(/(<script[^>]*integrity=")[^"]*"/, `$1${integrity}"`);
      writeFileSync(join(d, 'index.html'), html);
    });
    t = makeTestServer({}, { clientDir });
    const r = await verify(await t.listen());
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✗ the script's integrity attribute matches this build/);
    expect(r.stdout).toMatch(/✗ the served script .* hashes to this build's/);
    expect(r.stdout).toContain('FAILED');
  });

  it('fails when the proof-of-work worker was altered (a worker has no SRI attribute)', async () => {
    const clientDir = tamperedClient((d, _script, worker) => {
      const path = join(d, 'assets', worker);
      writeFileSync(path, readFileSync(path, 'utf8') + '\nfetch("/x");\n');
    });
    t = makeTestServer({}, { clientDir });
    const r = await verify(await t.listen());
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✗ the served worker \/assets\/pow-worker-\w+\.js hashes to this build's/);
  });

  it('fails when a compressed copy differs from its original (a browser asking for brotli or gzip would get other code)', async () => {
    const clientDir = tamperedClient((d, script) => {
      const path = join(d, 'assets', script);
      const altered = readFileSync(path, 'utf8') + '\nfetch("/x");\n';
      writeFileSync(`${path}.br`, brotliCompressSync(altered));
      writeFileSync(`${path}.gz`, 'not gzip at all');
    });
    t = makeTestServer({}, { clientDir });
    const r = await verify(await t.listen());
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✓ the served script \/assets\/app-\w+\.js hashes to this build's/);
    expect(r.stdout).toMatch(/✗ the served script \/assets\/app-\w+\.js \(br copy, decoded\) hashes to this build's .*\(served: sha384-/);
    expect(r.stdout).toMatch(/✗ the served script \/assets\/app-\w+\.js \(gzip copy, decoded\) hashes to this build's .*does not decode/);
    expect(r.stdout).toContain('FAILED');
  });

  it('fails when the page adds a script of its own', async () => {
    const clientDir = tamperedClient((d) => {
      const html = readFileSync(join(d, 'index.html'), 'utf8').replace('</head>', '<script src="/assets/extra.js"></script></head>');
      writeFileSync(join(d, 'index.html'), html);
    });
    t = makeTestServer({}, { clientDir });
    const r = await verify(await t.listen());
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ the page loads exactly one script file (found 2)');
  });

  it('fails when a lazily loaded part or its words were altered, or the quick exit was swapped for another inline script', async () => {
    const clientDir = tamperedClient((d) => {
      const assets = readdirSync(join(d, 'assets'));
      for (const prefix of ['reply-', 'i18n-photos-ar-']) {
        const name = assets.find((f) => f.startsWith(prefix) && !/\.(br|gz)$/.test(f))!;
        for (const copy of [name, `${name}.br`, `${name}.gz`]) rmSync(join(d, 'assets', copy));
        const original = readFileSync(join(DEFAULT_CLIENT_DIR, 'assets', name), 'utf8');
        writeFileSync(join(d, 'assets', name), prefix.startsWith('i18n') ? original.replace(/\}$/, ' }') : `${original};fetch("/x")`);
      }
      // The server's CSP follows the page's inline script, so only verify-form can tell it is not ours.
      const html = readFileSync(join(d, 'index.html'), 'utf8').replace(/<script>[^<]*<\/script>/, '<script>document.title="x"</script>');
      writeFileSync(join(d, 'index.html'), html);
    });
    t = makeTestServer({}, { clientDir });
    const r = await verify(await t.listen());
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✗ the served reply part \/assets\/reply-\w+\.js hashes to this build's/);
    expect(r.stdout).toMatch(/✗ the served ar words of the photos part \/assets\/i18n-photos-ar-\w+\.json hashes to this build's/);
    expect(r.stdout).toContain("✗ its only inline script is this build's quick exit (found 1 inline)");
    expect(r.stdout).toMatch(/✗ Content-Security-Policy script-src is 'self' 'wasm-unsafe-eval' 'sha256-/);
  });

  it('says clearly when the server cannot be reached', async () => {
    const r = await verify('http://127.0.0.1:9/');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot fetch http://127.0.0.1:9/');
  });

  it('--fingerprint: passes for the campaign key the server serves, fails for a server serving another key', async () => {
    t = makeTestServer();
    const url = await t.listen();
    const ours = t.campaign.keys[0]!.fingerprint;
    const good = await verify(url, '--fingerprint', ours.toUpperCase());
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toContain(`✓ /api/campaign serves the campaign key with fingerprint ${ours}`);
    expect(good.stdout).toContain(`✓ the form's page carries the campaign key with fingerprint ${ours}`);
    expect(good.stdout).toContain('seals to the campaign key with that fingerprint');

    // The same form, but the server hands out an attacker's key: the published fingerprint no longer matches.
    const campaignFingerprint = fingerprint(generateCampaignKeyPair().publicKey);
    const bad = await verify(url, '--fingerprint', campaignFingerprint.replace(/ /g, ''));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`✗ /api/campaign serves the campaign key with fingerprint ${campaignFingerprint} (served: ${ours}`);
    expect(bad.stdout).toContain('FAILED');
  }, 150_000); // two CLI runs, each rebuilding the form

  it("--fingerprint: fails when the page carries another key than /api/campaign serves (the form seals with the page's)", async () => {
    const attacker = generateCampaignKeyPair().publicKey;
    const clientDir = tamperedClient((d) => {
      const html = readFileSync(join(d, 'index.html'), 'utf8').replace('{{publicKey}}', toBase64(attacker)).replace('{{kid}}', keyId(attacker));
      writeFileSync(join(d, 'index.html'), html);
    });
    t = makeTestServer({}, { clientDir });
    const url = await t.listen();
    const ours = t.campaign.keys[0]!.fingerprint;
    const r = await verify(url, '--fingerprint', ours);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`✓ /api/campaign serves the campaign key with fingerprint ${ours}`);
    expect(r.stdout).toContain(`✗ the form's page carries the campaign key with fingerprint ${ours} (carried: ${fingerprint(attacker)}`);
  }, 150_000);

  it('--fingerprint that is not one: exit 2 with a message', async () => {
    const r = await verify('http://127.0.0.1:9/', '--fingerprint', 'abcd');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--fingerprint must be 32 hex digits');
  });
});

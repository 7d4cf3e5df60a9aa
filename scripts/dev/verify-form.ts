/**
 * Check that a live server serves the witness form this checkout builds, byte for byte.
 *
 * The threat: an operator (or whoever controls the server) serving altered JavaScript that
 * leaks answers before they are sealed. No web form can prevent that, but the build is
 * reproducible, so anyone with the source can rebuild it and compare what the server sends:
 * the page — in every language the server offers — must load exactly one script and one
 * stylesheet, with the SRI hashes of our build, the files must hash to those values — as sent
 * plain, gzipped and brotli-compressed, each decoded here, since a browser gets whichever copy it
 * asks for and SRI checks only the decoded bytes of the copy it got —, the CSP must forbid inline
 * and foreign scripts, and each language's catalogue (the words the form shows, fetched with
 * SRI) must carry this build's integrity value and hash to it.
 * This checks what the server sends to *this* request; a server that targets one visitor can
 * still serve them something else (docs/threat-model.md).
 */
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ENCODING_NAMES, type Encoding } from '../../protocol/node/compression.js';
import { inlineScriptsOf } from '../../protocol/node/inline-script.js';
import { bundleCatalogues, bundleClient, bundleReplyPage, catalogueIndex, type ClientBundle } from './form-build.js';
import { fromBase64 } from '../../protocol/base64.js';
import { campaignFingerprint, keyId } from '../../protocol/envelope.js';

export interface Check {
  ok: boolean;
  what: string;
}

export class VerifyError extends Error {}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];

const sri = (bytes: Uint8Array) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** One copy of an asset as served: its encoding as a phrase for the report, and its hash once decoded, or why there is none. */
interface ServedCopy {
  how: string;
  hash?: string;
  problem?: string;
}

const DECODE: Record<Encoding, (bytes: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync };

/**
 * What the server sends for `url` to a request that accepts only `encoding`, decoded here (not
 * by a client library, which might accept more than was asked): the bytes, or why they are not.
 */
function servedAs(url: URL, encoding: Encoding | 'identity'): Promise<{ bytes: Uint8Array } | { problem: string }> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (e) => resolve({ problem: e.message }));
      res.on('end', () => {
        const got = res.headers['content-encoding'] ?? 'identity';
        if (res.statusCode !== 200) return resolve({ problem: `answered ${res.statusCode}` });
        if (got !== encoding) return resolve({ problem: `asked for ${encoding}, sent ${got}` });
        try {
          const body = Buffer.concat(chunks);
          resolve({ bytes: encoding === 'identity' ? body : DECODE[encoding](body) });
        } catch (e) {
          resolve({ problem: `its ${encoding} copy does not decode (${(e as Error).message})` });
        }
      });
    });
    req.on('error', (e) => resolve({ problem: e.message }));
    req.end();
  });
}

/** Every copy of `url` the server offers: plain (always), and each compressed copy it sends when asked for one. */
async function servedCopies(url: URL): Promise<ServedCopy[]> {
  const copies: ServedCopy[] = [];
  for (const encoding of ['identity', ...ENCODING_NAMES] as const) {
    const served = await servedAs(url, encoding);
    // No compressed copy (the server sent the original, checked as plain): nothing more to check.
    if (encoding !== 'identity' && 'problem' in served && served.problem.endsWith('sent identity')) continue;
    const how = encoding === 'identity' ? '' : ` (${encoding} copy, decoded)`;
    copies.push('bytes' in served ? { how, hash: sri(served.bytes) } : { how, problem: served.problem });
  }
  return copies;
}

/** One check per copy: each must hash to this build's `expected`. */
const copyChecks = (label: string, kind: string, url: URL, expected: string, copies: ServedCopy[]): Check[] =>
  copies.map(({ how, hash, problem }) => ({
    ok: hash === expected,
    what: `${label}the served ${kind} ${url.pathname}${how} hashes to this build's ${expected.slice(0, 23)}…${hash === expected ? '' : ` (served: ${problem ?? `${hash!.slice(0, 23)}…`})`}`,
  }));

async function get(url: URL): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'error', credentials: 'omit' });
  } catch (e) {
    throw new VerifyError(`cannot fetch ${url.href}: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}`);
  }
  if (!response.ok) throw new VerifyError(`${url.href} answered ${response.status}`);
  return response;
}

/** "ABCD EF01…", "abcdef01…", "ab:cd…" → 32 lower-case hex digits; null if it is not a fingerprint. */
export function normaliseFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]{32}$/.test(hex) ? hex : null;
}

/** A 32-byte key from base64, or null. */
function keyBytes(value: unknown): Uint8Array | null {
  try {
    const decoded = typeof value === 'string' ? fromBase64(value) : null;
    return decoded?.length === 32 ? decoded : null;
  } catch {
    return null;
  }
}

/**
 * Does the form's page carry the campaign key with fingerprint `expected`? The form seals with
 * the key in the page (data-public-key, data-kid, data-reply-signing-key on #app), without
 * asking /api/campaign first, so that key is checked the same way, from its bytes.
 */
function pageKeyChecks(html: string, expected: string, holder = 'app'): Check[] {
  const shown = expected.match(/.{4}/g)!.join(' ');
  const tag = new RegExp(`<div\\b[^>]*\\sid="${holder}"[^>]*>`, 'i').exec(html)?.[0] ?? '';
  const key = keyBytes(attr(tag, 'data-public-key'));
  const signingAttr = attr(tag, 'data-reply-signing-key');
  const signing = signingAttr ? keyBytes(signingAttr) : undefined;
  if (!key || signing === null) return [{ ok: false, what: `the form's page carries the campaign key with fingerprint ${shown} (it carries no valid key)` }];
  const carried = campaignFingerprint(key, signing);
  const ok = carried.replace(/ /g, '') === expected && attr(tag, 'data-kid') === keyId(key);
  return [
    {
      ok,
      what: `the form's page carries the campaign key with fingerprint ${shown}${ok ? '' : ` (carried: ${carried}, kid ${attr(tag, 'data-kid') ?? 'none'} — reports would be sealed to another key)`}`,
    },
  ];
}

/**
 * Does /api/campaign serve the campaign key with fingerprint `expected` (32 hex digits)? The
 * fingerprint is computed here from the served key bytes (the encryption key and the reply
 * signing key the form checks replies against), never taken from the served `fingerprint`
 * field, which a server could set to anything.
 */
async function campaignKeyChecks(root: URL, expected: string): Promise<Check[]> {
  const shown = expected.match(/.{4}/g)!.join(' ');
  const body = (await (await get(new URL('/api/campaign', root))).json().catch(() => null)) as {
    publicKey?: unknown;
    kid?: unknown;
    fingerprint?: unknown;
    replySigningKey?: unknown;
  } | null;
  const key = keyBytes(body?.publicKey);
  const signing = body?.replySigningKey === undefined || body.replySigningKey === null ? undefined : keyBytes(body.replySigningKey);
  if (!key || signing === null) return [{ ok: false, what: `/api/campaign serves the campaign key with fingerprint ${shown} (it serves no valid key)` }];
  const served = campaignFingerprint(key, signing);
  return [
    {
      ok: served.replace(/ /g, '') === expected,
      what: `/api/campaign serves the campaign key with fingerprint ${shown}${served.replace(/ /g, '') === expected ? '' : ` (served: ${served} — reports would be sealed to another key)`}`,
    },
    { ok: body?.kid === keyId(key) && body?.fingerprint === served, what: "/api/campaign's kid and fingerprint fields describe the key it serves" },
  ];
}

/** What one page (the form in one language) must be; `label` names it in each check. */
async function pageChecks(
  root: URL,
  pageUrl: URL,
  label: string,
  local: ClientBundle,
  servedHash: (url: URL) => Promise<ServedCopy[]>,
): Promise<{ checks: Check[]; html: string }> {
  const page = await get(pageUrl);
  const html = await page.text();
  const checks: Check[] = [];
  const csp = page.headers.get('content-security-policy') ?? '';
  const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1]?.trim();
  // Same-site scripts, WebAssembly (for the reply key's Argon2id) and the one inline script, by hash.
  const expectedScriptSrc = `'self' 'wasm-unsafe-eval' ${local.quickExit.hash}`;
  checks.push({
    ok: scriptSrc === expectedScriptSrc,
    what: `${label}Content-Security-Policy script-src is ${expectedScriptSrc} (served: ${scriptSrc ?? 'none'})`,
  });
  const workerSrc = /(?:^|;)\s*worker-src ([^;]*)/.exec(csp)?.[1]?.trim();
  checks.push({ ok: workerSrc === "'self'", what: `${label}Content-Security-Policy worker-src is 'self' only (served: ${workerSrc ?? 'none'})` });

  const scripts = (html.match(/<script\b[^>]*>/gi) ?? []).filter((tag) => attr(tag, 'src') !== undefined);
  checks.push({ ok: scripts.length === 1, what: `${label}the page loads exactly one script file (found ${scripts.length})` });
  const inline = inlineScriptsOf(html);
  const inlineCount = (html.match(/<script\b/gi) ?? []).length - scripts.length;
  checks.push({
    ok: inlineCount === 1 && inline[0] === local.quickExit.js,
    what: `${label}its only inline script is this build's quick exit (found ${inlineCount} inline)`,
  });
  const stylesheets = (html.match(/<link\b[^>]*>/gi) ?? []).filter((t) => /rel\s*=\s*"stylesheet"/i.test(t));
  checks.push({ ok: stylesheets.length === 1, what: `${label}the page loads exactly one stylesheet (found ${stylesheets.length})` });
  checks.push({ ok: !/<style\b|\son[a-z]+\s*=|javascript:/i.test(html), what: `${label}no inline style, event handler or javascript: URL` });

  const assets = [
    { kind: 'script', tag: scripts[0], urlAttr: 'src', expected: local.script },
    { kind: 'stylesheet', tag: stylesheets[0], urlAttr: 'href', expected: local.style },
  ];
  for (const { kind, tag, urlAttr, expected } of assets) {
    if (!tag) continue;
    const src = attr(tag, urlAttr) ?? '';
    const integrity = attr(tag, 'integrity') ?? '';
    checks.push(...(await assetChecks(root, label, kind, src, integrity, expected.integrity, servedHash)));
  }
  return { checks, html };
}

/** A same-site asset named by the page with `integrity`: the attribute and the served bytes must both be this build's `expected`. */
async function assetChecks(
  root: URL,
  label: string,
  kind: string,
  src: string,
  integrity: string,
  expected: string,
  servedHash: (url: URL) => Promise<ServedCopy[]>,
): Promise<Check[]> {
  const url = new URL(src, root);
  const checks: Check[] = [
    { ok: url.origin === root.origin, what: `${label}the ${kind} comes from the same site (${url.origin})` },
    { ok: integrity === expected, what: `${label}the ${kind}'s integrity attribute matches this build (${expected.slice(0, 23)}…)` },
  ];
  if (url.origin !== root.origin) return checks;
  checks.push(...copyChecks(label, kind, url, expected, await servedHash(url)));
  return checks;
}

/** The languages the page offers: its switcher's links (hreflang), else the page's own lang. */
function offeredLanguages(html: string): string[] {
  const nav = /<nav id="languages"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  const codes = [...nav.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]!);
  return codes.length ? codes : [/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en'];
}

/**
 * Compare the form served at `base` with the one this checkout builds — in every language the
 * server offers, with each language's catalogue — and, given the campaign key's fingerprint
 * (normalised, see normaliseFingerprint), check the key it serves.
 */
export async function verifyForm(base: string, options: { fingerprint?: string } = {}): Promise<Check[]> {
  let root: URL;
  try {
    root = new URL('/', base);
  } catch {
    throw new VerifyError(`not a URL: ${base}`);
  }
  const local = await bundleClient();
  const built = await bundleCatalogues();
  const catalogues = new Map(built.map((c) => [c.language.code as string, c.language]));
  const index = catalogueIndex(built);
  // Each asset is fetched once, however many pages name it.
  const hashes = new Map<string, Promise<ServedCopy[]>>();
  const servedHash = (url: URL): Promise<ServedCopy[]> => {
    if (!hashes.has(url.href)) hashes.set(url.href, servedCopies(url));
    return hashes.get(url.href)!;
  };

  const { checks, html } = await pageChecks(root, root, '', local, servedHash);
  // Every other language's page: one line when all its checks pass, each failure otherwise.
  const offered = offeredLanguages(html);
  for (const code of offered) {
    if (!catalogues.has(code)) {
      checks.push({ ok: false, what: `the server offers a language this build does not have: ${JSON.stringify(code.slice(0, 20))}` });
      continue;
    }
    const label = `/?lang=${code}: `;
    const pageUrl = new URL(`/?lang=${encodeURIComponent(code)}`, root);
    const page = await pageChecks(root, pageUrl, label, local, servedHash);
    const expected = catalogues.get(code)!;
    const catalogue = /<html\b[^>]*>/i.exec(page.html)?.[0] ?? '';
    const catalogueChecks = await assetChecks(
      root,
      label,
      `${code} catalogue`,
      attr(catalogue, 'data-catalogue') ?? '',
      attr(catalogue, 'data-integrity') ?? '',
      expected.integrity,
      servedHash,
    );
    // The language index the switcher uses (which names every catalogue): this build's.
    catalogueChecks.push(
      ...(await assetChecks(
        root,
        label,
        'language index',
        attr(catalogue, 'data-languages') ?? '',
        attr(catalogue, 'data-languages-integrity') ?? '',
        index.integrity,
        servedHash,
      )),
    );
    const all = [...page.checks, ...catalogueChecks];
    const failed = all.filter((c) => !c.ok);
    checks.push(
      ...(failed.length
        ? failed
        : [{ ok: true, what: `${label}the page, its script, stylesheet and CSP, the ${code} catalogue and the language index are this build's` }]),
    );
  }
  if (offered.length > 1) checks.push({ ok: true, what: `checked the form in ${offered.length} languages: ${offered.join(', ')}` });

  // The proof-of-work worker and the parts loaded when used: the script names them (covered by
  // the script's check; the parts also carry SRI), and what the server serves under each name is
  // compared here, with each language's words for the parts (named by its catalogue) and its
  // form markup (named by the language index).
  const later = [
    { kind: 'worker', file: local.worker.file, integrity: local.worker.integrity },
    ...local.parts.map((p) => ({ kind: `${p.name} part`, file: p.file, integrity: p.integrity })),
    ...offered.flatMap((code) => {
      const language = catalogues.get(code);
      if (!language) return [];
      const parts = Object.entries(language.parts).map(([name, ref]) => ({ kind: `${code} words of the ${name} part`, ...ref }));
      return [{ kind: `${code} form markup (for a change of language)`, ...language.form }, ...parts];
    }),
  ];
  const laterChecks = [];
  for (const { kind, file, integrity } of later) {
    const url = new URL(`/assets/${file}`, root);
    laterChecks.push(...copyChecks('', kind, url, integrity, await servedHash(url)));
  }
  const laterFailed = laterChecks.filter((c) => !c.ok);
  checks.push(
    ...(laterFailed.length
      ? laterFailed
      : [
          {
            ok: true,
            what: `the proof-of-work worker, the ${local.parts.map((p) => p.name).join(' and ')} parts, their words and each language's form markup (${later.length} files) are this build's`,
          },
        ]),
  );
  if (options.fingerprint) checks.push(...pageKeyChecks(html, options.fingerprint), ...(await campaignKeyChecks(root, options.fingerprint)));
  checks.push(...(await replyPageChecks(root, html, offered, local, servedHash, options.fingerprint)));
  return checks;
}

/**
 * The /reply page, when the form links to it (docs/replies.md): in every offered language, its
 * own script (client/reply-page.ts, which derives the reply key and opens replies), the form's
 * stylesheet and CSP, and — given the fingerprint — the keys it checks replies and seals answers with.
 */
async function replyPageChecks(
  root: URL,
  formHtml: string,
  offered: string[],
  local: ClientBundle,
  servedHash: (url: URL) => Promise<ServedCopy[]>,
  fingerprint?: string,
): Promise<Check[]> {
  if (!/\sid="reply-link"/.test(formHtml)) return [];
  const script = await bundleReplyPage(`/assets/${local.worker.file}`);
  const failed: Check[] = [];
  for (const code of offered) {
    const label = `/reply?lang=${code}: `;
    const page = await pageChecks(root, new URL(`/reply?lang=${encodeURIComponent(code)}`, root), label, { ...local, script }, servedHash);
    failed.push(...page.checks, ...(fingerprint ? pageKeyChecks(page.html, fingerprint, 'reply') : []));
  }
  const bad = failed.filter((c) => !c.ok);
  const keys = fingerprint ? ' and the campaign key' : '';
  return bad.length
    ? bad
    : [{ ok: true, what: `/reply in ${offered.length} language(s): the page, its script ${script.file}, stylesheet and CSP${keys} are this build's` }];
}

/**
 * Check that a live server serves the witness form this checkout builds, byte for byte.
 *
 * The threat: an operator (or whoever controls the server) serving altered JavaScript that
 * leaks answers before they are sealed. No web form can prevent that, but the build is
 * reproducible, so anyone with the source can rebuild it and compare what the server sends:
 * the page must load exactly one script and one stylesheet, with the SRI hashes of our build,
 * the files must hash to those values, and the CSP must forbid inline and foreign scripts.
 * This checks what the server sends to *this* request; a server that targets one visitor can
 * still serve them something else (docs/threat-model.md).
 */
import { createHash } from 'node:crypto';
import { bundleClient } from './form-build.js';
import { fromBase64 } from '../../protocol/base64.js';
import { campaignFingerprint, keyId } from '../../protocol/envelope.js';

export interface Check {
  ok: boolean;
  what: string;
}

export class VerifyError extends Error {}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];

const sri = (bytes: Uint8Array) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

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
  const bytes = (value: unknown): Uint8Array | null => {
    try {
      const decoded = typeof value === 'string' ? fromBase64(value) : null;
      return decoded?.length === 32 ? decoded : null;
    } catch {
      return null;
    }
  };
  const key = bytes(body?.publicKey);
  const signing = body?.replySigningKey === undefined || body.replySigningKey === null ? undefined : bytes(body.replySigningKey);
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

/**
 * Compare the form served at `base` with the one this checkout builds and, given the campaign
 * key's fingerprint (normalised, see normaliseFingerprint), check the key it serves.
 */
export async function verifyForm(base: string, options: { fingerprint?: string } = {}): Promise<Check[]> {
  let root: URL;
  try {
    root = new URL('/', base);
  } catch {
    throw new VerifyError(`not a URL: ${base}`);
  }
  const local = await bundleClient();
  const page = await get(root);
  const html = await page.text();
  const checks: Check[] = [];

  const csp = page.headers.get('content-security-policy') ?? '';
  const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1]?.trim();
  checks.push({ ok: scriptSrc === "'self'", what: `Content-Security-Policy script-src is 'self' only (served: ${scriptSrc ?? 'none'})` });

  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  checks.push({ ok: scripts.length === 1, what: `the page loads exactly one script (found ${scripts.length})` });
  const stylesheets = (html.match(/<link\b[^>]*>/gi) ?? []).filter((t) => /rel\s*=\s*"stylesheet"/i.test(t));
  checks.push({ ok: stylesheets.length === 1, what: `the page loads exactly one stylesheet (found ${stylesheets.length})` });
  checks.push({ ok: !/<style\b|\son[a-z]+\s*=|javascript:/i.test(html), what: 'no inline style, event handler or javascript: URL' });

  const assets = [
    { kind: 'script', tag: scripts[0], urlAttr: 'src', expected: local.script },
    { kind: 'stylesheet', tag: stylesheets[0], urlAttr: 'href', expected: local.style },
  ];
  for (const { kind, tag, urlAttr, expected } of assets) {
    if (!tag) continue;
    const src = attr(tag, urlAttr) ?? '';
    const integrity = attr(tag, 'integrity') ?? '';
    const url = new URL(src, root);
    checks.push({ ok: url.origin === root.origin, what: `the ${kind} comes from the same site (${url.origin})` });
    checks.push({ ok: integrity === expected.integrity, what: `the ${kind}'s integrity attribute matches this build (${expected.integrity.slice(0, 23)}…)` });
    if (url.origin !== root.origin) continue;
    const served = sri(new Uint8Array(await (await get(url)).arrayBuffer()));
    checks.push({
      ok: served === expected.integrity,
      what: `the served ${kind} ${src} hashes to this build's ${expected.integrity.slice(0, 23)}…${served === expected.integrity ? '' : ` (served: ${served.slice(0, 23)}…)`}`,
    });
  }
  // The proof-of-work worker: the script names it (covered by the script's check), but a worker
  // has no SRI, so what the server serves under that name is compared here.
  const workerUrl = new URL(`/assets/${local.worker.file}`, root);
  const workerServed = sri(new Uint8Array(await (await get(workerUrl)).arrayBuffer()));
  checks.push({
    ok: workerServed === local.worker.integrity,
    what: `the served worker ${workerUrl.pathname} hashes to this build's ${local.worker.integrity.slice(0, 23)}…${workerServed === local.worker.integrity ? '' : ` (served: ${workerServed.slice(0, 23)}…)`}`,
  });
  const workerSrc = /(?:^|;)\s*worker-src ([^;]*)/.exec(csp)?.[1]?.trim();
  checks.push({ ok: workerSrc === "'self'", what: `Content-Security-Policy worker-src is 'self' only (served: ${workerSrc ?? 'none'})` });
  if (options.fingerprint) checks.push(...(await campaignKeyChecks(root, options.fingerprint)));
  return checks;
}

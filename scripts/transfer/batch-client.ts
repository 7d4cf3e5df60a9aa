/**
 * The HTTP side of fetch: the server's base URL checked, requests signed with the analyst key,
 * the server's refusals turned into messages, and one page of batch lines checked before any of
 * it is kept (the batches endpoint's paths, headers and formats are protocol/batch-file.ts's).
 */
import { parseBatchLine, type BatchLine } from '../../protocol/batch-file.js';
import { parseEnvelope, type Envelope } from '../../protocol/envelope-schema.js';
import { signRequest } from '../../protocol/node/request-signing.js';
import type { AnalystSigner } from './analyst-signer.js';
import { FetchError } from './fetch-error.js';

export type SignedRequest = (method: 'GET' | 'POST', path: string, query: string, body?: string) => Promise<Response>;

/** The base URL, checked: HTTPS, except loopback and .onion (Tor encrypts) addresses. Returned without trailing slash. */
export function checkServerUrl(server: string): string {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new FetchError(`--server ${server} is not a URL; give e.g. https://report.example.org`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.hostname.endsWith('.onion');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new FetchError(`--server must use https:// (plain http is allowed only for 127.0.0.1, localhost and .onion addresses)`);
  }
  if (url.username || url.password || url.search || url.hash) throw new FetchError('--server must be a plain base URL, without user, query or fragment');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Check --server before the passphrase is asked: it has a scheme, something answers at its host
 * and port, and a scanwitness server answers /healthz under it (a wrong path or port says so
 * plainly, not as a 404 or "run fetch again" after the passphrase). Returns the base URL.
 */
export async function probeServer(server: string, doFetch: typeof fetch = fetch): Promise<string> {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(server)) {
    throw new FetchError(`--server ${server} has no scheme: give https://${server} (or http://${server} for a server on this machine: 127.0.0.1 or localhost)`);
  }
  const base = checkServerUrl(server);
  const url = new URL(base);
  const where = `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
  let res: Response;
  try {
    res = await doFetch(`${base}/healthz`, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  } catch (e) {
    const code = ((e as Error).cause as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ECONNREFUSED')
      throw new FetchError(
        `nothing answers at ${where} (connection refused): check the port in --server — the server prints "serving http://…" when it starts — and that it is running`,
      );
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
      throw new FetchError(`cannot find the host ${url.hostname}: check the spelling of --server, and that this machine is online`);
    if ((e as Error).name === 'TimeoutError') throw new FetchError(`no answer from ${where} within 15 s: check --server, and that the server is running`);
    throw new FetchError(`cannot reach ${base}: ${code ?? (e as Error).message}; check --server`);
  }
  await res.arrayBuffer().catch(() => undefined);
  if (res.status === 200 || res.status === 503) return base;
  const path = url.pathname.replace(/\/+$/, '');
  if (res.status === 404 && path !== '')
    throw new FetchError(
      `no scanwitness server answers under the path ${path} of ${url.origin} (${base}/healthz: 404): give the address without a path, --server ${url.origin}`,
    );
  throw new FetchError(
    `${base} is not a scanwitness server, or its reverse proxy does not pass requests on (${base}/healthz answered HTTP ${res.status}): check --server`,
  );
}

function apiUrl(base: string, path: string, query = ''): string {
  return `${base}${path}${query ? `?${query}` : ''}`;
}

export async function serverError(res: Response): Promise<FetchError> {
  let code = 'error';
  let message = `HTTP ${res.status}`;
  try {
    const body = (await res.json()) as { error?: string; message?: string };
    code = body.error ?? code;
    message = body.message ?? message;
  } catch {
    // not our server's JSON error; the status says enough
  }
  // The server's message already says what to do about the clock, the origin and a restart.
  const hint =
    res.status === 401 && (code === 'unknown_analyst_key' || code === 'bad_signature' || code === 'signature_required')
      ? '\nCheck that the operator put your analyst.pub in ANALYST_PUBLIC_KEY_FILES (compare fingerprints) and that --server is right.'
      : '';
  return new FetchError(`the server refused (${res.status} ${code}): ${message}${hint}`);
}

/** Parse and check one page of NDJSON. Throws FetchError on anything off: nothing from a bad page is kept. */
export function parsePage(text: string, expectedCount: number, limit: number): BatchLine[] {
  if (expectedCount === 0) {
    if (text !== '') throw new FetchError('the server sent data with a count of 0');
    return [];
  }
  if (!text.endsWith('\n')) throw new FetchError('the batch ended mid-line (connection cut?); nothing from it was saved — run fetch again');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length !== expectedCount)
    throw new FetchError(`the server announced ${expectedCount} envelopes but sent ${lines.length}; nothing from it was saved — run fetch again`);
  if (lines.length > limit) throw new FetchError(`the server sent ${lines.length} envelopes, more than the ${limit} asked for`);
  const seen = new Set<number>();
  return lines.map((line, i) => {
    const parsed = parseBatchLine(line);
    if (!parsed.ok) {
      if (parsed.problem === 'not_json') throw new FetchError(`line ${i + 1} of the batch is not JSON`);
      if (parsed.problem === 'not_object' || parsed.problem === 'unexpected_field')
        throw new FetchError(`line ${i + 1} of the batch is not {id, receivedOn, envelope}`);
      if (parsed.problem === 'invalid_id') throw new FetchError(`line ${i + 1}: id is not a whole number`);
      throw new FetchError(`line ${i + 1}: receivedOn is not YYYY-MM-DD`);
    }
    const { id, receivedOn } = parsed;
    if (parsed.envelope === undefined) throw new FetchError(`line ${i + 1} of the batch is not {id, receivedOn, envelope}`);
    if (seen.has(id)) throw new FetchError(`line ${i + 1}: id ${id} comes twice in one batch`);
    let envelope: Envelope;
    try {
      envelope = parseEnvelope(parsed.envelope);
    } catch (e) {
      throw new FetchError(`line ${i + 1} (id ${id}): not a valid envelope: ${(e as Error).message}`);
    }
    seen.add(id);
    return { id, receivedOn, envelope };
  });
}

/** Requests signed with the analyst key; a network failure becomes a FetchError that says nothing saved is lost. */
export function signedRequester(base: string, signer: AnalystSigner, now: () => Date, doFetch: typeof fetch): SignedRequest {
  return async (method, path, query, body) => {
    const headers = signRequest({ origin: base, method, path, query, body }, signer, { now: now() });
    try {
      return await doFetch(apiUrl(base, path, query), {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(120_000),
      });
    } catch (e) {
      throw new FetchError(
        `cannot reach ${base}: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}; what is saved stays saved — run fetch again`,
      );
    }
  };
}

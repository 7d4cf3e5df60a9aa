/**
 * The operator guide's reverse-proxy recipes (docs/operator-guide.md, "Reverse proxy and onion
 * service"), run as written with Debian's nginx and Caddy in front of a test server. Only what a
 * test machine must differ in is changed: the port it listens on, the app's port, nginx's
 * certificate (self-signed, made here; certbot adds these lines on a real server) and file paths,
 * Caddy's site name (a real one would fetch a certificate). Every log either proxy writes goes to
 * a file or string the test can search, at the most verbose level the proxy's own defaults
 * would allow, so a recipe that stops silencing a log fails the test.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GUIDE = new URL('../../docs/operator-guide.md', import.meta.url);

/** The code block that follows `<!-- recipe: NAME -->` in the operator guide. */
export function operatorRecipe(name: 'nginx' | 'caddy'): string {
  const guide = readFileSync(GUIDE, 'utf8');
  const at = guide.indexOf(`<!-- recipe: ${name} -->`);
  if (at < 0) throw new Error(`docs/operator-guide.md has no <!-- recipe: ${name} --> marker`);
  const block = /```[a-z]*\n([\s\S]*?)```/.exec(guide.slice(at));
  if (!block) throw new Error(`no code block after the ${name} recipe's marker`);
  return block[1]!;
}

function replaceOnce(text: string, from: string, to: string, what: string): string {
  if (!text.includes(from)) throw new Error(`the recipe no longer has ${what} (${from}): update tests/helpers/proxy.ts`);
  return text.replace(from, to);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, proxy: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (proxy.exitCode !== null) throw new Error(`the proxy stopped: ${output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: 'HEAD', path: '/' }, () => resolve(true));
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code !== 'ECONNREFUSED'));
      req.end();
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the proxy did not listen on ${port}: ${output()}`);
}

export interface RunningProxy {
  /** Where a witness would connect (https for nginx, http for Caddy here). */
  url: string;
  /** Everything the proxy wrote to any log, and to its output. */
  logs(): string;
  close(): Promise<void>;
}

function stop(proxy: ChildProcess): Promise<void> {
  if (proxy.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proxy.once('exit', () => resolve());
    proxy.kill('SIGTERM');
  });
}

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? 'nginx';

/** nginx with the guide's server block, its main and http-level logs in files at `info`. */
export async function startNginx(recipe: string, upstreamPort: number): Promise<RunningProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'scanwitness-nginx-'));
  mkdirSync(join(dir, 'logs'));
  // nginx started as root runs its workers as nobody: they buffer large bodies (a photo chunk) here.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'temp'), { mode: 0o777 });
  chmodSync(join(dir, 'temp'), 0o777);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=report.example.org',
      '-days',
      '2',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const port = await freePort();
  let server = replaceOnce(
    recipe,
    'listen 443 ssl;',
    `listen 127.0.0.1:${port} ssl;\n    ssl_certificate ${dir}/cert.pem;\n    ssl_certificate_key ${dir}/key.pem;`,
    'the https listener',
  );
  server = replaceOnce(server, 'proxy_pass http://127.0.0.1:3000;', `proxy_pass http://127.0.0.1:${upstreamPort};`, "the app's address");
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/temp/${t};`).join('\n  ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/logs/error.log info;\nevents {}\nhttp {\n  access_log ${dir}/logs/access.log;\n  ${temp}\n${server}\n}\n`,
  );
  let output = '';
  const proxy = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'logs', 'startup.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  proxy.stdout!.on('data', (d) => (output += d));
  proxy.stderr!.on('data', (d) => (output += d));
  const logs = () =>
    output +
    readdirSync(join(dir, 'logs'))
      .map((f) => readFileSync(join(dir, 'logs', f), 'utf8'))
      .join('\n');
  await waitForPort(port, proxy, logs);
  return {
    url: `https://127.0.0.1:${port}`,
    logs,
    async close() {
      await stop(proxy);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Caddy with the guide's Caddyfile; its admin endpoint off (tests run side by side). */
export async function startCaddy(recipe: string, upstreamPort: number): Promise<RunningProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'scanwitness-caddy-'));
  const port = await freePort();
  let caddyfile = replaceOnce(recipe, 'report.example.org {', `http://127.0.0.1:${port} {`, 'the site address');
  caddyfile = replaceOnce(caddyfile, 'reverse_proxy 127.0.0.1:3000', `reverse_proxy 127.0.0.1:${upstreamPort}`, "the app's address");
  caddyfile = caddyfile.trimStart().startsWith('{') ? caddyfile.replace('{', '{\n\tadmin off') : `{\n\tadmin off\n}\n\n${caddyfile}`;
  writeFileSync(join(dir, 'Caddyfile'), caddyfile);
  let output = '';
  const proxy = spawn('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, HOME: dir, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config') },
  });
  proxy.stdout!.on('data', (d) => (output += d));
  proxy.stderr!.on('data', (d) => (output += d));
  await waitForPort(port, proxy, () => output);
  return {
    url: `http://127.0.0.1:${port}`,
    logs: () => output,
    async close() {
      await stop(proxy);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request as a witness's browser would send it (the test's certificate is self-signed). */
export function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: Uint8Array | string } = {}): Promise<Answer> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(target, { method: options.method ?? 'GET', headers: options.headers ?? {}, rejectUnauthorized: false, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

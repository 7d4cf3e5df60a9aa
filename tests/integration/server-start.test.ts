/**
 * `npm start`'s server process as an operator meets it: demo mode on a fresh machine,
 * refusal in production without a key, graceful SIGTERM, a port in use, slow clients.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { generateCampaignKeyPair } from '../../protocol/envelope.js';
import { generateAnalystKeyPair } from '../../protocol/node/request-signing.js';
import { makePublicKeyFile, makeSecretKeyFile } from '../../protocol/node/key-files.js';

let dir: string;
let child: ServerProcess['proc'] | undefined;

function start(env: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-start-'));
  const s = startServerProcess({ DATA_DIR: dir, ...env });
  child = s.proc;
  return s;
}

afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('server start-up', () => {
  it('demo mode: makes a demo key pair (secret 0600), says so loudly, serves demo: true, stops cleanly on SIGTERM', async () => {
    const s = start({});
    const url = await s.url;
    expect(s.output().stderr).toContain('DEMO MODE');
    expect(statSync(join(dir, 'demo/campaign.key')).mode & 0o777).toBe(0o600);
    const pub = JSON.parse(readFileSync(join(dir, 'demo/campaign.pub'), 'utf8')) as { kid: string };
    const campaign = (await (await fetch(`${url}/api/campaign`)).json()) as { demo: boolean; kid: string };
    expect(campaign).toMatchObject({ demo: true, kid: pub.kid });
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form');
    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('production without a campaign key: refuses to start and says how to make one', async () => {
    const s = start({ NODE_ENV: 'production' });
    await expect(s.url).rejects.toThrow();
    expect(await s.exited).toBe(1);
    expect(s.output().stderr).toContain('npm run keygen');
    expect(s.output().stderr).toContain('CAMPAIGN_PUBLIC_KEY_FILES');
  });

  it('bad configuration: lists every bad variable at once', async () => {
    const s = start({ PORT: 'eighty', EXIT_URL: 'javascript:alert(1)' });
    await expect(s.url).rejects.toThrow();
    expect(await s.exited).toBe(1);
    expect(s.output().stderr).toContain('PORT');
    expect(s.output().stderr).toContain('EXIT_URL');
  });

  it('port in use: one line naming the port, exit 1, nothing created (no demo key, no database)', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const s = start({ PORT: String(port) });
      expect(await s.exited).toBe(1);
      const { stdout, stderr } = s.output();
      expect(stderr).toBe(
        `scanwitness: port ${port} on 127.0.0.1 is already in use (another scanwitness, or another program); stop it or set PORT to a free port\n`,
      );
      expect(stdout).toBe('');
      expect(readdirSync(dir)).toEqual([]); // no demo/ key pair, no database
      expect(existsSync(join(dir, 'demo'))).toBe(false);
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()));
    }
  });

  it('a slow request body is cut off after HTTP_REQUEST_TIMEOUT_SECONDS (408), not held for minutes', async () => {
    const s = start({ HTTP_REQUEST_TIMEOUT_SECONDS: '2', HTTP_HEADERS_TIMEOUT_SECONDS: '1' });
    const url = new URL(await s.url);
    const socket: Socket = connect(Number(url.port), url.hostname);
    let received = '';
    socket.on('data', (d) => (received += d.toString('latin1')));
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now())));
    await new Promise<void>((r) => socket.once('connect', () => r()));
    const began = Date.now();
    // Headers announce 2000 bytes of body; 10 arrive, then one byte a second (a trickle that an
    // idle-socket timeout alone would never end).
    socket.write(`POST /api/reports HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n{"v":1,"ki`);
    const trickle = setInterval(() => socket.writable && socket.write('x'), 1000);
    try {
      const end = await closed;
      expect(received).toMatch(/^HTTP\/1\.1 408 /);
      // Closed by the server's own timeout: within a few seconds of the configured 2, nowhere near Node's 300.
      expect(end - began).toBeLessThan(15_000);
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
  });

  it('timeouts: the headers timeout may not exceed the request timeout', async () => {
    const s = start({ HTTP_HEADERS_TIMEOUT_SECONDS: '90', HTTP_REQUEST_TIMEOUT_SECONDS: '60' });
    expect(await s.exited).toBe(1);
    expect(s.output().stderr).toContain('HTTP_HEADERS_TIMEOUT_SECONDS: must not exceed HTTP_REQUEST_TIMEOUT_SECONDS');
  });

  it('reads the settings file SETTINGS_FILE names and says so, with the mode, in one line', async () => {
    const settingsDir = mkdtempSync(join(tmpdir(), 'scanwitness-settings-'));
    try {
      const file = join(settingsDir, 'scanwitness.env');
      writeFileSync(file, "CAMPAIGN_NAME='Stop the Scan Leeds'\nKEY_FINGERPRINT_PUBLISHED_AT=https://campaign.example.org/key\n");
      const s = start({ SETTINGS_FILE: file });
      const url = await s.url;
      expect(s.output().stdout).toContain(`scanwitness: settings from ${file} (2 value(s)); mode: demo\n`);
      const campaign = (await (await fetch(`${url}/api/campaign`)).json()) as { name: string; keyFingerprintPublishedAt: string };
      expect(campaign.name).toBe('Stop the Scan Leeds (demo)');
      expect(JSON.stringify(campaign)).toContain('https://campaign.example.org/key');
      await s.stop();
      // A bad value in the file: the error says which file the settings came from.
      rmSync(dir, { recursive: true, force: true });
      writeFileSync(file, 'EXIT_URL=javascript:alert(1)\n');
      const bad = start({ SETTINGS_FILE: file });
      expect(await bad.exited).toBe(1);
      expect(bad.output().stderr).toContain(`scanwitness: settings from ${file} (1 value(s))\nscanwitness: invalid configuration:\n  - EXIT_URL`);
    } finally {
      rmSync(settingsDir, { recursive: true, force: true });
    }
  });

  it('a SETTINGS_FILE that does not exist stops the start with one line', async () => {
    const s = start({ SETTINGS_FILE: '/nonexistent/scanwitness.env' });
    expect(await s.exited).toBe(1);
    expect(s.output().stderr).toMatch(/^scanwitness: SETTINGS_FILE=\/nonexistent\/scanwitness.env: no such file\. Copy \.env\.example there/);
  });

  it.each([
    ['CAMPAIGN_PUBLIC_KEY_FILES', 'campaign'],
    ['ANALYST_PUBLIC_KEY_FILES', 'analyst'],
  ] as const)('a secret key in %s stops the start: says what it is and what to do', async (variable, kind) => {
    dir = mkdtempSync(join(tmpdir(), 'scanwitness-start-'));
    const campaign = generateCampaignKeyPair();
    const analyst = generateAnalystKeyPair();
    const files = {
      'campaign.pub': makePublicKeyFile('campaign-encryption', campaign.publicKey),
      'campaign.key': await makeSecretKeyFile('campaign-encryption', campaign.publicKey, campaign.secretKey, null),
      'analyst.key': await makeSecretKeyFile('analyst-signing', analyst.publicKey, analyst.secretKey, null),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(content));
    const secret = join(dir, `${kind}.key`);
    const s = startServerProcess({
      DATA_DIR: dir,
      CAMPAIGN_PUBLIC_KEY_FILES: kind === 'campaign' ? secret : join(dir, 'campaign.pub'),
      ...(kind === 'analyst' ? { ANALYST_PUBLIC_KEY_FILES: secret } : {}),
    });
    child = s.proc;
    expect(await s.exited).toBe(1);
    const { stderr } = s.output();
    expect(stderr).toContain(`${variable} names ${secret}, which is a SECRET key file, not a public key`);
    expect(stderr).toContain(`delete ${secret} from this machine`);
    expect(stderr).toContain('keep the secret key offline');
    expect(stderr).toContain(`(${kind}.pub)`);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});

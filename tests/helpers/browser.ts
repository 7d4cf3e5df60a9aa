/**
 * Launch Debian's Chromium headless through playwright-core. Never downloads a browser;
 * a missing browser fails the test with a message saying how to install it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { makeTestServer, type TestServer } from './server.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `extraArgs`: more Chromium switches (e.g. --host-resolver-rules to reach 127.0.0.1 under a name that is not a secure context). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: run \`sudo apt-get install -y chromium\` (npm test does this when run as root) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * What a browser test file shares: one Chromium for the file, and the test servers a test
 * makes (serve()), each closed after the test. Registers the hooks; call once at module level.
 */
export function browserAndServer(): { readonly browser: Browser; serve(...args: Parameters<typeof makeTestServer>): TestServer } {
  let browser: Browser | undefined;
  const servers: TestServer[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    serve(...args) {
      const server = makeTestServer(...args);
      servers.push(server);
      return server;
    },
  };
}

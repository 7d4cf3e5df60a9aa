/**
 * A key file whose scrypt parameters, salt, iv or other fields were damaged (a bad copy, a
 * hand edit) gives one line naming the file and the field and a non-zero exit — through the
 * real CLIs — instead of "unexpected error" and a stack trace from inside scrypt.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCampaignKeyPair } from '../../protocol/envelope.js';
import { makeSecretKeyFile, readSecretKeyFile, type SecretKeyFile } from '../../protocol/node/key-files.js';
import { generateAnalystKeyPair } from '../../protocol/node/request-signing.js';

const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);
const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASS = 'a passphrase for the damage test';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-keydamage-'));
  writeFileSync(join(dir, 'pass'), `${PASS}\n`, { mode: 0o600 });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Json = Record<string, unknown>;
const damages: [field: string, damage: (f: Json & { kdf: Json }) => void][] = [
  ['kdf.N', (f) => (f.kdf.N = 1000)],
  ['kdf.N', (f) => (f.kdf.N = 2 ** 40)],
  ['kdf.N', (f) => (f.kdf.N = '131072')],
  ['kdf.r', (f) => (f.kdf.r = 0)],
  ['kdf.r', (f) => (f.kdf.r = 1e6)],
  ['kdf.p', (f) => (f.kdf.p = -1)],
  ['kdf.salt', (f) => (f.kdf.salt = 'not base64!')],
  ['kdf.salt', (f) => (f.kdf.salt = 'AAAA')],
  ['kdf.name', (f) => (f.kdf.name = 'argon2id')],
  ['kdf', (f) => delete (f as Json).kdf],
  ['iv', (f) => (f.iv = 'AAAA')],
  ['cipher', (f) => (f.cipher = 'aes-128-cbc')],
  ['ciphertext', (f) => (f.ciphertext = (f.ciphertext as string).slice(8))],
  ['publicKey', (f) => (f.publicKey = 'AAAA')],
  ['kid', (f) => (f.kid = 'XYZ')],
];

async function damagedFile(name: string, use: 'campaign-encryption' | 'analyst-signing', damage: (f: Json & { kdf: Json }) => void): Promise<string> {
  const pair = use === 'campaign-encryption' ? generateCampaignKeyPair() : generateAnalystKeyPair();
  const file = (await makeSecretKeyFile(use, pair.publicKey, pair.secretKey, PASS, FAST)) as unknown as Json & { kdf: Json };
  damage(file);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(file as unknown as SecretKeyFile), { mode: 0o600 });
  return path;
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', ...args], { cwd: root, encoding: 'utf8' });
    return { code: 0, ...r };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function expectOneLine(stderr: string, path: string, field: string) {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toContain(path);
  expect(stderr).toContain(`field "${field}" is damaged`);
  expect(stderr).not.toMatch(/unexpected error|\n\s+at /);
}

describe('damaged key file fields', () => {
  it('each is refused on reading, naming the field', async () => {
    for (const [field, damage] of damages) {
      const path = await damagedFile(`${field}.key`, 'campaign-encryption', damage);
      await expect(readSecretKeyFile(path), field).rejects.toThrow(`${path}: field "${field}" is damaged`);
    }
  });

  it('npm run decrypt: one line naming the file and the field, exit 1', async () => {
    const path = await damagedFile('campaign.key', 'campaign-encryption', (f) => (f.kdf.N = 1000));
    const batch = join(dir, 'batch.ndjson');
    writeFileSync(batch, '');
    const r = await cli(['scripts/decrypt.ts', '--key', path, '--passphrase-file', join(dir, 'pass'), '--out-dir', join(dir, 'out'), batch]);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, path, 'kdf.N');
  });

  it('npm run fetch: one line naming the file and the field, exit 1, before any network', async () => {
    const path = await damagedFile('analyst.key', 'analyst-signing', (f) => (f.kdf.salt = 'AAAA'));
    const r = await cli([
      'scripts/fetch.ts',
      '--server',
      'http://127.0.0.1:9',
      '--key',
      path,
      '--passphrase-file',
      join(dir, 'pass'),
      '--out',
      join(dir, 'batches'),
    ]);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, path, 'kdf.salt');
  });
});

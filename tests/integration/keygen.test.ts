import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateKeys } from '../../scripts/keys/keygen.js';
import { readPublicKeyFile, readSecretKeyFile, unlockSecretKeyFile } from '../../protocol/node/key-files.js';
import { campaignFingerprint, fingerprint, publicKeyFromSecretKey } from '../../protocol/envelope.js';
import { analystPublicKeyFromSeed } from '../../protocol/node/request-signing.js';

const run = promisify(execFile);
const PASS = 'correct horse battery staple';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-keygen-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function keygen(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/keygen.ts', ...args], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run keygen', () => {
  it('writes five files, secret halves 0600 and passphrase-encrypted, and prints fingerprints but no secret', async () => {
    writeFileSync(join(dir, 'pass'), `${PASS}\n`, { mode: 0o600 });
    const out = join(dir, 'keys');
    const r = await keygen(['--out', out, '--passphrase-file', join(dir, 'pass')]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['analyst.key', 'analyst.pub', 'campaign.key', 'campaign.pub', 'signing.key']);
    expect(statSync(out).mode & 0o777).toBe(0o700);
    for (const f of ['analyst.key', 'campaign.key', 'signing.key']) expect(statSync(join(out, f)).mode & 0o777).toBe(0o600);

    const campaignPub = await readPublicKeyFile(join(out, 'campaign.pub'));
    const analystPub = await readPublicKeyFile(join(out, 'analyst.pub'), 'analyst-signing');
    expect(campaignPub.file.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(r.stdout).toContain(campaignPub.file.fingerprint);
    expect(r.stdout).toContain(analystPub.file.fingerprint);
    expect(r.stdout).toContain('CAMPAIGN_PUBLIC_KEY_FILES');
    expect(r.stdout).toContain('ANALYST_PUBLIC_KEY_FILES');

    const campaignKey = await readSecretKeyFile(join(out, 'campaign.key'));
    expect(campaignKey.kdf).toMatchObject({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    const campaignSecret = await unlockSecretKeyFile(campaignKey, PASS);
    expect(Buffer.from(publicKeyFromSecretKey(campaignSecret)).equals(Buffer.from(campaignPub.publicKey))).toBe(true);
    const analystSecret = await unlockSecretKeyFile(await readSecretKeyFile(join(out, 'analyst.key'), 'analyst-signing'), PASS);
    expect(Buffer.from(analystPublicKeyFromSeed(analystSecret)).equals(Buffer.from(analystPub.publicKey))).toBe(true);
    // The reply signing key: passphrase-protected like the others, its public half in campaign.pub, under the fingerprint.
    const signingFile = await readSecretKeyFile(join(out, 'signing.key'), 'reply-signing');
    expect(signingFile.kdf).toMatchObject({ name: 'scrypt', N: 2 ** 17 });
    const signingSecret = await unlockSecretKeyFile(signingFile, PASS);
    expect(campaignPub.replySigningKey).toEqual(analystPublicKeyFromSeed(signingSecret));
    expect(campaignPub.file.fingerprint).toBe(campaignFingerprint(campaignPub.publicKey, campaignPub.replySigningKey));
    expect(campaignPub.file.fingerprint).not.toBe(fingerprint(campaignPub.publicKey));

    // No secret appears on stdout/stderr in any encoding we use.
    for (const secret of [campaignSecret, analystSecret, signingSecret]) {
      for (const text of [Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('hex')]) {
        expect(r.stdout + r.stderr).not.toContain(text);
      }
    }
    // The passphrase is not echoed either.
    expect(r.stdout + r.stderr).not.toContain(PASS);

    const again = await keygen(['--out', out, '--no-passphrase']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists — refusing to overwrite/);
    expect(readFileSync(join(out, 'campaign.key'), 'utf8')).toContain('"kdf"');
  });

  it('--no-passphrase warns loudly; --only makes one pair; a short passphrase is refused', async () => {
    const r = await keygen(['--out', join(dir, 'demo'), '--no-passphrase', '--only', 'analyst']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/UNENCRYPTED/);
    expect(readdirSync(join(dir, 'demo')).sort()).toEqual(['analyst.key', 'analyst.pub']);
    expect((await readSecretKeyFile(join(dir, 'demo', 'analyst.key'), 'analyst-signing')).kdf).toBeNull();

    await expect(generateKeys({ outDir: join(dir, 'weak'), passphrase: 'short' })).rejects.toThrow(/at least 12 characters/);
    expect(() => readdirSync(join(dir, 'weak'))).toThrow();
  });

  it('refuses without a terminal or passphrase file, and explains flags', async () => {
    const r = await keygen(['--out', join(dir, 'k')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--passphrase-file/);
    const help = await keygen(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run keygen/);
    const bad = await keygen(['--only', 'everything', '--no-passphrase']);
    expect(bad.code).toBe(2);
  });
});

import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  KeyFileError,
  makePublicKeyFile,
  makeSecretKeyFile,
  readPublicKeyFile,
  readSecretKeyFile,
  unlockSecretKeyFile,
} from '../../protocol/node/key-files.js';
import { writeNewPrivateFile, writeNewPublicFile } from '../../protocol/node/private-files.js';
import { analystPublicKeyFromSeed, generateAnalystKeyPair } from '../../protocol/node/request-signing.js';
import { generateCampaignKeyPair } from '../../protocol/envelope.js';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-keyfiles-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('analyst-signing key files', () => {
  it('round-trips an Ed25519 seed through a passphrase-encrypted file', async () => {
    const pair = generateAnalystKeyPair();
    const file = await makeSecretKeyFile('analyst-signing', pair.publicKey, pair.secretKey, 'a long enough passphrase', FAST);
    await writeNewPrivateFile(join(dir, 'analyst.key'), JSON.stringify(file));
    const read = await readSecretKeyFile(join(dir, 'analyst.key'), 'analyst-signing');
    const seed = await unlockSecretKeyFile(read, 'a long enough passphrase');
    expect(Buffer.from(seed).equals(Buffer.from(pair.secretKey))).toBe(true);
    expect(Buffer.from(analystPublicKeyFromSeed(seed)).equals(Buffer.from(pair.publicKey))).toBe(true);
    expect(statSync(join(dir, 'analyst.key')).mode & 0o777).toBe(0o600);
    await expect(unlockSecretKeyFile(read, 'wrong passphrase!!')).rejects.toMatchObject({ code: 'wrong_passphrase' });
  });

  it('refuses a campaign key where an analyst key is expected, and the reverse', async () => {
    const c = generateCampaignKeyPair();
    await writeNewPrivateFile(join(dir, 'campaign.key'), JSON.stringify(await makeSecretKeyFile('campaign-encryption', c.publicKey, c.secretKey, null)));
    await expect(readSecretKeyFile(join(dir, 'campaign.key'), 'analyst-signing')).rejects.toMatchObject({
      code: 'wrong_use',
      message: `${join(dir, 'campaign.key')} is the campaign's encryption key (campaign.key / campaign.pub: reports are sealed to it; decrypt and analyse use it), but an analyst's signing key (analyst.key / analyst.pub: fetch signs with it; the server lists it) is needed here`,
    });
    const a = generateAnalystKeyPair();
    await writeNewPublicFile(join(dir, 'analyst.pub'), JSON.stringify(makePublicKeyFile('analyst-signing', a.publicKey)));
    await expect(readPublicKeyFile(join(dir, 'analyst.pub'))).rejects.toMatchObject({ code: 'wrong_use' });
    expect((await readPublicKeyFile(join(dir, 'analyst.pub'), 'analyst-signing')).file.kid).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps the created date of a public key file and rejects a malformed one', async () => {
    const a = generateAnalystKeyPair();
    const created = new Date('2025-06-01T12:34:56.789Z');
    writeFileSync(join(dir, 'ok.pub'), JSON.stringify(makePublicKeyFile('campaign-encryption', a.publicKey, created)));
    const { file } = await readPublicKeyFile(join(dir, 'ok.pub'));
    expect(file.created).toBe('2025-06-01T12:34:56Z');
    writeFileSync(join(dir, 'bad.pub'), JSON.stringify({ ...makePublicKeyFile('campaign-encryption', a.publicKey), created: 'last tuesday' }));
    await expect(readPublicKeyFile(join(dir, 'bad.pub'))).rejects.toBeInstanceOf(KeyFileError);
  });

  it('never overwrites an existing file', async () => {
    await writeNewPrivateFile(join(dir, 'x.key'), 'first');
    await expect(writeNewPrivateFile(join(dir, 'x.key'), 'second')).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(writeNewPublicFile(join(dir, 'x.key'), 'second')).rejects.toMatchObject({ code: 'EEXIST' });
  });
});

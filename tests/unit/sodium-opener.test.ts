import { describe, expect, it } from 'vitest';
import { generateCampaignKeyPair, openSealedBytes, sealBytes } from '../../protocol/envelope.js';
import { loadSealer, loadSealOpener } from '../../protocol/node/sodium-opener.js';

describe('loadSealOpener', () => {
  const keyPair = generateCampaignKeyPair();
  const message = new Uint8Array(4096).map((_, i) => i % 251);

  it('uses sodium-native here, and it opens what tweetnacl sealed', () => {
    const { backend, open, fallbackReason } = loadSealOpener();
    expect(backend).toBe('sodium-native');
    expect(fallbackReason).toBeUndefined();
    expect(open(sealBytes(message, keyPair.publicKey), keyPair)).toEqual(message);
  });

  it('tweetnacl opens what libsodium sealed (same sealed box)', () => {
    const sealed = loadSealer('sodium-native').seal(message, keyPair.publicKey);
    expect(openSealedBytes(sealed, keyPair)).toEqual(message);
    expect(loadSealOpener('tweetnacl').open(sealed, keyPair)).toEqual(message);
  });

  it('returns null for a flipped byte, another key, or a short input — never throws', () => {
    const { open } = loadSealOpener('sodium-native');
    const sealed = sealBytes(message, keyPair.publicKey);
    const flipped = sealed.slice();
    flipped[200]! ^= 1;
    expect(open(flipped, keyPair)).toBeNull();
    expect(open(sealed, generateCampaignKeyPair())).toBeNull();
    expect(open(sealed.subarray(0, 40), keyPair)).toBeNull();
  });

  it('reuseOutput hands back one buffer per size, overwritten by the next open', () => {
    const { open } = loadSealOpener('sodium-native', { reuseOutput: true });
    const a = open(sealBytes(message, keyPair.publicKey), keyPair)!;
    const copy = a.slice();
    const b = open(sealBytes(new Uint8Array(4096), keyPair.publicKey), keyPair)!;
    expect(b).toBe(a);
    expect(copy).toEqual(message);
  });

  it("'tweetnacl' never loads the native module", () => {
    expect(loadSealOpener('tweetnacl').backend).toBe('tweetnacl');
  });
});

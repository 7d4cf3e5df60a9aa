import { describe, expect, it } from 'vitest';
import { NonceCache } from '../../server/analyst-auth.js';

describe('NonceCache (server side of replay protection)', () => {
  it('refuses a nonce seen before until it expires, then forgets it', () => {
    const cache = new NonceCache();
    expect(cache.checkAndRemember('k:a', 10_000, 0)).toBe(true);
    expect(cache.checkAndRemember('k:a', 10_000, 5_000)).toBe(false);
    expect(cache.checkAndRemember('k:b', 10_000, 5_000)).toBe(true);
    // After expiry the timestamp check refuses the old request anyway; the entry is pruned.
    expect(cache.checkAndRemember('k:c', 40_000, 20_001)).toBe(true);
    expect(cache.size).toBe(1);
  });

  it('refuses new nonces rather than forgetting live ones when full', () => {
    const cache = new NonceCache(2);
    expect(cache.checkAndRemember('a', 100_000, 0)).toBe(true);
    expect(cache.checkAndRemember('b', 100_000, 0)).toBe(true);
    expect(cache.checkAndRemember('c', 100_000, 1)).toBe('full');
    expect(cache.checkAndRemember('a', 100_000, 2)).toBe(false);
    expect(cache.checkAndRemember('c', 200_000, 100_001)).toBe(true);
  });
});

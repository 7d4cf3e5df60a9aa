import { createHash } from 'node:crypto';

/** Deterministic "randomness" for known-answer tests: SHA-256(label:counter) blocks. Never for real keys. */
export function deterministicRandom(label: string): (n: number) => Uint8Array {
  let counter = 0;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 32) {
      out.set(
        createHash('sha256')
          .update(`${label}:${counter++}`)
          .digest()
          .subarray(0, Math.min(32, n - i)),
        i,
      );
    }
    return out;
  };
}

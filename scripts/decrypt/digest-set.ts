/**
 * A set of 128-bit digests in typed arrays, for spotting duplicate envelopes in constant-ish
 * memory: 24 bytes a slot (16-byte digest + the first report's id), at most 75% full, so a
 * million envelopes take ~32 MB when the set is sized for them up front (any number of slots,
 * not only powers of two) — a JavaScript Set of a million hex strings takes ~100 MB more and
 * puts every entry on the garbage collector's books.
 *
 * 128 bits: two different envelopes share a prefix with probability ~n²/2¹²⁹ (≈10⁻²⁷ for a
 * million), so "duplicate" never hides a different report in practice.
 */
import { DIGEST_BYTES } from './open-line.js';

const WORDS = DIGEST_BYTES / 4;

export class DigestSet {
  private capacity: number;
  private keys: Uint32Array;
  // Float64: server ids are random integers up to 2^53 (docs/batch-transfer.md), exact in a double.
  private ids: Float64Array;
  private count = 0;

  constructor(initialCapacity = 1 << 16) {
    this.capacity = Math.max(16, Math.ceil(initialCapacity));
    this.keys = new Uint32Array(this.capacity * WORDS);
    this.ids = new Float64Array(this.capacity);
  }

  get size(): number {
    return this.count;
  }

  /**
   * Add `digest` (DIGEST_BYTES bytes at `offset`) for report `id`. Returns -1 when it is new,
   * or the id of the report that first had it.
   */
  addOrGet(digest: Uint8Array, offset: number, id: number): number {
    const view = new DataView(digest.buffer, digest.byteOffset + offset, DIGEST_BYTES);
    const w0 = view.getUint32(0, true);
    const w1 = view.getUint32(4, true);
    const w2 = view.getUint32(8, true);
    // All-zero words mark an empty slot; a real all-zero digest is nudged (probability 2⁻¹²⁸).
    const w3 = view.getUint32(12, true) || (w0 | w1 | w2 ? 0 : 1);
    let slot = w0 % this.capacity;
    for (;;) {
      const k = slot * WORDS;
      const keys = this.keys;
      if ((keys[k]! | keys[k + 1]! | keys[k + 2]! | keys[k + 3]!) === 0) break;
      if (keys[k] === w0 && keys[k + 1] === w1 && keys[k + 2] === w2 && keys[k + 3] === w3) return this.ids[slot]!;
      slot = slot + 1 === this.capacity ? 0 : slot + 1;
    }
    this.put(slot, w0, w1, w2, w3, id);
    this.count += 1;
    if (this.count * 4 > this.capacity * 3) this.grow();
    return -1;
  }

  private put(slot: number, w0: number, w1: number, w2: number, w3: number, id: number): void {
    const k = slot * WORDS;
    this.keys[k] = w0;
    this.keys[k + 1] = w1;
    this.keys[k + 2] = w2;
    this.keys[k + 3] = w3;
    this.ids[slot] = id;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    const oldCapacity = this.capacity;
    this.capacity *= 2;
    this.keys = new Uint32Array(this.capacity * WORDS);
    this.ids = new Float64Array(this.capacity);
    for (let s = 0; s < oldCapacity; s++) {
      const k = s * WORDS;
      const w0 = oldKeys[k]!;
      const w1 = oldKeys[k + 1]!;
      const w2 = oldKeys[k + 2]!;
      const w3 = oldKeys[k + 3]!;
      if ((w0 | w1 | w2 | w3) === 0) continue;
      let slot = w0 % this.capacity;
      while ((this.keys[slot * WORDS]! | this.keys[slot * WORDS + 1]! | this.keys[slot * WORDS + 2]! | this.keys[slot * WORDS + 3]!) !== 0) {
        slot = slot + 1 === this.capacity ? 0 : slot + 1;
      }
      this.put(slot, w0, w1, w2, w3, oldIds[s]!);
    }
  }
}

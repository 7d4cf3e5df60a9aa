import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBatches } from '../../scripts/decrypt/batch-reader.js';
import { DigestSet } from '../../scripts/decrypt/digest-set.js';
import { LINE_NO_NEWLINE, LINE_TOO_LONG, MAX_LINE_BYTES } from '../../scripts/decrypt/open-line.js';

const dir = mkdtempSync(join(tmpdir(), 'scanwitness-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lines(content: string, options = {}) {
  const path = join(dir, `f${Math.random()}`);
  writeFileSync(path, content);
  const out: { line: number; text: string; flags: number }[] = [];
  for await (const b of readBatches(path, options)) {
    b.flags.forEach((f, i) =>
      out.push({ line: b.lineNumbers[i]!, text: Buffer.from(b.bytes.subarray(b.offsets[2 * i], b.offsets[2 * i + 1])).toString(), flags: f }),
    );
  }
  return out;
}

describe('readBatches', () => {
  it('splits lines across tiny read buffers and batches, numbering lines and skipping blank ones', async () => {
    const got = await lines('alpha\n\nbeta\r\n   \ngamma-delta\nlast', { readBufferBytes: 3, maxLines: 2 });
    expect(got).toEqual([
      { line: 1, text: 'alpha', flags: 0 },
      { line: 3, text: 'beta\r', flags: 0 },
      { line: 5, text: 'gamma-delta', flags: 0 },
      { line: 6, text: 'last', flags: LINE_NO_NEWLINE },
    ]);
  });

  it('flags a line longer than any envelope without keeping it', async () => {
    const got = await lines(`a\n${'x'.repeat(MAX_LINE_BYTES + 10)}\nb\n`, { readBufferBytes: 4096 });
    expect(got).toEqual([
      { line: 1, text: 'a', flags: 0 },
      { line: 2, text: '', flags: LINE_TOO_LONG },
      { line: 3, text: 'b', flags: 0 },
    ]);
  });
});

describe('DigestSet', () => {
  it('finds repeats, returns the first id, and survives growing', () => {
    const set = new DigestSet(16);
    const digest = (n: number) => {
      const d = new Uint8Array(16);
      new DataView(d.buffer).setUint32(0, Math.imul(n, 2654435761) >>> 0);
      new DataView(d.buffer).setUint32(8, n);
      return d;
    };
    for (let n = 1; n <= 5000; n++) expect(set.addOrGet(digest(n), 0, n)).toBe(-1);
    expect(set.size).toBe(5000);
    for (let n = 1; n <= 5000; n += 499) expect(set.addOrGet(digest(n), 0, 99999)).toBe(n);
    expect(set.addOrGet(new Uint8Array(16), 0, 1)).toBe(-1);
    expect(set.addOrGet(new Uint8Array(16), 0, 2)).toBe(1);
  });
});

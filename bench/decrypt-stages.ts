/**
 * npm run bench:decrypt-stages [-- --lines 8000] — where decrypt's per-line time goes, stage by
 * stage, on one thread with the lines in memory: each pass does one more stage than the one
 * before (match the line, base64, open, parse, validate, NDJSON, CSV, dedup hash), so the
 * difference between passes is that stage's cost in context. Uses the same functions as
 * open-line.ts, on the bench:decrypt batch (made and cached by it if missing).
 *
 * What it answers: the ratio to the bare open of the steps the issue requires (read, open,
 * validate, write NDJSON + CSV), before threads, I/O or garbage collection of a real run.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromBase64Into } from '../protocol/base64.js';
import { unpad } from '../protocol/padding.js';
import { reportSchema } from '../protocol/report-schema.js';
import { loadSealOpener } from '../protocol/node/sodium-opener.js';
import { csvCells, csvRow } from '../scripts/decrypt/columns.js';
import { unlockKeys } from '../scripts/decrypt/keys.js';
import { matchWrittenLineStart, writeDecryptedLine, WRITTEN_LINE_END, WRITTEN_PREFIX_MAX } from '../protocol/batch-file.js';
import { DIGEST_BYTES, sha256 } from '../scripts/decrypt/open-line.js';
import { ensureFixture } from './lib/decrypt-fixture.js';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '8000' },
    cache: { type: 'string', default: join(tmpdir(), 'scanwitness-bench-decrypt') },
  },
  strict: true,
});
const count = Number(values.lines);
const fixture = await ensureFixture(values.cache, 100_000, (m) => process.stderr.write(`${m}\n`));
const [key] = await unlockKeys([fixture.keyPath], async () => '');
const keyPair = { publicKey: key!.publicKey, secretKey: key!.secretKey };

// The first `count` lines of the batch, as bytes, with their [start, end) offsets.
const bytes = Buffer.alloc(count * 96 * 1024);
const fd = openSync(fixture.batchPath, 'r');
const read = readSync(fd, bytes, 0, bytes.length, 0);
closeSync(fd);
const offsets: number[] = [];
for (let start = 0; offsets.length < 2 * count;) {
  const end = bytes.indexOf(0x0a, start);
  if (end === -1 || end >= read) break;
  offsets.push(start, end);
  start = end + 1;
}
const lines = offsets.length / 2;

const { open } = loadSealOpener('sodium-native', { reuseOutput: true });
const scratch = new Uint8Array(96 * 1024);
const utf8 = new TextDecoder('utf-8', { fatal: true });
const digest = new Uint8Array(DIGEST_BYTES);
let sink = 0;

const STAGES = [
  'match the batch line, `sealed` as a string',
  'base64 decode + canonical check',
  'crypto_box_seal_open (libsodium)',
  'unpad + UTF-8 + JSON.parse of the report',
  'zod reportSchema',
  'the NDJSON line (JSON.stringify)',
  'the CSV row (cells, neutralising, d3-dsv)',
  'dedup hash (SHA-256 of the sealed bytes)',
] as const;

/** One pass over every line doing the first `upTo` stages. */
function pass(upTo: number): void {
  for (let i = 0; i < lines; i++) {
    const start = offsets[2 * i]!;
    const end = offsets[2 * i + 1]!;
    const prefix = matchWrittenLineStart(bytes.toString('latin1', start, start + WRITTEN_PREFIX_MAX))!;
    const text = bytes.toString('latin1', start + prefix.length, end - WRITTEN_LINE_END.length);
    if (upTo === 1) {
      sink += text.length;
      continue;
    }
    const sealed = fromBase64Into(text, scratch);
    if (upTo === 2) {
      sink += sealed.length;
      continue;
    }
    const padded = open(sealed, keyPair);
    if (padded === null) throw new Error(`line ${i + 1} of the bench batch did not open`);
    if (upTo === 3) {
      sink += padded.length;
      continue;
    }
    const value: unknown = JSON.parse(utf8.decode(unpad(padded)));
    if (upTo === 4) {
      sink += value === null ? 0 : 1;
      continue;
    }
    const report = reportSchema.parse(value);
    if (upTo === 5) {
      sink += report.schema.length;
      continue;
    }
    sink += writeDecryptedLine(prefix.id, prefix.receivedOn, report).length;
    if (upTo === 6) continue;
    sink += csvRow(csvCells(prefix.id, prefix.receivedOn, report)).length;
    if (upTo === 7) continue;
    digest.set(sha256(sealed).subarray(0, DIGEST_BYTES));
  }
}

const perLine: number[] = [];
for (let upTo = 1; upTo <= STAGES.length; upTo++) {
  pass(upTo); // warm-up
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    pass(upTo);
    best = Math.min(best, performance.now() - t);
  }
  perLine.push((best * 1000) / lines);
}

const rows = STAGES.map((name, i) => `| ${name} | ${(perLine[i]! - (perLine[i - 1] ?? 0)).toFixed(1)} | ${perLine[i]!.toFixed(1)} |`);
const openCost = perLine[2]! - perLine[1]!;
const required = perLine[6]!; // read to CSV row, without the dedup hash
process.stdout.write(`\n${lines} lines of ${fixture.batchPath}, one thread, in memory, best of 3 (sink ${sink % 10})\n\n`);
process.stdout.write(`| stage | µs a line | cumulative |\n|---|---:|---:|\n${rows.join('\n')}\n\n`);
process.stdout.write(
  `the open alone: ${openCost.toFixed(1)} µs; reading to the CSV row: ${required.toFixed(1)} µs → ${(openCost / required).toFixed(2)} of the bare open's rate; with the dedup hash: ${(openCost / perLine[7]!).toFixed(2)}\n`,
);

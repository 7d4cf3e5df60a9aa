/**
 * protocol/batch-file.ts, the one home of the offline formats: writers and parsers round-trip,
 * the fast-path matcher agrees with the careful parser on every line it accepts, and malformed
 * lines are refused with the reasons decrypt has always given.
 */
import { describe, expect, it } from 'vitest';
import {
  batchFileStem,
  decryptedReportJson,
  manifestNameMismatch,
  manifestPathFor,
  matchWrittenLineStart,
  parseBatchFileName,
  parseBatchLine,
  parseDecryptedLine,
  parseManifest,
  writeBatchLine,
  writeBatchLineWithEnvelopeText,
  writeDecryptedLine,
  writeManifest,
  WRITTEN_LINE_END,
  type BatchLine,
  type BatchManifest,
} from '../../protocol/batch-file.js';
import { generateCampaignKeyPair, sealReport } from '../../protocol/envelope.js';
import { seededRandom, syntheticReport } from '../../bench/lib/synthetic-reports.js';

const keyPair = generateCampaignKeyPair();
const report = syntheticReport(seededRandom(3), 0);
const envelope = sealReport(report, keyPair.publicKey);
const line: BatchLine = { id: 42, receivedOn: '2025-03-01', envelope };

/** What the fast path reads from a line (undefined when it does not match): the careful parser must read the same. */
function fastRead(text: string) {
  if (!text.endsWith(WRITTEN_LINE_END)) return undefined;
  const start = matchWrittenLineStart(text);
  if (start === null) return undefined;
  return { id: start.id, receivedOn: start.receivedOn, envelope: { v: 1, kid: start.kid, sealed: text.slice(start.length, -WRITTEN_LINE_END.length) } };
}

describe('batch line', () => {
  it('round-trips through the writer and the careful parser, and the export writer gives the same bytes', () => {
    const text = writeBatchLine(line);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseBatchLine(text.slice(0, -1))).toEqual({ ok: true, ...line });
    expect(writeBatchLineWithEnvelopeText(line.id, line.receivedOn, JSON.stringify(envelope))).toBe(text);
    // The golden shape: a change of format has to change this test too.
    expect(text).toBe(`{"id":42,"receivedOn":"2025-03-01","envelope":{"v":1,"kid":"${envelope.kid}","sealed":"${envelope.sealed}"}}\n`);
  });

  it('fast path: matches every written line and reads what the careful parser reads', () => {
    for (const id of [0, 1, 9, 10, 12345, Number.MAX_SAFE_INTEGER]) {
      const text = writeBatchLine({ ...line, id }).slice(0, -1);
      const careful = parseBatchLine(text);
      expect(careful.ok).toBe(true);
      expect(fastRead(text)).toEqual({ id, receivedOn: line.receivedOn, envelope: (careful as { envelope: unknown }).envelope });
    }
  });

  it('fast path: declines what is not the written shape (the careful path decides those)', () => {
    const text = writeBatchLine(line).slice(0, -1);
    const variants = [
      JSON.stringify(JSON.parse(text), null, 1).replace(/\n/g, ''), // re-spaced
      text.replace('"id":42', '"id":042'),
      text.replace('"id":42', '"id":99999999999999999'), // not a safe integer
      text.replace('"id":42', '"id":"42"'),
      text.replace('{"id":42,', '{"id":42,"x":1,'),
      text.replace(envelope.kid, envelope.kid.toUpperCase()),
      text.replace('"v":1', '"v":2'),
      text.slice(0, -1),
    ];
    for (const v of variants) {
      const fast = fastRead(v);
      if (fast === undefined) continue;
      // Matched anyway: then it must read exactly what JSON.parse reads.
      const careful = parseBatchLine(v);
      expect(careful.ok && { id: careful.id, receivedOn: careful.receivedOn, envelope: careful.envelope }).toEqual(fast);
    }
    expect(fastRead(variants[0]!)).toBeUndefined();
    expect(fastRead(variants[2]!)).toBeUndefined();
    expect(fastRead(variants[4]!)).toBeUndefined();
  });

  it('refuses malformed lines with the reasons decrypt gives', () => {
    const text = writeBatchLine(line).slice(0, -1);
    const cases: [string, string, string, number | null][] = [
      ['{"id":1,', 'not_json', 'line is not JSON', null],
      ['[1,2]', 'not_object', 'line is not a JSON object {"id","receivedOn","envelope"}', null],
      ['"text"', 'not_object', 'line is not a JSON object {"id","receivedOn","envelope"}', null],
      [text.replace('"id":42', '"id":-1'), 'invalid_id', '"id" must be a non-negative integer', null],
      [text.replace('"id":42', '"id":1.5'), 'invalid_id', '"id" must be a non-negative integer', null],
      [text.replace('"id":42', '"id":99999999999999999'), 'invalid_id', '"id" must be a non-negative integer', null],
      [text.replace('"2025-03-01"', '"2025-3-1"'), 'invalid_received_on', '"receivedOn" must be a day, YYYY-MM-DD', 42],
      [
        text.replace('{"id":42,', '{"id":42,"ip":"1.2.3.4",'),
        'unexpected_field',
        'unexpected field(s) "ip"; a batch line has exactly id, receivedOn and envelope',
        42,
      ],
    ];
    for (const [bad, problem, message, id] of cases) expect(parseBatchLine(bad)).toEqual({ ok: false, problem, message, id });
  });
});

describe('batch file names and manifests', () => {
  const SERVER = '0123456789abcdef0123456789abcdef';
  it('names a batch file by server identity and sequence, reads it back, and still reads the old id-range names', () => {
    expect(batchFileStem(SERVER, 7)).toBe(`batch-${SERVER}-000007`);
    expect(parseBatchFileName(`batch-${SERVER}-000007.ndjson`)).toEqual({ serverId: SERVER, sequence: 7, kind: 'ndjson' });
    expect(parseBatchFileName(`batch-${SERVER}-1234567.manifest.json`)).toEqual({ serverId: SERVER, sequence: 1234567, kind: 'manifest.json' });
    expect(parseBatchFileName('batch-1-1000.ndjson')).toEqual({ firstId: 1, lastId: 1000, kind: 'ndjson' });
    expect(parseBatchFileName('batch-1-1000.manifest.json')).toEqual({ firstId: 1, lastId: 1000, kind: 'manifest.json' });
    expect(parseBatchFileName('batch-1.ndjson')).toBeNull();
    expect(parseBatchFileName('x-batch-1-2.ndjson')).toBeNull();
    expect(manifestPathFor('dir/batch-1-2.ndjson')).toBe('dir/batch-1-2.manifest.json');
    expect(manifestPathFor('dir/export.txt')).toBeNull();
  });

  it('round-trips a manifest, reads an old one, and names every wrong field', () => {
    const m: BatchManifest = {
      count: 2,
      sha256: 'a'.repeat(64),
      server: 'https://x.example',
      serverId: SERVER,
      batch: 'f'.repeat(32),
      sequence: 3,
      fetchedAt: '2025-01-01T00:00:00.000Z',
    };
    expect(parseManifest(writeManifest(m))).toEqual(m);
    expect(() => parseManifest('{')).toThrow(/^not JSON/);
    expect(() => parseManifest('[]')).toThrow('not a JSON object');
    expect(() => parseManifest(JSON.stringify({ ...m, count: 0, sha256: 'A' }))).toThrow(
      '"count" is not a whole number above 0, "sha256" is not 64 lowercase hex digits',
    );
    expect(() => parseManifest(JSON.stringify({ ...m, serverId: 'x', sequence: 0 }))).toThrow(
      '"serverId" is not 32 lowercase hex digits, "sequence" is not a whole number above 0',
    );
    const old = { count: 2, sha256: 'a'.repeat(64), firstId: 1, lastId: 2, server: 'https://x.example', fetchedAt: '2025-01-01T00:00:00.000Z' };
    expect(parseManifest(JSON.stringify(old))).toEqual(old);
    expect(() => parseManifest(JSON.stringify({ ...old, firstId: 3 }))).toThrow('"firstId" is above "lastId"');
    // A name must fit its manifest (files renamed or swapped).
    expect(manifestNameMismatch(parseBatchFileName(`batch-${SERVER}-000003.ndjson`)!, m)).toBeNull();
    expect(manifestNameMismatch(parseBatchFileName(`batch-${SERVER}-000004.ndjson`)!, m)).toBe(
      `its manifest is for batch 3 of server ${SERVER}, not the batch 4 of server ${SERVER} in the file's name`,
    );
    expect(manifestNameMismatch(parseBatchFileName('batch-1-2.ndjson')!, old)).toBeNull();
    expect(manifestNameMismatch(parseBatchFileName('batch-1-2.ndjson')!, m)).toBe(
      `its manifest is for batch 3 of server ${SERVER}, not the ids 1–2 in the file's name`,
    );
  });
});

describe('decrypted line', () => {
  it('round-trips, and the report JSON is read back exactly without parsing the line', () => {
    const text = writeDecryptedLine(7, '2025-03-01', report);
    expect(JSON.parse(text)).toEqual({ id: 7, receivedOn: '2025-03-01', report });
    expect(parseDecryptedLine(text)).toEqual({ ok: true, report });
    expect(decryptedReportJson(text, 7, '2025-03-01')).toBe(JSON.stringify(report));
    expect(decryptedReportJson(`${text}\n`, 7, '2025-03-01')).toBe(JSON.stringify(report));
  });

  it('tells a batch line and other lines apart from decrypted lines', () => {
    expect(parseDecryptedLine(writeBatchLine(line))).toEqual({ ok: false, encrypted: true, message: 'a batch (encrypted) line' });
    expect(parseDecryptedLine('nope')).toEqual({ ok: false, encrypted: false, message: 'not JSON' });
    expect(parseDecryptedLine('[]')).toEqual({ ok: false, encrypted: false, message: 'not a JSON object' });
    expect(parseDecryptedLine('{"id":1}')).toEqual({ ok: false, encrypted: false, message: 'neither a "report" nor an "envelope" field' });
  });
});

/**
 * Reads batch files as a stream of line batches, in constant memory whatever the file size:
 * one read buffer, one batch being filled, and lines longer than any envelope are skipped
 * (flagged) instead of being held.
 */
import { createReadStream } from 'node:fs';
import { LINE_NO_NEWLINE, LINE_TOO_LONG, MAX_LINE_BYTES } from './open-line.js';

export interface LineBatch {
  file: string;
  /** 1-based line number of each line in `file`. */
  lineNumbers: number[];
  /** One ArrayBuffer of its own, so it can be transferred to a worker. */
  bytes: Uint8Array;
  offsets: Int32Array;
  flags: Uint8Array;
  /** Input bytes this batch covers (for progress). */
  inputBytes: number;
}

export interface ReadOptions {
  maxLines?: number;
  maxBytes?: number;
  readBufferBytes?: number;
}

const NEWLINE = 0x0a;

class BatchBuilder {
  private segments: { line: number; parts: Buffer[]; length: number; flags: number }[] = [];
  private bytes = 0;
  inputBytes = 0;

  constructor(readonly file: string) {}

  get size(): number {
    return this.segments.length;
  }

  get byteLength(): number {
    return this.bytes;
  }

  add(line: number, parts: Buffer[], length: number, flags: number): void {
    this.segments.push({ line, parts, length, flags });
    this.bytes += length;
  }

  take(): LineBatch {
    const bytes = new Uint8Array(new ArrayBuffer(this.bytes));
    const offsets = new Int32Array(this.segments.length * 2);
    const flags = new Uint8Array(this.segments.length);
    const lineNumbers: number[] = [];
    let at = 0;
    this.segments.forEach((s, i) => {
      offsets[2 * i] = at;
      for (const part of s.parts) {
        bytes.set(part, at);
        at += part.length;
      }
      offsets[2 * i + 1] = at;
      flags[i] = s.flags;
      lineNumbers.push(s.line);
    });
    const batch: LineBatch = { file: this.file, lineNumbers, bytes, offsets, flags, inputBytes: this.inputBytes };
    this.segments = [];
    this.bytes = 0;
    this.inputBytes = 0;
    return batch;
  }
}

/** Batches of at most `maxLines` lines / about `maxBytes` bytes, in file order; blank lines are skipped. */
export async function* readBatches(file: string, options: ReadOptions = {}): AsyncGenerator<LineBatch> {
  const maxLines = options.maxLines ?? 256;
  const maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
  const builder = new BatchBuilder(file);
  let lineNumber = 0;
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let tooLong = false;

  const finishLine = (flags: number): boolean => {
    lineNumber += 1;
    builder.inputBytes += pendingLength + 1;
    // Only short lines can be blank; never decode a long line on this (main) thread.
    const isBlank = !tooLong && pendingLength <= 16 && /^\s*$/.test(Buffer.concat(pending).toString('latin1'));
    if (tooLong) builder.add(lineNumber, [], 0, flags | LINE_TOO_LONG);
    else if (!isBlank) builder.add(lineNumber, pending, pendingLength, flags);
    pending = [];
    pendingLength = 0;
    tooLong = false;
    return builder.size >= maxLines || builder.byteLength >= maxBytes;
  };

  const stream = createReadStream(file, { highWaterMark: options.readBufferBytes ?? 1024 * 1024 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    while (start < chunk.length) {
      const end = chunk.indexOf(NEWLINE, start);
      const stop = end === -1 ? chunk.length : end;
      if (!tooLong) {
        if (pendingLength + (stop - start) > MAX_LINE_BYTES) {
          tooLong = true;
          pending = [];
        } else if (stop > start) {
          pending.push(chunk.subarray(start, stop));
        }
      }
      pendingLength += stop - start;
      if (end === -1) break;
      if (finishLine(0)) yield builder.take();
      start = end + 1;
    }
  }
  if (pendingLength > 0 || tooLong) finishLine(LINE_NO_NEWLINE);
  if (builder.size > 0) yield builder.take();
}

/**
 * Reads batch files as a stream of line batches, in constant memory whatever the file size: one
 * reused read buffer, one reused buffer for the batch being filled, and lines longer than any
 * envelope skipped (flagged) instead of held. Each batch gets an exact-size ArrayBuffer of its
 * own, so it can be transferred to a worker without a copy.
 */
import { open } from 'node:fs/promises';
import { LINE_NO_NEWLINE, LINE_TOO_LONG, MAX_LINE_BYTES } from './open-line.js';

export interface LineBatch {
  file: string;
  /** 1-based line number of each line in `file`. */
  lineNumbers: number[];
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

/** Batches of at most `maxLines` lines / about `maxBytes` bytes, in file order; blank lines are skipped. */
export async function* readBatches(file: string, options: ReadOptions = {}): AsyncGenerator<LineBatch> {
  const maxLines = options.maxLines ?? 256;
  const maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
  const scratch = Buffer.allocUnsafe(maxBytes + MAX_LINE_BYTES);
  const read = Buffer.allocUnsafe(options.readBufferBytes ?? 1024 * 1024);
  let used = 0; // bytes of finished lines in scratch
  let lineLength = 0; // bytes of the line being read, after `used`
  let tooLong = false;
  let lineNumber = 0;
  let inputBytes = 0;
  let offsets: number[] = [];
  let flags: number[] = [];
  let lineNumbers: number[] = [];

  const finishLine = (flag: number): boolean => {
    lineNumber += 1;
    const isBlank = !tooLong && lineLength <= 16 && /^\s*$/.test(scratch.toString('latin1', used, used + lineLength));
    if (tooLong) {
      offsets.push(used, used);
      flags.push(flag | LINE_TOO_LONG);
      lineNumbers.push(lineNumber);
    } else if (!isBlank) {
      offsets.push(used, used + lineLength);
      flags.push(flag);
      lineNumbers.push(lineNumber);
      used += lineLength;
    }
    lineLength = 0;
    tooLong = false;
    return flags.length >= maxLines || used >= maxBytes;
  };

  const take = (): LineBatch => {
    // Not zero-filled (every byte is overwritten at once), and its own ArrayBuffer (not Node's
    // shared pool), so it can be transferred.
    const bytes = Buffer.allocUnsafeSlow(used);
    scratch.copy(bytes, 0, 0, used);
    const batch: LineBatch = { file, lineNumbers, bytes, offsets: Int32Array.from(offsets), flags: Uint8Array.from(flags), inputBytes };
    used = 0;
    inputBytes = 0;
    offsets = [];
    flags = [];
    lineNumbers = [];
    return batch;
  };

  const handle = await open(file, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(read, 0, read.length, null);
      if (bytesRead === 0) break;
      inputBytes += bytesRead;
      let start = 0;
      while (start < bytesRead) {
        const found = read.indexOf(NEWLINE, start);
        const stop = found === -1 || found >= bytesRead ? bytesRead : found;
        if (!tooLong) {
          if (lineLength + (stop - start) > MAX_LINE_BYTES) {
            tooLong = true;
          } else {
            read.copy(scratch, used + lineLength, start, stop);
            lineLength += stop - start;
          }
        }
        if (stop === bytesRead) break;
        if (finishLine(0)) yield take();
        start = stop + 1;
      }
    }
  } finally {
    await handle.close();
  }
  if (lineLength > 0 || tooLong) finishLine(LINE_NO_NEWLINE);
  if (flags.length > 0) yield take();
}

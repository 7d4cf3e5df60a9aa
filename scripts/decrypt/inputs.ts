/**
 * The batch files named on the command line. A folder (e.g. the `batches/` that `npm run fetch`
 * fills) stands for every *.ndjson file in it, in natural order (batch-2-… before batch-10-…),
 * so outputs come out in server-id order and are reproducible.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const natural = new Intl.Collator('en', { numeric: true });

export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      throw new InputError(`cannot read batch file ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.endsWith('.ndjson')).sort(natural.compare);
      if (names.length === 0) throw new InputError(`${path} holds no .ndjson batch files`);
      files.push(...names.map((n) => join(path, n)));
    } else {
      files.push(path);
    }
  }
  return files;
}

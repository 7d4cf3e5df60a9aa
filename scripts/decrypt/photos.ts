/**
 * Decrypt's photo step (docs/photos.md, docs/decrypt.md): for each decrypted report that names
 * photos, open each sealed photo that fetch stored in photos/<upload>.sealed beside the batch
 * files, check it against what the report says (length, SHA-256), and write it to
 * <out-dir>/photos/<report id>/<n>.jpg (n from 1, in the report's order; private files). A photo
 * that is missing, cut short, altered, reordered or of a malformed entry is never skipped in
 * silence: it is listed with its reason, and decrypt ends with exit 3 (incomplete). Sealed
 * photos beside the batches that no report here names are counted and said, never opened: a
 * photo the witness removed before sending has no key anywhere (docs/photos.md), and one whose
 * report is in batches not given to this run waits for that run.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fromBase64 } from '../../protocol/base64.js';
import { makePrivateFolder, writeNewPrivateFile } from '../../protocol/node/private-files.js';
import { parsePhotoReference } from '../../protocol/photo-reference.js';
import { openPhoto, PhotoError } from '../../protocol/sealed-photo.js';

/** The folder fetch writes sealed photos to, beside its batch files (scripts/transfer/fetch-photos.ts writes it). */
const SEALED_FOLDER = 'photos';

export type PhotoProblemReason = 'malformed_entry' | 'missing' | 'truncated' | 'altered';

export interface PhotoProblem {
  report: number;
  /** 1-based, as in the file name it would have had. */
  n: number;
  upload: string | null;
  reason: PhotoProblemReason;
  message: string;
}

export interface PhotoSummary {
  reportsWithPhotos: number;
  written: number;
  problems: PhotoProblem[];
  /** Sealed photos beside the batches that no report of this run names. */
  unnamed: number;
  folder: string;
}

/** Not a sealed size, or too short for the length the report gives: cut (or padded) on the way; anything else: changed. */
const reasonOf = (e: PhotoError): PhotoProblemReason => (e.code === 'wrong_size' || e.code === 'wrong_length' ? 'truncated' : 'altered');

/** Open and check every photo the reports in `reportsFile` name; `batchFiles` say where fetch put them. */
export async function writePhotos({
  reportsFile,
  batchFiles,
  outDir,
}: {
  reportsFile: string;
  batchFiles: readonly string[];
  outDir: string;
}): Promise<PhotoSummary> {
  const sealedDirs = [...new Set(batchFiles.map((f) => join(dirname(f), SEALED_FOLDER)))];
  const folder = join(outDir, 'photos');
  const summary: PhotoSummary = { reportsWithPhotos: 0, written: 0, problems: [], unnamed: 0, folder };
  const named = new Set<string>();
  const lines = createInterface({ input: createReadStream(reportsFile, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    const { id, report } = JSON.parse(line) as { id: number; report: { photos?: unknown[] } };
    if (!Array.isArray(report.photos) || report.photos.length === 0) continue;
    summary.reportsWithPhotos += 1;
    for (const [i, entry] of report.photos.entries()) {
      const problem = (upload: string | null, reason: PhotoProblemReason, message: string) =>
        summary.problems.push({ report: id, n: i + 1, upload, reason, message });
      const parsed = parsePhotoReference(entry);
      if (!parsed.ok) {
        problem(null, 'malformed_entry', parsed.message);
        continue;
      }
      const { upload, key, bytes, sha256 } = parsed.photo;
      named.add(`${upload}.sealed`);
      const path = sealedDirs.map((d) => join(d, `${upload}.sealed`)).find((p) => existsSync(p));
      if (path === undefined) {
        problem(upload, 'missing', `no photos/${upload}.sealed beside the batch files: not fetched yet, or the upload never completed`);
        continue;
      }
      let photo: Uint8Array;
      try {
        photo = openPhoto(new Uint8Array(await readFile(path)), fromBase64(key), bytes);
      } catch (e) {
        if (!(e instanceof PhotoError)) throw e;
        problem(upload, reasonOf(e), e.message);
        continue;
      }
      if (createHash('sha256').update(photo).digest('hex') !== sha256) {
        problem(upload, 'altered', 'opens, but its SHA-256 is not the one in the report');
        continue;
      }
      const dir = join(folder, String(id));
      await makePrivateFolder(dir);
      await writeNewPrivateFile(join(dir, `${i + 1}.jpg`), photo);
      summary.written += 1;
    }
  }
  for (const sealedDir of sealedDirs) {
    const files = existsSync(sealedDir) ? await readdir(sealedDir) : [];
    summary.unnamed += files.filter((f) => f.endsWith('.sealed') && !named.has(f)).length;
  }
  return summary;
}

/** The lines decrypt prints about photos; empty when no report had any and no sealed photo was there. */
export function formatPhotoSummary(s: PhotoSummary): string[] {
  const lines: string[] = [];
  if (s.reportsWithPhotos > 0) {
    lines.push(`  photos:     ${s.written} written to ${s.folder}/<report id>/<n>.jpg from ${s.reportsWithPhotos} report(s)`);
    for (const p of s.problems) lines.push(`  photo ${p.n} of report ${p.report}${p.upload ? ` (upload ${p.upload})` : ''}: ${p.reason} — ${p.message}`);
    if (s.problems.length > 0) lines.push(`  ${s.problems.length} photo(s) not written: the results are incomplete`);
  }
  if (s.unnamed > 0) {
    lines.push(
      `  ${s.unnamed} sealed photo(s) beside the batches named by no report here, not opened: removed by the witness before sending (no key exists for them), or their report is in batches not given to this run`,
    );
  }
  return lines;
}

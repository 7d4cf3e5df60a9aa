/**
 * The one way to decrypt batch files, for `npm run decrypt`, `npm run analyse --key` and
 * `npm run simulate`: check each batch against its fetch manifest, unlock and check every key
 * (several after a rotation), then open every line on all cores with duplicates counted once
 * and failures quarantined (pipeline.ts). Throws the typed errors of its steps
 * (ManifestCheckError, InputError, KeyFileError, OutputExistsError, DecryptStoppedError); the
 * CLIs turn them into messages and exit codes.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkManifests, type ManifestCheckSummary } from './manifest-check.js';
import { unlockKeys, type PassphraseSource } from './keys.js';
import { decryptFiles, type DecryptOptions, type DecryptSummary } from './pipeline.js';

export interface DecryptBatchesOptions extends Omit<DecryptOptions, 'keys'> {
  keyFiles: readonly string[];
  passphraseFor: PassphraseSource;
  /** Check batches against their manifests before anything is unlocked (default true). */
  manifestCheck?: boolean;
  onManifestProgress?: (done: number, total: number) => void;
  /** Called once the manifests are checked, before any passphrase is asked for. */
  onManifestsChecked?: (manifests: ManifestCheckSummary) => void;
}

export interface DecryptBatchesResult {
  summary: DecryptSummary;
  /** null when the manifest check was turned off. */
  manifests: ManifestCheckSummary | null;
}

/** Check, unlock, decrypt; the secret keys are wiped whatever happens. */
export async function decryptBatches(options: DecryptBatchesOptions): Promise<DecryptBatchesResult> {
  const { keyFiles, passphraseFor, manifestCheck = true, onManifestProgress, onManifestsChecked, ...run } = options;
  // Before the passphrase: a damaged batch stops the run before anything is unlocked or written.
  const manifests = manifestCheck ? await checkManifests(run.files, onManifestProgress) : null;
  if (manifests) onManifestsChecked?.(manifests);
  const keys = await unlockKeys(keyFiles, passphraseFor);
  try {
    return { summary: await decryptFiles({ ...run, keys }), manifests };
  } finally {
    for (const k of keys) k.secretKey.fill(0);
  }
}

/** Batch files decrypted into a private temporary folder, for a tool that reads decrypted lines. */
export interface DecryptedCopy {
  /** The decrypted lines (reports.ndjson), in input order, duplicates once. */
  reportsFile: string;
  summary: DecryptSummary;
  /** Each quarantined line's source (file:line) and reason; duplicates are not failures and are left out. */
  quarantined: { file: string; line: number; reason: string }[];
  /** Delete the folder and its plaintext. Call it whatever happens. */
  remove(): Promise<void>;
}

/**
 * decryptBatches into a fresh folder only this user can open (0700, files 0600), for
 * `analyse --key`: the same checks and guarantees as `npm run decrypt`. The plaintext lives
 * there until remove(); a run that fails or is stopped removes it itself.
 */
export async function decryptToPrivateFolder(options: Omit<DecryptBatchesOptions, 'outDir' | 'sqlitePath'>): Promise<DecryptedCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'scanwitness-decrypted-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const { summary } = await decryptBatches({ ...options, outDir: join(dir, 'out') });
    return { reportsFile: summary.outputs.reports, summary, quarantined: await readQuarantine(summary.outputs.quarantine), remove };
  } catch (e) {
    await remove();
    throw e;
  }
}

async function readQuarantine(path: string): Promise<DecryptedCopy['quarantined']> {
  const failures: DecryptedCopy['quarantined'] = [];
  for (const text of (await readFile(path, 'utf8')).split('\n')) {
    if (text === '') continue;
    const q = JSON.parse(text) as { source: string; reason: string; message: string };
    if (q.reason === 'duplicate') continue;
    const at = q.source.lastIndexOf(':');
    failures.push({ file: q.source.slice(0, at), line: Number(q.source.slice(at + 1)), reason: `envelope ${q.reason}: ${q.message}` });
  }
  return failures;
}

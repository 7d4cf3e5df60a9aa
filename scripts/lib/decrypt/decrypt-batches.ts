/**
 * The one way to decrypt batch files, for `npm run decrypt`, `npm run analyse --key` and
 * `npm run simulate`: check each batch against its fetch manifest, unlock and check every key
 * (several after a rotation), then open every line on all cores with duplicates counted once
 * and failures quarantined (pipeline.ts). Throws the typed errors of its steps
 * (ManifestCheckError, InputError, KeyFileError, OutputExistsError, DecryptStoppedError); the
 * CLIs turn them into messages and exit codes.
 */
import { checkManifests, type ManifestCheckSummary } from './manifest-check.js';
import { unlockKeys, type PassphraseSource } from './keys.js';
import { decryptFiles, type DecryptOptions, type DecryptSummary } from './pipeline.js';

export interface DecryptBatchesOptions extends Omit<DecryptOptions, 'keys'> {
  keyFiles: readonly string[];
  passphraseFor: PassphraseSource;
  /** Check batches against their manifests before anything is unlocked (default true). */
  manifestCheck?: boolean;
  onManifestProgress?: (done: number, total: number) => void;
}

export interface DecryptBatchesResult {
  summary: DecryptSummary;
  /** null when the manifest check was turned off. */
  manifests: ManifestCheckSummary | null;
}

/** Check, unlock, decrypt; the secret keys are wiped whatever happens. */
export async function decryptBatches(options: DecryptBatchesOptions): Promise<DecryptBatchesResult> {
  const { keyFiles, passphraseFor, manifestCheck = true, onManifestProgress, ...run } = options;
  // Before the passphrase: a damaged batch stops the run before anything is unlocked or written.
  const manifests = manifestCheck ? await checkManifests(run.files, onManifestProgress) : null;
  const keys = await unlockKeys(keyFiles, passphraseFor);
  try {
    return { summary: await decryptFiles({ ...run, keys }), manifests };
  } finally {
    for (const k of keys) k.secretKey.fill(0);
  }
}

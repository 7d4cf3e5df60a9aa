/**
 * Wrong keys explained: when envelopes need a campaign key decrypt was not given (missing_key),
 * say which key id each needs, which key ids were given, and which key files near the given
 * ones (or in keys/) would open them, by fingerprint — the words keygen and the server use.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fingerprint } from '../../protocol/envelope.js';
import { fromBase64 } from '../../protocol/base64.js';
import { readSecretKeyFile } from '../../protocol/node/key-files.js';

/** Envelopes per needed kid, from the quarantine file's missing_key lines (their original batch line). */
export async function missingKids(quarantinePath: string): Promise<Map<string, number>> {
  const kids = new Map<string, number>();
  for (const text of (await readFile(quarantinePath, 'utf8')).split('\n')) {
    if (!text.includes('"missing_key"')) continue;
    try {
      const q = JSON.parse(text) as { reason?: string; line?: string };
      const kid = (JSON.parse(q.line ?? '') as { envelope?: { kid?: unknown } }).envelope?.kid;
      if (q.reason === 'missing_key' && typeof kid === 'string') kids.set(kid, (kids.get(kid) ?? 0) + 1);
    } catch {
      // a damaged line names no kid; the count in the summary still includes it
    }
  }
  return kids;
}

/** Campaign key files (.key or .pub) for these kids, in the folders given and one level below. */
async function keyFilesFor(kids: ReadonlySet<string>, folders: string[]): Promise<Map<string, { path: string; fingerprint: string }[]>> {
  const found = new Map<string, { path: string; fingerprint: string }[]>();
  const seen = new Set<string>();
  const visit = async (folder: string, depth: number): Promise<void> => {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const path = join(folder, name);
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory() && depth > 0) await visit(path, depth - 1);
      if (!info?.isFile() || info.size > 65_536 || !/\.(key|pub)$/.test(name) || seen.has(path)) continue;
      seen.add(path);
      try {
        const file = JSON.parse(await readFile(path, 'utf8')) as { kid?: unknown; use?: unknown; publicKey?: unknown };
        if (file.use !== 'campaign-encryption' || typeof file.kid !== 'string' || !kids.has(file.kid) || typeof file.publicKey !== 'string') continue;
        found.set(file.kid, [...(found.get(file.kid) ?? []), { path, fingerprint: fingerprint(fromBase64(file.publicKey)) }]);
      } catch {
        // not a key file
      }
    }
  };
  for (const folder of new Set(folders)) await visit(folder, 1);
  return found;
}

/** The explanation printed after a run with missing_key envelopes; `keyPaths` are the --key files (read for their public half only). */
export async function wrongKeyAdvice(needed: Map<string, number>, keyPaths: string[]): Promise<string> {
  const given = await Promise.all(
    keyPaths.map(async (path) => {
      const file = await readSecretKeyFile(path);
      return { path, kid: file.kid, fingerprint: fingerprint(fromBase64(file.publicKey)) };
    }),
  );
  const files = await keyFilesFor(new Set(needed.keys()), [...keyPaths.map((p) => dirname(p)), 'keys']);
  const lines = [`${[...needed.values()].reduce((a, b) => a + b, 0)} envelope(s) were sealed to a campaign key you did not give:`];
  for (const [kid, count] of needed) {
    lines.push(`  key id ${kid} (its fingerprint begins ${kid.match(/.{4}/g)!.join(' ')}): ${count} envelope(s)`);
    const matches = (files.get(kid) ?? []).filter((f) => f.path.endsWith('.key'));
    const publics = (files.get(kid) ?? []).filter((f) => f.path.endsWith('.pub'));
    if (matches.length > 0) for (const m of matches) lines.push(`    would open with ${m.path} (fingerprint ${m.fingerprint})`);
    else if (publics.length > 0)
      lines.push(`    its public key is ${publics[0]!.path} (fingerprint ${publics[0]!.fingerprint}); the campaign.key made with it opens them`);
    else lines.push('    no key file for it is beside your --key files or in keys/: find the campaign.key whose fingerprint starts so (keygen printed it)');
  }
  lines.push('  you gave:');
  for (const k of given) lines.push(`    ${k.path}: key id ${k.kid}, fingerprint ${k.fingerprint}`);
  lines.push(
    '  Run decrypt again with --key for the key file that opens them (repeat --key to give old and new keys after a rotation).',
    '  A new key (npm run keygen) cannot open them: only the key they were sealed to can.',
  );
  return lines.join('\n');
}

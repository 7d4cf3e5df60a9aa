/**
 * The settings file the server reads at start (docs/operator-guide.md, "Deploying"):
 * SETTINGS_FILE names it; unset, it is `.env` in the checkout (beside package.json), read if it
 * exists; SETTINGS_FILE=none reads no file. Lines are KEY=value as in .env.example, which a
 * systemd EnvironmentFile and a POSIX shell (`set -a; . ./.env`) read the same way. A variable
 * already in the environment (systemd's Environment=, a shell's export) wins over the file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

export const DEFAULT_SETTINGS_FILE = fileURLToPath(new URL('../.env', import.meta.url));

export interface SettingsSource {
  /** The file read, or null when none was (SETTINGS_FILE=none, or no .env in the checkout). */
  path: string | null;
  /** Why no file was read: SETTINGS_FILE=none, or this default file does not exist. */
  skipped?: 'none' | { missing: string };
  /** Variables taken from the file. */
  fromFile: string[];
  /** Variables the file sets but the environment already had (the environment's value is used). */
  overridden: string[];
}

export class SettingsFileError extends Error {}

/** Read the settings file into `env` (without replacing what `env` already holds). */
export function applySettingsFile(env: NodeJS.ProcessEnv = process.env, defaultPath = DEFAULT_SETTINGS_FILE): SettingsSource {
  const named = env.SETTINGS_FILE;
  if (named === 'none') return { path: null, skipped: 'none', fromFile: [], overridden: [] };
  const path = named ? resolve(named) : defaultPath;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!named && code === 'ENOENT') return { path: null, skipped: { missing: path }, fromFile: [], overridden: [] };
    throw new SettingsFileError(
      code === 'ENOENT'
        ? `SETTINGS_FILE=${named}: no such file. Copy .env.example there and edit it, or unset SETTINGS_FILE to read ${defaultPath}`
        : `cannot read the settings file ${path}: ${code ?? String(e)}`,
    );
  }
  const fromFile: string[] = [];
  const overridden: string[] = [];
  for (const [key, value] of Object.entries(parseEnv(text))) {
    if (env[key] !== undefined) overridden.push(key);
    else {
      env[key] = value;
      fromFile.push(key);
    }
  }
  return { path, fromFile, overridden };
}

/** The one start-up line saying where the settings came from and the mode the server runs in. */
export function settingsLine(source: SettingsSource, mode?: 'production' | 'demo' | 'development' | 'test'): string {
  const from =
    source.path === null
      ? `no settings file read (${source.skipped === 'none' ? 'SETTINGS_FILE=none' : `${source.skipped?.missing} does not exist`}): the environment only`
      : `settings from ${source.path} (${source.fromFile.length} value(s)` +
        (source.overridden.length > 0 ? `; set in the environment, which wins: ${source.overridden.join(', ')})` : ')');
  return `scanwitness: ${from}${mode ? `; mode: ${mode}` : ''}`;
}

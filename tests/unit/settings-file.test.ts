/**
 * The settings file (server/settings-file.ts) and .env.example: the example must read the same
 * in Node's parser, a POSIX shell (`set -a; . ./.env`) and a systemd EnvironmentFile, document
 * every variable the server reads, and give a valid configuration as it stands.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { SETTING_NAMES, loadConfig } from '../../server/config.js';
import { SettingsFileError, applySettingsFile, settingsLine } from '../../server/settings-file.js';

const example = new URL('../../.env.example', import.meta.url).pathname;
const text = readFileSync(example, 'utf8');
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('.env.example', () => {
  it('every line is a comment, blank, or KEY=value in the form systemd, a shell and Node read alike', () => {
    // Unquoted values: no spaces, quotes, # (systemd keeps an inline "# …" in the value) or shell
    // metacharacters; anything else goes in '…'.
    const bad = text.split('\n').filter((line) => line !== '' && !line.startsWith('#') && !/^[A-Z][A-Z0-9_]*=('[^'\n]*'|[^\s'"#;|&<>()$`\\]*)$/.test(line));
    expect(bad).toEqual([]);
  });

  it('a POSIX shell reads the same values as the server', () => {
    const fromShell = JSON.parse(
      execFileSync('sh', ['-c', `set -a; . "$1"; set +a; node -e 'console.log(JSON.stringify(process.env))'`, 'sh', example], {
        env: { PATH: process.env.PATH },
        encoding: 'utf8',
      }),
    ) as Record<string, string>;
    const fromNode = parseEnv(text);
    expect(Object.keys(fromNode).length).toBeGreaterThan(20);
    for (const [key, value] of Object.entries(fromNode)) expect([key, fromShell[key]]).toEqual([key, value]);
  });

  it('names every variable the server reads (set, or commented out with an example)', () => {
    const named = new Set([...text.matchAll(/^#?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    expect(SETTING_NAMES.filter((name) => !named.has(name))).toEqual([]);
  });

  it('as it stands, is a valid development configuration', () => {
    const config = loadConfig(parseEnv(text));
    expect(config).toMatchObject({ env: 'development', port: 3000, campaignName: 'Stop the Scan' });
    expect(config.legalHelpLinks).toHaveLength(3);
  });
});

describe('applySettingsFile', () => {
  function settingsFile(content: string): string {
    dir = mkdtempSync(join(tmpdir(), 'scanwitness-settings-'));
    const path = join(dir, 'scanwitness.env');
    writeFileSync(path, content);
    return path;
  }

  it('reads SETTINGS_FILE; the environment wins over the file, and the line says both', () => {
    const path = settingsFile("NODE_ENV=production\nPORT=4000\nCAMPAIGN_NAME='Stop the Scan'\n");
    const env: NodeJS.ProcessEnv = { SETTINGS_FILE: path, PORT: '5000' };
    const source = applySettingsFile(env, '/nonexistent/.env');
    expect(env).toMatchObject({ NODE_ENV: 'production', PORT: '5000', CAMPAIGN_NAME: 'Stop the Scan' });
    expect(settingsLine(source, 'production')).toBe(
      `scanwitness: settings from ${path} (2 value(s); set in the environment, which wins: PORT); mode: production`,
    );
  });

  it('reads .env in the checkout when SETTINGS_FILE is unset; none when it does not exist or SETTINGS_FILE=none', () => {
    const path = settingsFile('PORT=4000\n');
    const env: NodeJS.ProcessEnv = {};
    expect(applySettingsFile(env, path).path).toBe(path);
    expect(env.PORT).toBe('4000');
    const none: NodeJS.ProcessEnv = { SETTINGS_FILE: 'none' };
    expect(settingsLine(applySettingsFile(none, path), 'demo')).toBe(
      'scanwitness: no settings file read (SETTINGS_FILE=none): the environment only; mode: demo',
    );
    expect(none.PORT).toBeUndefined();
    expect(settingsLine(applySettingsFile({}, join(dir!, 'missing.env')), 'demo')).toContain('missing.env does not exist');
  });

  it('a SETTINGS_FILE that does not exist stops the start, saying so', () => {
    expect(() => applySettingsFile({ SETTINGS_FILE: '/nonexistent/scanwitness.env' })).toThrow(SettingsFileError);
    expect(() => applySettingsFile({ SETTINGS_FILE: '/nonexistent/scanwitness.env' })).toThrow(/SETTINGS_FILE=\/nonexistent\/scanwitness.env: no such file/);
  });
});

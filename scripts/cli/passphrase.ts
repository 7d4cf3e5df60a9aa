/**
 * Passphrases come from a file named by a flag (mode 0600 advised) or an interactive prompt
 * with echo off — never from argv or the environment, which other processes can read.
 */
import { readFile, stat } from 'node:fs/promises';
import { CliError } from './run-cli.js';

export async function readPassphraseFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
    if (((await stat(path)).mode & 0o077) !== 0) {
      process.stderr.write(`warning: ${path} can be read by other users; chmod 600 ${path}\n`);
    }
  } catch (e) {
    throw new CliError(`cannot read passphrase file ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  // A trailing newline is what editors add; it is not part of the passphrase.
  return text.replace(/\r?\n$/, '');
}

/** Ask on the terminal without echoing. Fails clearly when there is no terminal to ask on. */
export async function promptPassphrase(question: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    throw new CliError('a passphrase is needed but there is no terminal to ask on; use --passphrase-file FILE');
  }
  process.stderr.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let answer = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          done();
          resolve(answer);
          return;
        }
        if (ch === '\u0003') {
          done();
          reject(new CliError('cancelled', 130));
          return;
        }
        if (ch === '\u007f' || ch === '\b') answer = answer.slice(0, -1);
        else answer += ch;
      }
    };
    const done = () => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
    };
    input.on('data', onData);
  });
}

/** The passphrase from --passphrase-file if given, otherwise a prompt. */
export async function getPassphrase(file: string | undefined, question: string): Promise<string> {
  return file ? readPassphraseFile(file) : promptPassphrase(question);
}

/**
 * Where each key's passphrase comes from, for tools that take several --key files: no
 * --passphrase-file (ask), one (for every key), or one per key in the same order. Returns null
 * when the count fits neither, for the CLI to say so.
 */
export function passphrasesFor(passphraseFiles: readonly string[], keyCount: number): ((path: string, kid: string, index: number) => Promise<string>) | null {
  if (passphraseFiles.length > 1 && passphraseFiles.length !== keyCount) return null;
  return (path, kid, index) => {
    const file = passphraseFiles.length === 0 ? undefined : passphraseFiles[passphraseFiles.length === 1 ? 0 : index];
    return file ? readPassphraseFile(file) : promptPassphrase(`Passphrase for ${path} (kid ${kid}): `);
  };
}

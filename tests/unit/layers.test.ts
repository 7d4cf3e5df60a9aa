/**
 * The layers of docs/architecture.md are enforced by the tools, not by care: ESLint refuses an
 * upward or sideways import and any import cycle (eslint.config.js), and the two TypeScript
 * projects refuse a Node API in the form's code and a browser API in Node's
 * (tsconfig.browser.json, tsconfig.node.json). Each probe below is a deliberate break; each must
 * be caught, and the same line where it belongs must pass.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId?.startsWith('import-x/')).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('ESLint enforces the layer table', () => {
  const upward: [string, string][] = [
    ['protocol/probe.ts', "import { loadConfig } from '../server/config.js';"],
    ['protocol/probe.ts', "import { readSecretKeyFile } from './node/key-files.js';"],
    ['protocol/node/probe.ts', "import { analyse } from '../../scripts/analysis/run.js';"],
    ['client/probe.ts', "import { readSecretKeyFile } from '../protocol/node/key-files.js';"],
    ['client/probe.ts', "import { createApp } from '../server/app.js';"],
    ['server/probe.ts', "import { t } from '../client/current-catalogue.js';"],
    ['server/probe.ts', "import { runCli } from '../scripts/cli/run-cli.js';"],
    ['scripts/decrypt/probe.ts', "import { analyse } from '../analysis/run.js';"],
    ['scripts/analysis/probe.ts', "import { simulate } from '../dev/simulate.js';"],
    ['scripts/transfer/probe.ts', "import { loadConfig } from '../../server/config.js';"],
    ['scripts/dev/probe.ts', "import { loadConfig } from '../../server/config.js';"],
    ['scripts/keys/probe.ts', "import { runCli } from '../cli/run-cli.js';"],
    ['scripts/analysis/probe.ts', "import { main } from '../analyse.js';"],
  ];
  it.each(upward)('%s: %s is refused', async (file, line) => {
    const problems = await importProblems(file, `${line}\nexport const x = 1;\n`);
    expect(problems.join('\n')).toMatch(/no-restricted-paths/);
  });

  const allowed: [string, string][] = [
    ['protocol/node/probe.ts', "import { toBase64 } from '../base64.js';"],
    ['client/probe.ts', "import { format } from '../protocol/i18n/catalogue.js';"],
    ['server/probe.ts', "import { format } from '../protocol/i18n/catalogue.js';"],
    ['scripts/analysis/probe.ts', "import { decryptBatches } from '../decrypt/decrypt-batches.js';"],
    ['scripts/dev/probe.ts', "import { exportBatch } from '../transfer/export-batch.js';"],
    ['scripts/probe.ts', "import { runCli } from './cli/run-cli.js';"],
  ];
  it.each(allowed)('%s: %s is allowed', async (file, line) => {
    expect(await importProblems(file, `${line}\nexport const x = 1;\n`)).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    // protocol/envelope.ts imports protocol/padding.ts; padding importing envelope closes a loop.
    const problems = await importProblems('protocol/padding.ts', "import { sealReport } from './envelope.js';\nexport const x = sealReport;\n");
    expect(problems.join('\n')).toMatch(/no-cycle/);
  });

  it('refuses an import that does not resolve (it would slip past the rules above)', async () => {
    expect((await importProblems('server/probe.ts', "import { x } from './no-such-module.js';\nexport const y = x;\n")).join('\n')).toMatch(/no-unresolved/);
  });
});

describe('the TypeScript projects split browser and Node code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scanwitness-layers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Compile one probe file with a project's compiler options; the diagnostics' messages. */
  function compile(project: string, code: string): string[] {
    const config = ts.getParsedCommandLineOfConfigFile(project, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
    const file = join(dir, `probe-${Math.random().toString(36).slice(2)}.ts`);
    writeFileSync(file, code);
    const program = ts.createProgram([file], { ...config.options, noEmit: true });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  const nodeApi = "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\nexport const b = Buffer.from('x');\n";
  const domApi = 'export const title = document.title;\nexport const stored = window.localStorage;\n';

  it('the browser project does not compile a Node API', () => {
    const errors = compile('tsconfig.browser.json', nodeApi);
    expect(errors.join('\n')).toMatch(/node:fs/);
    expect(errors.join('\n')).toMatch(/Buffer/);
  });
  it('the Node project does not compile a DOM API', () => {
    const errors = compile('tsconfig.node.json', domApi);
    expect(errors.join('\n')).toMatch(/document/);
    expect(errors.join('\n')).toMatch(/window/);
  });
  it('each compiles what belongs to it', () => {
    expect(compile('tsconfig.node.json', nodeApi)).toEqual([]);
    expect(compile('tsconfig.browser.json', domApi)).toEqual([]);
  });
});

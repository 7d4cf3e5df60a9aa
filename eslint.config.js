// ESLint (flat config): typescript-eslint's recommended rules over every TypeScript file, with
// the types checked by `npm run typecheck` (tsc) rather than here, so a lint run stays quick.
// Formatting is Prettier's job (.prettierrc.json), not ESLint's.
//
// The layers of docs/architecture.md ("Layers") are enforced here: each zone below says which
// folders a layer must not import from (eslint-plugin-import-x resolves every import, `.js` to
// `.ts` as tsc does), and no file may sit in an import cycle. Change the table there and the
// zones here together. The compiler holds the other half: tsconfig.browser.json compiles the
// form's code without Node's types, tsconfig.node.json Node's code without the browser's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

const SCRIPT_LIBRARIES = ['keys', 'transfer', 'decrypt', 'analysis', 'dev', 'cli'];
const everythingBut = (...allowed) =>
  ['./protocol', './protocol/node', './client', './server', './scripts', './tests', './bench'].filter((p) => !allowed.includes(p));
const scriptLibrary = (name, ...allowed) => {
  const message = `scripts/${name}/ may import protocol/ and ${allowed.length ? allowed.map((l) => `scripts/${l}/`).join(', ') : 'nothing else of scripts/'} (docs/architecture.md, "Layers")`;
  const others = SCRIPT_LIBRARIES.filter((l) => l !== name && !allowed.includes(l)).map((l) => `./scripts/${l}`);
  return [
    { target: `./scripts/${name}/**`, from: ['./client', './tests', './bench', ...others], message },
    { target: `./scripts/${name}/**`, from: ['./scripts/*.ts'], message: 'a library never imports a CLI (scripts/*.ts)' },
  ];
};

const zones = [
  {
    target: ['./protocol/*.ts', './protocol/i18n/**'],
    from: [...everythingBut('./protocol'), './types'],
    message: 'protocol/ runs in the browser and in Node: it imports nothing of ours outside protocol/ (docs/architecture.md, "Layers")',
  },
  { target: './protocol/node/**', from: everythingBut('./protocol', './protocol/node'), message: 'protocol/node/ may import only protocol/' },
  {
    target: './client/**',
    from: everythingBut('./protocol', './client'),
    message: 'client/ may import only protocol/ (never protocol/node/: it would not bundle)',
  },
  { target: './server/**', from: everythingBut('./protocol', './protocol/node', './server'), message: 'server/ may import only protocol/ and protocol/node/' },
  // The command-line tools: only two files reach into server/, each for one reason.
  {
    target: './scripts/**/!(local-server|export-batch).ts',
    from: './server',
    message:
      'scripts/ reaches the server only through scripts/dev/local-server.ts (simulate, tests) and its database only through scripts/transfer/export-batch.ts',
  },
  {
    target: './scripts/transfer/export-batch.ts',
    from: './server',
    except: ['./store/sqlite-export-reader.ts'],
    message: 'export reads the database file only',
  },
  ...scriptLibrary('keys'),
  ...scriptLibrary('transfer'),
  ...scriptLibrary('decrypt'),
  ...scriptLibrary('analysis', 'decrypt'),
  ...scriptLibrary('dev', 'transfer', 'decrypt', 'analysis', 'keys'),
  // The CLI plumbing maps every library's errors to exit codes, so it may import them all.
  ...scriptLibrary('cli', 'keys', 'transfer', 'decrypt', 'analysis', 'dev'),
  { target: './scripts/*.ts', from: ['./client', './tests', './bench'], message: 'the CLIs work through scripts/ and protocol/' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-artifacts/', 'data/', 'keys/', 'batches/', 'decrypted/', 'out/', 'analysis/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
      // Read .ts modules (not only .js) when following imports, so no-cycle sees the whole graph.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      // Unused names are noise for the next reader; a leading underscore marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Comparisons of a value with itself are bugs here (no NaN checks this way).
      'no-self-compare': 'error',
      eqeqeq: ['error', 'always'],
      'import-x/no-restricted-paths': ['error', { zones }],
      // A cycle, even of types only, makes the layers a lie; none is allowed.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // An import that does not resolve would slip past both rules above.
      'import-x/no-unresolved': ['error', { ignore: ['^node:'] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);

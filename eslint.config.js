import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Lint for the server, the client, scripts, bench and tests: typescript-eslint's recommended rules, no import cycles,
// no unused code, and functions short enough to read at once (80 lines).

const MAX_FUNCTION_LINES = 80;

// Functions written before the limit, each file held at its longest one until it is split into named steps: the
// number may only go down. New files get the limit.
const LONG_FUNCTIONS = [
  ['bench/generate.ts', 91],
  ['bench/run.ts', 110],
  ['scripts/build-reference/gazetteer.ts', 146],
  ['scripts/eval-extract.ts', 90],
  ['scripts/ner/clusters.ts', 96],
];

export default tseslint.config(
  // The generated API types (schema/codegen.ts) are graphql-codegen's code, checked by the compiler only.
  { ignores: ['node_modules/', 'client/dist/', 'neo4j/', '.test-data/', 'seeds/', 'models/', 'docs/', 'server/serve/generated/', 'client/src/api/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines-per-function': ['error', { max: MAX_FUNCTION_LINES, skipBlankLines: true, skipComments: true }],
    },
  },
  // A test file's describe block holds its cases: allowed longer, but not without end.
  { files: ['tests/**/*.ts'], rules: { 'max-lines-per-function': ['error', { max: 160, skipBlankLines: true, skipComments: true }] } },
  ...LONG_FUNCTIONS.map(([file, max]) => ({
    files: [file],
    rules: { 'max-lines-per-function': ['error', { max, skipBlankLines: true, skipComments: true }] },
  })),
);

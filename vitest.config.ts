import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Three groups, run one after another (sequence.groupOrder):
// unit — pure logic, no database, files in parallel (`npm run test:unit`, no Java needed);
// integration — the real Neo4j (one for the run, from the global setup), files one after another;
// timing — pure but timing-sensitive, alone on the machine so that nothing competes for the cores.
const UNIT = [
  'server/**/*.spec.ts',
  'schema/**/*.spec.ts',
  'client/**/*.spec.ts',
  'tests/client/**/*.test.ts',
  'tests/i18n/**/*.test.ts',
  'tests/extract/**/*.test.ts',
  'tests/serve/**/*.test.ts',
  'tests/spine/parse.test.ts',
  'tests/cli/sources.test.ts',
  'tests/ner.test.ts',
];
const TIMING = ['tests/extract/linear.test.ts'];

export default defineConfig({
  resolve: {
    // One graphql module for the tests and for @graphql-tools (its CommonJS build otherwise loads a second copy).
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      // unit files share each worker's modules (isolate: false: three times faster); tests/support/unit-setup.ts resets
      // the state a file may change before the next one
      { extends: true, test: { name: 'unit', include: UNIT, exclude: TIMING, isolate: false, setupFiles: ['tests/support/unit-setup.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: UNIT,
          globalSetup: ['tests/support/global-setup.ts'],
          // Test files share one Neo4j and each starts from a clean graph, so they run one after another.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      { extends: true, test: { name: 'timing', include: TIMING, fileParallelism: false, sequence: { groupOrder: 2 } } },
    ],
  },
});

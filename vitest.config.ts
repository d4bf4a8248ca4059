import { defineConfig } from 'vitest/config';

// One root config over every workspace, in four tiers (`vitest run --project NAME`):
//   unit    *.test.ts beside the code: no Redis, no PostgreSQL, no global setup (`npm run test:unit`)
//   int     *.int.test.ts against the real Redis/PostgreSQL the global setup provides, a prefix per file
//   e2e     test/*.e2e.test.ts and test/*.test.ts across services (processes, browsers, the CLI)
//   faults  test/faults: services killed, Redis and sinks taken away (`npm run test:faults`)
// `npm test` runs them all. The global setup (packages/testing) starts one Redis and finds one
// PostgreSQL per tier that needs them.
const GLOBAL_SETUP = 'packages/testing/src/global-setup.ts';
const UNIT = [
  'packages/*/src/**/*.test.ts',
  'packages/*/conformance/**/*.test.ts',
  'services/*/src/**/*.test.ts',
  'test/*.test.ts',
];
const NOT_UNIT = ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        // No I/O to wait for: files share a worker's module cache (isolate: false), which halves the
        // tier's time, most of it spent importing the same packages again for each file.
        test: { name: 'unit', include: UNIT, exclude: NOT_UNIT, isolate: false },
      },
      {
        test: {
          name: 'int',
          include: ['packages/*/src/**/*.int.test.ts', 'services/*/src/**/*.int.test.ts'],
          globalSetup: [GLOBAL_SETUP],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/*.e2e.test.ts'],
          globalSetup: [GLOBAL_SETUP],
        },
      },
      { test: { name: 'faults', include: ['test/faults/*.e2e.test.ts'], globalSetup: [GLOBAL_SETUP] } },
    ],
  },
});

import { defineConfig } from 'vitest/config';

// One root config over every workspace: unit tests beside the code, *.int.test.ts against a real
// Redis, test/*.e2e.test.ts across services. Integration files share one Redis (see test/setup),
// each under its own key prefix.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});

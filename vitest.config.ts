import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/fixtures/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // e2e tests spawn the built CLI; keep parallelism modest on 2-core machines
    maxWorkers: 2,
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json', ignoreSourceErrors: true },
  },
});

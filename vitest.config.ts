import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/fixtures/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // e2e tests spawn the built CLI; keep parallelism modest on 2-core machines
    maxWorkers: 2,
    // the summary reporter lists every skipped test with its reason, then the counts
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    // Type-level tests (test/**/*.test-d.ts) are checked by `tsc -p tsconfig.json`, the step of `npm test`
    // before vitest, rather than by vitest's experimental typecheck mode.
  },
});

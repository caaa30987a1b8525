import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // vitest's own report, then every skipped test with its reason
    reporters: ['default', './test/skipped-reporter.ts'],
  },
});

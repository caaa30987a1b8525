/** The type-level contract tests (contract.test-d.ts) are checked on every `npm test`, by tsc. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

it('npm test runs tsc over tsconfig.json, which includes the .test-d.ts files, before vitest', async () => {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const steps = pkg.scripts.test!.split('&&').map((s) => s.trim());
  const tsc = steps.indexOf('tsc -p tsconfig.json --noEmit');
  expect(tsc).toBeGreaterThanOrEqual(0);
  expect(tsc).toBeLessThan(steps.findIndex((s) => s.startsWith('vitest')));
  const tsconfig = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.json'), 'utf8')) as { include: string[] };
  expect(tsconfig.include).toContain('test');
  // so vitest's own typecheck mode (which prints an "experimental feature" warning) stays off
  const { default: config } = (await import('../../vitest.config.js')) as { default: { test?: { typecheck?: { enabled?: boolean } } } };
  expect(config.test?.typecheck?.enabled ?? false).toBe(false);
});

/** `npm test` ends with every skipped test and its reason (test/helpers/summary-reporter.ts). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT, baseEnv } from './cli.js';

// inside the repository, so that the fixture resolves vitest from its node_modules
const dir = join(REPO_ROOT, '.tmp', `skips-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('lists each skipped test with its reason (ctx.skip note or "skipped:" in a title), then the counts', () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'skips.test.ts'),
    [
      "import { describe, it } from 'vitest';",
      "it('needs a cluster', (ctx) => { ctx.skip('no cluster here'); });",
      "it('needs python', (ctx) => { ctx.skip(true, 'python3 missing'); });",
      "describe.skip('slurm — skipped: Slurm is not installed (no slurmctld on PATH)', () => { it('a', () => {}); it('b', () => {}); });",
      "it.skip('grpc client (skipped: python3 missing (no grpcio))', () => {});",
      "it.skip('forgotten', () => {});",
      "it('runs', () => {});",
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'vitest.config.ts'),
    `import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['*.test.ts'], reporters: [${JSON.stringify(join(REPO_ROOT, 'test/helpers/summary-reporter.ts'))}] } });\n`,
  );
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'), 'run'], { cwd: dir, env: baseEnv(), encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(
    [
      'skipped:',
      '  - skips.test.ts > needs a cluster: no cluster here',
      '  - skips.test.ts > needs python: python3 missing',
      '  - skips.test.ts (2 tests): Slurm is not installed (no slurmctld on PATH)',
      '  - skips.test.ts > grpc client: python3 missing (no grpcio)',
      '  - skips.test.ts > forgotten: no reason given',
      '',
      'tests: 1 passed, 0 failed, 6 skipped',
    ].join('\n'),
  );
});

/**
 * The published-package tests never pass silently: when no local registry can be set up they are
 * skipped with the reason shown, and under WEBAPI_PLUGIN_REQUIRE_ALL=1 (as in CI) that is a failure.
 * Proven by running them with a registry that cannot start (its install folder cannot be created).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, baseEnv } from '../helpers/cli.js';
import { exec } from '../helpers/exec.js';

function runRegistryTests(extra: Record<string, string>) {
  const env = baseEnv({ XDG_CACHE_HOME: '/dev/null/unwritable', WEBAPI_PLUGIN_REGISTRY_URL: undefined, NO_COLOR: '1', ...extra });
  return exec(process.execPath, [join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/publish/registry.test.ts', '--typecheck.enabled=false', '--reporter=verbose'], { cwd: REPO_ROOT, env, timeoutMs: 120_000 });
}

describe('the published-package tests without a registry', () => {
  it('are skipped, each with the reason', async () => {
    const r = await runRegistryTests({});
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/↓ .*async: npx webapi-plugin init .* \[no local npm registry: a local registry could not be started \(scripts\/registry\/registry\.mjs\): .*ENOTDIR/);
    expect(r.stdout).toMatch(/Tests +6 skipped/);
  });

  it('fail under WEBAPI_PLUGIN_REQUIRE_ALL=1', async () => {
    const r = await runRegistryTests({ WEBAPI_PLUGIN_REQUIRE_ALL: '1' });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('WEBAPI_PLUGIN_REQUIRE_ALL=1 but a local registry could not be started');
  });
});

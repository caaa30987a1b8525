/**
 * SLOW (installs a project's dependencies: ~15–25 s).
 *
 * The checkout path: `init --yes` run from this (unpublished) checkout links the project to it by itself
 * (no --link), npm installs it without running the checkout's `prepare` and without an install-script
 * warning (allowScripts names the linked copy as npm does), and the project passes its own tests and
 * runs its task. The published path, for every template, is test/publish/registry.test.ts.
 *
 * npm_config_prefer_offline=true uses the local cache where it can.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, baseEnv, runCli, tempDir } from '../helpers/cli.js';

const installEnv = { npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' };

function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, { cwd, env: baseEnv(installEnv), encoding: 'utf8', timeout: 120_000 });
  // eslint-disable-next-line no-control-regex
  return { code: r.status, out: `${r.stdout}\n${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

describe('a project made from this checkout (slow: installs dependencies)', () => {
  let dir: string | undefined;
  afterAll(() => {
    if (dir) rmSync(dirname(dir), { recursive: true, force: true });
  });

  it('init --yes links the checkout by itself, installs quietly, and the project passes its tests and runs', async () => {
    const cwd = tempDir('webapi-plugin-project-');
    const r = await runCli(['init', 'my-async', '--template', 'async', '--yes', '--no-git', '--package-manager', 'npm'], { cwd, env: installEnv, timeoutMs: 150_000 });
    expect(r.code, r.stderr).toBe(0);
    dir = join(cwd, 'my-async');
    expect(r.stdout).toContain(`note: webapi-plugin runs from a checkout (${REPO_ROOT})`);
    expect(r.stdout).toMatch(/added \d+ packages/); // npm's own output, streamed
    // no install-script warnings: the linked copy's prepare is denied by name, the known ones too
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/install-scripts|allowScripts/);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['webapi-plugin']).toBe(`file:${REPO_ROOT}`);

    const test = npm(['test'], dir);
    expect(test.code, test.out).toBe(0);
    expect(test.out).toMatch(/Tests\s+\d+ passed/);
    const run = npm(['run', 'run'], dir);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/greeting: Hello, world!/);
  }, 240_000);
});

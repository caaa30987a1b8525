/**
 * The README's quick start: the example plugin and task run end to end with no external service, and
 * print no warning the user did not cause (the example's fast polling is marked `# @local`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempDir } from '../helpers/cli.js';

it('examples/quickstart runs end to end in a few seconds, keeping the demo token out of the record', async () => {
  const out = tempDir('webapi-quickstart-');
  const r = await runCli(['run', 'examples/quickstart/task.yaml', '--out-dir', out], { cwd: REPO_ROOT, timeoutMs: 20_000 });
  expect(r.stderr).toContain('Success');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('greeting: Hello, Flyte!');
  expect(r.stderr).toMatch(/^\S+ {3}config file: examples\/quickstart\/\.webapi-pluginrc\.yaml$/m);
  expect(r.stderr).not.toMatch(/warn|outside Flyte|deprecat|experimental/i);
  expect(r.stderr.split('\n').filter((l) => / ! /.test(l))).toEqual([]);
  const [runId] = readdirSync(out);
  for (const f of readdirSync(join(out, runId!))) {
    if (f.endsWith('json') || f.endsWith('jsonl')) expect(readFileSync(join(out, runId!, f), 'utf8')).not.toContain('demo-token-not-a-real-secret');
  }
});

it('a fresh clone installs without npm warnings: every dependency with an install script is reviewed in allowScripts', () => {
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
  const withScripts = Object.entries(lock.packages)
    .filter(([, p]) => p.hasInstallScript)
    .map(([path]) => path.replace(/^.*node_modules\//, ''));
  expect(withScripts.length).toBeGreaterThan(0);
  for (const name of withScripts) expect(pkg.allowScripts, name).toHaveProperty([name]);
});

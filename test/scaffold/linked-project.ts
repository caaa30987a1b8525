/**
 * A generated project that can run at once without an install: `init --yes --no-install` into a temp
 * dir, then node_modules made of links to this repository's packages (the templates' dependencies are a
 * subset of them) and to this checkout as webapi-plugin — what `npm install` of a linked project gives.
 */
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT, runCli, tempDir } from '../helpers/cli.js';

export async function linkedProject(template: string, extra: string[] = []): Promise<string> {
  const parent = tempDir(`webapi-plugin-${template}-`);
  const dir = join(parent, `my-${template}`);
  const r = await runCli(['init', dir, '--template', template, '--yes', '--no-install', '--no-git', ...extra], { cwd: parent });
  expect(r.code, r.stderr).toBe(0);
  const nm = join(dir, 'node_modules');
  mkdirSync(nm);
  for (const e of readdirSync(join(REPO_ROOT, 'node_modules'))) {
    if (e !== '.bin' && e !== 'webapi-plugin') symlinkSync(join(REPO_ROOT, 'node_modules', e), join(nm, e));
  }
  symlinkSync(REPO_ROOT, join(nm, 'webapi-plugin'));
  return dir;
}

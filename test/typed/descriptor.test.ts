/** The generated protobuf descriptors `run` uses are those of the installed @flyteorg/flyteidl. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

it('src/task/flyte/generated/descriptor.ts is up to date (node scripts/gen-flyteidl-descriptor.mjs)', () => {
  const out = execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'gen-flyteidl-descriptor.mjs'), '--check'], { encoding: 'utf8' });
  expect(out).toContain('up to date');
});

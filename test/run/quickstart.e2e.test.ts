/** The README's quick start: the example plugin and task run end to end with no external service. */
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
  expect(r.stderr).toMatch(/config \(quickstart\): caching\.resyncInterval = 300ms is outside Flyte's production range/);
  const [runId] = readdirSync(out);
  for (const f of readdirSync(join(out, runId!))) {
    if (f.endsWith('json') || f.endsWith('jsonl')) expect(readFileSync(join(out, runId!, f), 'utf8')).not.toContain('demo-token-not-a-real-secret');
  }
});

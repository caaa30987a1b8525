/**
 * Generated projects used at once (dependencies linked, no install), through the built bin: their config
 * file names their plugin, the http-job template without its mock API fails fast and says why, and a
 * generated project's own test run lists skipped tests with their reasons.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, runCli } from '../helpers/cli.js';
import { linkedProject } from './linked-project.js';

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('generated projects, used at once', () => {
  let asyncDir: string;
  let httpDir: string;
  let slurmDir: string;
  beforeAll(async () => {
    [asyncDir, httpDir, slurmDir] = await Promise.all([linkedProject('async'), linkedProject('http-job'), linkedProject('slurm')]);
  });

  it("config --dump includes the plugin's getConfig() layer (the config file lists the plugin)", async () => {
    const r = await runCli(['config', '--dump', '--show-origin'], { cwd: asyncDir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('# plugin my-async');
    expect(r.stdout).toMatch(/^plugin +resourceQuotas\.default=10$/m);
    expect(r.stdout).toMatch(/^file:\S+\.webapi-pluginrc\.yaml:\d+ +caching\.resyncInterval=1s +\(overrides plugin = 10s, default = 30s\)/m);
  });

  it('http-job without its mock API: "connection refused at <url>" at once, no retries', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(join(httpDir, 'down.yaml'), readFileSync(join(httpDir, 'task.yaml'), 'utf8').replace('http://127.0.0.1:8787', url));
    const r = await runCli(['run', 'down.yaml', '--json'], { cwd: httpDir, env: { FLYTE_SECRET_job_api_token: 'dev-token' } });
    expect(r.code).toBe(3); // a system failure (the remote is unreachable), after one attempt
    const doc = JSON.parse(r.stdout) as { error?: { code?: string; message?: string }; attempts?: unknown[] };
    expect(doc.error?.message).toContain(`connection refused at ${url}: is the job API running there? (locally: npm run mock-server)`);
    expect(doc.error?.code).toBe('ConnectionRefused');
    expect(doc.attempts).toHaveLength(1);
    expect(r.stderr).not.toContain('dev-token');
  });

  it("a generated project's npm test names each skipped test with its reason", () => {
    // the slurm template's cluster tests skip without a cluster (CI's cluster variables removed here)
    const env = baseEnv({ SLURM_REST_URL: undefined, SLURM_JWT: undefined, NO_COLOR: '1' });
    const r = spawnSync(process.execPath, [join(slurmDir, 'node_modules', 'vitest', 'vitest.mjs'), 'run'], { cwd: slurmDir, env, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\nSkipped \(3\):\n(?: {2}- against Slurm \(set SLURM_REST_URL and SLURM_JWT to run\) > .*\n){3}$/);
  });
});

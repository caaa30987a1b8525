/**
 * End to end against a real Slurm 22.05 cluster (scripts/slurm/start.sh): the built CLI runs the
 * examples/slurm plugin, and every claim is checked in Slurm itself through its REST API.
 * Skipped with the reason in the title when no cluster is reachable; an error in CI
 * (WEBAPI_PLUGIN_REQUIRE_SLURM=1).
 */
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { baseEnv, REPO_ROOT, runCli, tempDir } from '../helpers/cli.js';
import { describeSlurm, jobsNamed, LIVE_STATES, listJobs, rest, uniqueName, waitFor, type SlurmCluster } from './cluster.js';

const PLUGIN = join(REPO_ROOT, 'examples', 'slurm', 'plugin.ts');

interface TaskOpts {
  name: string;
  script: string;
  timeout?: string;
}

function taskYaml(c: SlurmCluster, o: TaskOpts): string {
  return [
    'type: slurm',
    `plugin: ${JSON.stringify(PLUGIN)}`,
    `execution: {name: ${o.name}}`,
    ...(o.timeout ? ['metadata:', `  timeout: ${o.timeout}`] : []),
    'config:',
    `  slurmUrl: ${JSON.stringify(c.url)}`,
    `  apiVersion: ${c.apiVersion}`,
    'custom:',
    `  script: ${JSON.stringify(o.script)}`,
    '',
  ].join('\n');
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function project(c: SlurmCluster, tasks: TaskOpts[]): { dir: string; files: string[] } {
  const dir = tempDir('slurm-e2e-');
  made.push(dir);
  const files = tasks.map((t, i) => {
    const f = tasks.length === 1 ? 'task.yaml' : `task${i + 1}.yaml`;
    writeFileSync(join(dir, f), taskYaml(c, t));
    return f;
  });
  return { dir, files };
}

const secretEnv = (token: string) => ({ FLYTE_SECRET_SLURM_JWT: token });

/** A well-formed Slurm JWT for root, signed with a key the cluster does not have. */
function foreignToken(): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ exp: now + 3600, iat: now, sun: 'root' })}`;
  return `${head}.${createHmac('sha256', 'not-the-cluster-key').update(head).digest('base64url')}`;
}

function assertNoToken(c: SlurmCluster, ...texts: string[]): void {
  for (const t of texts) expect(t).not.toContain(c.token);
}

describeSlurm('slurm e2e: webapi-plugin run against a real cluster', (c) => {
  // A failed test must not leave its `sleep 60` behind in the shared cluster.
  afterAll(async () => {
    const ours = /^(ok|exit3|sigint|timeout|resume|quota|badtoken)-[a-z0-9]+(-t\d)?-\d+$/;
    for (const j of await listJobs(c)) if (ours.test(j.name) && LIVE_STATES.has(j.job_state)) await rest(c, 'DELETE', `/job/${j.job_id}`);
  });

  it('a short job succeeds: run prints its outputs and exits 0', async () => {
    const name = uniqueName('ok');
    const { dir } = project(c, [{ name, script: '#!/bin/bash\necho "hello from $SLURM_JOB_ID"\n' }]);
    const r = await runCli(['run', 'task.yaml'], { cwd: dir, env: secretEnv(c.token) });
    expect(r.code, r.stderr).toBe(0);
    const [job] = await jobsNamed(c, `${name}-0`);
    expect(job).toMatchObject({ job_state: 'COMPLETED' });
    expect(r.stdout).toContain('jobId');
    expect(r.stdout).toContain(String(job!.job_id));
    expect(r.stdout).toContain('exitCode');
    expect(r.stdout).toMatch(/stdoutPath/);
    const out = /(\/\S+slurm-\d+\.out)/.exec(r.stdout)?.[1];
    expect(out && readFileSync(out, 'utf8')).toBe(`hello from ${job!.job_id}\n`);
    expect(out!.startsWith(dir)).toBe(true); // under the run's output prefix
    assertNoToken(c, r.stdout, r.stderr);
  });

  it('a job that exits 3: run exits 1 and says "exit code 3"', async () => {
    const name = uniqueName('exit3');
    const { dir } = project(c, [{ name, script: '#!/bin/bash\necho about to fail\nexit 3\n' }]);
    const r = await runCli(['run', 'task.yaml'], { cwd: dir, env: secretEnv(c.token) });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout + r.stderr).toContain('exit code 3');
    expect((await jobsNamed(c, `${name}-0`))[0]).toMatchObject({ job_state: 'FAILED', exit_code: 768 });
  });

  it('SIGINT during a running job: Slurm shows it CANCELLED and run exits 130', async () => {
    const name = uniqueName('sigint');
    const { dir } = project(c, [{ name, script: '#!/bin/bash\nsleep 60\n' }]);
    const r = await runCli(['run', 'task.yaml'], {
      cwd: dir,
      env: secretEnv(c.token),
      onSpawn: (child) => {
        void waitFor('the job to run', async () => (await jobsNamed(c, `${name}-0`)).some((j) => j.job_state === 'RUNNING')).then(
          () => child.kill('SIGINT'),
          () => child.kill('SIGKILL'),
        );
      },
    });
    expect(r.code, r.stdout + r.stderr).toBe(130);
    const job = await waitFor('CANCELLED in Slurm', async () => (await jobsNamed(c, `${name}-0`)).find((j) => j.job_state === 'CANCELLED'), 10_000);
    expect(job.job_state).toBe('CANCELLED');
  });

  it('metadata.timeout 2s on a sleep 60 job: cancelled in Slurm, the task fails TimeoutExpired', async () => {
    const name = uniqueName('timeout');
    const { dir } = project(c, [{ name, script: '#!/bin/bash\nsleep 60\n', timeout: '2s' }]);
    const t0 = Date.now();
    const r = await runCli(['run', 'task.yaml'], { cwd: dir, env: secretEnv(c.token) });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout + r.stderr).toContain('TimeoutExpired');
    expect(Date.now() - t0).toBeLessThan(20_000);
    const job = await waitFor('CANCELLED in Slurm', async () => (await jobsNamed(c, `${name}-0`)).find((j) => j.job_state === 'CANCELLED'), 10_000);
    expect(job.job_state).toBe('CANCELLED');
  });

  it('kill -9 right after submit, then run --resume: completes, and Slurm holds exactly one job of that name', async () => {
    const name = uniqueName('resume');
    const { dir } = project(c, [{ name, script: '#!/bin/bash\nsleep 2\necho resumed-ok\n' }]);
    // The token in the default secrets dir (.secrets/ beside the task file), not the environment: the
    // resumed process must find it without a create.
    mkdirSync(join(dir, '.secrets'));
    writeFileSync(join(dir, '.secrets', 'SLURM_JWT'), `${c.token}\n`);
    const first = await runCli(['run', 'task.yaml'], {
      cwd: dir,
      onSpawn: (child) => {
        void waitFor('the job to be submitted', async () => (await jobsNamed(c, `${name}-0`)).length > 0).then(
          () => child.kill('SIGKILL'),
          () => child.kill('SIGKILL'),
        );
      },
    });
    expect(first.signal).toBe('SIGKILL');
    const runs = readdirSync(join(dir, '.webapi-plugin', 'runs'));
    expect(runs).toHaveLength(1);
    const second = await runCli(['run', '--resume', runs[0]!], { cwd: dir });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toContain('exitCode: 0');
    assertNoToken(c, first.stdout, first.stderr, second.stdout, second.stderr);
    const jobs = await jobsNamed(c, `${name}-0`);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ job_state: 'COMPLETED' });
  });

  it('six tasks with resourceQuotas {default: 2}: Slurm never shows more than two of them pending or running', async () => {
    const base = uniqueName('quota');
    const names = Array.from({ length: 6 }, (_, i) => `${base}-t${i}`);
    const { dir, files } = project(
      c,
      names.map((name) => ({ name, script: '#!/bin/bash\nsleep 1\n' })),
    );
    const pattern = new RegExp(`^${base}-t\\d-0$`);
    let maxLive = 0;
    let samples = 0;
    let done = false;
    const observer = (async () => {
      while (!done) {
        const live = (await listJobs(c)).filter((j) => pattern.test(j.name) && LIVE_STATES.has(j.job_state)).length;
        maxLive = Math.max(maxLive, live);
        samples++;
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const r = await runCli(['run', ...files, '--set', 'resourceQuotas.default=2'], { cwd: dir, env: secretEnv(c.token) });
    done = true;
    await observer;
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const jobs = await jobsNamed(c, pattern);
    expect(jobs).toHaveLength(6);
    expect(jobs.every((j) => j.job_state === 'COMPLETED')).toBe(true);
    expect(samples).toBeGreaterThan(10);
    expect(maxLive).toBeGreaterThan(0);
    expect(maxLive).toBeLessThanOrEqual(2);
  });

  it('a wrong token: a clear authentication error and exit 3, without the token in the output', async () => {
    const name = uniqueName('badtoken');
    const { dir } = project(c, [{ name, script: '#!/bin/bash\ntrue\n' }]);
    const bad = foreignToken();
    const r = await runCli(['run', 'task.yaml'], { cwd: dir, env: secretEnv(bad) });
    expect(r.code, r.stdout + r.stderr).toBe(3);
    expect(r.stderr).toMatch(/authentication failed/i);
    expect(r.stderr).toMatch(/SLURM_JWT/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack
    expect(r.stdout + r.stderr).not.toContain(bad);
    expect(await jobsNamed(c, `${name}-0`)).toHaveLength(0);
  });
});

describeSlurm('slurm e2e: the `init --template slurm` project', (c) => {
  it('the generated project passes its own tests against the cluster', async () => {
    const parent = tempDir('slurm-template-');
    made.push(parent);
    const dir = join(parent, 'my-slurm');
    const init = await runCli(['init', dir, '--template', 'slurm', '--yes', '--no-install', '--no-git', '--link', REPO_ROOT], { cwd: parent });
    expect(init.code, init.stderr).toBe(0);
    // An offline "npm install": the template's dependencies are a subset of this repository's, so link
    // them (and webapi-plugin itself, as `--link` would) instead of fetching them.
    const nm = join(dir, 'node_modules');
    mkdirSync(nm);
    for (const e of readdirSync(join(REPO_ROOT, 'node_modules'))) symlinkSync(join(REPO_ROOT, 'node_modules', e), join(nm, e));
    symlinkSync(REPO_ROOT, join(nm, 'webapi-plugin'));
    const env = baseEnv({
      SLURM_REST_URL: c.url,
      SLURM_JWT: c.token,
      SLURM_API_VERSION: c.apiVersion,
      WEBAPI_PLUGIN_REQUIRE_SLURM: '1', // its cluster tests must run, not skip
    });
    const r = await new Promise<{ code: number | null; out: string }>((done, fail) => {
      const child = spawn(process.execPath, [join(nm, 'vitest', 'vitest.mjs'), 'run'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('error', fail);
      child.on('close', (code) => done({ code, out }));
    });
    const plain = r.out.replace(/\u001b\[[0-9;]*m/g, '');
    expect(r.code, plain).toBe(0);
    expect(plain).toMatch(/Tests\s+3 passed/);
    expect(plain).not.toMatch(/failed/);
  });
});

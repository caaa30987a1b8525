/**
 * Tests of the Slurm plugin: the state mapping offline, then real runs of task.yaml through
 * `webapi-plugin run` when a cluster is configured (SLURM_REST_URL and SLURM_JWT set); those are
 * skipped otherwise, or fail when WEBAPI_PLUGIN_REQUIRE_SLURM=1 (so CI cannot skip them silently).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SecretManager } from 'webapi-plugin';
import { createSlurmPlugin, type SlurmMeta } from '../src/plugin.js';

const projectDir = resolve(import.meta.dirname, '..');
const meta: SlurmMeta = { jobId: 7, jobName: 'demo-0', baseUrl: 'http://slurm.test:6820', apiVersion: 'v0.0.38', userName: 'me', tokenSecret: 'SLURM_JWT', stdoutPath: '/tmp/slurm-7.out' };

async function statusOf(state: string, exitStatus = 0) {
  const outputs: unknown[] = [];
  const secretManager: SecretManager = { get: async () => 'token' };
  const ctx = { secretManager, outputWriter: { put: async (o: unknown) => void outputs.push(o) }, resourceMeta: meta, resource: { jobId: 7, state, reason: 'None', exitStatus } };
  const info = await createSlurmPlugin({ env: {} }).status(ctx as never);
  return { info, outputs };
}

describe('status: Slurm states to phases', () => {
  it('maps the lifecycle and decodes the exit status', async () => {
    expect((await statusOf('PENDING')).info.phase).toBe('Queued');
    expect((await statusOf('RUNNING')).info.phase).toBe('Running');
    const done = await statusOf('COMPLETED');
    expect(done.info.phase).toBe('Success');
    expect(done.outputs).toEqual([{ jobId: 7, exitCode: 0, stdoutPath: '/tmp/slurm-7.out' }]);
    const failed = (await statusOf('FAILED', 3 << 8)).info;
    expect(failed.phase).toBe('PermanentFailure');
    expect(failed.error?.message).toContain('exit code 3');
    expect((await statusOf('TIMEOUT', 15)).info.error?.code).toBe('TimeoutExpired');
    expect((await statusOf('NODE_FAIL')).info).toMatchObject({ phase: 'RetryableFailure', error: { kind: 'SYSTEM' } });
    expect((await statusOf('CANCELLED', 15)).info.phase).toBe('Aborted');
  });
});

// ---------------------------------------------------------------------------------------------- cluster
const url = process.env.SLURM_REST_URL;
const token = process.env.SLURM_JWT;
const required = process.env.WEBAPI_PLUGIN_REQUIRE_SLURM === '1';
const cluster = Boolean(url && token);

/** `webapi-plugin run <args>` with this project's copy of the CLI. */
function run(args: string[], cwd = projectDir): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const pkg = createRequire(import.meta.url).resolve('webapi-plugin/package.json');
  const bin = join(dirname(pkg), JSON.parse(readFileSync(pkg, 'utf8')).bin['webapi-plugin']);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, 'run', ...args], {
      cwd,
      env: { ...process.env, FLYTE_SECRET_SLURM_JWT: token, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A real job: queued, scheduled, polled every resyncInterval; seconds, up to a minute on a busy machine (vitest gives a test 5 s). */
const JOB_TIMEOUT_MS = 60_000;

describe.skipIf(!cluster && !required)(`against Slurm${cluster ? ` at ${url}` : ' (set SLURM_REST_URL and SLURM_JWT to run)'}`, () => {
  it.runIf(!cluster)('needs SLURM_REST_URL and SLURM_JWT (WEBAPI_PLUGIN_REQUIRE_SLURM=1)', () => {
    throw new Error('WEBAPI_PLUGIN_REQUIRE_SLURM=1 but SLURM_REST_URL or SLURM_JWT is not set');
  });

  it.runIf(cluster)('task.yaml runs to Success with the job id, exit code and output file', async () => {
    const r = await run(['task.yaml', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.outputs).toMatchObject({ jobId: expect.any(Number), exitCode: 0 });
    expect(readFileSync(doc.outputs.stdoutPath, 'utf8')).toMatch(/^hello, world, from Slurm job \d+/);
    expect(r.stdout + r.stderr).not.toContain(token);
  }, JOB_TIMEOUT_MS);

  it.runIf(cluster)('a failing script fails the run with its exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slurm-plugin-test-'));
    const task = readFileSync(join(projectDir, 'task.yaml'), 'utf8')
      .replace('plugin: ./src/plugin.ts', `plugin: ${JSON.stringify(join(projectDir, 'src', 'plugin.ts'))}`)
      .replace(/custom:[\s\S]*$/, 'custom:\n  script: "#!/bin/bash\\nexit 3\\n"\n');
    writeFileSync(join(dir, 'fail.yaml'), task);
    try {
      const r = await run(['fail.yaml'], dir);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout + r.stderr).toContain('exit code 3');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, JOB_TIMEOUT_MS);
});

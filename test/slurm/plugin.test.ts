/**
 * The slurm example plugin against a scripted slurmrestd (no cluster needed): request shapes, status
 * mapping, create's dedupe, idempotent delete, token handling and error classification.
 * The real-cluster end-to-end tests are in e2e.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPermanentError, isTransientError, type PhaseInfo, type SecretManager, type TaskTemplate } from 'webapi-plugin';
import { createSlurmPlugin, type SlurmMeta, type SlurmResource } from '../../examples/slurm/plugin.js';
import { decodeWaitStatus } from '../../examples/slurm/slurm-api.js';

const scratch = mkdtempSync(join(tmpdir(), 'slurm-unit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.' + Buffer.from(JSON.stringify({ sun: 'alice', exp: 9e9 })).toString('base64url') + '.c2ln';
const URL_ = 'http://slurm.test:6820';

interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: any;
}

/** A fake slurmrestd: `routes` answers "METHOD /path" with [status, body]. */
function fakeSlurm(routes: Record<string, (call: Call) => [number, unknown]>) {
  const calls: Call[] = [];
  const fetchImpl = (async (input: string | URL, init: RequestInit = {}) => {
    const url = String(input);
    const call: Call = {
      method: init.method ?? 'GET',
      url,
      headers: init.headers as Record<string, string>,
      ...(init.body !== undefined && { body: JSON.parse(String(init.body)) }),
    };
    calls.push(call);
    const path = new URL(url).pathname.replace('/slurm/v0.0.38', '');
    const key = `${call.method} ${path}`;
    const route = routes[key] ?? Object.entries(routes).find(([k]) => new RegExp(`^${k.replace(/\{id\}/, '\\d+')}$`).test(key))?.[1];
    if (!route) return new Response(JSON.stringify({ errors: [{ error: `no route ${key}` }] }), { status: 404 });
    const [status, body] = route(call);
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  }) as typeof fetch;
  return { calls, fetch: fetchImpl };
}

const secrets = (values: Record<string, string>): SecretManager => ({
  async get(key) {
    if (key in values) return values[key]!;
    throw new Error(`secret ${key} not found`);
  },
});

function tCtx(template: TaskTemplate, opts: { outputPrefix?: string; sm?: SecretManager; name?: string; inputs?: Record<string, unknown> } = {}) {
  const outputs: Record<string, unknown>[] = [];
  const name = opts.name ?? 'run1-n0-0';
  return {
    outputs,
    ctx: {
      secretManager: opts.sm ?? secrets({ SLURM_JWT: TOKEN }),
      taskReader: { read: async () => template },
      inputReader: { get: async () => opts.inputs ?? {} },
      taskExecutionMetadata: { taskExecutionId: { generatedName: name } } as any,
      outputWriter: {
        outputPrefix: opts.outputPrefix ?? mkdtempSync(join(scratch, 'p-')),
        put: async (o: Record<string, unknown>) => void outputs.push(o),
      } as any,
      signal: new AbortController().signal,
    },
  };
}

const template = (custom: Record<string, unknown> = { script: '#!/bin/bash\necho hi\n' }, config: Record<string, string> = { slurmUrl: URL_ }): TaskTemplate => ({
  type: 'slurm',
  custom,
  config,
});

const job = (over: Record<string, unknown> = {}) => ({
  job_id: 7,
  name: 'run1-n0-0',
  job_state: 'PENDING',
  state_reason: 'None',
  exit_code: 0,
  current_working_directory: '/w',
  standard_output: '/w/slurm-%j.out',
  ...over,
});

const meta: SlurmMeta = { jobId: 7, jobName: 'run1-n0-0', baseUrl: URL_, apiVersion: 'v0.0.38', userName: 'alice', tokenSecret: 'SLURM_JWT', stdoutPath: '/w/slurm-7.out' };

async function statusOf(resource: Partial<SlurmResource>, m: SlurmMeta = meta) {
  const plugin = createSlurmPlugin({ env: {} });
  const { ctx, outputs } = tCtx(template());
  const info = (await plugin.status({ ...ctx, resourceMeta: m, resource: { jobId: 7, state: 'PENDING', reason: 'None', exitStatus: 0, ...resource } } as any)) as PhaseInfo;
  return { info, outputs };
}

describe('slurm plugin: create', () => {
  it('submits the script as a job named after the attempt, in a directory under the output prefix, and keeps the token out of resourceMeta', async () => {
    const s = fakeSlurm({
      'GET /jobs': () => [200, { errors: [], jobs: [job({ name: 'someone-else', job_id: 3 })] }],
      'POST /job/submit': () => [200, { errors: [], job_id: 42 }],
      'GET /job/42': () => [200, { errors: [], jobs: [job({ job_id: 42 })] }],
    });
    const plugin = createSlurmPlugin({ env: {}, fetch: s.fetch });
    const prefix = mkdtempSync(join(scratch, 'p-'));
    const { ctx } = tCtx(template({ script: '#!/bin/bash\necho $INPUT_N\n', environment: { FOO: 'bar' }, timeLimit: '90s', cpusPerTask: 1 }), {
      outputPrefix: prefix,
      inputs: { n: 5 },
    });
    const res = await plugin.create(ctx as any);
    expect(res.resourceMeta).toEqual({
      jobId: 42,
      jobName: 'run1-n0-0',
      baseUrl: URL_,
      apiVersion: 'v0.0.38',
      userName: 'alice', // from the token's `sun` claim
      tokenSecret: 'SLURM_JWT',
      stdoutPath: join(prefix, 'slurm', 'slurm-42.out'),
    });
    expect(res.resource).toMatchObject({ jobId: 42, state: 'PENDING' });
    expect(JSON.stringify(res)).not.toContain(TOKEN);
    const submit = s.calls.find((c) => c.method === 'POST')!;
    expect(submit.url).toBe(`${URL_}/slurm/v0.0.38/job/submit`);
    expect(submit.headers).toMatchObject({ 'X-SLURM-USER-NAME': 'alice', 'X-SLURM-USER-TOKEN': TOKEN, 'Content-Type': 'application/json' });
    expect(submit.body).toEqual({
      script: '#!/bin/bash\necho $INPUT_N\n',
      job: {
        name: 'run1-n0-0',
        current_working_directory: join(prefix, 'slurm'),
        standard_output: join(prefix, 'slurm', 'slurm-%j.out'),
        environment: { PATH: expect.any(String), INPUT_N: '5', FOO: 'bar' },
        time_limit: 2,
        cpus_per_task: 1,
      },
    });
  });

  it('returns the live job of the same name instead of submitting a second one', async () => {
    const s = fakeSlurm({
      'GET /jobs': () => [200, { jobs: [job({ job_id: 5, job_state: 'CANCELLED' }), job({ job_id: 9, job_state: 'RUNNING' })] }],
      'POST /job/submit': () => [200, { job_id: 99 }],
    });
    const plugin = createSlurmPlugin({ env: {}, fetch: s.fetch });
    const res = await plugin.create(tCtx(template()).ctx as any);
    expect(res.resourceMeta.jobId).toBe(9);
    expect(res.resourceMeta.stdoutPath).toBe('/w/slurm-9.out');
    expect(res.resource).toMatchObject({ state: 'RUNNING' });
    expect(s.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('submits anew when the only job of that name was cancelled', async () => {
    const s = fakeSlurm({
      'GET /jobs': () => [200, { jobs: [job({ job_id: 5, job_state: 'CANCELLED' })] }],
      'POST /job/submit': () => [200, { job_id: 6 }],
      'GET /job/6': () => [200, { jobs: [job({ job_id: 6 })] }],
    });
    const res = await createSlurmPlugin({ env: {}, fetch: s.fetch }).create(tCtx(template()).ctx as any);
    expect(res.resourceMeta.jobId).toBe(6);
  });

  it('rejects a bad task spec with a message naming the field', async () => {
    const plugin = createSlurmPlugin({ env: {} });
    const cases: [TaskTemplate, RegExp][] = [
      [template({}), /custom\.script is missing/],
      [template({ script: 'echo hi' }), /custom\.script must start with a #! line/],
      [template({ script: '#!/bin/sh\n', timeLimit: 'soon' }), /custom\.timeLimit must be a Go duration/],
      [template({ script: '#!/bin/sh\n', environment: ['A=1'] }), /custom\.environment must be a map/],
      [template(undefined, {}), /set config\.slurmUrl/],
      [template(undefined, { slurmUrl: 'not a url' }), /config\.slurmUrl is not a URL/],
      [template(undefined, { slurmUrl: URL_, apiVersion: '38' }), /config\.apiVersion must look like v0\.0\.38/],
    ];
    for (const [t, msg] of cases) {
      const err = await Promise.resolve(plugin.create(tCtx(t).ctx as any)).catch((e) => e);
      expect(isPermanentError(err), String(err)).toBe(true);
      expect(err.message).toMatch(msg);
      expect(err.code).toBe('BadTaskSpecification');
    }
  });

  it('takes the URL and API version from the environment when the task has no config', async () => {
    const s = fakeSlurm({ 'GET /jobs': () => [200, { jobs: [job({ job_state: 'RUNNING' })] }] });
    const plugin = createSlurmPlugin({ env: { SLURM_REST_URL: URL_ + '/', SLURM_USER_NAME: 'bob' }, fetch: s.fetch });
    const res = await plugin.create(tCtx(template(undefined, {})).ctx as any);
    expect(res.resourceMeta).toMatchObject({ baseUrl: URL_, apiVersion: 'v0.0.38', userName: 'bob' });
    expect(s.calls[0]!.url).toBe(`${URL_}/slurm/v0.0.38/jobs`);
  });

  it('reports a rejected token (Slurm answers 500, not 401) as a permanent authentication error without the token', async () => {
    const s = fakeSlurm({
      'GET /jobs': () => [500, { errors: [{ description: 'Failed while looking for jobs', error_number: -1, error: 'Unspecified error', source: 'slurm_load_jobs' }], jobs: [] }],
    });
    const err = await Promise.resolve(createSlurmPlugin({ env: {}, fetch: s.fetch }).create(tCtx(template()).ctx as any)).catch((e) => e);
    expect(isPermanentError(err)).toBe(true);
    expect(err.code).toBe('AuthenticationFailed');
    expect(err.kind).toBe('SYSTEM');
    expect(err.message).toMatch(/authentication failed.*rejected the token.*"SLURM_JWT" secret/s);
    expect(err.message).not.toContain(TOKEN);
  });

  it('treats an unreachable REST API as transient', async () => {
    const plugin = createSlurmPlugin({
      env: {},
      fetch: (async () => {
        throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
      }) as typeof fetch,
    });
    const err = await Promise.resolve(plugin.create(tCtx(template()).ctx as any)).catch((e) => e);
    expect(isTransientError(err)).toBe(true);
    expect(err.message).toMatch(/cannot reach the Slurm REST API at http:\/\/slurm\.test:6820\/slurm\/v0\.0\.38\/jobs: ECONNREFUSED/);
  });

  it('reports an impossible request (Slurm error 2005) as permanent', async () => {
    const s = fakeSlurm({
      'GET /jobs': () => [200, { jobs: [] }],
      'POST /job/submit': () => [500, { errors: [{ error_code: 2005, error: 'More processors requested than permitted' }] }],
    });
    const err = await Promise.resolve(createSlurmPlugin({ env: {}, fetch: s.fetch }).create(tCtx(template({ script: '#!/bin/sh\n', cpusPerTask: 64 })).ctx as any)).catch((e) => e);
    expect(isPermanentError(err)).toBe(true);
    expect(err.message).toMatch(/More processors requested than permitted/);
  });
});

describe('slurm plugin: get, delete and the token', () => {
  it('resourceRequirements (called again on resume) remembers the secret manager for get', async () => {
    const s = fakeSlurm({ 'GET /job/7': () => [200, { jobs: [job({ job_state: 'RUNNING' })] }] });
    const plugin = createSlurmPlugin({ env: {}, fetch: s.fetch });
    expect(plugin.getConfig().resourceQuotas).toEqual({ default: 64 }); // so the engine calls resourceRequirements
    expect(await plugin.resourceRequirements!(tCtx(template()).ctx as any)).toEqual({ namespace: 'default' });
    expect(await plugin.get({ resourceMeta: meta, signal: new AbortController().signal })).toMatchObject({ state: 'RUNNING' });
    expect(s.calls[0]!.headers['X-SLURM-USER-TOKEN']).toBe(TOKEN);
  });

  it('get and delete use the secret manager remembered from create; delete of an unknown job succeeds', async () => {
    const s = fakeSlurm({
      'GET /jobs': () => [200, { jobs: [job({ job_state: 'RUNNING' })] }],
      'GET /job/7': () => [200, { jobs: [job({ job_state: 'COMPLETED', exit_code: 0 })] }],
      'DELETE /job/7': () => [500, { errors: [{ error_number: 2017, error: 'Invalid job id specified' }] }],
    });
    let reads = 0;
    const sm: SecretManager = { get: async () => (reads++, `${TOKEN}\n`) };
    const plugin = createSlurmPlugin({ env: {}, fetch: s.fetch });
    const { resourceMeta } = await plugin.create(tCtx(template(), { sm }).ctx as any);
    expect(await plugin.get({ resourceMeta, signal: new AbortController().signal })).toMatchObject({ jobId: 7, state: 'COMPLETED' });
    await plugin.delete({ resourceMeta, reason: 'test', signal: new AbortController().signal });
    expect(reads).toBeGreaterThanOrEqual(3);
    for (const c of s.calls) expect(c.headers['X-SLURM-USER-TOKEN']).toBe(TOKEN); // trimmed
  });

  it('a fresh plugin with no task context (a Flyte agent) reads FLYTE_SECRET_<KEY>, then the mounted secrets dir, and says where to put the token when it is missing', async () => {
    const s = fakeSlurm({ 'GET /job/7': () => [200, { jobs: [job({ job_state: 'RUNNING' })] }] });
    const fresh = createSlurmPlugin({ env: { FLYTE_SECRET_SLURM_JWT: TOKEN }, fetch: s.fetch });
    expect(await fresh.get({ resourceMeta: meta, signal: new AbortController().signal })).toMatchObject({ state: 'RUNNING' });
    const mounted = mkdtempSync(join(scratch, 's-'));
    writeFileSync(join(mounted, 'SLURM_JWT'), `${TOKEN}\n`);
    const fromFile = createSlurmPlugin({ env: { FLYTE_SECRETS_DEFAULT_DIR: mounted }, fetch: s.fetch });
    expect(await fromFile.get({ resourceMeta: meta, signal: new AbortController().signal })).toMatchObject({ state: 'RUNNING' });
    expect(s.calls.at(-1)!.headers['X-SLURM-USER-TOKEN']).toBe(TOKEN);
    const none = createSlurmPlugin({ env: { FLYTE_SECRETS_DEFAULT_DIR: join(mounted, 'nothing') }, fetch: s.fetch });
    const err = await Promise.resolve(none.get({ resourceMeta: meta, signal: new AbortController().signal })).catch((e) => e);
    expect(isPermanentError(err)).toBe(true);
    expect(err.message).toMatch(/secret "SLURM_JWT" is not available here \(set FLYTE_SECRET_SLURM_JWT or .*nothing\/SLURM_JWT\)/);
  });

  it('get of a job Slurm no longer knows fails clearly', async () => {
    const s = fakeSlurm({ 'GET /job/7': () => [500, { errors: [{ error_number: 2017, error: 'Invalid job id specified' }], jobs: [] }] });
    const err = await Promise.resolve(createSlurmPlugin({ env: { FLYTE_SECRET_SLURM_JWT: TOKEN }, fetch: s.fetch }).get({ resourceMeta: meta, signal: new AbortController().signal })).catch((e) => e);
    expect(err.code).toBe('JobNotFound');
    expect(err.message).toMatch(/Slurm no longer knows job 7/);
  });
});

describe('slurm plugin: status', () => {
  it('maps every Slurm state to a phase', async () => {
    const table: [string, number, string, string?][] = [
      ['PENDING', 0, 'Queued'],
      ['CONFIGURING', 0, 'Queued'],
      ['RUNNING', 0, 'Running'],
      ['COMPLETING', 0, 'Running'],
      ['SUSPENDED', 0, 'Running'],
      ['COMPLETED', 0, 'Success'],
      ['FAILED', 768, 'PermanentFailure', 'NonZeroExitCode'],
      ['OUT_OF_MEMORY', 9, 'PermanentFailure', 'OutOfMemory'],
      ['NODE_FAIL', 0, 'RetryableFailure', 'NODE_FAIL'],
      ['BOOT_FAIL', 0, 'RetryableFailure', 'BOOT_FAIL'],
      ['PREEMPTED', 0, 'RetryableFailure', 'PREEMPTED'],
      ['TIMEOUT', 15, 'RetryableFailure', 'TimeoutExpired'],
      ['CANCELLED', 15, 'Aborted'],
    ];
    for (const [state, exitStatus, phase, code] of table) {
      const { info } = await statusOf({ state, exitStatus });
      expect(info.phase, state).toBe(phase);
      if (code) expect(info.error?.code, state).toBe(code);
      expect(info.info?.logs?.[0]).toMatchObject({ uri: 'file:///w/slurm-7.out' });
    }
    expect((await statusOf({ state: 'NODE_FAIL' })).info.error?.kind).toBe('SYSTEM');
    expect((await statusOf({ state: 'FAILED', exitStatus: 256 })).info.error?.kind).toBe('USER');
  });

  it('decodes the raw wait status: FAILED with 768 says "exit code 3", with 9 says SIGKILL, and shows the output tail', async () => {
    const dir = mkdtempSync(join(scratch, 'p-'));
    writeFileSync(join(dir, 'slurm-7.out'), 'starting\nboom: disk full\n');
    const m = { ...meta, stdoutPath: join(dir, 'slurm-7.out') };
    const failed = (await statusOf({ state: 'FAILED', exitStatus: 768 }, m)).info;
    expect(failed.error?.message).toBe(`Slurm job 7 FAILED with exit code 3; last output:\nstarting\nboom: disk full`);
    expect((await statusOf({ state: 'FAILED', exitStatus: 9 })).info.error).toMatchObject({ code: 'Signaled', message: 'Slurm job 7 FAILED (killed by SIGKILL)' });
    expect(decodeWaitStatus(10752)).toEqual({ exitCode: 42 });
    expect(decodeWaitStatus(15)).toEqual({ exitCode: 143, signal: 15 });
    expect(decodeWaitStatus(null)).toEqual({ exitCode: 0 });
  });

  it('writes the outputs {jobId, exitCode, stdoutPath} on COMPLETED', async () => {
    const { info, outputs } = await statusOf({ state: 'COMPLETED', exitStatus: 0 });
    expect(info.phase).toBe('Success');
    expect(outputs).toEqual([{ jobId: 7, exitCode: 0, stdoutPath: '/w/slurm-7.out' }]);
  });
});

describe('slurm plugin: template copy', () => {
  it('templates/slurm carries the same plugin as examples/slurm', () => {
    const root = join(import.meta.dirname, '..', '..');
    // The template's copy differs only by the placeholders init fills in (id and task types).
    const render = (text: string) => text.replace(/\{\{pluginId\}\}|\{\{taskType\}\}/g, 'slurm').replace(/\{\{taskTypesList\}\}/g, "'slurm'");
    for (const f of ['plugin.ts', 'slurm-api.ts']) {
      expect(render(readFileSync(join(root, 'templates/slurm/src', f), 'utf8')), f).toBe(readFileSync(join(root, 'examples/slurm', f), 'utf8'));
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPermanentError, isTransientError } from 'webapi-plugin';
// The same mock job API that `npm run mock-server` starts, here on a free port.
import { startJobApi } from '../mock/job-api.mjs';
import entry, { create{{pluginClassName}}Plugin } from '../src/plugin.js';
import { TOKEN_SECRET, TokenSource } from '../src/token.js';
import { createTestContext } from 'webapi-plugin/testing';

const TOKEN = 'test-token-5f2c';
let api: Awaited<ReturnType<typeof startJobApi>>;

beforeAll(async () => {
  api = await startJobApi({ port: 0, token: TOKEN, queuedMs: 50 });
});
afterAll(() => api.close());

/** A plugin whose fallback token source sees no environment (as in a fresh process with nothing set). */
const newPlugin = (env: NodeJS.ProcessEnv = {}) => create{{pluginClassName}}Plugin({ tokens: new TokenSource(TOKEN_SECRET, env, '/nonexistent') });

const task = (custom: Record<string, unknown> = {}, command = 'echo hi') =>
  createTestContext({
    template: { type: '{{taskType}}', custom: { baseUrl: api.url, durationMs: 100, ...custom } },
    inputs: { command },
    secrets: { [TOKEN_SECRET]: TOKEN },
    generatedName: `attempt-${Math.random().toString(36).slice(2)}`,
  });

async function untilTerminal(plugin: ReturnType<typeof newPlugin>, tCtx: ReturnType<typeof task>, resourceMeta: { baseUrl: string; jobId: string }) {
  for (let i = 0; i < 100; i++) {
    const resource = await plugin.get({ resourceMeta, signal: tCtx.signal });
    const info = await plugin.status({ ...tCtx, resourceMeta, resource });
    if (!['Queued', 'Running'].includes(info.phase)) return info;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the job did not finish');
}

describe('{{pluginId}}', () => {
  it('exports a plugin entry for its task types', () => {
    expect(entry.id).toBe('{{pluginId}}');
    expect(entry.supportedTaskTypes).toEqual([{{taskTypesList}}]);
  });

  it('submits, polls and succeeds, with the token in a header and never in the resourceMeta', async () => {
    const plugin = newPlugin();
    const tCtx = task();
    const { resourceMeta, resource } = await plugin.create(tCtx);
    expect(JSON.stringify(resourceMeta)).not.toContain(TOKEN);
    expect(resource?.state).toBe('QUEUED');
    const info = await untilTerminal(plugin, tCtx, resourceMeta);
    expect(info.phase).toBe('Success');
    expect(tCtx.written.outputs).toEqual({ exitCode: 0, stdout: 'ran: echo hi' });
    expect(api.requests.every((r) => r.authorized)).toBe(true);
  });

  it('create is idempotent within an attempt', async () => {
    const plugin = newPlugin();
    const tCtx = task();
    const a = await plugin.create(tCtx);
    const b = await plugin.create(tCtx);
    expect(b.resourceMeta).toEqual(a.resourceMeta);
  });

  it('reports a failed job as a permanent failure', async () => {
    const plugin = newPlugin();
    const tCtx = task({}, 'exit 3'); // the mock API ends `exit N` with exit code N
    const { resourceMeta } = await plugin.create(tCtx);
    const info = await untilTerminal(plugin, tCtx, resourceMeta);
    expect(info.phase).toBe('PermanentFailure');
    expect(info.error).toMatchObject({ code: 'JobFailed', kind: 'USER' });
    expect(info.error?.message).toContain('exited with 3');
  });

  it('delete cancels the job; deleting a job that is gone is fine', async () => {
    const plugin = newPlugin();
    const tCtx = task({ durationMs: 60_000 });
    const { resourceMeta } = await plugin.create(tCtx);
    await plugin.delete({ resourceMeta, reason: 'interrupted by user', signal: tCtx.signal });
    expect(api.job(resourceMeta.jobId)?.state).toBe('CANCELLED');
    await plugin.delete({ resourceMeta: { ...resourceMeta, jobId: 'no-such-job' }, reason: 'again', signal: tCtx.signal });
  });

  it('after a restart, get re-reads the token from the environment (never from the resourceMeta)', async () => {
    const tCtx = task();
    const { resourceMeta } = await newPlugin().create(tCtx);
    // a new process: nothing remembered, and nothing in the environment → a clear error, no token leaked
    const err = await Promise.resolve(newPlugin().get({ resourceMeta, signal: tCtx.signal })).catch((e: Error) => e);
    expect(String(err)).toContain(`FLYTE_SECRET_${TOKEN_SECRET}`);
    // with the secret mounted as Flyte does (an environment variable), polling works
    const resumed = newPlugin({ [`FLYTE_SECRET_${TOKEN_SECRET}`]: TOKEN });
    expect((await resumed.get({ resourceMeta, signal: tCtx.signal })).id).toBe(resourceMeta.jobId);
  });

  it('a wrong token is a permanent failure whose message does not contain the token', async () => {
    const plugin = newPlugin();
    const tCtx = createTestContext({
      template: { type: '{{taskType}}', custom: { baseUrl: api.url } },
      inputs: { command: 'echo hi' },
      secrets: { [TOKEN_SECRET]: 'wrong-token-value' },
    });
    const err = await Promise.resolve(plugin.create(tCtx)).catch((e: Error) => e);
    expect(isPermanentError(err)).toBe(true);
    expect(String((err as Error).message)).not.toContain('wrong-token-value');
  });

  it('a 503 is transient (the engine retries); so is a refused connection while polling', async () => {
    const down = await startJobApi({ port: 0, token: TOKEN, failNext: [503] });
    const plugin = newPlugin();
    const tCtx = task({ baseUrl: down.url });
    expect(isTransientError(await Promise.resolve(plugin.create(tCtx)).catch((e: unknown) => e))).toBe(true);
    const { resourceMeta } = await plugin.create(tCtx);
    await down.close();
    expect(isTransientError(await Promise.resolve(plugin.get({ resourceMeta, signal: tCtx.signal })).catch((e: unknown) => e))).toBe(true);
  });

  it('a refused connection on submit fails at once, naming the URL', async () => {
    const down = await startJobApi({ port: 0, token: TOKEN });
    await down.close();
    const err = await Promise.resolve(newPlugin().create(task({ baseUrl: down.url }))).catch((e: unknown) => e);
    expect(isPermanentError(err)).toBe(true);
    expect(String((err as Error).message)).toContain(`connection refused at ${down.url}`);
  });
});

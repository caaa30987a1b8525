/**
 * What Flyte's own Go tests and code expect of the webapi machinery (issue 12, section 2): the
 * "launched" phase, create failures as retryable attempt failures, quotas written as Flyte's example
 * writes them, the quota grant as Go reports it, WaitingForCache from status, and a state write that
 * fails right after create. Fake clock throughout.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { phaseInfoQueued, phaseInfoRunning, phaseInfoSuccess, type PhaseInfo } from '../../src/index.js';
import { loadCliConfig } from '../../src/config/load.js';
import { EngineError, MemoryStateStore, type TaskState } from '../../src/engine/index.js';
import { tempDir } from '../helpers/cli.js';
import { FakeRemote, remotePlugin, entry, spec, harness, FAST, type Job } from './helpers.js';

describe('the "launched" phase (launcher.go)', () => {
  test('Queued v2 "launched" after create, so the plugin\'s first (Queued, 0) with log links is reported, in events and result.logs', async () => {
    const remote = new FakeRemote();
    const logs = (j: Job) => [{ name: 'console', uri: `https://remote/${j.name}/queued` }];
    const h = harness([
      entry('p', remotePlugin(remote, FAST, { status: (j): PhaseInfo => (j.phase === 'SUCCEEDED' ? phaseInfoSuccess() : phaseInfoQueued('waiting in the remote queue', { info: { logs: logs(j) } })) })),
    ]);
    const t = h.engine.submit(spec());
    await h.clock.advance(0);
    const seen = h.of('phaseChanged').map((e) => [e.phaseInfo.phase, e.phaseInfo.version ?? 0, e.phaseInfo.reason]);
    expect(seen).toEqual([
      ['Queued', 2, 'launched'],
      ['Queued', 0, 'waiting in the remote queue'],
    ]);
    expect(h.of('phaseChanged')[1]!.phaseInfo.info?.logs).toEqual([{ name: 'console', uri: 'https://remote/exec-t1-0/queued' }]);
    remote.set('exec-t1-0', 'SUCCEEDED');
    const r = await h.clock.until(t.result);
    expect(r.logs).toEqual([{ name: 'console', uri: 'https://remote/exec-t1-0/queued' }]);
  });
});

describe('create that keeps failing (launcher.go: PhaseInfoRetryableFailure)', () => {
  test('after the engine\'s own backoff the attempt ends retryable; metadata.retries start a new attempt under a new generated name', async () => {
    const remote = new FakeRemote();
    let failing = true;
    const h = harness([
      entry(
        'p',
        remotePlugin(remote, FAST, {
          create: (tCtx) => {
            if (failing && tCtx.taskExecutionMetadata.taskExecutionId.retryAttempt === 0) throw new Error('503 service unavailable');
            return undefined;
          },
          status: () => phaseInfoSuccess(),
        }),
      ),
    ]);
    const r = await h.clock.until(h.engine.submit(spec('t1', { template: { type: 'remote', metadata: { retries: { retries: 1 } } } })).result);
    failing = false;
    expect(remote.calls.filter((c) => c.startsWith('create'))).toEqual(['create exec-t1-0', 'create exec-t1-0', 'create exec-t1-0', 'create exec-t1-1']);
    expect(r.outcome).toBe('succeeded');
    expect(r.attempts.map((a) => [a.generatedName, a.phase, a.error?.code, a.error?.kind])).toEqual([
      ['exec-t1-0', 'RetryableFailure', 'CreateFailed', 'USER'],
      ['exec-t1-1', 'Success', undefined, undefined],
    ]);
    expect(h.of('createRetried').map((e) => e.retry)).toEqual([1, 2]); // 1 + maxSystemFailures (2) tries per attempt
  });
});

describe('resourceQuotas as a list of one-entry maps (flyteplugins example/testdata/admin_plugin.yaml)', () => {
  test('loads like the map form, with file:line origins', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{}');
    const file = join(dir, '.webapi-pluginrc.yaml');
    writeFileSync(file, 'plugins:\n  admin:\n    webApi:\n      resourceQuotas:\n        - "test": 1000\n        - gpu: 2\n');
    const cfg = await loadCliConfig({ cwd: dir, env: {} });
    const admin = cfg.resolvePluginConfig('admin', {});
    expect(admin.config.resourceQuotas).toEqual({ test: 1000, gpu: 2 });
    expect(admin.origins['resourceQuotas.test']!.at(-1)!.origin).toBe(`file:${file}:5`);
    expect(admin.origins['resourceQuotas.gpu']!.at(-1)!.origin).toBe(`file:${file}:6`);
  });

  test('a bad count in the list form is a clear error naming the file and line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{}');
    writeFileSync(join(dir, '.webapi-pluginrc.yaml'), 'webApi:\n  resourceQuotas:\n    - test: -1\n');
    const err = await loadCliConfig({ cwd: dir, env: {} }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message ?? '').toMatch(/resourceQuotas/);
    expect(JSON.stringify(err)).toMatch(/\.webapi-pluginrc\.yaml:3/);
  });
});

describe('quota grant and wait (allocation_token.go)', () => {
  test('waiting is WaitingForResources v0 with Go\'s reason; the grant is Queued v0 "Allocation token required", then launched', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, { ...FAST, resourceQuotas: { default: 1 } }))]);
    const a = h.engine.submit(spec('a'));
    const b = h.engine.submit(spec('b'));
    await h.clock.advance(0);
    remote.set('exec-a-0', 'SUCCEEDED');
    await h.clock.until(a.result);
    await h.clock.flush();
    remote.set('exec-b-0', 'SUCCEEDED');
    await h.clock.until(b.result);
    const phases = (id: string) => h.of('phaseChanged').filter((e) => e.taskId === id).map((e) => [e.phaseInfo.phase, e.phaseInfo.version ?? 0, e.phaseInfo.reason ?? '']);
    expect(phases('a').slice(0, 2)).toEqual([
      ['Queued', 0, 'Allocation token required'],
      ['Queued', 2, 'launched'],
    ]);
    expect(phases('b').slice(0, 3)).toEqual([
      ['WaitingForResources', 0, 'Quota for task has exceeded. Waiting for the resource.'],
      ['Queued', 0, 'Allocation token required'],
      ['Queued', 2, 'launched'],
    ]);
  });
});

describe('WaitingForCache from status() (monitor.go: ToPluginPhase fails the round)', () => {
  test('each such status counts as a failed sync; more than maxSystemFailures in a row give up and delete', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST, { status: () => ({ phase: 'WaitingForCache', version: 0 }) }))]);
    const r = await h.clock.until(h.engine.submit(spec()).result);
    expect(r.outcome).toBe('failed');
    expect(r.error).toMatchObject({ code: 'AutoRefreshCacheFailed', kind: 'SYSTEM' });
    expect(r.error!.message).toContain('WaitingForCache');
    expect(h.of('getFailed').map((e) => e.consecutiveFailures)).toEqual([1, 2, 3]);
    expect(remote.deletes).toHaveLength(1);
    expect(h.of('phaseChanged').some((e) => e.phaseInfo.phase === 'WaitingForCache')).toBe(false);
  });

  test('a WaitingForCache between good statuses is tolerated (the count is consecutive)', async () => {
    const remote = new FakeRemote();
    let n = 0;
    const h = harness([entry('p', remotePlugin(remote, FAST, { status: (j) => (j.phase === 'SUCCEEDED' ? phaseInfoSuccess() : ++n === 2 ? { phase: 'WaitingForCache' } : phaseInfoRunning()) }))]);
    const t = h.engine.submit(spec());
    await h.clock.advance(3000);
    remote.set('exec-t1-0', 'SUCCEEDED');
    expect((await h.clock.until(t.result)).outcome).toBe('succeeded');
    expect(h.of('getFailed')).toHaveLength(1);
  });
});

describe('the state write right after create fails', () => {
  function flakyStore(failCreatedSaves: number) {
    const store = new MemoryStateStore();
    let left = failCreatedSaves;
    const saves: string[] = [];
    return {
      saves,
      store: {
        load: (id: string) => store.load(id),
        save: async (s: TaskState) => {
          saves.push(s.stage);
          if (s.stage === 'Created' && left > 0) {
            left--;
            throw new Error('disk full');
          }
          await store.save(JSON.parse(JSON.stringify(s)) as TaskState);
        },
      },
    };
  }

  test('a failed write is retried (with backoff) and the task goes on', async () => {
    const remote = new FakeRemote();
    const { store, saves } = flakyStore(2);
    const h = harness([entry('p', remotePlugin(remote, FAST))], { stateStore: store });
    const t = h.engine.submit(spec());
    await h.clock.advance(5000);
    expect(saves.filter((s) => s === 'Created').length).toBeGreaterThanOrEqual(3);
    remote.set('exec-t1-0', 'SUCCEEDED');
    expect((await h.clock.until(t.result)).outcome).toBe('succeeded');
    expect(remote.deletes).toHaveLength(0);
  });

  test('when it keeps failing the remote job is deleted and the error says so (StateStoreFailed, not an internal error)', async () => {
    const remote = new FakeRemote();
    const { store } = flakyStore(99);
    const h = harness([entry('p', remotePlugin(remote, FAST))], { stateStore: store });
    const err = (await h.clock.until(h.engine.submit(spec()).result).catch((e: unknown) => e)) as EngineError;
    expect(err).toBeInstanceOf(EngineError);
    expect(err.code).toBe('StateStoreFailed');
    expect(err.message).toMatch(/cannot save its state after create \(3 tries; last error: disk full\); the remote job "exec-t1-0" was deleted/);
    expect(remote.deletes).toEqual([{ name: 'exec-t1-0', reason: 'the engine could not save the state of the job it created' }]);
  });
});

import { describe, expect, test } from 'vitest';
import { Registry } from 'prom-client';
import { PermanentError, TransientError, phaseInfoRunning, phaseInfoSuccess, phaseInfoSystemRetryableFailure, type PhaseInfo } from '../../src/index.js';
import { FakeRemote, remotePlugin, entry, spec, harness, FAST, type Job } from './helpers.js';

describe('create → sync once → poll → terminal (5, 6, 7)', () => {
  test('syncs right after create, then every resyncInterval; events per (phase, version) change', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST))]);
    const t = h.engine.submit(spec());
    await h.clock.advance(0);
    expect(remote.calls).toEqual(['create exec-t1-0', 'get exec-t1-0']);
    await h.clock.advance(1000);
    expect(remote.gets).toBe(2);
    await h.clock.advance(2000);
    expect(remote.gets).toBe(4);
    remote.set('exec-t1-0', 'SUCCEEDED', { y: 2 });
    const r = await h.clock.until(t.result);
    expect(r.outcome).toBe('succeeded');
    expect(r.outputs).toEqual({ y: 2 });
    expect(r.logs).toEqual([{ name: 'console', uri: 'https://remote/exec-t1-0' }]);
    const phases = h.of('phaseChanged').map((e) => [e.phaseInfo.phase, e.previous]);
    expect(phases).toEqual([
      ['Queued', undefined],
      ['Running', 'Queued'],
      ['Success', 'Running'],
    ]);
    expect(h.events.map((e) => e.type)).toEqual(['configWarning', 'pluginLoaded', 'attemptStarted', 'created', 'phaseChanged', 'phaseChanged', 'phaseChanged', 'finished']);
    // the record ends Finished with the result
    const saved = await h.store.load('t1');
    expect(saved?.stage).toBe('Finished');
    expect(saved?.result?.outcome).toBe('succeeded');
    expect(h.clock.pending()).toBe(0);
  });

  test('a new version within a phase is an event; the same (phase, version) is not', async () => {
    const remote = new FakeRemote();
    let version = 0;
    const h = harness([entry('p', remotePlugin(remote, FAST, { status: (j) => (j.phase === 'SUCCEEDED' ? phaseInfoSuccess() : phaseInfoRunning({ version })) }))]);
    const t = h.engine.submit(spec());
    await h.clock.advance(2000);
    version = 1;
    await h.clock.advance(2000);
    remote.set('exec-t1-0', 'SUCCEEDED');
    await h.clock.until(t.result);
    expect(h.of('phaseChanged').map((e) => `${e.phaseInfo.phase}:${e.phaseInfo.version}`)).toEqual(['Queued:2', 'Running:0', 'Running:1', 'Success:0']);
  });

  test('create returning a terminal resource ends the task without polling', async () => {
    const remote = new FakeRemote();
    const h = harness([
      entry('p', remotePlugin(remote, FAST, { create: (tCtx) => ({ resourceMeta: { name: 'x' }, resource: { name: 'x', phase: 'SUCCEEDED' } }) })),
    ]);
    const r = await h.clock.until(h.engine.submit(spec()).result);
    expect(r.outcome).toBe('succeeded');
    expect(remote.gets).toBe(0);
  });

  test('the plugin sees the task context: template, inputs, secrets, metadata, attempt paths', async () => {
    const remote = new FakeRemote();
    const seen: Record<string, unknown> = {};
    const h = harness([
      entry(
        'p',
        remotePlugin(remote, FAST, {
          create: async (tCtx) => {
            seen.template = (await tCtx.taskReader.read()).type;
            seen.inputs = await tCtx.inputReader.get();
            seen.secret = await tCtx.secretManager.get('k');
            seen.meta = tCtx.taskExecutionMetadata;
            seen.outputPrefix = tCtx.outputWriter.outputPrefix;
            seen.signal = tCtx.signal instanceof AbortSignal;
            return undefined;
          },
          status: () => phaseInfoSuccess(),
        }),
      ),
    ]);
    const s = spec('t1', {
      template: { type: 'remote', metadata: { retries: { retries: 2 }, interruptible: true }, securityContext: { runAs: { k8sServiceAccount: 'sa' } } },
    });
    await h.clock.until(h.engine.submit(s).result);
    expect(seen.template).toBe('remote');
    expect(seen.inputs).toEqual({ x: 1 });
    expect(seen.secret).toBe('secret-k');
    expect(seen.signal).toBe(true);
    expect(seen.outputPrefix).toBe('mem://t1/0');
    expect(seen.meta).toMatchObject({
      maxAttempts: 3,
      isInterruptible: true,
      serviceAccount: 'sa',
      namespace: 'proj-dev',
      taskExecutionId: { generatedName: 'exec-t1-0', retryAttempt: 0 },
    });
  });

  test('outputs over maxDatasetSizeBytes fail permanently with OutputSizeExceeded', async () => {
    const remote = new FakeRemote();
    remote.initial = 'SUCCEEDED';
    const h = harness([entry('p', remotePlugin(remote, FAST))]);
    const t = h.engine.submit(spec('t1', { maxDatasetSizeBytes: 10 }));
    await h.clock.advance(0);
    remote.set('exec-t1-0', 'SUCCEEDED', { big: 'x'.repeat(100) });
    // the first sync already saw SUCCEEDED without outputs; use a fresh task for the sized case
    const r1 = await h.clock.until(t.result);
    expect(r1.outcome).toBe('succeeded');
    const t2 = h.engine.submit(spec('t2', { maxDatasetSizeBytes: 10 }));
    remote.jobs.set('exec-t2-0', { name: 'exec-t2-0', phase: 'SUCCEEDED', outputs: { big: 'x'.repeat(100) } });
    const r2 = await h.clock.until(t2.result);
    expect(r2.outcome).toBe('failed');
    expect(r2.error).toMatchObject({ code: 'OutputSizeExceeded', kind: 'USER' });
    expect(r2.outputs).toBeUndefined();
  });
});

describe('create retries (5)', () => {
  test('transient errors are retried with exponential backoff and jitter, write-limited', async () => {
    const remote = new FakeRemote();
    let fails = 2;
    const h = harness([
      entry(
        'p',
        remotePlugin(remote, FAST, {
          create: () => {
            if (fails-- > 0) throw new TransientError('503 busy');
            return undefined;
          },
          status: () => phaseInfoSuccess(),
        }),
      ),
    ]);
    const r = await h.clock.until(h.engine.submit(spec()).result);
    expect(r.outcome).toBe('succeeded');
    const retried = h.of('createRetried');
    // random() = 0.5 → delay = base·2^n · 0.75
    expect(retried.map((e) => [e.retry, e.delayMs, e.error])).toEqual([
      [1, 750, '503 busy'],
      [2, 1500, '503 busy'],
    ]);
    expect(remote.creates).toBe(3);
  });

  test('after maxSystemFailures retries the attempt ends as a RetryableFailure (USER, as Go), so metadata.retries apply', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST, { create: () => Promise.reject(new Error('connection refused')) }))]);
    const r = await h.clock.until(h.engine.submit(spec()).result);
    expect(remote.creates).toBe(3); // maxSystemFailures = 2 → 1 + 2 retries
    expect(r.outcome).toBe('failed');
    expect(r.attempts.map((a) => [a.phase, a.error?.code, a.error?.kind])).toEqual([['RetryableFailure', 'CreateFailed', 'USER']]);
    expect(r.error).toMatchObject({ code: 'RetriesExhausted|CreateFailed', kind: 'USER' });
    expect(r.error?.message).toContain('connection refused');
  });

  test('a permanent error fails at once', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST, { create: () => { throw new PermanentError('bad query', { code: 'BadRequest' }); } }))]);
    const r = await h.clock.until(h.engine.submit(spec()).result);
    expect(remote.creates).toBe(1);
    expect(r.error).toEqual({ code: 'BadRequest', message: 'bad query', kind: 'USER' });
    expect(h.of('createRetried')).toHaveLength(0);
  });
});

describe('get failures (6)', () => {
  test('failures are consecutive: a success resets the count', async () => {
    const remote = new FakeRemote();
    let failNext = 0;
    const h = harness([
      entry(
        'p',
        remotePlugin(remote, FAST, {
          get: () => {
            if (failNext > 0) {
              failNext--;
              throw new Error('timeout');
            }
            return undefined;
          },
        }),
      ),
    ]);
    const t = h.engine.submit(spec());
    await h.clock.advance(0);
    for (let round = 0; round < 3; round++) {
      failNext = 2; // = maxSystemFailures: tolerated
      await h.clock.advance(3000); // 2 failures + 1 success
    }
    expect(h.of('getFailed').map((e) => e.consecutiveFailures)).toEqual([1, 2, 1, 2, 1, 2]);
    remote.set('exec-t1-0', 'SUCCEEDED');
    const r = await h.clock.until(t.result);
    expect(r.outcome).toBe('succeeded');
  });

  test('more than maxSystemFailures in a row fails with a SYSTEM error holding the last error, and deletes', async () => {
    const remote = new FakeRemote();
    let n = 0;
    const h = harness([entry('p', remotePlugin(remote, FAST, { get: () => { throw new Error(`boom ${++n}`); } }))]);
    const r = await h.clock.until(h.engine.submit(spec()).result);
    expect(r.outcome).toBe('failed');
    expect(r.error?.kind).toBe('SYSTEM');
    expect(r.error?.code).toBe('AutoRefreshCacheFailed');
    expect(r.error?.message).toContain('boom 3');
    expect(remote.deletes).toHaveLength(1);
  });

  test('a throwing get/status never loses a worker', async () => {
    const remote = new FakeRemote();
    const h = harness([
      entry(
        'p',
        remotePlugin(
          remote,
          { ...FAST, caching: { ...FAST.caching, workers: 1, maxSystemFailures: 100 } },
          {
            get: (meta) => {
              if (meta.name.startsWith('exec-bad')) throw new TypeError('plugin bug');
              return undefined;
            },
            status: (j: Job): PhaseInfo => {
              if (j.name.startsWith('exec-worse')) throw new Error('status bug');
              return j.phase === 'SUCCEEDED' ? phaseInfoSuccess() : phaseInfoRunning();
            },
          },
        ),
      ),
    ]);
    const bad = h.engine.submit(spec('bad'));
    const worse = h.engine.submit(spec('worse'));
    const good = h.engine.submit(spec('good'));
    await h.clock.advance(5000);
    remote.set('exec-good-0', 'SUCCEEDED');
    const r = await h.clock.until(good.result);
    expect(r.outcome).toBe('succeeded');
    expect(h.of('getFailed').filter((e) => e.taskId === 'worse').at(-1)?.error).toContain('status: status bug');
    bad.abort('done');
    worse.abort('done');
    await h.clock.until(Promise.all([bad.result, worse.result]));
  });

  test('eviction: an evicted task is rebuilt from its state and its phase never goes backwards', async () => {
    const remote = new FakeRemote();
    const cfg = { ...FAST, caching: { ...FAST.caching, size: 2, workers: 4 } };
    const registry = new Registry();
    const h = harness([entry('p', remotePlugin(remote, cfg))], { metricsRegistry: registry });
    const handles = ['a', 'b', 'c', 'd'].map((id) => h.engine.submit(spec(id)));
    await h.clock.advance(10_000);
    for (const id of ['a', 'b', 'c', 'd']) remote.set(`exec-${id}-0`, 'SUCCEEDED');
    const results = await h.clock.until(Promise.all(handles.map((x) => x.result)));
    expect(results.map((r) => r.outcome)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
    for (const id of ['a', 'b', 'c', 'd']) {
      const phases = h.of('phaseChanged').filter((e) => e.taskId === id).map((e) => e.phaseInfo.phase);
      expect(phases).toEqual(['Queued', 'Running', 'Success']);
    }
    expect(remote.creates).toBe(4);
    const evictions = (await registry.getSingleMetric('webapi_plugin_p_lru_evictions')!.get()).values[0]!.value;
    expect(evictions).toBeGreaterThan(0);
  });
});

describe('attempts (8)', () => {
  test('RetryableFailure starts a new attempt under a new name, releasing the old quota token', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, { ...FAST, resourceQuotas: { default: 1 } }))]);
    const t = h.engine.submit(spec('t1', { retries: 2 }));
    await h.clock.advance(0);
    remote.set('exec-t1-0', 'RETRYABLE');
    await h.clock.advance(1000);
    expect(remote.names()).toEqual(['exec-t1-0', 'exec-t1-1']);
    remote.set('exec-t1-1', 'SUCCEEDED');
    const r = await h.clock.until(t.result);
    expect(r.outcome).toBe('succeeded');
    expect(r.attempts.map((a) => [a.attempt, a.generatedName, a.phase])).toEqual([
      [0, 'exec-t1-0', 'RetryableFailure'],
      [1, 'exec-t1-1', 'Success'],
    ]);
    expect(h.of('quotaGranted').map((e) => e.attempt)).toEqual([0, 1]);
    expect(h.of('waitingForQuota')).toHaveLength(0); // the old token was released first
    expect(remote.deletes).toHaveLength(0); // the remote reported terminal: no delete
  });

  test('when the retry budget is exhausted the error reads like Flyte', async () => {
    const remote = new FakeRemote();
    remote.initial = 'RETRYABLE';
    const h = harness([entry('p', remotePlugin(remote, FAST))]);
    const r = await h.clock.until(h.engine.submit(spec('t1', { template: { type: 'remote', metadata: { retries: { retries: 1 } } } })).result);
    expect(remote.creates).toBe(2);
    expect(r.outcome).toBe('failed');
    expect(r.phase).toBe('PermanentFailure');
    expect(r.error).toEqual({
      code: 'RetriesExhausted|Flaky',
      kind: 'USER',
      message: '[2/2] currentAttempt done. Last Error: USER::job exec-t1-1 failed, try again',
    });
  });

  test('SYSTEM-kind retryable failures use a separate budget of 3', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST, { status: () => phaseInfoSystemRetryableFailure('Infra', 'node lost') }))]);
    const r = await h.clock.until(h.engine.submit(spec('t1', { retries: 0 })).result);
    expect(remote.creates).toBe(4);
    expect(r.error?.code).toBe('RetriesExhausted|Infra');
    expect(r.error?.message).toMatch(/^\[4\/4\]/);
  });

  test('PermanentFailure ends the task; cleanupOnFailure asks for a delete', async () => {
    const remote = new FakeRemote();
    const h = harness([
      entry('p', remotePlugin(remote, FAST, { status: () => ({ phase: 'PermanentFailure', error: { code: 'X', message: 'no', kind: 'USER' }, cleanupOnFailure: true }) })),
    ]);
    const r = await h.clock.until(h.engine.submit(spec('t1', { retries: 3 })).result);
    expect(remote.creates).toBe(1);
    expect(r.error).toEqual({ code: 'X', message: 'no', kind: 'USER' });
    expect(remote.deletes).toEqual([{ name: 'exec-t1-0', reason: 'no' }]);
  });

  test('a remote Aborted phase is terminal', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST, { status: () => ({ phase: 'Aborted', reason: 'cancelled in the console' }) }))]);
    const r = await h.clock.until(h.engine.submit(spec()).result);
    expect(r.phase).toBe('Aborted');
    expect(r.outcome).toBe('failed');
    expect(r.error?.message).toBe('cancelled in the console');
  });
});

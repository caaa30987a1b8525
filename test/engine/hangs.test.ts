/**
 * No plugin call can hang a task, and time is safe (issue 12, section 3): create, get, status, delete,
 * do, resourceRequirements and pluginLoader promises that never settle; durations of 2^31 ms and more; a
 * tiny qps; generated-name collisions; stray errors from plugin code. Fake clock throughout.
 */
import { describe, expect, test } from 'vitest';
import { phaseInfoSuccess, type PluginEntry, type SyncPlugin } from '../../src/index.js';
import { CLEANUP_BOUND, createSystemClock, EngineError, findNameClash, MAX_TIMER_MS, systemClock, TokenBucket, FakeClock } from '../../src/engine/index.js';
import { FakeRemote, remotePlugin, entry, spec, harness, FAST } from './helpers.js';

const never = () => new Promise<never>(() => {});

describe('a plugin call that never settles', () => {
  test('create: the timeout still fires (TimeoutExpired), and the message says the job may still be running', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST, { create: never }))]);
    const r = await h.clock.until(h.engine.submit(spec('t1', { timeoutMs: 2000 })).result);
    expect(r.outcome).toBe('failed');
    expect(r.attempts[0]!.error).toMatchObject({ code: 'TimeoutExpired', kind: 'USER' });
    expect(r.attempts[0]!.error!.message).toMatch(/task execution timeout \[2s\] expired; the remote job may still be running/);
    expect(r.finishedAt - r.startedAt).toBe(2000 + CLEANUP_BOUND.createGraceMs);
    expect(h.of('deleteFailed')[0]!.error).toMatch(/create\(\) had not returned/);
  });

  test('create: an abort settles the result within 5 s', async () => {
    const h = harness([entry('p', remotePlugin(new FakeRemote(), FAST, { create: never }))]);
    const t = h.engine.submit(spec());
    await h.clock.advance(100);
    const at = h.clock.now();
    t.abort('interrupted by user');
    const r = await h.clock.until(t.result);
    expect(r.outcome).toBe('aborted');
    expect(r.finishedAt - at).toBeLessThanOrEqual(5000);
  });

  test('create that returns after the abort (within the grace) gets its job deleted', async () => {
    const remote = new FakeRemote();
    const h = harness([
      entry('p', remotePlugin(remote, FAST, { create: (tCtx) => new Promise((resolve) => h.clock.setTimeout(() => resolve({ resourceMeta: { name: tCtx.taskExecutionMetadata.taskExecutionId.generatedName } }), 1500)) })),
    ]);
    const t = h.engine.submit(spec());
    await h.clock.advance(100);
    t.abort('stop');
    const r = await h.clock.until(t.result);
    expect(r.outcome).toBe('aborted');
    expect(remote.deletes).toEqual([{ name: 'exec-t1-0', reason: 'stop' }]);
  });

  test('delete: an abort still settles within 5 s, after attempting delete, saying the job may still be running', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST, { delete: never }))]);
    const t = h.engine.submit(spec());
    await h.clock.advance(1500);
    const at = h.clock.now();
    t.abort('interrupted by user');
    const r = await h.clock.until(t.result);
    expect(remote.calls).toContain('delete exec-t1-0');
    expect(r.outcome).toBe('aborted');
    expect(r.finishedAt - at).toBeLessThanOrEqual(5000);
    expect(r.error!.message).toBe('interrupted by user; the remote job may still be running (delete did not finish)');
  });

  test('delete during timeout cleanup: the task ends within 10 s of the timeout firing', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST, { delete: never }))]);
    const r = await h.clock.until(h.engine.submit(spec('t1', { timeoutMs: 3000 })).result);
    expect(remote.calls).toContain('delete exec-t1-0');
    expect(r.finishedAt - r.startedAt - 3000).toBeLessThanOrEqual(10_000);
    expect(r.error!.message).toContain('task execution timeout [3s] expired; the remote job may still be running');
  });

  test('get: the timeout fires, and the hung sync does not keep the only cache worker', async () => {
    const remote = new FakeRemote();
    const cfg = { ...FAST, caching: { ...FAST.caching, workers: 1 } };
    const h = harness([entry('p', remotePlugin(remote, cfg, { get: (meta) => (meta.name === 'exec-hung-0' ? never() : undefined) }))]);
    const hung = h.engine.submit(spec('hung', { timeoutMs: 2000 }));
    const r = await h.clock.until(hung.result);
    expect(r.attempts[0]!.error!.code).toBe('TimeoutExpired');
    expect(remote.deletes.map((d) => d.name)).toEqual(['exec-hung-0']);
    remote.initial = 'SUCCEEDED';
    expect((await h.clock.until(h.engine.submit(spec('next')).result)).outcome).toBe('succeeded');
  });

  test('status (right after a create that returned the resource): abort still ends it', async () => {
    const remote = new FakeRemote();
    const h = harness([
      entry('p', remotePlugin(remote, FAST, { create: (tCtx) => ({ resourceMeta: { name: tCtx.taskExecutionMetadata.taskExecutionId.generatedName }, resource: { name: 'x', phase: 'RUNNING' } }), status: never })),
    ]);
    const t = h.engine.submit(spec());
    await h.clock.advance(10);
    t.abort('bye');
    const r = await h.clock.until(t.result);
    expect(r.outcome).toBe('aborted');
    expect(remote.deletes).toEqual([{ name: 'exec-t1-0', reason: 'bye' }]);
  });

  test('do: the timeout fires', async () => {
    const plugin: SyncPlugin = { getConfig: () => FAST, do: never };
    const h = harness([entry('s', plugin)]);
    const r = await h.clock.until(h.engine.submit(spec('t1', { timeoutMs: 1000 })).result);
    expect(r.error!.code).toBe('RetriesExhausted|TimeoutExpired');
  });

  test('resourceRequirements: an abort ends the task', async () => {
    const h = harness([entry('p', remotePlugin(new FakeRemote(), { ...FAST, resourceQuotas: { default: 1 } }, { resourceRequirements: never }))]);
    const t = h.engine.submit(spec());
    await h.clock.advance(10);
    t.abort('stop');
    expect((await h.clock.until(t.result)).outcome).toBe('aborted');
  });

  test('pluginLoader: the timeout fires and an abort ends another task; nothing is created', async () => {
    const remote = new FakeRemote();
    const e: PluginEntry = { id: 'p', supportedTaskTypes: ['remote'], pluginLoader: never };
    const h = harness([e]);
    const timed = h.engine.submit(spec('a', { timeoutMs: 1500 }));
    const aborted = h.engine.submit(spec('b'));
    await h.clock.advance(10);
    aborted.abort('no longer needed');
    expect((await h.clock.until(aborted.result)).outcome).toBe('aborted');
    const r = await h.clock.until(timed.result);
    expect(r.error!.code).toBe('RetriesExhausted|TimeoutExpired');
    expect(r.finishedAt - r.startedAt).toBe(1500);
    expect(remote.creates).toBe(0);
  });
});

describe('time is safe', () => {
  test('the system clock waits out delays over 2^31−1 ms in steps (no early fire)', () => {
    let now = 0;
    const armed: { fn: () => void; ms: number }[] = [];
    const clock = createSystemClock({ setTimeout: (fn, ms) => armed.push({ fn, ms }), clearTimeout: () => undefined }, () => now);
    let fired = 0;
    clock.setTimeout(() => fired++, MAX_TIMER_MS + 10);
    expect(armed.map((a) => a.ms)).toEqual([MAX_TIMER_MS]);
    now += MAX_TIMER_MS;
    armed[0]!.fn();
    expect(fired).toBe(0);
    expect(armed[1]!.ms).toBe(10);
    now += armed[1]!.ms;
    armed[1]!.fn();
    expect(fired).toBe(1);
  });

  test('the real system clock gives no TimeoutOverflowWarning for long delays', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    const h = systemClock.setTimeout(() => undefined, 2 ** 31 * 10);
    systemClock.clearTimeout(h);
    await new Promise((r) => setImmediate(r));
    process.off('warning', onWarning);
    expect(warnings).not.toContain('TimeoutOverflowWarning');
  });

  test('a timeout of 2^31 ms does not fire early; a 1000h resync does not loop', async () => {
    const remote = new FakeRemote();
    const cfg = { ...FAST, caching: { ...FAST.caching, resyncInterval: '1000h' } };
    const h = harness([entry('p', remotePlugin(remote, cfg))]);
    const t = h.engine.submit(spec('t1', { timeoutMs: 2 ** 31 }));
    await h.clock.advance(2 ** 31 - 1000);
    expect(remote.gets).toBe(1); // the sync on create only
    expect(h.of('finished')).toHaveLength(0);
    const r = await h.clock.until(t.result);
    expect(r.finishedAt - r.startedAt).toBe(2 ** 31);
    expect(r.attempts[0]!.error!.code).toBe('TimeoutExpired');
  });

  test('a read limiter at qps 1e-7 lets through its burst and then waits ~317 years', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, { ...FAST, caching: { ...FAST.caching, workers: 10 }, readRateLimiter: { qps: 1e-7, burst: 3 } }))]);
    for (let i = 0; i < 10; i++) h.engine.submit(spec(`t${i}`));
    await h.clock.advance(3000);
    expect(remote.gets).toBe(3);
    const bucket = new TokenBucket(1e-7, 1, new FakeClock());
    expect(bucket.reserve()).toBe(0);
    expect(bucket.reserve()).toBe(1e10);
    await h.engine.shutdown();
  });
});

describe('generated names that collide', () => {
  test('the engine never tracks two live tasks under one generated name: the later one is refused, the job left to the first', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST))]);
    const same = { name: 'nightly', project: 'p', domain: 'd', namespace: 'n' };
    const a = h.engine.submit(spec('a', { execution: same }));
    const b = h.engine.submit(spec('b', { execution: same }));
    const err = (await h.clock.until(b.result).catch((e: unknown) => e)) as EngineError;
    expect(err.code).toBe('GeneratedNameClash');
    expect(err.message).toMatch(/task "b": another running task already tracks the remote job "nightly-0"/);
    expect(remote.deletes).toEqual([]); // the job is a's: not deleted
    remote.set('nightly-0', 'SUCCEEDED');
    expect((await h.clock.until(a.result)).outcome).toBe('succeeded');
  });

  test('findNameClash names both tasks, for any attempt of either', () => {
    const clash = findNameClash([
      { name: 'a.yaml', execution: { name: 'job' } },
      { name: 'b.yaml', execution: { name: 'other' } },
      { name: 'c.yaml', execution: { name: 'job' } },
    ]);
    expect(clash?.code).toBe('GeneratedNameClash');
    expect(clash?.message).toMatch(/^a\.yaml and c\.yaml would both create the remote job "job-0"/);
    expect(findNameClash([{ name: 'a', execution: { name: 'My Job' } }, { name: 'b', execution: { name: 'my-job' } }])).toBeUndefined();
  });
});

describe('stray errors from plugin code', () => {
  test('attributed to its task: that task ends (SYSTEM PermanentFailure) after deleting its job; others go on', async () => {
    const remote = new FakeRemote();
    let fired = false;
    const h = harness(
      [
        entry(
          'p',
          remotePlugin(remote, FAST, {
            get: (meta) => {
              // a callback the plugin leaves behind, failing later in this call's context (as the CLI's
              // unhandledRejection handler would see it)
              if (meta.name === 'exec-bad-0' && !fired) {
                fired = true;
                void Promise.resolve().then(() => h.engine.failStray(new Error('socket hang up')));
              }
              return undefined;
            },
          }),
        ),
      ],
      { attributeStrayErrors: true },
    );
    const bad = h.engine.submit(spec('bad'));
    const good = h.engine.submit(spec('good'));
    const r = await h.clock.until(bad.result);
    expect(r.outcome).toBe('failed');
    expect(r.error).toMatchObject({ code: 'StrayPluginError', kind: 'SYSTEM' });
    expect(r.error!.message).toContain('socket hang up');
    expect(remote.deletes.map((d) => d.name)).toEqual(['exec-bad-0']);
    remote.set('exec-good-0', 'SUCCEEDED');
    expect((await h.clock.until(good.result)).outcome).toBe('succeeded');
  });

  test('unattributed: every running task ends', async () => {
    const h = harness([entry('p', remotePlugin(new FakeRemote(), FAST))]);
    const ts = [h.engine.submit(spec('a')), h.engine.submit(spec('b'))];
    await h.clock.advance(0);
    expect(h.engine.failStray(new Error('boom')).sort()).toEqual(['a', 'b']);
    const rs = await h.clock.until(Promise.all(ts.map((t) => t.result)));
    expect(rs.map((r) => r.error?.code)).toEqual(['StrayPluginError', 'StrayPluginError']);
  });
});

void phaseInfoSuccess;

import { describe, expect, test } from 'vitest';
import { TransientError, phaseInfoRunning, phaseInfoSuccess, type SyncPlugin } from '../../src/index.js';
import { EngineError, MemoryStateStore, FakeClock, type TaskState } from '../../src/engine/index.js';
import { FakeRemote, remotePlugin, entry, spec, harness, FAST, type Job } from './helpers.js';

describe('abort (9)', () => {
  test('after create: delete with the caller reason, outcome aborted, no more polling', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST))]);
    const t = h.engine.submit(spec());
    await h.clock.advance(1500);
    t.abort('interrupted by user');
    const r = await h.clock.until(t.result);
    expect(r.outcome).toBe('aborted');
    expect(r.phase).toBe('Aborted');
    expect(remote.deletes).toEqual([{ name: 'exec-t1-0', reason: 'interrupted by user' }]);
    expect(h.of('deleted')).toHaveLength(1);
    const gets = remote.gets;
    await h.clock.advance(10_000);
    expect(remote.gets).toBe(gets);
    expect((await h.store.load('t1'))?.result?.outcome).toBe('aborted');
  });

  test('before create (waiting for quota): no delete, the queue slot is given up', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, { ...FAST, resourceQuotas: { default: 1 } }))]);
    const first = h.engine.submit(spec('a'));
    const second = h.engine.submit(spec('b'));
    await h.clock.advance(0);
    expect(h.of('waitingForQuota').map((e) => e.taskId)).toEqual(['b']);
    second.abort('no longer needed');
    const r = await h.clock.until(second.result);
    expect(r.outcome).toBe('aborted');
    expect(remote.creates).toBe(1);
    expect(remote.deletes).toHaveLength(0);
    remote.set('exec-a-0', 'SUCCEEDED');
    expect((await h.clock.until(first.result)).outcome).toBe('succeeded');
  });

  test('while create is in flight: the created resource is deleted once create returns', async () => {
    const remote = new FakeRemote();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const h = harness([entry('p', remotePlugin(remote, FAST, { create: async () => { await gate; return undefined; } }))]);
    const t = h.engine.submit(spec());
    await h.clock.advance(0);
    t.abort('stop');
    t.abort('again'); // a second abort is ignored
    release();
    const r = await h.clock.until(t.result);
    expect(r.outcome).toBe('aborted');
    expect(remote.deletes).toEqual([{ name: 'exec-t1-0', reason: 'stop' }]);
    expect(remote.gets).toBe(0);
  });

  test('delete is retried on transient errors, write-limited, once per resource', async () => {
    const remote = new FakeRemote();
    let fails = 1;
    const h = harness([entry('p', remotePlugin(remote, FAST, { delete: () => { if (fails-- > 0) throw new TransientError('503'); } }))]);
    const t = h.engine.submit(spec());
    await h.clock.advance(0);
    t.abort('bye');
    await h.clock.until(t.result);
    expect(remote.calls.filter((c) => c.startsWith('delete'))).toHaveLength(2);
    expect(remote.deletes).toHaveLength(1);
  });

  test('the submit signal aborts, with its reason', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST))]);
    const ac = new AbortController();
    const t = h.engine.submit(spec(), { signal: ac.signal });
    await h.clock.advance(0);
    ac.abort('SIGINT');
    const r = await h.clock.until(t.result);
    expect(r.outcome).toBe('aborted');
    expect(remote.deletes[0]?.reason).toBe('SIGINT');
  });

  test('no delete for a task already terminal', async () => {
    const remote = new FakeRemote();
    remote.initial = 'SUCCEEDED';
    const h = harness([entry('p', remotePlugin(remote, FAST))]);
    const t = h.engine.submit(spec());
    const r = await h.clock.until(t.result);
    t.abort('late');
    await h.clock.flush();
    expect(r.outcome).toBe('succeeded');
    expect(remote.deletes).toHaveLength(0);
  });
});

describe('timeout (10)', () => {
  test('metadata.timeout → delete, then a retryable TimeoutExpired failure (retried if budget allows)', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST))]);
    const t = h.engine.submit(spec('t1', { template: { type: 'remote', metadata: { timeout: '5s', retries: { retries: 1 } } } }));
    const r = await h.clock.until(t.result);
    expect(remote.deletes.map((d) => d.name)).toEqual(['exec-t1-0', 'exec-t1-1']);
    expect(remote.deletes[0]!.reason).toBe('task execution timeout [5s] expired');
    expect(r.attempts.map((a) => a.error?.code)).toEqual(['TimeoutExpired', 'TimeoutExpired']);
    expect(r.error?.code).toBe('RetriesExhausted|TimeoutExpired');
    expect(r.finishedAt - r.startedAt).toBe(10_000);
  });

  test('spec.timeoutMs overrides the template', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST))]);
    const r = await h.clock.until(h.engine.submit(spec('t1', { timeoutMs: 2500, template: { type: 'remote', metadata: { timeout: '1h' } } })).result);
    expect(r.finishedAt - r.startedAt).toBe(2500);
  });

  test('a bad template timeout is an InvalidTaskSpec error', async () => {
    const h = harness([entry('p', remotePlugin(new FakeRemote(), FAST))]);
    await expect(h.engine.submit(spec('t1', { template: { type: 'remote', metadata: { timeout: 'soon' } } })).result).rejects.toMatchObject({
      code: 'InvalidTaskSpec',
      message: expect.stringContaining('template.metadata.timeout'),
    });
  });
});

describe('quotas (3)', () => {
  test('exhausted → WaitingForResources; FIFO grants as tokens free; released exactly once', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, { ...FAST, resourceQuotas: { default: 1 } }))]);
    const ts = ['a', 'b', 'c'].map((id) => h.engine.submit(spec(id)));
    await h.clock.advance(0);
    expect(remote.names()).toEqual(['exec-a-0']);
    expect(h.of('phaseChanged').filter((e) => e.phaseInfo.phase === 'WaitingForResources').map((e) => e.taskId)).toEqual(['b', 'c']);
    remote.set('exec-a-0', 'SUCCEEDED');
    await h.clock.until(ts[0]!.result);
    await h.clock.flush();
    expect(remote.names()).toEqual(['exec-a-0', 'exec-b-0']);
    remote.set('exec-b-0', 'SUCCEEDED');
    await h.clock.until(ts[1]!.result);
    await h.clock.flush();
    remote.set('exec-c-0', 'SUCCEEDED');
    await h.clock.until(ts[2]!.result);
    expect(h.of('quotaGranted').map((e) => e.taskId)).toEqual(['a', 'b', 'c']);
    expect(h.of('quotaGranted')[1]!.waitedMs).toBeGreaterThan(0);
  });

  test('project constraints from resourceRequirements are honoured', async () => {
    const remote = new FakeRemote();
    const h = harness([
      entry('p', remotePlugin(remote, { ...FAST, resourceQuotas: { shared: 10 } }, { resourceRequirements: () => ({ namespace: 'shared', constraints: { projectScopeResourceConstraint: { value: 1 } } }) })),
    ]);
    const a1 = h.engine.submit(spec('a1'));
    h.engine.submit(spec('a2'));
    const b1 = h.engine.submit(spec('b1', { execution: { name: 'exec-b1', project: 'other', domain: 'dev', namespace: 'x' } }));
    await h.clock.advance(0);
    expect(remote.names().sort()).toEqual(['exec-a1-0', 'exec-b1-0']);
    remote.set('exec-a1-0', 'SUCCEEDED');
    await h.clock.until(a1.result);
    await h.clock.flush();
    expect(remote.names()).toContain('exec-a2-0');
    void b1;
    await h.engine.shutdown();
  });

  test('an unknown namespace is a clear error', async () => {
    const h = harness([entry('p', remotePlugin(new FakeRemote(), { ...FAST, resourceQuotas: { default: 5 } }, { resourceRequirements: () => ({ namespace: 'gpu' }) }))]);
    const err = (await h.engine.submit(spec()).result.catch((e: unknown) => e)) as EngineError;
    expect(err.code).toBe('UnknownQuotaNamespace');
    expect(err.message).toContain('"gpu"');
    expect(err.message).toContain('"default"');
  });
});

describe('rate limiters (4)', () => {
  test('the write limiter gates create (Go never applies it)', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, { ...FAST, writeRateLimiter: { qps: 1, burst: 2 } }))]);
    for (const id of ['a', 'b', 'c', 'd']) h.engine.submit(spec(id));
    await h.clock.advance(0);
    expect(remote.creates).toBe(2);
    await h.clock.advance(1000);
    expect(remote.creates).toBe(3);
    await h.clock.advance(1000);
    expect(remote.creates).toBe(4);
    await h.engine.shutdown();
  });

  test('the read limiter gates get', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, { ...FAST, caching: { ...FAST.caching, workers: 10 }, readRateLimiter: { qps: 2, burst: 3 } }))]);
    for (let i = 0; i < 10; i++) h.engine.submit(spec(`t${i}`));
    await h.clock.advance(0);
    expect(remote.gets).toBe(3);
    await h.clock.advance(1000);
    expect(remote.gets).toBe(5);
    await h.engine.shutdown();
  });
});

describe('SyncPlugin (11)', () => {
  test('do() runs under the write limiter and quotas; its terminal PhaseInfo ends the task', async () => {
    let calls = 0;
    const plugin: SyncPlugin = {
      getConfig: () => ({ ...FAST, resourceQuotas: { default: 1 } }),
      do: async (tCtx) => {
        calls++;
        await tCtx.outputWriter.put({ answer: 42 });
        return phaseInfoSuccess();
      },
    };
    const h = harness([entry('s', plugin)]);
    const r = await h.clock.until(h.engine.submit(spec()).result);
    expect(r.outcome).toBe('succeeded');
    expect(r.outputs).toEqual({ answer: 42 });
    expect(calls).toBe(1);
    expect(h.of('quotaGranted')).toHaveLength(1);
  });

  test('a non-terminal PhaseInfo from do() is a clear error', async () => {
    const h = harness([entry('s', { getConfig: () => FAST, do: () => phaseInfoRunning() })]);
    const err = (await h.engine.submit(spec()).result.catch((e: unknown) => e)) as EngineError;
    expect(err.code).toBe('InvalidPhaseInfo');
    expect(err.message).toMatch(/plugin "s": do\(\) returned the non-terminal phase "Running"/);
  });
});

describe('durability and resume (13)', () => {
  test('state is written before create (Creating + name) and right after (Created + resourceMeta)', async () => {
    const remote = new FakeRemote();
    const store = new MemoryStateStore();
    const seen: TaskState[] = [];
    const spy = { load: store.load.bind(store), save: async (s: TaskState) => { seen.push(JSON.parse(JSON.stringify(s)) as TaskState); await store.save(s); } };
    const h = harness([entry('p', remotePlugin(remote, FAST, { create: async () => { expect(seen.at(-1)?.stage).toBe('Creating'); return undefined; } }))], { stateStore: spy });
    const t = h.engine.submit(spec());
    await h.clock.advance(0);
    expect(seen.map((s) => s.stage).slice(0, 2)).toEqual(['Creating', 'Created']);
    expect(seen[0]!.generatedName).toBe('exec-t1-0');
    expect(seen[1]!.resourceMeta).toEqual({ name: 'exec-t1-0' });
    t.detach();
    await h.clock.until(t.result);
  });

  test('resume from a stored resourceMeta polls without a new create', async () => {
    const remote = new FakeRemote();
    const store = new MemoryStateStore();
    const h1 = harness([entry('p', remotePlugin(remote, FAST))], { stateStore: store });
    const t1 = h1.engine.submit(spec());
    await h1.clock.advance(0);
    t1.detach(); // like kill -9: no delete, the state stays
    expect((await h1.clock.until(t1.result)).outcome).toBe('detached');
    expect(remote.deletes).toHaveLength(0);
    expect(remote.creates).toBe(1);

    const h2 = harness([entry('p', remotePlugin(remote, FAST))], { stateStore: store, clock: new FakeClock() });
    const t2 = h2.engine.submit(spec(), { resume: true });
    await h2.clock.advance(0);
    expect(h2.of('resumed')[0]).toMatchObject({ fromStage: 'Created', generatedName: 'exec-t1-0' });
    remote.set('exec-t1-0', 'SUCCEEDED');
    const r = await h2.clock.until(t2.result);
    expect(r.outcome).toBe('succeeded');
    expect(remote.creates).toBe(1);
  });

  test('resume from Creating creates again under the same name (a deduplicating plugin makes one job)', async () => {
    const remote = new FakeRemote();
    const store = new MemoryStateStore();
    await store.save({ version: 1, taskId: 't1', attempt: 0, systemRetriesUsed: 0, userRetriesUsed: 0, generatedName: 'exec-t1-0', stage: 'Creating', startedAt: 0, attemptStartedAt: 0, attempts: [] });
    remote.jobs.set('exec-t1-0', { name: 'exec-t1-0', phase: 'SUCCEEDED' });
    const h = harness([entry('p', remotePlugin(remote, FAST))], { stateStore: store });
    const r = await h.clock.until(h.engine.submit(spec(), { resume: true }).result);
    expect(r.outcome).toBe('succeeded');
    expect(remote.calls[0]).toBe('create exec-t1-0');
    expect(remote.names()).toEqual(['exec-t1-0']);
  });

  test('resume without saved state is NoSavedState', async () => {
    const h = harness([entry('p', remotePlugin(new FakeRemote(), FAST))]);
    await expect(h.engine.submit(spec(), { resume: true }).result).rejects.toMatchObject({ code: 'NoSavedState' });
  });

  test('a resourceMeta that is not JSON-serializable is a clear error naming the plugin (and the resource is deleted)', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST, { create: () => ({ resourceMeta: { name: 'exec-t1-0', when: new Date(0) } }) }))]);
    const err = (await h.clock.until(h.engine.submit(spec()).result).catch((e: unknown) => e)) as EngineError;
    expect(err.code).toBe('NotSerializable');
    expect(err.message).toMatch(/plugin "p".*resourceMeta\.when is a Date/);
    expect(remote.deletes).toHaveLength(1);
    // the in-memory store holds the live state: it never keeps the value that cannot be saved
    const saved = await h.store.load('t1');
    expect(saved?.resourceMeta).toBeUndefined();
    expect(saved?.generatedName).toBe('exec-t1-0');
  });

  test('a failing state store fails the task before create, with StateStoreFailed', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST))], { stateStore: { load: async () => undefined, save: async () => { throw new Error('disk full'); } } });
    const err = (await h.clock.until(h.engine.submit(spec()).result).catch((e: unknown) => e)) as EngineError;
    expect(err.code).toBe('StateStoreFailed');
    expect(err.message).toContain('disk full');
    expect(remote.creates).toBe(0);
  });
});

describe('many tasks (12) and robustness', () => {
  test('one engine runs many tasks at once, sharing limiters, quotas, cache and workers', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, { ...FAST, resourceQuotas: { default: 20 }, caching: { ...FAST.caching, workers: 3 } }))]);
    const ts = Array.from({ length: 100 }, (_, i) => h.engine.submit(spec(`t${i}`)));
    await h.clock.advance(0);
    expect(remote.creates).toBe(20);
    remote.initial = 'SUCCEEDED';
    for (const j of remote.jobs.values()) j.phase = 'SUCCEEDED';
    const rs = await h.clock.until(Promise.all(ts.map((t) => t.result)));
    expect(rs.every((r) => r.outcome === 'succeeded')).toBe(true);
    expect(remote.creates).toBe(100);
    expect(h.clock.pending()).toBe(0);
  });

  test('a duplicate taskId and submits after shutdown are rejected; shutdown detaches running tasks', async () => {
    const h = harness([entry('p', remotePlugin(new FakeRemote(), FAST))]);
    const t = h.engine.submit(spec());
    await expect(h.engine.submit(spec()).result).rejects.toMatchObject({ code: 'DuplicateTaskId' });
    await h.clock.advance(0);
    await h.engine.shutdown();
    expect((await t.result).outcome).toBe('detached');
    await expect(h.engine.submit(spec('t2')).result).rejects.toMatchObject({ code: 'EngineShutdown' });
    expect(h.clock.pending()).toBe(0);
  });

  test('a throwing event listener does not break the engine', async () => {
    const remote = new FakeRemote();
    remote.initial = 'SUCCEEDED';
    const h = harness([entry('p', remotePlugin(remote, FAST))]);
    h.engine.on(() => {
      throw new Error('listener bug');
    });
    expect((await h.clock.until(h.engine.submit(spec()).result)).outcome).toBe('succeeded');
  });

  test('a status() returning garbage is an InvalidPhaseInfo error, after deleting', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST, { status: () => ({ phase: 'Done' }) as never }))]);
    const err = (await h.clock.until(h.engine.submit(spec()).result).catch((e: unknown) => e)) as EngineError;
    expect(err).toBeInstanceOf(EngineError);
    expect(err.code).toBe('InvalidPhaseInfo');
    expect(err.message).toContain('"Done"');
    expect(remote.deletes).toHaveLength(1);
  });
});

void ({} as Job);

/**
 * Mechanisms introduced for speed and memory (admission in batches, the parked state machine, the Map LRU,
 * `result` created on first use, per-attempt contexts): the behaviour they must keep.
 */
import { describe, expect, test } from 'vitest';
import { Registry } from 'prom-client';
import type { TaskExecutionContext } from '../../src/index.js';
import { AutoRefreshCache, createMetricsScope, EngineMetrics, FakeClock, flushMicrotasks, MemoryStateStore, TokenBucket, notSerializable, type CacheItem } from '../../src/engine/index.js';
import { FakeRemote, remotePlugin, entry, spec, harness, FAST } from './helpers.js';

describe('a burst of submits', () => {
  test('more tasks than one admission batch all run, each created once, and end succeeded', async () => {
    const remote = new FakeRemote();
    const lifted = { qps: 100_000, burst: 100_000 };
    const cfg = { ...FAST, readRateLimiter: lifted, writeRateLimiter: lifted, caching: { ...FAST.caching, workers: 50, size: 5000 } };
    const h = harness([entry('p', remotePlugin(remote, cfg))]);
    const n = 1300; // more than two admission batches
    const handles = Array.from({ length: n }, (_, i) => h.engine.submit(spec(`t${i}`)));
    await h.clock.advance(0);
    expect(remote.creates).toBe(n);
    for (let i = 0; i < n; i++) remote.set(`exec-t${i}-0`, 'SUCCEEDED');
    const results = await h.clock.until(Promise.all(handles.map((x) => x.result)));
    expect(results.every((r) => r.outcome === 'succeeded')).toBe(true);
    expect(h.of('attemptStarted')).toHaveLength(n);
    expect(h.clock.pending()).toBe(0);
  });

  test('a task aborted while it waits to be admitted ends aborted without any create', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, { ...FAST, caching: { ...FAST.caching, size: 5000 } }))]);
    const handles = Array.from({ length: 1000 }, (_, i) => h.engine.submit(spec(`t${i}`)));
    const last = handles.at(-1)!;
    last.abort('changed my mind');
    const r = await h.clock.until(last.result);
    expect(r.outcome).toBe('aborted');
    expect(remote.calls).not.toContain('create exec-t999-0');
    expect(remote.deletes).toHaveLength(0);
    for (const x of handles) x.detach();
    await h.clock.until(Promise.all(handles.map((x) => x.result)));
  });

  test('shutdown settles tasks still waiting to be admitted (detached)', async () => {
    const h = harness([entry('p', remotePlugin(new FakeRemote(), { ...FAST, caching: { ...FAST.caching, size: 5000 } }))]);
    const handles = Array.from({ length: 800 }, (_, i) => h.engine.submit(spec(`t${i}`)));
    await h.engine.shutdown();
    const results = await Promise.all(handles.map((x) => x.result));
    expect(results.every((r) => r.outcome === 'detached')).toBe(true);
  });
});

describe('result on first use', () => {
  test('reading result only after the task ended gives the same result every time', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST))]);
    const t = h.engine.submit(spec());
    await h.clock.advance(0);
    remote.set('exec-t1-0', 'SUCCEEDED');
    await h.clock.advance(1000);
    expect(h.of('finished')).toHaveLength(1);
    const r = await t.result;
    expect(r.outcome).toBe('succeeded');
    expect(t.result).toBe(t.result);
    expect(await t.result).toBe(r);
    expect(h.of('finished')[0]!.result).toBe(r);
  });

  test('a setup error nobody reads does not crash; read later it rejects with the EngineError', async () => {
    const h = harness([entry('p', remotePlugin(new FakeRemote(), FAST))]);
    const t = h.engine.submit(spec('t1', { template: { type: 'nope' } }));
    await h.clock.advance(0);
    await expect(t.result).rejects.toMatchObject({ code: 'NoPluginForTaskType' });
  });
});

describe('parked tasks', () => {
  test('a parked task holds no plugin context; the status context is fresh per sync and carries the resource', async () => {
    const remote = new FakeRemote();
    const seen: (TaskExecutionContext & { resource: unknown; resourceMeta: unknown })[] = [];
    const plugin = remotePlugin(remote, FAST);
    const status = plugin.status.bind(plugin);
    plugin.status = (ctx) => {
      seen.push(ctx as never);
      return status(ctx);
    };
    const h = harness([entry('p', plugin)]);
    const t = h.engine.submit(spec());
    await h.clock.advance(1000);
    remote.set('exec-t1-0', 'SUCCEEDED');
    expect((await h.clock.until(t.result)).outcome).toBe('succeeded');
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    for (const c of seen) {
      expect(c.resourceMeta).toEqual({ name: 'exec-t1-0' });
      expect(c.taskExecutionMetadata.taskExecutionId.generatedName).toBe('exec-t1-0');
      expect(typeof c.outputWriter.put).toBe('function');
    }
    expect((seen.at(-1)!.resource as { phase: string }).phase).toBe('SUCCEEDED');
  });

  test('one task after the other never waits for a later turn (each settles within the same turn)', async () => {
    const remote = new FakeRemote();
    const h = harness([entry('p', remotePlugin(remote, FAST, { create: async () => ({ resourceMeta: { name: 'x' }, resource: { name: 'x', phase: 'SUCCEEDED' } }) }))]);
    // the remote answers at once (create returns a terminal resource): 600 tasks one by one, no timers
    for (let i = 0; i < 600; i++) expect((await h.engine.submit(spec(`s${i}`)).result).outcome).toBe('succeeded');
  });
});

describe('the auto-refresh LRU', () => {
  function cache(size: number) {
    const clock = new FakeClock();
    const registry = new Registry();
    const metrics = new EngineMetrics(createMetricsScope(registry, 'p'));
    const evicted: string[] = [];
    const synced: string[] = [];
    const c = new AutoRefreshCache<CacheItem>({
      size,
      workers: 1,
      resyncMs: 1000,
      clock,
      readLimiter: new TokenBucket(1000, 1000, clock),
      metrics,
      sync: async (item) => {
        synced.push(item.key);
      },
      onEvict: (item) => evicted.push(item.key),
    });
    const item = (key: string): CacheItem => ({ key, gone: false, queued: false, processing: false, abandoned: false });
    return { clock, c, evicted, synced, item, registry };
  }

  test('evicts the least recently synced item, tells its owner, and counts it', async () => {
    const { clock, c, evicted, item, registry } = cache(2);
    const a = item('a');
    const b = item('b');
    c.add(a);
    c.add(b);
    await clock.advance(0);
    await clock.advance(1000); // resync: a and b synced again (most recent first: b, then a) → a is the most recent
    c.add(item('c'));
    expect(evicted).toEqual(['b']);
    expect(b.gone).toBe(true);
    expect(c.has(a)).toBe(true);
    expect(c.size).toBe(2);
    expect((await registry.getSingleMetric('webapi_plugin_p_lru_evictions')!.get()).values[0]!.value).toBe(1);
    c.stop();
  });

  test('removing the last item stops the resync ticker (at the end of the turn)', async () => {
    const { clock, c, item, synced } = cache(10);
    const a = item('a');
    c.add(a);
    await clock.advance(0);
    expect(synced).toEqual(['a']);
    c.remove(a);
    expect(c.size).toBe(0);
    await flushMicrotasks(1);
    expect(clock.pending()).toBe(0);
  });

  test('an item added again within the same turn keeps the one ticker armed', async () => {
    const { clock, c, item } = cache(10);
    const a = item('a');
    c.add(a);
    c.remove(a);
    c.add(item('b'));
    await flushMicrotasks(1);
    expect(clock.pending()).toBe(1);
    c.stop();
    expect(clock.pending()).toBe(0);
  });
});

describe('fast paths of the in-memory store, create and metrics', () => {
  test('the in-memory store shows Creating during create, then Created with the resourceMeta, and a resume polls', async () => {
    const remote = new FakeRemote();
    let release: (() => void) | undefined;
    const gate = new Promise<void>((r) => (release = r));
    const h = harness([entry('p', remotePlugin(remote, FAST, { create: async () => { await gate; return undefined; } }))]);
    const first = h.engine.submit(spec());
    await flushMicrotasks();
    expect((await h.store.load('t1'))?.stage).toBe('Creating');
    first.detach(); // the create in flight finishes, and its resourceMeta is still recorded
    release!();
    expect((await first.result).outcome).toBe('detached');
    const after = await h.store.load('t1');
    expect(after).toMatchObject({ stage: 'Created', resourceMeta: { name: 'exec-t1-0' } });
    remote.set('exec-t1-0', 'SUCCEEDED');
    const again = harness([entry('p', remotePlugin(remote, FAST))], { stateStore: h.store, clock: h.clock });
    const r = await again.clock.until(again.engine.submit(spec(), { resume: true }).result);
    expect(r.outcome).toBe('succeeded');
    expect(remote.calls.filter((c) => c.startsWith('create'))).toEqual(['create exec-t1-0']); // polled, not created again
    const saved = await h.store.load('t1');
    expect(saved?.stage).toBe('Finished');
    expect(saved?.result?.outcome).toBe('succeeded');
  });

  test('the in-memory store holds one live record per task (no copy per save); load gives a copy the engine never sees', async () => {
    const remote = new FakeRemote();
    remote.initial = 'SUCCEEDED';
    const store = new MemoryStateStore();
    const puts: unknown[] = [];
    const putLive = store.putLive.bind(store);
    store.putLive = (s) => {
      puts.push(s);
      putLive(s);
    };
    const h = harness([entry('p', remotePlugin(remote, FAST))], { stateStore: store });
    const r = await h.clock.until(h.engine.submit(spec()).result);
    expect(r.outcome).toBe('succeeded');
    expect(puts.length).toBeGreaterThanOrEqual(3); // before create, after create, finished
    expect(new Set(puts).size).toBe(1); // the same state object every time
    const copy = await store.load('t1');
    copy!.stage = 'Creating';
    expect((await store.load('t1'))?.stage).toBe('Finished');
  });

  test('a first create that throws a transient error is retried with backoff, like any other', async () => {
    const remote = new FakeRemote();
    remote.initial = 'SUCCEEDED';
    let calls = 0;
    const h = harness([
      entry('p', remotePlugin(remote, FAST, { create: () => { if (++calls === 1) throw new Error('flaky'); return undefined; } })),
    ]);
    const r = await h.clock.until(h.engine.submit(spec()).result);
    expect(r.outcome).toBe('succeeded');
    expect(h.of('createRetried')).toMatchObject([{ retry: 1, error: 'flaky' }]);
    expect(calls).toBe(2);
  });

  test('get latency and cache size are exact whenever the metrics are read', async () => {
    const remote = new FakeRemote();
    const registry = new Registry();
    const h = harness([entry('p', remotePlugin(remote, { ...FAST, caching: { ...FAST.caching, workers: 5 } }))], { metricsRegistry: registry });
    const handles = Array.from({ length: 5 }, (_, i) => h.engine.submit(spec(`t${i}`)));
    await h.clock.advance(0);
    const size = (await registry.getSingleMetric('webapi_plugin_p_cache_size')!.get()).values[0]!.value;
    expect(size).toBe(5);
    const latency = await registry.getSingleMetric('webapi_plugin_p_get_latency')!.get();
    expect((latency.values as { metricName?: string; value: number }[]).find((v) => v.metricName === 'webapi_plugin_p_get_latency_count')!.value).toBe(5);
    for (const hd of handles) hd.detach();
    await Promise.all(handles.map((hd) => hd.result));
  });

  test('notSerializable: nested plain data passes; deep, cyclic and class values are named', () => {
    let deep: unknown = { leaf: [1, 'a', null, true] };
    for (let i = 0; i < 40; i++) deep = { next: deep };
    expect(notSerializable(deep)).toBeUndefined();
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(notSerializable(cyclic)).toBe('resourceMeta.self is a circular reference');
    expect(notSerializable({ list: [{ at: new Date(0) }] })).toBe('resourceMeta.list[0].at is a Date, not a plain object');
    expect(notSerializable({ n: Number.NaN })).toBe('resourceMeta.n is NaN');
  });
});

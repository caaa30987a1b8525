/**
 * Mechanisms introduced for speed and memory (admission in batches, the parked state machine, the Map LRU,
 * `result` created on first use, per-attempt contexts): the behaviour they must keep.
 */
import { describe, expect, test } from 'vitest';
import { Registry } from 'prom-client';
import type { TaskExecutionContext } from '../../src/index.js';
import { AutoRefreshCache, createMetricsScope, EngineMetrics, FakeClock, TokenBucket, type CacheItem } from '../../src/engine/index.js';
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
    const item = (key: string): CacheItem => ({ key, gone: false, queued: false, processing: false });
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

  test('removing the last item stops the resync ticker', async () => {
    const { clock, c, item, synced } = cache(10);
    const a = item('a');
    c.add(a);
    await clock.advance(0);
    expect(synced).toEqual(['a']);
    c.remove(a);
    expect(c.size).toBe(0);
    expect(clock.pending()).toBe(0);
  });
});

/**
 * The engine's structure (issue 12, section 1): one driver moves a task through an explicit table of
 * stages (an illegal change throws), and one module loads a plugin's runtime for the engine and `serve`.
 */
import { describe, expect, test } from 'vitest';
import { Registry } from 'prom-client';
import { phaseInfoSuccess, type PluginEntry } from '../../src/index.js';
import { EngineError, FakeClock, loadPluginRuntime, type Stage } from '../../src/engine/index.js';
import { enter } from '../../src/engine/core.js';
import { TaskRun, type RunHost } from '../../src/engine/task-run.js';
import { FakeRemote, remotePlugin, entry, spec, harness, FAST } from './helpers.js';

function stagesOf(opts: Parameters<typeof harness>[1] = {}) {
  const seen: string[] = [];
  return { seen, onStage: (id: string, from: Stage, to: Stage) => seen.push(`${id}:${from}>${to}`) };
}

describe('stages', () => {
  test('a task that succeeds: Admitting → Loading → Creating → Monitoring → Ending → Settled', async () => {
    const remote = new FakeRemote();
    const { seen, onStage } = stagesOf();
    const h = harness([entry('p', remotePlugin(remote, FAST))], { onStage });
    const t = h.engine.submit(spec());
    await h.clock.advance(0);
    remote.set('exec-t1-0', 'SUCCEEDED');
    await h.clock.until(t.result);
    expect(seen).toEqual(['t1:Admitting>Loading', 't1:Loading>Creating', 't1:Creating>Monitoring', 't1:Monitoring>Ending', 't1:Ending>Settled']);
  });

  test('quota, timeout with cleanup, a retry and an abort go through Allocating, Cleaning and Ending', async () => {
    const remote = new FakeRemote();
    const { seen, onStage } = stagesOf();
    const h = harness([entry('p', remotePlugin(remote, { ...FAST, resourceQuotas: { default: 1 } }))], { onStage });
    const t = h.engine.submit(spec('t1', { timeoutMs: 1000, retries: 1 }));
    await h.clock.advance(1500);
    t.abort('stop');
    await h.clock.until(t.result);
    expect(seen).toEqual([
      't1:Admitting>Loading',
      't1:Loading>Allocating',
      't1:Allocating>Creating',
      't1:Creating>Monitoring',
      't1:Monitoring>Cleaning', // the timeout: delete
      't1:Cleaning>Ending', // retry accounting: a new attempt
      't1:Ending>Allocating',
      't1:Allocating>Creating',
      't1:Creating>Monitoring',
      't1:Monitoring>Cleaning', // the abort: delete
      't1:Cleaning>Ending',
      't1:Ending>Settled',
    ]);
  });

  test('a setup error ends in Rejected', async () => {
    const { seen, onStage } = stagesOf();
    const h = harness([entry('p', remotePlugin(new FakeRemote(), FAST))], { onStage });
    await expect(h.engine.submit(spec('t1', { template: { type: 'nope' } })).result).rejects.toMatchObject({ code: 'NoPluginForTaskType' });
    expect(seen).toEqual(['t1:Admitting>Loading', 't1:Loading>Rejected']);
  });

  test('an illegal stage change throws (so an engine bug is caught, not carried on)', () => {
    const host = { onStage: undefined } as unknown as RunHost;
    const run = new TaskRun(host, spec(), {});
    expect(() => enter(run, 'Monitoring')).toThrow(/illegal stage change Admitting → Monitoring/);
    enter(run, 'Loading');
    enter(run, 'Creating');
    expect(() => enter(run, 'Settled')).toThrow(/illegal stage change Creating → Settled/);
    enter(run, 'Rejected');
    expect(() => enter(run, 'Loading')).toThrow(/Rejected → Loading/);
  });
});

describe('loadPluginRuntime (one loader for the engine and serve)', () => {
  const plugin = (config: object) => ({ ...remotePlugin(new FakeRemote(), config as never), status: () => phaseInfoSuccess() });

  test('gives what serve needs per RPC: limiters, setup context, config with range warnings; no cache without tracking', async () => {
    const registry = new Registry();
    const clock = new FakeClock();
    let setupSeen: unknown;
    const e: PluginEntry = {
      id: 'svc',
      supportedTaskTypes: ['svc'],
      pluginLoader: (setup) => {
        setupSeen = setup;
        return plugin({ caching: { resyncInterval: '1s' }, writeRateLimiter: { qps: 1, burst: 5 }, resourceQuotas: { default: 2 } });
      },
    };
    const rt = await loadPluginRuntime(e, { registry, clock });
    expect(rt.setup).toBe(setupSeen);
    expect(rt.setup.metricsScope.prefix).toBe('webapi_plugin_svc_');
    expect(rt.config.caching.resyncInterval).toBe('1s');
    expect(rt.warnings.map((w) => w.path)).toEqual(['caching.resyncInterval']);
    expect(rt.async).toBeDefined();
    expect(rt.sync).toBeUndefined();
    expect(rt.cache).toBeUndefined();
    expect(rt.quotas?.names()).toEqual(['default']);
    for (let i = 0; i < 5; i++) await rt.writeLimiter.wait();
    let sixth = false;
    void rt.writeLimiter.wait().then(() => (sixth = true));
    await clock.advance(999);
    expect(sixth).toBe(false);
    await clock.advance(1);
    expect(sixth).toBe(true);
    const ac = new AbortController();
    const r = rt.readLimiter.wait(ac.signal);
    await expect(r).resolves.toBeUndefined();
  });

  test('resolveConfig sees the entry, the plugin\'s own config and the plugin; a value that can never work is InvalidConfig', async () => {
    const p = plugin({ caching: { workers: 3 } });
    const e: PluginEntry = { id: 'svc', supportedTaskTypes: ['svc'], pluginLoader: () => p };
    let seen: unknown[] = [];
    const rt = await loadPluginRuntime(e, {
      registry: new Registry(),
      resolveConfig: (en, own, pl) => {
        seen = [en.id, own, pl];
        return { ...rt0(), caching: { ...rt0().caching, workers: (own as { caching: { workers: number } }).caching.workers } };
      },
    });
    expect(seen).toEqual(['svc', { caching: { workers: 3 } }, p]);
    expect(rt.config.caching.workers).toBe(3);
    const bad = await loadPluginRuntime(e, { registry: new Registry(), resolveConfig: () => ({ ...rt0(), readRateLimiter: { qps: 0, burst: 1 } }) }).catch((x: unknown) => x);
    expect(bad).toBeInstanceOf(EngineError);
    expect((bad as EngineError).code).toBe('InvalidConfig');
    expect((bad as EngineError).message).toMatch(/readRateLimiter\.qps must be a positive number/);
  });
});

function rt0() {
  return {
    resourceQuotas: {},
    readRateLimiter: { qps: 10, burst: 100 },
    writeRateLimiter: { qps: 10, burst: 100 },
    caching: { size: 1000, resyncInterval: '30s', workers: 10, maxSystemFailures: 5 },
  };
}

import { describe, expect, test, vi } from 'vitest';
import { Registry } from 'prom-client';
import { createEngine, createMetricsScope, EngineError, generatedName, MAX_GENERATED_NAME_LENGTH } from '../../src/engine/index.js';
import { mergePluginConfig, defaultPluginConfig, phaseInfoSuccess, type PluginEntry } from '../../src/index.js';
import { FakeRemote, remotePlugin, harness, entry, spec, FAST } from './helpers.js';

function e(id: string, types: string[], extra: Partial<PluginEntry> = {}): PluginEntry {
  return { id, supportedTaskTypes: types, pluginLoader: () => remotePlugin(new FakeRemote()), ...extra };
}

async function routeOf(entries: PluginEntry[], type: string): Promise<string> {
  const engine = createEngine({ entries });
  return (await engine.resolve(type)).entry.id;
}

describe('routing (1)', () => {
  test('defaultForTaskTypes wins over other supporters; a single supporter is used; else isDefault', async () => {
    const entries = [e('a', ['spark', 'sql']), e('b', ['spark'], { defaultForTaskTypes: ['spark'] }), e('c', ['other'], { isDefault: true })];
    expect(await routeOf(entries, 'spark')).toBe('b');
    expect(await routeOf(entries, 'sql')).toBe('a');
    expect(await routeOf(entries, 'unknown')).toBe('c');
  });

  test('several supporters without a default is an error naming them', async () => {
    const engine = createEngine({ entries: [e('a', ['spark']), e('b', ['spark'])] });
    const err = await engine.resolve('spark').catch((x: unknown) => x);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).code).toBe('AmbiguousTaskType');
    expect((err as EngineError).message).toMatch(/"a", "b"/);
    expect((err as EngineError).message).toMatch(/defaultForTaskTypes/);
  });

  test('no supporter and no default lists the known task types', async () => {
    const engine = createEngine({ entries: [e('a', ['spark', 'sql'])] });
    const err = (await engine.resolve('hive').catch((x: unknown) => x)) as EngineError;
    expect(err.code).toBe('NoPluginForTaskType');
    expect(err.message).toContain('"hive"');
    expect(err.message).toContain('"spark", "sql"');
  });

  test('two isDefault entries, or two defaults for one type, fail at load', () => {
    expect(() => createEngine({ entries: [e('a', ['x'], { isDefault: true }), e('b', ['y'], { isDefault: true })] })).toThrow(
      expect.objectContaining({ code: 'DuplicateDefault' }),
    );
    expect(() =>
      createEngine({ entries: [e('a', ['x'], { defaultForTaskTypes: ['x'] }), e('b', ['x'], { defaultForTaskTypes: ['x'] })] }),
    ).toThrow(/both the default for task type "x"/);
  });

  test('invalid entries are rejected with the entry named', () => {
    expect(() => createEngine({ entries: [e('a', [])] })).toThrow(/plugin entry "a": supportedTaskTypes/);
    expect(() => createEngine({ entries: [e('a', ['x']), e('a', ['y'])] })).toThrow(/two plugin entries have the id "a"/);
    expect(() => createEngine({ entries: [{ id: 'z', supportedTaskTypes: ['x'] } as unknown as PluginEntry] })).toThrow(/pluginLoader/);
  });

  test('pluginLoader runs once, lazily, with a metrics scope', async () => {
    const loader = vi.fn(() => remotePlugin(new FakeRemote()));
    const engine = createEngine({ entries: [{ id: 'my-plugin', supportedTaskTypes: ['x'], pluginLoader: loader }] });
    expect(loader).not.toHaveBeenCalled();
    await Promise.all([engine.resolve('x'), engine.resolve('x'), engine.resolve('x')]);
    expect(loader).toHaveBeenCalledTimes(1);
    const ctx = (loader.mock.calls[0] as unknown as [{ metricsScope: { prefix: string } }])[0];
    expect(ctx.metricsScope.prefix).toBe('webapi_plugin_my_plugin_');
  });

  test('a failing loader or a malformed plugin is PluginLoadFailed', async () => {
    const engine = createEngine({
      entries: [
        { id: 'boom', supportedTaskTypes: ['a'], pluginLoader: () => Promise.reject(new Error('no creds')) },
        { id: 'bad', supportedTaskTypes: ['b'], pluginLoader: () => ({ getConfig: () => ({}), create: () => ({}) }) as never },
      ],
    });
    await expect(engine.resolve('a')).rejects.toMatchObject({ code: 'PluginLoadFailed', message: expect.stringMatching(/"boom".*no creds/) });
    await expect(engine.resolve('b')).rejects.toMatchObject({ code: 'PluginLoadFailed', message: expect.stringMatching(/without get\(\), delete\(\), status\(\)/) });
  });
});

describe('config check (2)', () => {
  test('default config = defaults < plugin own; resolveConfig can layer more', async () => {
    const entries = [{ id: 'p', supportedTaskTypes: ['x'], pluginLoader: () => remotePlugin(new FakeRemote(), { caching: { workers: 3 } }) }];
    const a = await createEngine({ entries }).resolve('x');
    expect(a.config.caching.workers).toBe(3);
    expect(a.config.caching.size).toBe(defaultPluginConfig.caching.size);
    const b = await createEngine({ entries, resolveConfig: (_e, own) => mergePluginConfig(mergePluginConfig(defaultPluginConfig, own), { caching: { workers: 7 } }) }).resolve('x');
    expect(b.config.caching.workers).toBe(7);
  });

  test('invalid values are InvalidConfig errors naming the plugin and the path', async () => {
    const entries = [{ id: 'p', supportedTaskTypes: ['x'], pluginLoader: () => remotePlugin(new FakeRemote(), { caching: { size: 0, resyncInterval: '5 sec' } }) }];
    const err = (await createEngine({ entries }).resolve('x').catch((x: unknown) => x)) as EngineError;
    expect(err.code).toBe('InvalidConfig');
    expect(err.message).toMatch(/plugin "p".*caching\.size/);
    expect(err.message).toMatch(/caching\.resyncInterval/);
  });

  test('values outside Flyte production ranges are allowed but warned about, naming the range', async () => {
    const h = harness([{ id: 'p', supportedTaskTypes: ['x'], pluginLoader: () => remotePlugin(new FakeRemote(), FAST) }]);
    const r = await h.engine.resolve('x');
    expect(r.config.caching.resyncInterval).toBe('1s');
    const w = h.of('configWarning');
    expect(w.map((x) => x.path)).toEqual(['caching.resyncInterval']);
    const resync = w.find((x) => x.path === 'caching.resyncInterval')!;
    expect(resync.pluginId).toBe('p');
    expect(resync.message).toContain('5s–1h');
    expect(h.of('pluginLoaded')).toHaveLength(1);
  });
});

describe('generated names', () => {
  test('deterministic, per attempt, DNS-label-ish and at most 50 characters', () => {
    expect(generatedName('my-exec', 0)).toBe('my-exec-0');
    expect(generatedName('my-exec', 3)).toBe('my-exec-3');
    const odd = generatedName('My_Exec.Name', 0);
    expect(odd).toMatch(/^my-exec-name-0-[0-9a-f]{8}$/);
    expect(generatedName('My_Exec.Name', 0)).toBe(odd);
    expect(generatedName('my-exec-name', 0)).not.toBe(odd); // changed names never collide with clean ones
    const long = generatedName('x'.repeat(80), 1);
    expect(long.length).toBeLessThanOrEqual(MAX_GENERATED_NAME_LENGTH);
    expect(long).not.toBe(generatedName('x'.repeat(80), 2));
  });
});

describe('metrics scope', () => {
  test('prefixes and sanitises names; engine metrics use Flyte names', async () => {
    const registry = new Registry();
    const scope = createMetricsScope(registry, 'my.plugin');
    expect(scope.metricName('calls-total')).toBe('webapi_plugin_my_plugin_calls_total');
    const h = harness([{ id: 'p', supportedTaskTypes: ['x'], pluginLoader: () => ({ getConfig: () => ({}), do: () => phaseInfoSuccess() }) }], { metricsRegistry: registry });
    await h.engine.resolve('x');
    const names = (await registry.getMetricsAsJSON()).map((m) => m.name);
    for (const n of ['allocation_grant_success', 'allocation_grant_failed', 'resource_wait_time', 'get_latency', 'sync_errors', 'lru_evictions', 'cache_size']) {
      expect(names).toContain(`webapi_plugin_p_${n}`);
    }
  });
});

describe('routing by task category: (type, task_type_version), as Flyte routes', () => {
  test('a template with taskTypeVersion runs on the entry that claims that version', async () => {
    const v0 = new FakeRemote();
    const v1 = new FakeRemote();
    const h = harness([
      entry('zero', remotePlugin(v0, FAST), { supportedTaskTypes: ['job'] }),
      entry('one', remotePlugin(v1, FAST), { supportedTaskTypes: [{ name: 'job', version: 1 }] }),
    ]);
    const t1 = h.engine.submit(spec('t1', { template: { type: 'job', taskTypeVersion: 1 } }));
    const t0 = h.engine.submit(spec('t0', { template: { type: 'job' } }));
    await h.clock.advance(0);
    expect(v1.calls).toEqual(['create exec-t1-0', 'get exec-t1-0']);
    expect(v0.calls).toEqual(['create exec-t0-0', 'get exec-t0-0']);
    v0.set('exec-t0-0', 'SUCCEEDED', {});
    v1.set('exec-t1-0', 'SUCCEEDED', {});
    expect((await h.clock.until(t1.result)).outcome).toBe('succeeded');
    expect((await h.clock.until(t0.result)).outcome).toBe('succeeded');
  });

  test('a version no entry claims is not sent to the version-0 plugin', async () => {
    const engine = createEngine({ entries: [e('a', ['job'])] });
    expect((await engine.resolve('job', 0)).entry.id).toBe('a');
    const err = (await engine.resolve('job', 1).catch((x: unknown) => x)) as EngineError;
    expect(err).toBeInstanceOf(EngineError);
    expect(err.code).toBe('NoPluginForTaskType');
  });
});

import { describe, expect, it } from 'vitest';
import { isPermanentError } from 'webapi-plugin';
import entry, { create{{pluginClassName}}Plugin } from '../src/plugin.js';
import { SimulatedJobService } from '../src/remote.js';
import { createTestContext } from 'webapi-plugin/testing';

/** A plugin on a simulated service whose clock the test moves. */
function setup() {
  let now = 1_000_000;
  const service = new SimulatedJobService(() => now);
  const plugin = create{{pluginClassName}}Plugin(service);
  return { plugin, service, advance: (ms: number) => void (now += ms) };
}

const template = { type: '{{taskType}}', custom: { durationMs: 1000 } };

describe('{{pluginId}}', () => {
  it('exports a plugin entry for its task types', async () => {
    expect(entry.id).toBe('{{pluginId}}');
    expect(entry.supportedTaskTypes).toEqual([{{taskTypesList}}]);
    const plugin = await entry.pluginLoader({} as never);
    expect(typeof (plugin as { create?: unknown }).create).toBe('function');
  });

  it('runs a job from Queued through Running to Success and writes the outputs', async () => {
    const { plugin, advance } = setup();
    const tCtx = createTestContext({ template, inputs: { name: 'Flyte' } });
    const { resourceMeta, resource } = await plugin.create(tCtx);
    expect(JSON.parse(JSON.stringify(resourceMeta))).toEqual(resourceMeta); // persisted: must be JSON

    const phaseAt = async () => {
      const latest = await plugin.get({ resourceMeta, signal: tCtx.signal });
      return (await plugin.status({ ...tCtx, resourceMeta, resource: latest })).phase;
    };
    expect((await plugin.status({ ...tCtx, resourceMeta, resource: resource! })).phase).toBe('Queued');
    advance(500);
    expect(await phaseAt()).toBe('Running');
    advance(600);
    expect(await phaseAt()).toBe('Success');
    expect(tCtx.written.outputs).toEqual({ greeting: 'Hello, Flyte!' });
  });

  it('create is idempotent within an attempt', async () => {
    const { plugin } = setup();
    const a = await plugin.create(createTestContext({ template, generatedName: 'attempt-0' }));
    const b = await plugin.create(createTestContext({ template, generatedName: 'attempt-0' }));
    const c = await plugin.create(createTestContext({ template, generatedName: 'attempt-1' }));
    expect(b.resourceMeta).toEqual(a.resourceMeta);
    expect(c.resourceMeta).not.toEqual(a.resourceMeta);
  });

  it('reports a failed job as a permanent failure', async () => {
    const { plugin, advance } = setup();
    const tCtx = createTestContext({ template: { type: '{{taskType}}', custom: { durationMs: 10, failWith: 'out of cheese' } } });
    const { resourceMeta } = await plugin.create(tCtx);
    advance(20);
    const info = await plugin.status({ ...tCtx, resourceMeta, resource: await plugin.get({ resourceMeta, signal: tCtx.signal }) });
    expect(info.phase).toBe('PermanentFailure');
    expect(info.error).toMatchObject({ code: 'JobFailed', message: 'out of cheese', kind: 'USER' });
  });

  it('rejects a bad task template with a PermanentError', async () => {
    const { plugin } = setup();
    const err = await Promise.resolve(plugin.create(createTestContext({ template: { type: '{{taskType}}', custom: { durationMs: 'soon' } } }))).catch((e: unknown) => e);
    expect(isPermanentError(err)).toBe(true);
  });

  it('delete cancels the job, and deleting again is fine', async () => {
    const { plugin } = setup();
    const tCtx = createTestContext({ template });
    const { resourceMeta } = await plugin.create(tCtx);
    await plugin.delete({ resourceMeta, reason: 'test', signal: tCtx.signal });
    await plugin.delete({ resourceMeta, reason: 'test', signal: tCtx.signal });
    expect((await plugin.get({ resourceMeta, signal: tCtx.signal })).state).toBe('CANCELLED');
  });
});

import { describe, expect, it } from 'vitest';
import { isTransientError } from 'webapi-plugin';
import entry, { create{{pluginClassName}}Plugin } from '../src/plugin.js';
import { SimulatedTextService } from '../src/remote.js';
import { createTestContext } from 'webapi-plugin/testing';

const template = { type: '{{taskType}}' };

describe('{{pluginId}}', () => {
  it('exports a plugin entry for its task types', async () => {
    expect(entry.id).toBe('{{pluginId}}');
    expect(entry.supportedTaskTypes).toEqual([{{taskTypesList}}]);
    const plugin = await entry.pluginLoader({} as never);
    expect(typeof (plugin as { do?: unknown }).do).toBe('function');
  });

  it('calls the service and writes the outputs', async () => {
    const plugin = create{{pluginClassName}}Plugin(new SimulatedTextService({ latencyMs: 0 }));
    const tCtx = createTestContext({ template, inputs: { text: 'hello web api' } });
    const info = await plugin.do(tCtx);
    expect(info.phase).toBe('Success');
    expect(tCtx.written.outputs).toEqual({ words: 3, characters: 13, shout: 'HELLO WEB API' });
  });

  it('fails permanently on a bad input', async () => {
    const plugin = create{{pluginClassName}}Plugin(new SimulatedTextService({ latencyMs: 0 }));
    const info = await plugin.do(createTestContext({ template, inputs: { text: 42 } }));
    expect(info.phase).toBe('PermanentFailure');
    expect(info.error?.code).toBe('BadInput');
  });

  it('asks for a retry when the service is throttled', async () => {
    const plugin = create{{pluginClassName}}Plugin(new SimulatedTextService({ latencyMs: 0, failures: [429] }));
    const err = await Promise.resolve(plugin.do(createTestContext({ template, inputs: { text: 'x' } }))).catch((e: unknown) => e);
    expect(isTransientError(err)).toBe(true);
  });

  it('fails permanently when the service refuses the request', async () => {
    const plugin = create{{pluginClassName}}Plugin(new SimulatedTextService({ latencyMs: 0 }));
    const info = await plugin.do(createTestContext({ template, inputs: { text: 'x'.repeat(10_001) } }));
    expect(info.phase).toBe('PermanentFailure');
    expect(info.error?.code).toBe('Http413');
  });
});

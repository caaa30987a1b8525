import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import { phaseInfoSuccess, type PluginSetupContext, type SecretManager, type SyncPlugin } from '../../src/index.js';

function entryCapturing(seen: PluginSetupContext[]) {
  const plugin: SyncPlugin = { getConfig: () => ({}), do: () => phaseInfoSuccess() };
  return { id: 'cap', supportedTaskTypes: ['t'], pluginLoader: (ctx: PluginSetupContext) => (seen.push(ctx), plugin) };
}

describe('plugin setup context', () => {
  it('hands pluginLoader the metrics scope and the process-level secret manager, once', async () => {
    const seen: PluginSetupContext[] = [];
    const secrets: SecretManager = { get: async (k) => `value-of-${k}` };
    const engine = createEngine({ entries: [entryCapturing(seen)], secretManager: secrets });
    await engine.resolve('t');
    await engine.resolve('t');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.metricsScope.prefix).toBe('webapi_plugin_cap_');
    expect(await seen[0]!.secretManager.get('TOKEN')).toBe('value-of-TOKEN');
    await engine.shutdown();
  });

  it('without one, secrets reject with a clear message', async () => {
    const seen: PluginSetupContext[] = [];
    const engine = createEngine({ entries: [entryCapturing(seen)] });
    await engine.resolve('t');
    await expect(seen[0]!.secretManager.get('TOKEN')).rejects.toThrow(/secret "TOKEN" is not available: no process-level secrets/);
    await engine.shutdown();
  });
});

/**
 * Loading the served plugins — the seam with the engine's plugin runtime. `serve` needs, per entry: the
 * plugin (from its pluginLoader, given a setup context: metrics scope + process-level secrets), its
 * resolved PluginConfig (checked against Flyte's ranges), and a read and a write rate limiter. Nothing
 * else of the engine's runtime (quotas, auto-refresh cache) applies to a stateless server. When the
 * engine's runtime module offers the same, `loadServedPlugin` becomes a call to it; callers see only
 * `ServedPlugin`.
 *
 * Plugins load eagerly, at start: a broken plugin fails the start, and ListAgents knows is_sync at once.
 */
import type { Registry } from 'prom-client';
import { checkPluginConfig, type ConfigIssue } from '../config/ranges.js';
import { SystemError } from '../errors.js';
import { ServeSetupError } from './errors.js';
import { defaultPluginConfig, mergePluginConfig, type PluginConfig } from '../plugin/config.js';
import type { SecretManager } from '../plugin/context.js';
import { isSyncPlugin, type Plugin, type PluginEntry } from '../plugin/plugin.js';
import { createSetupContext, pluginShapeProblem, TokenBucket } from './engine-seam.js';

export interface ServedPlugin {
  entry: PluginEntry;
  plugin: Plugin;
  config: PluginConfig;
  /** Rate limiter of get/status and the optional metrics/logs hooks. */
  read: TokenBucket;
  /** Rate limiter of create, delete and do. */
  write: TokenBucket;
  isSync: boolean;
}

export interface PluginLoadDeps {
  registry: Registry;
  /** Process-level secrets for the setup context. */
  secretManager: SecretManager;
  /** The final PluginConfig of a plugin. Default: defaults < the plugin's getConfig(). */
  resolveConfig?: (entry: PluginEntry, plugin: Plugin) => PluginConfig;
  /** A value outside Flyte's production ranges (fine here, rejected by Flyte's own engine). */
  onConfigWarning?: (pluginId: string, issue: ConfigIssue) => void;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function loadServedPlugin(entry: PluginEntry, deps: PluginLoadDeps): Promise<ServedPlugin> {
  const id = entry.id;
  let plugin: Plugin;
  try {
    plugin = await entry.pluginLoader(createSetupContext(deps.registry, id, deps.secretManager));
  } catch (e) {
    throw new SystemError(`plugin "${id}": pluginLoader failed: ${message(e)}`, { cause: e });
  }
  const shape = pluginShapeProblem(plugin);
  if (shape) throw new SystemError(`plugin "${id}": pluginLoader returned ${shape}`);
  let config: PluginConfig;
  try {
    config = deps.resolveConfig ? deps.resolveConfig(entry, plugin) : mergePluginConfig(defaultPluginConfig, plugin.getConfig?.());
  } catch (e) {
    throw new SystemError(`plugin "${id}": getConfig() failed: ${message(e)}`, { cause: e });
  }
  const { errors, warnings } = checkPluginConfig(config);
  if (errors.length > 0) {
    throw new ServeSetupError({ message: `plugin "${id}": invalid config: ${errors.map((e) => e.message).join('; ')}`, hint: 'fix the values the plugin returns from getConfig()' });
  }
  for (const w of warnings) deps.onConfigWarning?.(id, w);
  return {
    entry,
    plugin,
    config,
    read: new TokenBucket(config.readRateLimiter.qps, config.readRateLimiter.burst),
    write: new TokenBucket(config.writeRateLimiter.qps, config.writeRateLimiter.burst),
    isSync: isSyncPlugin(plugin),
  };
}

/** Load every entry, in order; ids are unique (the router checked). */
export async function loadServedPlugins(entries: readonly PluginEntry[], deps: PluginLoadDeps): Promise<Map<string, ServedPlugin>> {
  const out = new Map<string, ServedPlugin>();
  for (const entry of entries) out.set(entry.id, await loadServedPlugin(entry, deps));
  return out;
}

/**
 * Loading the served plugins through the engine's plugin runtime (src/engine/runtime.ts), so `serve` and
 * `run` load, configure and range-check a plugin the same way. `serve` keeps, per entry: the plugin, its
 * resolved PluginConfig, and its read and write rate limiters; nothing else of the runtime (quotas, the
 * auto-refresh cache) applies to a stateless server.
 *
 * Plugins load eagerly, at start: a broken plugin fails the start, and ListAgents knows is_sync at once.
 */
import type { Registry } from 'prom-client';
import type { ConfigIssue } from '../config/ranges.js';
import { SystemError } from '../errors.js';
import { ServeSetupError } from './errors.js';
import type { PluginConfig } from '../plugin/config.js';
import type { SecretManager } from '../plugin/context.js';
import type { Plugin, PluginEntry } from '../plugin/plugin.js';
import { EngineError, loadPluginRuntime, type TokenBucket } from './engine-seam.js';

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

export async function loadServedPlugin(entry: PluginEntry, deps: PluginLoadDeps): Promise<ServedPlugin> {
  const resolve = deps.resolveConfig;
  try {
    const rt = await loadPluginRuntime(entry, {
      registry: deps.registry,
      secretManager: deps.secretManager,
      ...(resolve && { resolveConfig: (e: PluginEntry, _own: unknown, plugin: Plugin) => resolve(e, plugin) }),
    });
    for (const w of rt.warnings) deps.onConfigWarning?.(entry.id, w);
    return { entry, plugin: rt.plugin, config: rt.config, read: rt.readLimiter, write: rt.writeLimiter, isSync: rt.sync !== undefined };
  } catch (e) {
    // the user's config can never work: exit 2; a loader that fails: a system error (exit 3)
    if (e instanceof EngineError && e.code === 'InvalidConfig') throw new ServeSetupError({ message: e.message, hint: 'fix the values the plugin returns from getConfig() (or the config layers above it)' });
    if (e instanceof EngineError) throw new SystemError(e.message, { cause: e.cause ?? e });
    throw e;
  }
}

/** Load every entry, in order; ids are unique (the router checked). */
export async function loadServedPlugins(entries: readonly PluginEntry[], deps: PluginLoadDeps): Promise<Map<string, ServedPlugin>> {
  const out = new Map<string, ServedPlugin>();
  for (const entry of entries) out.set(entry.id, await loadServedPlugin(entry, deps));
  return out;
}

/**
 * A plugin's runtime: what is kept for one loaded plugin — the plugin and its final, range-checked
 * config, its read and write rate limiters, its quota namespaces, its metrics (in the setup context's
 * scope) and, for the engine, its auto-refresh cache. One loader for the engine and for `serve`, so both
 * check the config the same way. Mirrors what Flyte's webapi core.go does in createRemotePlugin's
 * LoadPlugin (validateConfig, resource registration, NewResourceCache), and fixes: a config value that
 * can never work is a clear InvalidConfig error naming the field, and one outside Flyte's production
 * ranges is a warning (Flyte refuses to load), returned for the caller to show.
 *
 * For `serve`, per RPC: `writeLimiter.wait(signal)` before create/delete, `readLimiter.wait(signal)` before
 * get (and the optional metrics/logs hooks), the plugin's `setup` context, `config` and `warnings`.
 */
import type { Registry } from 'prom-client';
import type { PluginConfig, PluginConfigInput } from '../plugin/config.js';
import { defaultPluginConfig, mergePluginConfig } from '../plugin/config.js';
import type { PluginSetupContext, SecretManager } from '../plugin/context.js';
import { isAsyncPlugin, type AnyAsyncPlugin, type PluginEntry, type SyncPlugin } from '../plugin/plugin.js';
import { checkPluginConfig, type ConfigIssue } from '../config/ranges.js';
import { parseDuration } from '../util/duration.js';
import { AutoRefreshCache, type CacheItem } from './auto-refresh.js';
import { systemClock } from './clock.js';
import { createSetupContext, EngineMetrics } from './metrics.js';
import { message, pluginShapeProblem } from './phase-checks.js';
import { ResourceManager } from './resource-manager.js';
import { TokenBucket } from './token-bucket.js';
import { EngineError, type Clock } from './types.js';

export interface PluginRuntime<I extends CacheItem = CacheItem> {
  entry: PluginEntry;
  plugin: AnyAsyncPlugin | SyncPlugin;
  /** Set when the plugin is an AsyncPlugin (create/get/status/delete). */
  async?: AnyAsyncPlugin;
  /** Set when the plugin is a SyncPlugin (do). */
  sync?: SyncPlugin;
  /** The final config: defaults < the plugin's getConfig() < whatever `resolveConfig` layers on top. */
  config: PluginConfig;
  /** Values outside Flyte's production ranges (usable here, refused by Flyte). */
  warnings: ConfigIssue[];
  /** What pluginLoader received: the plugin's metrics scope and the process-level secrets. */
  setup: PluginSetupContext;
  /** Every get (Flyte: the cache's work queue limiter). */
  readLimiter: TokenBucket;
  /** Every create and delete (Flyte validates it but never applies it). */
  writeLimiter: TokenBucket;
  /** The quota namespaces (resourceQuotas), when any are configured. */
  quotas?: ResourceManager;
  /** The auto-refresh cache, when `tracking` was given and the plugin is an AsyncPlugin. */
  cache?: AutoRefreshCache<I>;
  metrics: EngineMetrics;
  resyncMs: number;
  maxSystemFailures: number;
}

export interface RuntimeOptions<I extends CacheItem = CacheItem> {
  /** Where the plugin's metrics scope and the engine metrics register. */
  registry: Registry;
  /** Time for the limiters and the cache. Default: the system clock. */
  clock?: Clock;
  /** Process-level secrets for the setup context. Default: none. */
  secretManager?: SecretManager;
  /**
   * The final config, given the plugin's own getConfig() (and the plugin itself). Default: the defaults
   * < the plugin's own. Errors thrown here propagate unchanged (they carry file:line locations).
   */
  resolveConfig?: (entry: PluginEntry, own: PluginConfigInput, plugin: AnyAsyncPlugin | SyncPlugin) => PluginConfig | Promise<PluginConfig>;
  /** The engine's tracking of created resources: with it, an AsyncPlugin's runtime gets an auto-refresh cache. */
  tracking?: { sync: (item: I) => Promise<void>; onEvict: (item: I) => void };
}

/**
 * Load a plugin (pluginLoader, shape check, getConfig, config layering and check) and build its runtime.
 * Throws EngineError: PluginLoadFailed (the loader or getConfig failed, or returned no plugin) or
 * InvalidConfig (a value that can never work).
 */
export async function loadPluginRuntime<I extends CacheItem = CacheItem>(entry: PluginEntry, options: RuntimeOptions<I>): Promise<PluginRuntime<I>> {
  const pluginId = entry.id;
  const clock = options.clock ?? systemClock;
  const setup = createSetupContext(options.registry, pluginId, options.secretManager);
  let loaded: unknown;
  try {
    loaded = await entry.pluginLoader(setup);
  } catch (e) {
    throw new EngineError('PluginLoadFailed', `plugin "${pluginId}": pluginLoader failed: ${message(e)}`, { pluginId, cause: e });
  }
  const shape = pluginShapeProblem(loaded);
  if (shape) throw new EngineError('PluginLoadFailed', `plugin "${pluginId}": pluginLoader returned ${shape}`, { pluginId });
  const plugin = loaded as AnyAsyncPlugin | SyncPlugin;
  let own: PluginConfigInput;
  try {
    own = plugin.getConfig() ?? {};
  } catch (e) {
    throw new EngineError('PluginLoadFailed', `plugin "${pluginId}": getConfig() failed: ${message(e)}`, { pluginId, cause: e });
  }
  const config = options.resolveConfig ? await options.resolveConfig(entry, own, plugin) : mergePluginConfig(defaultPluginConfig, own);
  const { errors, warnings } = checkPluginConfig(config);
  if (errors.length > 0) {
    throw new EngineError('InvalidConfig', `plugin "${pluginId}": invalid config: ${errors.map((e) => e.message).join('; ')}`, { pluginId, cause: errors });
  }
  const metrics = new EngineMetrics(setup.metricsScope);
  const rt: PluginRuntime<I> = {
    entry,
    plugin,
    config,
    warnings,
    setup,
    readLimiter: new TokenBucket(config.readRateLimiter.qps, config.readRateLimiter.burst, clock),
    writeLimiter: new TokenBucket(config.writeRateLimiter.qps, config.writeRateLimiter.burst, clock),
    metrics,
    resyncMs: parseDuration(config.caching.resyncInterval),
    maxSystemFailures: config.caching.maxSystemFailures,
  };
  if (isAsyncPlugin(plugin)) {
    rt.async = plugin;
    const tracking = options.tracking;
    if (tracking) {
      rt.cache = new AutoRefreshCache<I>({
        size: config.caching.size,
        workers: config.caching.workers,
        resyncMs: rt.resyncMs,
        clock,
        readLimiter: rt.readLimiter,
        metrics,
        sync: tracking.sync,
        onEvict: tracking.onEvict,
      });
    }
  } else rt.sync = plugin as SyncPlugin;
  if (Object.keys(config.resourceQuotas).length > 0) rt.quotas = new ResourceManager(config.resourceQuotas);
  return rt;
}

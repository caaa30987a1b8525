/**
 * Metrics: a plugin's scope (MetricsScope) and the engine's own per-plugin metrics, registered in that
 * scope with Flyte's names (IW/metrics.go and the auto-refresh cache's metrics).
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { MetricsScope, PluginSetupContext, SecretManager } from '../plugin/context.js';

function sanitize(s: string): string {
  return s.replace(/[^a-zA-Z0-9_]+/g, '_');
}

/** A plugin's metrics scope: names are prefixed `webapi_plugin_<plugin id>_`. */
export function createMetricsScope(registry: Registry, pluginId: string): MetricsScope {
  const prefix = `webapi_plugin_${sanitize(pluginId).replace(/^_+|_+$/g, '').toLowerCase() || 'plugin'}_`;
  return Object.freeze({
    registry,
    prefix,
    metricName: (name: string) => {
      const full = prefix + sanitize(name);
      return /^[a-zA-Z_:]/.test(full) ? full : `_${full}`;
    },
  });
}

/** A secret manager that has nothing: for setup contexts where no process-level secrets are configured. */
export const noSecrets: SecretManager = Object.freeze({
  get: async (key: string) => {
    throw new Error(`secret "${key}" is not available: no process-level secrets are configured here`);
  },
});

/** The context a plugin's pluginLoader receives: its metrics scope and the process-level secrets. */
export function createSetupContext(registry: Registry, pluginId: string, secretManager: SecretManager = noSecrets): PluginSetupContext {
  return { metricsScope: createMetricsScope(registry, pluginId), secretManager };
}

function counter(scope: MetricsScope, name: string, help: string): Counter {
  const full = scope.metricName(name);
  return (scope.registry.getSingleMetric(full) as Counter | undefined) ?? new Counter({ name: full, help, registers: [scope.registry] });
}

function gauge(scope: MetricsScope, name: string, help: string): Gauge {
  const full = scope.metricName(name);
  return (scope.registry.getSingleMetric(full) as Gauge | undefined) ?? new Gauge({ name: full, help, registers: [scope.registry] });
}

function histogram(scope: MetricsScope, name: string, help: string, buckets: number[]): Histogram {
  const full = scope.metricName(name);
  return (
    (scope.registry.getSingleMetric(full) as Histogram | undefined) ??
    new Histogram({ name: full, help, buckets, registers: [scope.registry] })
  );
}

const MS_BUCKETS = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000];

/** Run `before` whenever `metric` is read (chained after any collect it already has). */
function beforeCollect(metric: Histogram | Gauge, before: () => void): void {
  const m = metric as unknown as { collect?: () => unknown };
  const previous = m.collect;
  m.collect = function (this: unknown) {
    before();
    return previous?.call(this);
  };
}

/** Observations kept before they are handed to the histogram in one go (bounded; flushed on every read). */
const PENDING_OBSERVATIONS = 1024;

/** The engine's metrics for one plugin. */
export class EngineMetrics {
  readonly allocationGrantSuccess: Counter;
  readonly allocationGrantFailed: Counter;
  readonly resourceWaitTime: Histogram;
  readonly resourceReleaseSuccess: Counter;
  readonly resourceReleaseFailed: Counter;
  readonly getLatency: Histogram;
  readonly syncErrors: Counter;
  readonly lruEvictions: Counter;
  readonly cacheSize: Gauge;
  readonly createRetries: Counter;
  readonly deleteFailed: Counter;

  constructor(scope: MetricsScope) {
    this.allocationGrantSuccess = counter(scope, 'allocation_grant_success', 'Quota allocation tokens granted');
    this.allocationGrantFailed = counter(scope, 'allocation_grant_failed', 'Quota allocation requests that found the quota exhausted');
    this.resourceWaitTime = histogram(scope, 'resource_wait_time', 'Time (ms) from the first quota request to the grant', MS_BUCKETS);
    this.resourceReleaseSuccess = counter(scope, 'resource_release_success', 'Quota allocation tokens released');
    this.resourceReleaseFailed = counter(scope, 'resource_release_failed', 'Quota allocation token releases that found no token');
    this.getLatency = histogram(scope, 'get_latency', 'Latency (ms) of the plugin get call', MS_BUCKETS);
    this.syncErrors = counter(scope, 'sync_errors', 'Failed get/status calls of the auto-refresh cache');
    this.lruEvictions = counter(scope, 'lru_evictions', 'Items evicted from the auto-refresh cache LRU');
    this.cacheSize = gauge(scope, 'cache_size', 'Items in the auto-refresh cache');
    this.createRetries = counter(scope, 'create_retries', 'Create calls retried after a transient error');
    this.deleteFailed = counter(scope, 'delete_failed', 'Delete calls that failed for good');
    beforeCollect(this.getLatency, () => this.flushGetLatency());
    beforeCollect(this.cacheSize, () => {
      if (this.cacheSizeOf !== undefined) this.cacheSize.set(this.cacheSizeOf());
    });
  }

  // The two metrics touched for every task are updated lazily: a get latency is recorded in a small buffer
  // (handed to the histogram when it fills or the metric is read), the cache size is read when the gauge is.
  private readonly pendingLatency = new Float64Array(PENDING_OBSERVATIONS);
  private pendingCount = 0;

  /** Record one get latency (ms). */
  observeGetLatency(ms: number): void {
    this.pendingLatency[this.pendingCount++] = ms;
    if (this.pendingCount === PENDING_OBSERVATIONS) this.flushGetLatency();
  }

  private flushGetLatency(): void {
    const n = this.pendingCount;
    this.pendingCount = 0;
    for (let i = 0; i < n; i++) this.getLatency.observe(this.pendingLatency[i]!);
  }

  private cacheSizeOf: (() => number) | undefined;

  /** The cache_size gauge reports `size()` whenever it is read. */
  trackCacheSize(size: () => number): void {
    this.cacheSizeOf = size;
  }
}

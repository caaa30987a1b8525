/**
 * PluginConfig: how the engine treats a plugin's remote service (quotas, rate limits, polling).
 * Keys and defaults are exactly those of Flyte's webapi.PluginConfig; durations are Go duration strings.
 */

export interface RateLimiterConfig {
  /** Queries per second from one process to the remote service. */
  qps: number;
  /** Maximum burst size. */
  burst: number;
}

export interface CachingConfig {
  /** Max number of resources kept in the auto-refresh cache. */
  size: number;
  /** How often to query the remote service for each resource (Go duration, e.g. "30s"). */
  resyncInterval: string;
  /** How many parallel workers fetch updates about resources. */
  workers: number;
  /** Consecutive failed fetches of one task tolerated before the task fails. */
  maxSystemFailures: number;
}

/** Quota per resource namespace. */
export type ResourceQuotas = Record<string, number>;

export interface PluginConfig {
  resourceQuotas: ResourceQuotas;
  readRateLimiter: RateLimiterConfig;
  writeRateLimiter: RateLimiterConfig;
  caching: CachingConfig;
}

/** What a plugin's getConfig() may return: any subset, layered over the defaults. */
export type PluginConfigInput = {
  resourceQuotas?: ResourceQuotas;
  readRateLimiter?: Partial<RateLimiterConfig>;
  writeRateLimiter?: Partial<RateLimiterConfig>;
  caching?: Partial<CachingConfig>;
};

/** The seed's DefaultPluginConfig. */
export const defaultPluginConfig: Readonly<PluginConfig> = Object.freeze({
  resourceQuotas: Object.freeze({}) as ResourceQuotas,
  readRateLimiter: Object.freeze({ qps: 30, burst: 300 }),
  writeRateLimiter: Object.freeze({ qps: 20, burst: 200 }),
  caching: Object.freeze({ size: 100000, resyncInterval: '30s', workers: 10, maxSystemFailures: 5 }),
}) as Readonly<PluginConfig>;

/** A fresh, mutable copy of the defaults. */
export function clonePluginConfig(cfg: Readonly<PluginConfig> = defaultPluginConfig): PluginConfig {
  return {
    resourceQuotas: { ...cfg.resourceQuotas },
    readRateLimiter: { ...cfg.readRateLimiter },
    writeRateLimiter: { ...cfg.writeRateLimiter },
    caching: { ...cfg.caching },
  };
}

/** Shallow-per-section merge of a partial config over a full one. */
export function mergePluginConfig(base: Readonly<PluginConfig>, over: PluginConfigInput | undefined): PluginConfig {
  const out = clonePluginConfig(base);
  if (!over) return out;
  if (over.resourceQuotas) out.resourceQuotas = { ...out.resourceQuotas, ...over.resourceQuotas };
  if (over.readRateLimiter) Object.assign(out.readRateLimiter, stripUndefined(over.readRateLimiter));
  if (over.writeRateLimiter) Object.assign(out.writeRateLimiter, stripUndefined(over.writeRateLimiter));
  if (over.caching) Object.assign(out.caching, stripUndefined(over.caching));
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

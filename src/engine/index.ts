/**
 * The in-process engine (Flyte's webapi semantics, with its known defects fixed). Library only: it never
 * prints and never reads process.*.
 */
export * from './types.js';
export { createEngine } from './engine.js';
export { notSerializable } from './phase-checks.js';
export { RETRY_BACKOFF } from './retry.js';
export { CLEANUP_BOUND } from './abort.js';
export { LAUNCHED_VERSION } from './launcher.js';
export { loadPluginRuntime, type PluginRuntime, type RuntimeOptions } from './runtime.js';
export { systemClock, createSystemClock, MAX_TIMER_MS, FakeClock, flushMicrotasks } from './clock.js';
export { MemoryStateStore } from './state-store.js';
export { TokenBucket } from './token-bucket.js';
export { createMetricsScope, createSetupContext, noSecrets, EngineMetrics } from './metrics.js';
export { ResourceManager, type TokenOwner, type PendingAllocation } from './resource-manager.js';
export { Router } from './routing.js';
export { generatedName, findNameClash, MAX_GENERATED_NAME_LENGTH, type NamedTask } from './names.js';
export { MemoryDataStore, DEFAULT_MAX_DATASET_SIZE_BYTES, defaultAttemptPaths, buildTaskContext } from './task-context.js';
export { AutoRefreshCache, type CacheItem } from './auto-refresh.js';

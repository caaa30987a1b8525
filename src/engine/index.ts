/**
 * The in-process engine (Flyte's webapi semantics, with its known defects fixed). Library only: it never
 * prints and never reads process.*.
 */
export * from './types.js';
export { createEngine } from './engine.js';
export { notSerializable } from './phase-checks.js';
export { RETRY_BACKOFF } from './launcher.js';
export { systemClock, FakeClock, flushMicrotasks } from './clock.js';
export { MemoryStateStore } from './state-store.js';
export { TokenBucket } from './token-bucket.js';
export { createMetricsScope, createSetupContext, noSecrets, EngineMetrics } from './metrics.js';
export { ResourceManager, type TokenOwner, type PendingAllocation } from './resource-manager.js';
export { Router } from './routing.js';
export { generatedName, MAX_GENERATED_NAME_LENGTH } from './names.js';
export { MemoryDataStore, DEFAULT_MAX_DATASET_SIZE_BYTES, defaultAttemptPaths, buildTaskContext } from './task-context.js';
export { AutoRefreshCache, type CacheItem } from './auto-refresh.js';

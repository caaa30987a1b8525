/**
 * The one place `serve` imports engine pieces from, so the server limits, routes, names and checks
 * plugins exactly as `run` does: the token bucket (x/time/rate semantics), the plugin runtime loader
 * (plugin, config check, limiters), the task-category router, generated names, and the engine's checks
 * of what a plugin hands back.
 * (Direct module imports keep the engine's loop out of `serve`.)
 */
export { TokenBucket } from '../engine/token-bucket.js';
export { loadPluginRuntime } from '../engine/runtime.js';
export { Router, type RoutingConflict } from '../engine/routing.js';
export { EngineError } from '../engine/types.js';
export { generatedName } from '../engine/names.js';
export { notSerializable } from '../engine/phase-checks.js';

/**
 * The one place `serve` imports engine pieces from, so the server limits, routes, names and checks
 * plugins exactly as `run` does: the token bucket (x/time/rate semantics), the task-category router,
 * generated names, the plugins' setup context, and the engine's checks of what a plugin hands back.
 * (Direct module imports keep the engine's loop out of `serve`.)
 */
export { TokenBucket } from '../engine/token-bucket.js';
export { Router, type RoutingConflict } from '../engine/routing.js';
export { EngineError } from '../engine/types.js';
export { generatedName } from '../engine/names.js';
export { createSetupContext } from '../engine/metrics.js';
export { notSerializable, pluginShapeProblem } from '../engine/phase-checks.js';

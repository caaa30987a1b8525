/**
 * The one place `serve` imports engine pieces from: the token bucket (x/time/rate semantics), the
 * task-type router, generated names and the plugins' setup context, so the server limits, routes and
 * loads plugins exactly as `run` does. (Direct module imports keep the engine's loop out of `serve`.)
 */
export { TokenBucket } from '../engine/token-bucket.js';
export { Router } from '../engine/routing.js';
export { generatedName } from '../engine/names.js';
export { createSetupContext } from '../engine/metrics.js';

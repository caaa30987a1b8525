/**
 * The one place `serve` imports engine helpers from: the token bucket (x/time/rate semantics), the
 * task-type router and generated names, so the server limits and routes exactly as `run` does.
 * (Switch these to '../engine/index.js' once the engine's barrel exports them.)
 */
export { TokenBucket } from '../engine/token-bucket.js';
export { Router } from '../engine/routing.js';
export { generatedName } from '../engine/names.js';

/**
 * webapi-plugin: the public contract for Web API plugins (Flyte's webapi package, in TypeScript).
 * A plugin project writes `import { type AsyncPlugin, phaseInfoRunning } from 'webapi-plugin'`.
 */
export * from './plugin/index.js';
export { parseDuration, formatDuration } from './util/duration.js';

export * from './phase.js';
export * from './config.js';
export * from './template.js';
export * from './context.js';
export * from './plugin.js';
export * from './errors.js';
export * from './limits.js';

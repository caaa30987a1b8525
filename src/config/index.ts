/**
 * The configuration layer (heavy: zod, yaml, cosmiconfig; import lazily from actions).
 * The light parts for command declarations are in ./options.js and ./fields.js.
 */
export { loadCliConfig, FORBIDDEN_KEYS } from './load.js';
export type { CliConfig, CliSettings, LoadCliConfigOptions, Origin, ResolvedPluginConfig } from './load.js';
export { ConfigError } from './errors.js';
export { LOCAL_MARKER } from './file.js';
export { configFileSchema, configJsonSchema, taskJsonSchema, webApiSchema } from './schema.js';
export { checkPluginConfig, FLYTE_RANGES, type ConfigIssue } from './ranges.js';
export { PLUGIN_CONFIG_FIELDS, FLAG_FIELDS, fieldByPath } from './fields.js';
export { addPluginConfigOptions, readPluginConfigFlags, type PluginConfigFlags } from './options.js';

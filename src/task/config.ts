/**
 * The run command's view of configuration (src/config): plugin modules named by the config file,
 * default secrets and output directories, each plugin's final PluginConfig for the engine, and which
 * of its values are meant for local runs (`# @local`, no production-range warning).
 */
import { loadCliConfig, type ConfigIssue, type ResolvedPluginConfig } from '../config/index.js';
import type { PluginModuleRef } from '../loader/plugin-modules.js';
import type { PluginConfig, PluginConfigInput } from '../plugin/config.js';
import type { PluginEntry } from '../plugin/plugin.js';

export interface RunConfig {
  /** Plugin modules named by the config file (relative to it). */
  plugins: PluginModuleRef[];
  /** Absolute. */
  secretsDir?: string;
  /** Absolute. */
  outDir?: string;
  /** The config file in use, if any (absolute). */
  configFile?: string;
  /** Warnings of the config layer itself (ignored keys, likely misspelt environment variables). */
  warnings: ConfigIssue[];
  /** Ready for EngineOptions.resolveConfig. */
  resolveConfig(entry: PluginEntry, own: PluginConfigInput): PluginConfig;
  /** Whether a plugin's value at `path` (e.g. caching.resyncInterval) is a config-file value marked `# @local`. */
  isLocalValue(pluginId: string, path: string): boolean;
}

export interface RunConfigRequest {
  cwd: string;
  env: NodeJS.ProcessEnv;
  configPath?: string;
  /** The task files' directories: searched for the config file before the current directory. */
  searchFrom?: readonly string[];
  flagValues: Record<string, string>;
  /** Only the config-path `--set` arguments. */
  setArgs: string[];
  /** Told before a config module (JS/TS) is imported. */
  onLoadModule?: (path: string) => void;
}

export async function loadRunConfig(req: RunConfigRequest): Promise<RunConfig> {
  const cfg = await loadCliConfig({
    cwd: req.cwd,
    env: req.env,
    ...(req.configPath !== undefined && { configPath: req.configPath }),
    ...(req.searchFrom && { searchFrom: req.searchFrom }),
    flagValues: req.flagValues,
    setArgs: req.setArgs,
    ...(req.onLoadModule && { onLoadModule: req.onLoadModule }),
  });
  const resolved = new Map<string, ResolvedPluginConfig>();
  const out: RunConfig = {
    plugins: cfg.settings.pluginRefs,
    warnings: cfg.warnings,
    resolveConfig: (entry, own) => {
      const r = cfg.resolvePluginConfig(entry.id, own);
      resolved.set(entry.id, r);
      return r.config;
    },
    isLocalValue: (pluginId, path) => resolved.get(pluginId)?.localValues.some((w) => w.path === path) ?? false,
  };
  if (cfg.settings.secretsDir !== undefined) out.secretsDir = cfg.settings.secretsDir;
  if (cfg.settings.outDir !== undefined) out.outDir = cfg.settings.outDir;
  if (cfg.file) out.configFile = cfg.file.path;
  return out;
}

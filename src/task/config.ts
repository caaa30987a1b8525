/**
 * The run command's view of configuration (src/config, issue 5): plugin modules named by the config
 * file, default secrets and output directories, and each plugin's final PluginConfig for the engine.
 */
import { loadCliConfig } from '../config/index.js';
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
  /** The config file in use, if any. */
  configFile?: string;
  /** Ready for EngineOptions.resolveConfig. */
  resolveConfig(entry: PluginEntry, own: PluginConfigInput): PluginConfig;
}

export interface RunConfigRequest {
  cwd: string;
  env: NodeJS.ProcessEnv;
  configPath?: string;
  flagValues: Record<string, string>;
  /** Only the config-path `--set` arguments. */
  setArgs: string[];
}

export async function loadRunConfig(req: RunConfigRequest): Promise<RunConfig> {
  const cfg = await loadCliConfig({
    cwd: req.cwd,
    env: req.env,
    ...(req.configPath !== undefined && { configPath: req.configPath }),
    flagValues: req.flagValues,
    setArgs: req.setArgs,
  });
  const out: RunConfig = {
    plugins: cfg.settings.pluginRefs,
    resolveConfig: (entry, own) => cfg.resolveConfig(entry, own),
  };
  if (cfg.settings.secretsDir !== undefined) out.secretsDir = cfg.settings.secretsDir;
  if (cfg.settings.outDir !== undefined) out.outDir = cfg.settings.outDir;
  if (cfg.file) out.configFile = cfg.file.path;
  return out;
}

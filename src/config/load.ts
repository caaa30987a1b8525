/**
 * The CLI's configuration: the config file (./discover.ts), environment variables WEBAPI_PLUGIN_<PATH>
 * (./env.ts), the named flags and --set (./set-args.ts), validated up front (nothing is half-applied:
 * every problem is collected and reported before anything is used), then layered per plugin:
 *
 *   defaults < plugin's getConfig() < file webApi < file plugins.<id>.webApi < env < flags (--set last)
 *
 * Every value keeps its origin (default, plugin, file:<path>:<line>, env:<NAME>, flag:--<name>) and
 * the values it overrode, for `config --show-origin`. A config-file value marked `# @local` is used as
 * it is but never warned about for being outside Flyte's production ranges.
 */
import { clonePluginConfig, defaultPluginConfig, type PluginConfig, type PluginConfigInput } from '../plugin/config.js';
import type { PluginEntry } from '../plugin/plugin.js';
import type { Problem } from '../source/problem.js';
import { discoverConfig, type ConfigFileKind } from './discover.js';
import { readEnv } from './env.js';
import { ConfigError } from './errors.js';
import { fieldByPath } from './fields.js';
import { checkConfigFile, isLocal, originOf, settingsOf, type CliSettings } from './file.js';
import { configProblems } from './issues.js';
import { checkPluginConfig, type ConfigIssue } from './ranges.js';
import { webApiSchema } from './schema.js';
import { parseSet } from './set-args.js';
import { FORBIDDEN_KEYS, flatten, isPlainObject, setAt, stringEntries, type Entry } from './values.js';

export { FORBIDDEN_KEYS, formatValue } from './values.js';
export type { CliSettings } from './file.js';

/** One value of one layer, and where it came from. */
export interface Origin {
  /** 'default' | 'plugin' | `file:<path>:<line>` | `env:<NAME>` | `flag:--<name>` */
  origin: string;
  value: unknown;
  /** Marked `# @local` in the config file. */
  local?: boolean;
}

export interface ResolvedPluginConfig {
  config: PluginConfig;
  /** Dotted path (quotas: resourceQuotas.<namespace>) → every layer that set it, lowest first; the last one won. */
  origins: Record<string, Origin[]>;
  /** Values outside Flyte's production ranges (fine locally, rejected by Flyte), except those marked `# @local`. */
  warnings: ConfigIssue[];
  /** The same for values marked `# @local`: shown by `config --dump`, never warned about. */
  localValues: ConfigIssue[];
}

export interface CliConfig {
  file?: { path: string; kind: ConfigFileKind };
  /** Places searched (when no --config was given). */
  searched: string[];
  searchedDirs: string[];
  settings: CliSettings;
  /** Problems that do not stop anything (ignored keys, likely misspelt environment variables). */
  warnings: ConfigIssue[];
  /** Ids that have a plugins.<id> section in the file. */
  pluginSectionIds: string[];
  /** The raw plugins.<id> section (propeller's plugin-specific keys sit next to webApi). */
  pluginSection(id: string): Record<string, unknown> | undefined;
  /**
   * The final PluginConfig of one plugin (or, with no id, of the global layers). `own` is the plugin's
   * getConfig(); it is validated (a ConfigError naming the plugin when invalid).
   */
  resolvePluginConfig(pluginId?: string, own?: PluginConfigInput): ResolvedPluginConfig;
  /** Ready for EngineOptions.resolveConfig. */
  resolveConfig(entry: PluginEntry, own: PluginConfigInput): PluginConfig;
}

export interface LoadCliConfigOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** --config: an explicit file (missing → ConfigError). */
  configPath?: string;
  /** Directories to search for the config file before the current directory (the task files' directories). */
  searchFrom?: readonly string[];
  /** Field path → raw value from the Flyte flags (see readPluginConfigFlags). */
  flagValues?: Record<string, string>;
  /** Every --set <path>=<value>, in order. */
  setArgs?: string[];
  /** Told before a config module (JS/TS) is imported. */
  onLoadModule?: (path: string) => void;
}

/** Check a plugin's own layer (its getConfig()) and flatten it. */
function ownEntries(pluginId: string | undefined, own: PluginConfigInput): Entry[] {
  const r = webApiSchema.safeParse(own);
  if (!r.success) {
    const who = `plugin "${pluginId ?? '?'}"`;
    const problems = configProblems(r.error.issues, { data: own, schema: webApiSchema, place: () => ({}), relative: (p) => p }).map((p) => ({
      ...p,
      message: `${who}: getConfig() returned an invalid PluginConfig: ${p.message}`,
    }));
    problems[0]!.location = `${who} getConfig()`;
    throw new ConfigError(problems, "plugin's config");
  }
  return flatten(own, () => ({ origin: 'plugin' }));
}

/** Load the config file, env and flags; throws one ConfigError listing every problem. */
export async function loadCliConfig(opts: LoadCliConfigOptions): Promise<CliConfig> {
  const found = await discoverConfig({
    cwd: opts.cwd,
    ...(opts.configPath !== undefined && { configPath: opts.configPath }),
    ...(opts.searchFrom && { searchFrom: opts.searchFrom }),
    ...(opts.onLoadModule && { onLoadModule: opts.onLoadModule }),
  });
  const file = found.file;
  const problems: Problem[] = [];
  const warnings: ConfigIssue[] = [];

  // file layers
  let fileGlobal: Entry[] = [];
  const filePlugins = new Map<string, Entry[]>();
  const sections = new Map<string, Record<string, unknown>>();
  if (file) {
    checkConfigFile(file, problems, warnings);
    const data = isPlainObject(file.data) ? file.data : {};
    const at = (path: string[]) => ({ origin: originOf(file, path), ...(isLocal(file, path) && { local: true }) });
    fileGlobal = flatten(data.webApi, (segs) => at(['webApi', ...segs]));
    if (isPlainObject(data.plugins)) {
      for (const [id, section] of Object.entries(data.plugins)) {
        if (!isPlainObject(section) || FORBIDDEN_KEYS.has(id)) continue;
        sections.set(id, section);
        filePlugins.set(id, flatten(section.webApi, (segs) => at(['plugins', id, 'webApi', ...segs])));
      }
    }
  }

  const envEntries = readEnv(opts.env, problems, warnings);

  const flagEntries: Entry[] = [];
  for (const [path, raw] of Object.entries(opts.flagValues ?? {})) {
    const f = fieldByPath(path);
    if (!f || f.flag === undefined) {
      problems.push({ message: `unknown PluginConfig flag --${path}`, location: `--${path}` });
      continue;
    }
    flagEntries.push(...stringEntries(f, raw, `flag:--${f.flag}`, `--${f.flag}`, `--${f.flag}`, problems));
  }
  const setGlobal: Entry[] = [];
  const setPlugin = new Map<string, Entry[]>();
  for (const arg of opts.setArgs ?? []) {
    const r = parseSet(arg, problems);
    if (r.pluginId === undefined) setGlobal.push(...r.entries);
    else setPlugin.set(r.pluginId, [...(setPlugin.get(r.pluginId) ?? []), ...r.entries]);
  }

  if (problems.length) throw new ConfigError(problems);

  const defaults = flatten(defaultPluginConfig, () => ({ origin: 'default' }));

  const resolvePluginConfig = (pluginId?: string, own?: PluginConfigInput): ResolvedPluginConfig => {
    const layers: Entry[][] = [
      defaults,
      own !== undefined ? ownEntries(pluginId, own) : [],
      fileGlobal,
      pluginId !== undefined ? (filePlugins.get(pluginId) ?? []) : [],
      envEntries,
      flagEntries,
      setGlobal,
      pluginId !== undefined ? (setPlugin.get(pluginId) ?? []) : [],
    ];
    const origins: Record<string, Origin[]> = Object.create(null) as Record<string, Origin[]>;
    const config = clonePluginConfig(defaultPluginConfig);
    for (const layer of layers) {
      for (const e of layer) {
        (origins[e.key] ??= []).push({ origin: e.origin, value: e.value, ...(e.local && { local: true }) });
        setAt(config, e.segs, e.value);
      }
    }
    const checked = checkPluginConfig(config);
    if (checked.errors.length) {
      throw new ConfigError(checked.errors.map((i) => ({ message: i.message, ...(origins[i.path]?.at(-1) && { location: origins[i.path]!.at(-1)!.origin }) })));
    }
    const winner = (path: string) => origins[path]?.at(-1);
    const all = checked.warnings.map((w) => ({ ...w, ...(winner(w.path) && { origin: winner(w.path)!.origin }) }));
    return {
      config,
      origins: { ...origins },
      warnings: all.filter((w) => !winner(w.path)?.local),
      localValues: all.filter((w) => winner(w.path)?.local),
    };
  };

  return {
    ...(file ? { file: { path: file.path, kind: file.kind } } : {}),
    searched: found.searched,
    searchedDirs: found.searchedDirs,
    settings: settingsOf(file),
    warnings,
    pluginSectionIds: [...sections.keys()],
    pluginSection: (id) => sections.get(id),
    resolvePluginConfig,
    resolveConfig: (entry, own) => resolvePluginConfig(entry.id, own).config,
  };
}

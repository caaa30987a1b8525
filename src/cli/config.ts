/**
 * `webapi-plugin config`: the effective PluginConfig (of each plugin named by --plugin or the config
 * file, of the one handling --task-type, or of the global layers when no plugin is named), with origins;
 * the flag listing; the JSON Schemas.
 */
import { describeSearch } from '../config/discover.js';
import { loadCliConfig, type CliConfig, type ResolvedPluginConfig } from '../config/load.js';
import { readPluginConfigFlags } from '../config/options.js';
import { renderDump, renderFlags, renderOrigins, type DumpFormat, type DumpItem } from '../config/render.js';
import { configJsonSchema, taskJsonSchema } from '../config/schema.js';
import { SystemError, UsageError } from '../errors.js';
import { loadPluginModules, type PluginModuleRef } from '../loader/plugin-modules.js';
import type { PluginConfigInput } from '../plugin/config.js';
import type { SecretManager } from '../plugin/context.js';
import { LocalSecretManager } from '../task/secrets.js';
import { join } from 'node:path';
import type { PluginEntry } from '../plugin/plugin.js';
import type { CliContext } from './context.js';
import type { CommandAction } from './commands/lazy.js';
import { waitingFor } from './stall.js';
import { displayPath } from '../source/read.js';

interface ConfigOptions {
  dump?: boolean;
  format?: DumpFormat;
  showOrigin?: boolean;
  flags?: boolean;
  schema?: 'config' | 'task';
  plugin?: string[];
  taskType?: string;
}

function out(ctx: CliContext, text: string): void {
  ctx.stdout.write(ctx.redactor.redact(text));
}

function err(ctx: CliContext, text: string): void {
  ctx.stderr.write(ctx.redactor.redact(text));
}

/** Load a plugin as the engine would (same setup context) and ask for its own config layer. */
async function ownConfig(entry: PluginEntry, secretManager: SecretManager): Promise<PluginConfigInput> {
  const [{ Registry }, { createSetupContext }] = await Promise.all([import('prom-client'), import('../engine/metrics.js')]);
  let plugin;
  try {
    plugin = await entry.pluginLoader(createSetupContext(new Registry(), entry.id, secretManager));
  } catch (e) {
    throw new SystemError(`plugin "${entry.id}": pluginLoader failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (!plugin || typeof (plugin as { getConfig?: unknown }).getConfig !== 'function') {
    throw new SystemError(`plugin "${entry.id}": pluginLoader returned no plugin with getConfig()`);
  }
  try {
    return plugin.getConfig() ?? {};
  } catch (e) {
    throw new SystemError(`plugin "${entry.id}": getConfig() threw: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

const ADD_PLUGIN = 'name it with --plugin ./src/plugin.ts, or list it in the config file (plugins: [./src/plugin.ts])';

/** One item per plugin to show; undefined when no plugin is named anywhere (the global layers only). */
async function pluginItems(cfg: CliConfig, opts: ConfigOptions, ctx: CliContext): Promise<DumpItem[] | undefined> {
  const fromFlags: PluginModuleRef[] = (opts.plugin ?? []).map((m) => ({ module: m, from: ctx.cwd, source: '--plugin', cwd: ctx.cwd }));
  const refs = fromFlags.length ? fromFlags : cfg.settings.pluginRefs.map((r) => ({ ...r, cwd: ctx.cwd }));
  if (refs.length === 0) {
    if (opts.taskType === undefined) return undefined;
    throw new UsageError(`--task-type ${opts.taskType}: no plugin is loaded, so nothing handles it`, { location: '--task-type', hint: `load the plugin that handles it: ${ADD_PLUGIN}` });
  }
  const { entries } = await loadPluginModules(refs, (path) => waitingFor(`the plugin module ${displayPath(path, ctx.cwd)} (its top-level await)`));
  // the engine's routing rules (defaultForTaskTypes, the single supporter, isDefault), and its errors
  const { Router } = await import('../engine/routing.js');
  const chosen = opts.taskType !== undefined ? [new Router(entries).route(opts.taskType)] : entries;
  const secrets = new LocalSecretManager({ env: ctx.env, secretsDir: cfg.settings.secretsDir ?? join(ctx.cwd, '.secrets'), redactor: ctx.redactor });
  const items: DumpItem[] = [];
  for (const entry of chosen) items.push({ id: entry.id, resolved: cfg.resolvePluginConfig(entry.id, await ownConfig(entry, secrets)) });
  const ids = new Set(entries.map((e) => e.id));
  for (const id of cfg.pluginSectionIds) {
    if (!ids.has(id)) err(ctx, `warning: the config file has a section plugins.${id} but no loaded plugin has the id "${id}" (loaded: ${[...ids].join(', ')})\n`);
  }
  return items;
}

const action: CommandAction<ConfigOptions> = async ({ options: opts, command, ctx }) => {
  if (opts.flags) {
    out(ctx, renderFlags());
    return 0;
  }
  if (opts.schema !== undefined) {
    const schema = opts.schema === 'task' ? await taskJsonSchema() : configJsonSchema();
    if (!schema) {
      throw new UsageError('the task-file JSON Schema is not available in this build', {
        location: '--schema task',
        hint: 'the `run` command provides it (src/task/schema.ts); `--schema config` works',
      });
    }
    out(ctx, JSON.stringify(schema, null, 2) + '\n');
    return 0;
  }
  const flags = readPluginConfigFlags(command);
  const cfg = await loadCliConfig({
    cwd: ctx.cwd,
    env: ctx.env,
    ...(flags.configPath !== undefined ? { configPath: flags.configPath } : {}),
    flagValues: flags.flagValues,
    setArgs: flags.setArgs,
    onLoadModule: (path) => waitingFor(`the config module ${displayPath(path, ctx.cwd)}`),
  });
  const fromPlugins = await pluginItems(cfg, opts, ctx);
  const items: DumpItem[] = fromPlugins ?? [{ resolved: cfg.resolvePluginConfig() }];
  const format = opts.format ?? 'yaml';
  if (format === 'env' && items.length > 1) {
    throw new UsageError('--format env shows one plugin: environment variables apply to every plugin', {
      location: '--format env',
      hint: `choose one with --task-type, or use --format yaml|json|flags (loaded: ${items.map((i) => i.id).join(', ')})`,
    });
  }
  for (const w of cfg.warnings) err(ctx, `warning: ${w.message}\n`);
  for (const it of items) {
    for (const w of it.resolved.warnings) err(ctx, `warning: ${it.id ? `plugin ${it.id}: ` : ''}${w.message}${w.origin ? ` (from ${w.origin})` : ''}\n`);
  }
  if (!cfg.file && cfg.searchedDirs.length) err(ctx, `note: no config file found; ${describeSearch(cfg.searchedDirs)}\n`);
  if (!fromPlugins) err(ctx, `note: no plugin layer is included (no plugin is named, so no getConfig() is shown): ${ADD_PLUGIN}\n`);
  if (opts.showOrigin) {
    const header = cfg.file ? [`config file: ${cfg.file.path}`] : ['config file: none'];
    out(ctx, renderOrigins(items, format === 'json' ? 'json' : 'text', header));
    return 0;
  }
  out(ctx, renderDump(items, format));
  return 0;
};

export default action;

export type { ResolvedPluginConfig };

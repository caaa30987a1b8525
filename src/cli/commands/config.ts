import { type Command, Option } from 'commander';
import { addPluginConfigOptions } from '../../config/options.js';
import type { CliContext } from '../context.js';
import { lazyAction } from './lazy.js';

const CONFIG_HELP = `
Layers (lowest first; each overrides the ones above it):
  1. defaults            Flyte's DefaultPluginConfig
  2. plugin              the plugin's own getConfig()
  3. config file         webApi: (every plugin), then plugins.<plugin id>.webApi: (one plugin)
  4. environment         WEBAPI_PLUGIN_<PATH>, e.g. WEBAPI_PLUGIN_CACHING_SIZE=500,
                         WEBAPI_PLUGIN_CACHING_RESYNCINTERVAL=10s, WEBAPI_PLUGIN_RESOURCEQUOTAS=default=2,gpu=1
  5. flags               --caching.size 500 ..., then --set <path>=<value>

Config file (searched from the current directory up to the project root, the first directory
with a package.json; or named with --config):
  package.json ("webapi-plugin" key), .webapi-pluginrc (YAML or JSON), .webapi-pluginrc.{json,yaml,yml},
  .config/webapi-pluginrc{,.json,.yaml,.yml}, .webapi-pluginrc.{js,mjs,cjs,ts},
  webapi-plugin.config.{js,mjs,cjs,ts}
  JavaScript configs export the object by default (or a function returning it). TypeScript configs
  (.ts) are loaded with tsx, which ships with webapi-plugin: no typescript install is needed.

  # .webapi-pluginrc.yaml
  pluginModules: [./src/plugin.ts]     # modules to load (paths relative to this file)
  secretsDir: ./secrets
  outDir: ./out
  webApi:                              # every plugin
    caching: { resyncInterval: 5s }
  plugins:                             # propeller's layout: plugins.<plugin id>.webApi
    my-plugin:
      webApi:
        resourceQuotas: { default: 2 }

  "plugins" means two things: a LIST is the plugin modules to load (same as pluginModules); a MAP is
  propeller's per-plugin sections (plugins.<id>.webApi; plugin-specific keys next to webApi are kept).
  To have both, list the modules under pluginModules and keep plugins as the map.

Values outside Flyte's production ranges (size 10–500000, workers 1–10000, resync 5s–1h,
burst 5–10000, qps 1–100000) work locally and are marked: Flyte rejects them at load time.
A YAML value meant for local runs says so with a comment holding @local (on its line, just
above it, or on a section holding it): it is shown as a local value, without a warning.
  webApi:
    caching:
      resyncInterval: 1s   # @local: poll fast on a laptop

The plugin layer comes from the plugins named by --plugin or listed in the config file; with
none, only the other layers are shown (a note says so).

Examples:
  $ webapi-plugin config                              the effective config (YAML)
  $ webapi-plugin config --show-origin                each value with where it came from
  $ webapi-plugin config --task-type my_task --format json
  $ webapi-plugin config --plugin ./src/plugin.ts --caching.size 500 --dump
  $ webapi-plugin config --flags                      every flag with type, default and description
  $ webapi-plugin config --schema > schema.json       JSON Schema (draft-07) of the config file`;

export function registerConfig(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  const cmd = program
    .command('config')
    .description('show the effective PluginConfig (with origins), the flags, or the JSON Schema')
    .option('--dump', 'print the effective config (the default action)')
    .addOption(new Option('--format <format>', 'output format of --dump / --show-origin').choices(['yaml', 'json', 'flags', 'env']))
    .option('--show-origin', 'show where every value came from (default, plugin, file:<path>:<line>, env:<NAME>, flag:--<name>) and what it overrode')
    .option('--flags', 'list every PluginConfig flag with type, default and description')
    .addOption(new Option('--schema [kind]', 'print a JSON Schema (draft-07): config (default) or task').choices(['config', 'task']).preset('config'))
    .addOption(
      new Option('--plugin <module>', 'load a plugin module and show its config (repeatable)').argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]),
    )
    .option('--task-type <type>', 'show the config of the plugin that handles this task type');
  addPluginConfigOptions(cmd);
  cmd.addHelpText('after', CONFIG_HELP).action(lazyAction(ctx, setExit, async () => (await import('../config.js')).default));
}

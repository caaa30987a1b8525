/**
 * The PluginConfig command-line flags, derived from the field table at startup. Light: only commander
 * (already loaded) and the field table. Shared by `run` and `config` (and `serve` if it wants them).
 */
import { type Command, Option } from 'commander';
import { FLAG_FIELDS, formatDefault } from './fields.js';

/** Flag field path → commander attribute key (commander keeps "caching.size" as the key; don't guess). */
const ATTRIBUTE = new Map<string, string>();

/**
 * Add Flyte's 8 PluginConfig flags (`--readRateLimiter.qps` … `--caching.maxSystemFailures`), the
 * repeatable `--set <path>=<value>` and `--config <path>`. No defaults are registered with commander,
 * so a value present in the options always came from the command line.
 */
export function addPluginConfigOptions(cmd: Command): Command {
  for (const f of FLAG_FIELDS) {
    const opt = new Option(`--${f.flag} <${f.type === 'float' ? 'float' : f.type}>`, `${f.description} (default ${formatDefault(f)})`);
    ATTRIBUTE.set(f.path, opt.attributeName());
    cmd.addOption(opt);
  }
  cmd.addOption(
    new Option('--set <path=value>', 'set any PluginConfig value, e.g. --set resourceQuotas.default=2 (repeatable)').argParser(
      (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
    ),
  );
  cmd.addOption(new Option('--config <path>', 'use this config file instead of searching for one'));
  return cmd;
}

export interface PluginConfigFlags {
  /** --config */
  configPath?: string;
  /** Field path → the raw string given on the command line. */
  flagValues: Record<string, string>;
  /** Every --set argument, in order. */
  setArgs: string[];
}

/** Read back what addPluginConfigOptions registered, from the parsed command. */
export function readPluginConfigFlags(cmd: Command): PluginConfigFlags {
  const flagValues: Record<string, string> = {};
  for (const f of FLAG_FIELDS) {
    const key = ATTRIBUTE.get(f.path) ?? new Option(`--${f.flag} <v>`).attributeName();
    const v: unknown = cmd.getOptionValue(key);
    if (v !== undefined) flagValues[f.path] = String(v);
  }
  const setArgs = (cmd.getOptionValue('set') as string[] | undefined) ?? [];
  const configPath = cmd.getOptionValue('config') as string | undefined;
  return { ...(configPath !== undefined ? { configPath } : {}), flagValues, setArgs: [...setArgs] };
}

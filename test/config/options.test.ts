import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { FLAG_FIELDS, PLUGIN_CONFIG_FIELDS, envNameOf } from '../../src/config/fields.js';
import { addPluginConfigOptions, readPluginConfigFlags } from '../../src/config/options.js';
import { defaultPluginConfig } from '../../src/plugin/config.js';

const FLYTE_FLAGS = [
  'readRateLimiter.qps',
  'readRateLimiter.burst',
  'writeRateLimiter.qps',
  'writeRateLimiter.burst',
  'caching.size',
  'caching.resyncInterval',
  'caching.workers',
  'caching.maxSystemFailures',
];

function parse(args: string[]) {
  const cmd = addPluginConfigOptions(new Command('x').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} }));
  cmd.action(() => {});
  cmd.parse(args, { from: 'user' });
  return readPluginConfigFlags(cmd);
}

describe('field table', () => {
  it('has exactly the flags Flyte GetPFlagSet produces, in its order', () => {
    expect(FLAG_FIELDS.map((f) => f.flag)).toEqual(FLYTE_FLAGS);
  });

  it('takes defaults from the seed defaultPluginConfig', () => {
    expect(Object.fromEntries(PLUGIN_CONFIG_FIELDS.map((f) => [f.path, f.default]))).toEqual({
      'readRateLimiter.qps': defaultPluginConfig.readRateLimiter.qps,
      'readRateLimiter.burst': defaultPluginConfig.readRateLimiter.burst,
      'writeRateLimiter.qps': defaultPluginConfig.writeRateLimiter.qps,
      'writeRateLimiter.burst': defaultPluginConfig.writeRateLimiter.burst,
      'caching.size': defaultPluginConfig.caching.size,
      'caching.resyncInterval': defaultPluginConfig.caching.resyncInterval,
      'caching.workers': defaultPluginConfig.caching.workers,
      'caching.maxSystemFailures': defaultPluginConfig.caching.maxSystemFailures,
      resourceQuotas: {},
    });
  });

  it('names env variables WEBAPI_PLUGIN_<PATH>', () => {
    expect(envNameOf('caching.size')).toBe('WEBAPI_PLUGIN_CACHING_SIZE');
    expect(envNameOf('readRateLimiter.qps')).toBe('WEBAPI_PLUGIN_READRATELIMITER_QPS');
  });
});

describe('addPluginConfigOptions / readPluginConfigFlags', () => {
  it('registers the 8 flags, --set and --config', () => {
    const cmd = addPluginConfigOptions(new Command('x'));
    expect(cmd.options.map((o) => o.long)).toEqual([...FLYTE_FLAGS.map((f) => `--${f}`), '--set', '--config']);
  });

  it('reads every dotted flag back (commander keys them by attributeName)', () => {
    const args = FLYTE_FLAGS.flatMap((f, i) => [`--${f}`, f === 'caching.resyncInterval' ? '9s' : String(i + 10)]);
    const r = parse(args);
    expect(r.flagValues).toEqual(Object.fromEntries(FLYTE_FLAGS.map((f, i) => [f, f === 'caching.resyncInterval' ? '9s' : String(i + 10)])));
    expect(r.setArgs).toEqual([]);
    expect(r.configPath).toBeUndefined();
  });

  it('accepts --flag=value, repeatable --set and --config', () => {
    const r = parse(['--caching.size=500', '--set', 'resourceQuotas.default=2', '--set=caching.workers=3', '--config', 'c.yaml']);
    expect(r.flagValues).toEqual({ 'caching.size': '500' });
    expect(r.setArgs).toEqual(['resourceQuotas.default=2', 'caching.workers=3']);
    expect(r.configPath).toBe('c.yaml');
  });

  it('reports nothing for flags that were not given (no commander defaults)', () => {
    expect(parse([])).toEqual({ flagValues: {}, setArgs: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { DurationError, formatDuration, isDuration, parseDuration } from '../../src/util/duration.js';
import { REDACTED, Redactor } from '../../src/util/redact.js';
import { checkPluginConfig } from '../../src/config/ranges.js';
import { clonePluginConfig } from '../../src/plugin/config.js';

describe('Go durations', () => {
  it.each([
    ['300ms', 300],
    ['1.5s', 1500],
    ['2m30s', 150_000],
    ['1h', 3_600_000],
    ['1h2m3s', 3_723_000],
    ['0', 0],
    ['-1m', -60_000],
    ['10us', 0.01],
    ['.5s', 500],
  ])('parses %s', (s, ms) => expect(parseDuration(s)).toBeCloseTo(ms, 9));

  it.each(['', '1', 'abc', '1x', '1.5', 's', '--1s', '1 s'])('rejects %j', (s) => {
    expect(() => parseDuration(s)).toThrow(DurationError);
    expect(isDuration(s)).toBe(false);
  });

  it.each([
    [0, '0s'],
    [300, '300ms'],
    [1500, '1.5s'],
    [150_000, '2m30s'],
    [3_600_000, '1h0m0s'],
    [3_723_000, '1h2m3s'],
    [0.01, '10µs'],
    [-60_000, '-1m0s'],
  ])('formats %d ms as Go does (%s)', (ms, s) => {
    expect(formatDuration(ms)).toBe(s);
    expect(parseDuration(s)).toBeCloseTo(ms, 9);
  });
});

describe('Redactor', () => {
  it('replaces every registered secret, longest first, in text and nested data', () => {
    const r = new Redactor();
    r.add('s3cret');
    r.add('s3cret-longer');
    r.add('token\n');
    expect(r.redact('a s3cret-longer and s3cret and token!')).toBe(`a ${REDACTED} and ${REDACTED} and ${REDACTED}!`);
    expect(r.redactValue({ a: ['x s3cret'], b: { c: 'token' }, n: 1 })).toEqual({ a: [`x ${REDACTED}`], b: { c: REDACTED }, n: 1 });
    expect(r.redact('nothing here (a.b*c)')).toBe('nothing here (a.b*c)');
  });
});

describe('checkPluginConfig', () => {
  it('accepts the defaults with no warnings', () => {
    expect(checkPluginConfig(clonePluginConfig())).toEqual({ errors: [], warnings: [] });
  });
  it('errors on impossible values and warns outside Flyte\'s ranges', () => {
    const c = clonePluginConfig();
    c.caching.size = 0;
    c.readRateLimiter.qps = Number.NaN;
    c.caching.resyncInterval = '1s';
    c.writeRateLimiter.burst = 2;
    c.resourceQuotas = { default: -1 };
    const { errors, warnings } = checkPluginConfig(c);
    expect(errors.map((e) => e.path).sort()).toEqual(['caching.size', 'readRateLimiter.qps', 'resourceQuotas.default']);
    expect(warnings.map((w) => w.path).sort()).toEqual(['caching.resyncInterval', 'writeRateLimiter.burst']);
    expect(warnings.find((w) => w.path === 'caching.resyncInterval')!.message).toContain('5s–1h');
    c.caching.resyncInterval = 'soon';
    expect(checkPluginConfig(c).errors.some((e) => e.path === 'caching.resyncInterval' && e.message.includes('soon'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  PHASES,
  Phase,
  PermanentError,
  TransientError,
  clonePluginConfig,
  defaultPluginConfig,
  isPermanentError,
  isTerminal,
  isTransientError,
  mergePluginConfig,
  phaseInfoFailed,
  phaseInfoFailure,
  phaseInfoQueued,
  phaseInfoRetryableFailure,
  phaseInfoRunning,
  phaseInfoSuccess,
  phaseInfoSystemFailure,
  phaseInfoSystemRetryableFailure,
  phaseInfoWaitingForResources,
} from '../../src/index.js';

describe('phases', () => {
  it('has Flyte\'s phases in order, and exactly four terminal ones', () => {
    expect(PHASES).toEqual(['Undefined', 'NotReady', 'WaitingForResources', 'Queued', 'Initializing', 'Running', 'Success', 'RetryableFailure', 'PermanentFailure', 'WaitingForCache', 'Aborted']);
    expect(PHASES.filter(isTerminal)).toEqual(['Success', 'RetryableFailure', 'PermanentFailure', 'Aborted']);
    expect(Phase.Running).toBe('Running');
  });

  it('constructors mirror Go: versions, reasons, occurredAt, error kinds', () => {
    const q = phaseInfoQueued('launched', { version: 2 });
    expect(q).toMatchObject({ phase: 'Queued', version: 2, reason: 'launched' });
    expect(Date.parse(q.info!.occurredAt!)).not.toBeNaN();
    expect(phaseInfoWaitingForResources('quota').phase).toBe('WaitingForResources');
    expect(phaseInfoRunning({ version: 3, info: { logs: [{ name: 'l', uri: 'u' }] } })).toMatchObject({ phase: 'Running', version: 3, info: { logs: [{ name: 'l', uri: 'u' }] } });
    expect(phaseInfoSuccess().version).toBe(0);
    expect(phaseInfoFailure('C', 'm').error).toEqual({ code: 'C', message: 'm', kind: 'USER' });
    expect(phaseInfoFailure('C', 'm').phase).toBe('PermanentFailure');
    expect(phaseInfoRetryableFailure('C', 'm')).toMatchObject({ phase: 'RetryableFailure', error: { kind: 'USER' } });
    expect(phaseInfoSystemFailure('C', 'm')).toMatchObject({ phase: 'PermanentFailure', error: { kind: 'SYSTEM' } });
    expect(phaseInfoSystemRetryableFailure('C', 'm')).toMatchObject({ phase: 'RetryableFailure', error: { kind: 'SYSTEM' } });
    expect(phaseInfoFailed('PermanentFailure', undefined).error).toEqual({ code: 'Unknown', message: 'Unknown error message', kind: 'USER' });
    expect(phaseInfoFailure('C', 'm', { cleanupOnFailure: true }).cleanupOnFailure).toBe(true);
  });

  it('PhaseInfo is plain serializable data', () => {
    const p = phaseInfoRunning({ info: { customInfo: { a: 1 } } });
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });
});

describe('errors a plugin throws', () => {
  it('are recognised by brand, even across copies of the package', () => {
    expect(isPermanentError(new PermanentError('x'))).toBe(true);
    expect(isTransientError(new TransientError('x'))).toBe(true);
    expect(isPermanentError(new TransientError('x'))).toBe(false);
    expect(isPermanentError(new Error('x'))).toBe(false);
    const foreign = Object.assign(new Error('x'), { [Symbol.for('webapi-plugin.permanent')]: true });
    expect(isPermanentError(foreign)).toBe(true);
    expect(new PermanentError('x', { code: 'Bad' })).toMatchObject({ code: 'Bad', kind: 'USER', name: 'PermanentError' });
    expect(new TransientError('x')).toMatchObject({ kind: 'SYSTEM' });
  });
});

describe('PluginConfig', () => {
  it('defaults are exactly the seed\'s', () => {
    expect(defaultPluginConfig).toEqual({
      resourceQuotas: {},
      readRateLimiter: { qps: 30, burst: 300 },
      writeRateLimiter: { qps: 20, burst: 200 },
      caching: { size: 100000, resyncInterval: '30s', workers: 10, maxSystemFailures: 5 },
    });
    expect(Object.isFrozen(defaultPluginConfig)).toBe(true);
  });

  it('merges partial layers per key without mutating the base', () => {
    const merged = mergePluginConfig(defaultPluginConfig, { caching: { workers: 2, size: undefined }, resourceQuotas: { default: 3 } });
    expect(merged.caching).toEqual({ size: 100000, resyncInterval: '30s', workers: 2, maxSystemFailures: 5 });
    expect(merged.resourceQuotas).toEqual({ default: 3 });
    expect(defaultPluginConfig.caching.workers).toBe(10);
    const c = clonePluginConfig();
    c.caching.size = 1;
    expect(defaultPluginConfig.caching.size).toBe(100000);
  });
});

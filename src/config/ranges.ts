/**
 * Validity of PluginConfig values: hard errors (never usable) and Flyte's production ranges
 * (usable locally, rejected by Flyte's propeller at load time). One table, used by the engine's
 * config check and by `config --dump`.
 */
import type { PluginConfig } from '../plugin/config.js';
import { DurationError, formatDuration, parseDuration } from '../util/duration.js';

export interface ConfigIssue {
  /** Dotted path, e.g. "caching.resyncInterval". */
  path: string;
  value: unknown;
  message: string;
  /** Where the value came from (default, plugin, file:<path>:<line>, env:<NAME>, flag:--<name>), when known. */
  origin?: string;
}

interface Range {
  path: string;
  min: number;
  max: number;
  /** How to show the range. */
  label: string;
  duration?: boolean;
}

/** Flyte's load-time validation (IW/core.go validateConfig). */
export const FLYTE_RANGES: readonly Range[] = [
  { path: 'caching.size', min: 10, max: 500000, label: '10–500000' },
  { path: 'caching.workers', min: 1, max: 10000, label: '1–10000' },
  { path: 'caching.resyncInterval', min: 5000, max: 3_600_000, label: '5s–1h', duration: true },
  { path: 'readRateLimiter.burst', min: 5, max: 10000, label: '5–10000' },
  { path: 'writeRateLimiter.burst', min: 5, max: 10000, label: '5–10000' },
  { path: 'readRateLimiter.qps', min: 1, max: 100000, label: '1–100000' },
  { path: 'writeRateLimiter.qps', min: 1, max: 100000, label: '1–100000' },
];

function at(cfg: PluginConfig, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], cfg);
}

/**
 * errors: values that can never work (≤ 0, NaN, non-integers where integers are needed, bad durations,
 * negative quotas). warnings: values outside Flyte's production ranges.
 */
export function checkPluginConfig(cfg: PluginConfig): { errors: ConfigIssue[]; warnings: ConfigIssue[] } {
  const errors: ConfigIssue[] = [];
  const warnings: ConfigIssue[] = [];
  const positive = (path: string, integer: boolean) => {
    const v = at(cfg, path);
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || (integer && !Number.isInteger(v))) {
      errors.push({ path, value: v, message: `${path} must be a positive ${integer ? 'integer' : 'number'}, got ${JSON.stringify(v) ?? String(v)}` });
      return false;
    }
    return true;
  };
  const ok = new Set<string>();
  for (const p of ['caching.size', 'caching.workers', 'readRateLimiter.burst', 'writeRateLimiter.burst']) if (positive(p, true)) ok.add(p);
  for (const p of ['readRateLimiter.qps', 'writeRateLimiter.qps']) if (positive(p, false)) ok.add(p);
  const mf = cfg.caching?.maxSystemFailures;
  if (typeof mf !== 'number' || !Number.isInteger(mf) || mf < 0) {
    errors.push({ path: 'caching.maxSystemFailures', value: mf, message: `caching.maxSystemFailures must be an integer ≥ 0, got ${JSON.stringify(mf) ?? String(mf)}` });
  }
  const ri = cfg.caching?.resyncInterval;
  try {
    const ms = parseDuration(ri);
    if (ms <= 0) errors.push({ path: 'caching.resyncInterval', value: ri, message: `caching.resyncInterval must be a positive duration, got "${ri}"` });
    else ok.add('caching.resyncInterval');
  } catch (e) {
    errors.push({ path: 'caching.resyncInterval', value: ri, message: `caching.resyncInterval: ${e instanceof DurationError ? e.message : String(e)}` });
  }
  for (const [ns, q] of Object.entries(cfg.resourceQuotas ?? {})) {
    if (typeof q !== 'number' || !Number.isInteger(q) || q <= 0) {
      errors.push({ path: `resourceQuotas.${ns}`, value: q, message: `resourceQuotas.${ns} must be a positive integer, got ${JSON.stringify(q) ?? String(q)}` });
    }
  }
  for (const r of FLYTE_RANGES) {
    if (!ok.has(r.path)) continue;
    const raw = at(cfg, r.path);
    const n = r.duration ? parseDuration(raw as string) : (raw as number);
    if (n < r.min || n > r.max) {
      const shown = r.duration ? formatDuration(n) : String(n);
      warnings.push({ path: r.path, value: raw, message: `${r.path} = ${shown} is outside Flyte's production range ${r.label}: fine locally, rejected by Flyte` });
    }
  }
  return { errors, warnings };
}

/**
 * `run`'s options as commander hands them over, checked and turned into numbers: the per-task limits
 * (--timeout, --retries, --max-dataset-size) and the rule "task files or --resume".
 */
import { UsageError } from '../../errors.js';
import { DurationError, parseDuration } from '../../util/duration.js';

export interface RunOptions {
  plugin?: string[];
  agent?: string;
  agentProtocol?: 'v1' | 'v2';
  inputs?: string;
  /** The task to run out of a package archive or a list of tasks. */
  task?: string;
  secretsDir?: string;
  envFile?: string[];
  outDir?: string;
  resume?: string;
  dryRun?: boolean;
  timeout?: string;
  retries?: string;
  maxDatasetSize?: string;
  onInterrupt: 'abort' | 'detach';
  json?: boolean;
}

/** Per-task limits given on the command line (they override the task file's metadata). */
export interface Limits {
  timeoutMs?: number;
  retries?: number;
  maxDatasetSizeBytes?: number;
}

export function parseLimits(o: RunOptions): Limits {
  const out: Limits = {};
  if (o.timeout !== undefined) {
    try {
      out.timeoutMs = parseDuration(o.timeout);
    } catch (e) {
      throw new UsageError(e instanceof DurationError ? e.message : String(e), { location: '--timeout' });
    }
    if (out.timeoutMs < 0) throw new UsageError('--timeout must not be negative', { location: '--timeout' });
  }
  if (o.retries !== undefined) {
    const n = Number(o.retries);
    if (!/^\d+$/.test(o.retries.trim()) || !Number.isSafeInteger(n)) {
      throw new UsageError(`--retries expects a whole number ≥ 0, got "${o.retries}"`, { location: '--retries' });
    }
    out.retries = n;
  }
  if (o.maxDatasetSize !== undefined) {
    const n = Number(o.maxDatasetSize);
    if (!Number.isSafeInteger(n) || n <= 0) {
      throw new UsageError(`--max-dataset-size expects a positive number of bytes, got "${o.maxDatasetSize}"`, { location: '--max-dataset-size' });
    }
    out.maxDatasetSizeBytes = n;
  }
  return out;
}

/** Task files, or --resume: exactly one of them. */
export function checkTaskArgs(args: readonly string[], o: RunOptions): void {
  if (o.resume !== undefined && args.length > 0) {
    throw new UsageError('--resume continues a stored run: give either task files or --resume, not both', { location: '--resume' });
  }
  if (o.resume === undefined && args.length === 0) {
    throw new UsageError('no task file given', { hint: 'usage: webapi-plugin run <task.yaml> [more.yaml ...]   (or --resume <run-id>)' });
  }
}

/**
 * Errors a plugin throws to tell the engine how to treat a failure.
 * They are recognised by a global symbol brand, not `instanceof`, so a plugin that resolved its own
 * copy of this package is still understood.
 */
import type { ErrorKind } from './phase.js';

const PERMANENT = Symbol.for('webapi-plugin.permanent');
const TRANSIENT = Symbol.for('webapi-plugin.transient');

export interface PluginErrorOptions {
  /** A short machine-readable code, e.g. "BadRequest". */
  code?: string;
  kind?: ErrorKind;
  cause?: unknown;
}

/** "This will not get better by retrying": the engine fails the attempt at once. */
export class PermanentError extends Error {
  readonly [PERMANENT] = true;
  readonly code: string;
  readonly kind: ErrorKind;
  constructor(message: string, opts: PluginErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'PermanentError';
    this.code = opts.code ?? 'PermanentError';
    this.kind = opts.kind ?? 'USER';
  }
}

/** "Try again": the engine retries with backoff, within the plugin's limits. */
export class TransientError extends Error {
  readonly [TRANSIENT] = true;
  readonly code: string;
  readonly kind: ErrorKind;
  constructor(message: string, opts: PluginErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'TransientError';
    this.code = opts.code ?? 'TransientError';
    this.kind = opts.kind ?? 'SYSTEM';
  }
}

export function isPermanentError(err: unknown): err is PermanentError {
  return typeof err === 'object' && err !== null && (err as Record<symbol, unknown>)[PERMANENT] === true;
}

export function isTransientError(err: unknown): err is TransientError {
  return typeof err === 'object' && err !== null && (err as Record<symbol, unknown>)[TRANSIENT] === true;
}

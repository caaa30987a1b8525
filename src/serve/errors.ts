/**
 * How a served call fails, independent of the protocol generation: a status name (gRPC's, shared by
 * every generation) and a message. `classify` is the one place that decides which status an error gets;
 * the rule (README "Errors"): the caller sent something we cannot use → INVALID_ARGUMENT; no plugin for
 * the task category → NOT_FOUND; a plugin bug or a transient failure → INTERNAL; the caller went away →
 * CANCELLED. What retrying cannot fix (a PermanentError, a missing secret, mistyped outputs) is not an
 * error at all: it is answered as a FAILED task (see core.ts).
 */
import { ProblemError, type Problem } from '../source/problem.js';
import { ProtoConversionError } from '../literals/index.js';
import { ResourceMetaError } from './resource-meta.js';

export type StatusName = 'CANCELLED' | 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'FAILED_PRECONDITION' | 'UNIMPLEMENTED' | 'INTERNAL';

/** A status chosen on purpose. */
export class ServeError extends Error {
  constructor(
    readonly status: StatusName,
    message: string,
  ) {
    super(message);
    this.name = 'ServeError';
  }
}

/** The plugin broke the contract (returned something unusable): INTERNAL, naming the plugin. */
export function pluginBug(pluginId: string, message: string): ServeError {
  return new ServeError('INTERNAL', `plugin ${pluginId}: ${message}`);
}

/** The status and (unredacted) message an error is answered with. */
export function classify(err: unknown): { status: StatusName; message: string } {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof ServeError) return { status: err.status, message };
  if (err instanceof ProtoConversionError || err instanceof ResourceMetaError) return { status: 'INVALID_ARGUMENT', message };
  const e = err as { name?: string; code?: string } | null;
  if (e?.name === 'AbortError' || e?.code === 'ABORT_ERR') return { status: 'CANCELLED', message: message || 'cancelled' };
  return { status: 'INTERNAL', message };
}

/** flytekit's metric label for a failure: an HTTP-style code. */
export function httpCodeOf(status: StatusName): number {
  switch (status) {
    case 'NOT_FOUND':
      return 404;
    case 'INVALID_ARGUMENT':
      return 400;
    case 'CANCELLED':
      return 499;
    default:
      return 500;
  }
}

/**
 * A served plugin set that cannot start: an invalid config, two entries claiming one task category.
 * The user's to fix, so the CLI boundary shows it (with its hint) and exits 2.
 */
export class ServeSetupError extends ProblemError {
  constructor(problem: Problem) {
    super(problem, 'plugin set');
    this.name = 'ServeSetupError';
  }
}

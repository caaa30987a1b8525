/**
 * Deleting an attempt's remote resource: after an abort, a timeout, giving up, or a failure that asks for
 * cleanup — waiting (bounded) for a create() still in flight so its job can be deleted too. Every step is
 * bounded by a deadline, so a plugin whose create or delete never settles cannot hold the task: past it,
 * the caller is told the remote job may still be running. Mirrors Flyte's webapi core.go Abort (plugin
 * Delete), and fixes: the caller's reason reaches delete(), delete is write-limited and retried with
 * backoff, at most once per resource, never when nothing was created, and bounded in time.
 */
import { isPermanentError } from '../plugin/errors.js';
import type { CreateResult } from '../plugin/plugin.js';
import { formatDuration } from '../util/duration.js';
import { message, notSerializable } from './phase-checks.js';
import { backoff } from './retry.js';
import { save } from './state.js';
import type { TaskRun } from './task-run.js';
import { LATE, pause, within } from './waits.js';

/** How long cleanup may take: after an abort (the task settles within 5 s), after a timeout (within 10 s). */
export const CLEANUP_BOUND = Object.freeze({ abortMs: 4_000, timeoutMs: 8_000, createGraceMs: 2_000 });

/** What became of the remote resource. */
export type DeleteOutcome =
  /** nothing to delete (never created, already deleted, or terminal) */
  | 'none'
  | 'deleted'
  /** delete() failed for good (the error was reported) */
  | 'failed'
  /** create() or delete() had not returned by the deadline: the remote job may still be running */
  | 'unfinished';

/**
 * Wait (until the sooner of `deadline` and createGraceMs from now) for a create() that was still in flight
 * when the task was interrupted; if it returned a resource, it becomes the attempt's live resource.
 */
export async function settleCreate(run: TaskRun, deadline: number): Promise<'none' | 'unfinished'> {
  const pending = run.pendingCreate;
  if (pending === undefined) return 'none';
  let cr: unknown;
  try {
    cr = await within(run, pending, Math.min(deadline, run.clock.now() + CLEANUP_BOUND.createGraceMs));
  } catch {
    run.pendingCreate = undefined;
    return 'none'; // create failed: nothing was created
  }
  if (cr === LATE) return 'unfinished';
  run.pendingCreate = undefined;
  if (typeof cr === 'object' && cr !== null && 'resourceMeta' in cr) {
    run.st.resourceMeta = (cr as CreateResult).resourceMeta;
    run.remote = 'live';
  }
  return 'none';
}

/** A detached task: record the job of a create() still in flight (bounded), so a resume polls it. */
export async function keepPendingCreate(run: TaskRun): Promise<void> {
  if (run.pendingCreate === undefined) return;
  await settleCreate(run, run.clock.now() + CLEANUP_BOUND.createGraceMs);
  if (run.remote !== 'live' || notSerializable(run.st.resourceMeta)) return;
  run.st.stage = 'Created';
  await save(run)?.catch(() => undefined);
}

/**
 * Delete the attempt's remote resource: write-limited, retried on transient errors, at most once per
 * resource, never when nothing was created, not once the plugin reported a terminal phase (unless
 * `evenIfEnded`), and never past `deadline` (default: CLEANUP_BOUND.timeoutMs from now).
 */
export async function deleteResource(run: TaskRun, reason: string, opts: { deadline?: number; evenIfEnded?: boolean } = {}): Promise<DeleteOutcome> {
  const deadline = opts.deadline ?? run.clock.now() + CLEANUP_BOUND.timeoutMs;
  if ((await settleCreate(run, deadline)) === 'unfinished') {
    report(run, `create() had not returned after ${formatDuration(CLEANUP_BOUND.createGraceMs)}, so its job could not be deleted; the remote job may still be running`);
    return 'unfinished';
  }
  if (run.remote === 'none' || (run.remote === 'ended' && !opts.evenIfEnded)) return 'none';
  run.remote = 'none';
  const rt = run.rt;
  const plugin = rt.async;
  if (!plugin) return 'none';
  const attempt = run.st.attempt;
  const max = rt.maxSystemFailures;
  for (let retry = 0; ; retry++) {
    const delay = rt.writeLimiter.reserve();
    if (delay > 0) await pause(run, delay, deadline);
    let r: unknown;
    try {
      r = await within(run, run.call(() => plugin.delete({ resourceMeta: run.st.resourceMeta, reason, signal: run.signal(), connectionConfigs: run.spec.connectionConfigs })), deadline);
    } catch (e) {
      if (isPermanentError(e) || retry >= max) {
        rt.metrics.deleteFailed.inc();
        report(run, message(e));
        return 'failed';
      }
      await pause(run, backoff(run.host.random, retry), deadline);
      if (run.clock.now() >= deadline) r = LATE;
      else continue;
    }
    if (r === LATE) {
      rt.metrics.deleteFailed.inc();
      report(run, `delete() did not return in time; the remote job may still be running`);
      return 'unfinished';
    }
    run.emit({ type: 'deleted', at: run.clock.now(), taskId: run.taskId, attempt, reason });
    return 'deleted';
  }
}

function report(run: TaskRun, error: string): void {
  run.emit({ type: 'deleteFailed', at: run.clock.now(), taskId: run.taskId, attempt: run.st.attempt, error });
}

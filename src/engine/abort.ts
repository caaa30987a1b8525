/**
 * Abort, detach and timeout of a TaskRun: the interrupt that wakes whatever the task waits for (a write
 * token, a backoff sleep, a quota, the monitor), the per-attempt timeout, deleting the remote resource,
 * and the result of a stopped task. Mirrors Flyte's webapi core.go Abort/Finalize (plugin Delete) and
 * propeller's task timeout, and fixes: the caller's abort reason reaches delete(), delete is
 * write-limited and retried with backoff, at most once per resource and never when nothing was created,
 * and a detached task keeps its stored state for a later resume.
 */
import { isPermanentError } from '../plugin/errors.js';
import type { PhaseInfo } from '../plugin/phase.js';
import { formatDuration } from '../util/duration.js';
import { EndAttempt, INTERRUPT, INTERRUPTED, type AttemptEnd } from './attempt-end.js';
import { finish } from './core.js';
import { backoff } from './launcher.js';
import { endMonitor, reportPhase, untrack } from './monitor.js';
import { failurePhase, isoTime, message } from './phase-checks.js';
import { noop, type TaskRun } from './task-run.js';
import type { TaskResult } from './types.js';

// ---- interruptible waiting -------------------------------------------------------------------------------

export function isInterrupted(run: TaskRun): boolean {
  return run.stopReq !== undefined || run.timedOut;
}

/** Throw INTERRUPT when an abort, detach or timeout came. */
export function checkInterrupt(run: TaskRun): void {
  if (isInterrupted(run)) throw INTERRUPT;
}

/** Wake the task: end the wait in progress (waitFor) and its monitoring, if parked. */
export function fireInterrupt(run: TaskRun): void {
  const f = run.onInterrupt;
  run.onInterrupt = undefined;
  f?.();
  endMonitor(run, INTERRUPTED);
}

/** Wait for `start` to call `done`, unless an abort/detach/timeout comes first (then throws INTERRUPT). */
export function waitFor<T>(run: TaskRun, start: (done: (v: T) => void) => () => void): Promise<T> {
  if (isInterrupted(run)) return Promise.reject(INTERRUPT);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const done = (v: T) => {
      if (settled) return;
      settled = true;
      if (run.onInterrupt === interrupt) run.onInterrupt = undefined;
      resolve(v);
    };
    const interrupt = () => {
      if (settled) return;
      settled = true;
      cancel();
      reject(INTERRUPT);
    };
    run.onInterrupt = interrupt;
    const cancel = start(done);
  });
}

/** An interruptible sleep (`onCancel` runs when it is interrupted). */
export function sleep(run: TaskRun, ms: number, onCancel?: () => void): Promise<void> {
  return waitFor<void>(run, (done) => {
    const h = run.clock.setTimeout(() => done(), ms);
    return () => {
      run.clock.clearTimeout(h);
      onCancel?.();
    };
  });
}

function plainSleep(run: TaskRun, ms: number): Promise<void> {
  return new Promise((resolve) => run.clock.setTimeout(resolve, ms));
}

// ---- timeout ---------------------------------------------------------------------------------------------

/** Arm the attempt's timeout (counted from the attempt's start), if the task has one. */
export function armTimeout(run: TaskRun): void {
  if (!run.timeoutMs) return;
  const delay = Math.max(0, run.st.attemptStartedAt + run.timeoutMs - run.clock.now());
  run.timeoutTimer = run.clock.setTimeout(() => {
    run.timeoutTimer = undefined;
    if (isInterrupted(run)) return;
    run.timedOut = true;
    fireInterrupt(run);
  }, delay);
}

export function disarmTimeout(run: TaskRun): void {
  if (run.timeoutTimer !== undefined) run.clock.clearTimeout(run.timeoutTimer);
  run.timeoutTimer = undefined;
}

// ---- ending an interrupted attempt -----------------------------------------------------------------------

/** How an attempt ends when it threw: an interrupt, an EndAttempt, or (rethrown) a setup error. */
export function attemptError(run: TaskRun, e: unknown): Promise<AttemptEnd> {
  if (e === INTERRUPT) return onInterrupted(run);
  if (e instanceof EndAttempt) return Promise.resolve<AttemptEnd>({ type: 'phase', pi: e.pi });
  return Promise.reject(e);
}

async function onInterrupted(run: TaskRun): Promise<AttemptEnd> {
  const req = run.stopReq;
  if (req?.kind === 'detach') return { type: 'detach' };
  if (req?.kind === 'abort') {
    untrack(run);
    await deleteResource(run, req.reason);
    return { type: 'abort' };
  }
  untrack(run);
  const msg = `task execution timeout [${formatDuration(run.timeoutMs)}] expired`;
  await deleteResource(run, msg);
  return { type: 'phase', pi: failurePhase('RetryableFailure', 'USER', 'TimeoutExpired', msg, run.clock.now()) };
}

/**
 * Delete the attempt's remote resource: write-limited, retried on transient errors, at most once per
 * resource, never when nothing was created, and (unless `evenIfTerminal`) not once the plugin reported
 * a terminal phase.
 */
export async function deleteResource(run: TaskRun, reason: string, evenIfTerminal = false): Promise<void> {
  if (!run.created || (run.remoteTerminal && !evenIfTerminal)) return;
  run.created = false;
  const rt = run.rt;
  const plugin = rt.async;
  if (!plugin) return;
  const attempt = run.st.attempt;
  const max = rt.maxSystemFailures;
  for (let retry = 0; ; retry++) {
    const delay = rt.writeLimiter.reserve();
    if (delay > 0) await plainSleep(run, delay);
    try {
      await plugin.delete({ resourceMeta: run.st.resourceMeta, reason, signal: run.signal() });
      run.emit({ type: 'deleted', at: run.clock.now(), taskId: run.taskId, attempt, reason });
      return;
    } catch (e) {
      if (isPermanentError(e) || retry >= max) {
        rt.metrics.deleteFailed.inc();
        run.emit({ type: 'deleteFailed', at: run.clock.now(), taskId: run.taskId, attempt, error: message(e) });
        return;
      }
      await plainSleep(run, backoff(run, retry));
    }
  }
}

/** The result of an aborted (saved, phase Aborted) or detached (state left as it is) task. */
export async function finishStopped(run: TaskRun): Promise<TaskResult> {
  const req = run.stopReq!;
  if (req.kind === 'abort') {
    const now = run.clock.now();
    const pi: PhaseInfo = { phase: 'Aborted', version: 0, reason: req.reason, error: { code: 'Aborted', message: req.reason, kind: 'USER' }, info: { occurredAt: isoTime(now) } };
    reportPhase(run, pi, false);
    const s = run.st.attempts[run.st.attempts.length - 1];
    if (s && s.finishedAt === undefined) {
      s.finishedAt = now;
      s.phase = 'Aborted';
      s.error = pi.error!;
    }
    return finish(run, 'aborted', pi);
  }
  // detach: the stored state stays as it is, for a later resume
  run.cleanup();
  if (run.saving) await run.saving.then(noop, noop);
  const result: TaskResult = {
    taskId: run.taskId,
    outcome: 'detached',
    phase: run.lastPhase ?? run.st?.phase ?? 'Undefined',
    attempts: run.st?.attempts ?? [],
    logs: run.logs,
    startedAt: run.st?.startedAt ?? run.clock.now(),
    finishedAt: run.clock.now(),
  };
  if (run.attemptPhase) result.phaseInfo = run.attemptPhase;
  if (run.engine.hasListeners) run.emit({ type: 'finished', at: result.finishedAt, taskId: run.taskId, result });
  return result;
}

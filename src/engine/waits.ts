/**
 * Interruptible waiting and the attempt's timeout: every wait of a task (a write token, a backoff sleep, a
 * quota) ends early, with INTERRUPTED, when an abort, detach, timeout or stray error comes. A plugin call
 * (or the plugin's loading) is awaited as `run.inflight` instead — no wrapper per call — and an interrupt
 * takes the task over from it (see core.ts `wake`), so no plugin promise that never settles can hold a
 * task. Bounded waits (`within`) cap cleanup calls by a deadline. Mirrors the cancellation propeller
 * gets from its context and its deadline checks; Go's webapi engine itself never waits (propeller's next
 * round does).
 */
import { INTERRUPTED, type Interrupted } from './attempt-end.js';
import type { TaskRun } from './task-run.js';

/** The task is about to await `p`, a plugin call it does not control: an interrupt may take it over. */
export function awaiting<T>(run: TaskRun, p: T): T {
  run.inflight = p;
  return p;
}

/** After awaiting `run.inflight`: true when an interrupt took the task over meanwhile (stop: STALE). */
export function taken(run: TaskRun, epoch: number): boolean {
  if (run.epoch !== epoch) return true;
  run.inflight = undefined;
  return false;
}

/** End the wait in progress, if any (core calls this when an interrupt comes). */
export function wakeWait(run: TaskRun): void {
  const f = run.wakeWait;
  run.wakeWait = undefined;
  f?.();
}

/** Wait for `start` to call `done`, unless the task is interrupted first (then INTERRUPTED; `start`'s cancel runs). */
export function waitFor<T>(run: TaskRun, start: (done: (v: T) => void) => () => void): Promise<T | Interrupted> {
  if (run.interrupt !== undefined) return Promise.resolve(INTERRUPTED);
  return new Promise<T | Interrupted>((resolve) => {
    let settled = false;
    const done = (v: T) => {
      if (settled) return;
      settled = true;
      if (run.wakeWait === interrupt) run.wakeWait = undefined;
      resolve(v);
    };
    const interrupt = () => {
      if (settled) return;
      settled = true;
      cancel();
      resolve(INTERRUPTED);
    };
    run.wakeWait = interrupt;
    const cancel = start(done);
  });
}

/** An interruptible sleep (`onCancel` runs when it is interrupted). */
export function sleep(run: TaskRun, ms: number, onCancel?: () => void): Promise<void | Interrupted> {
  return waitFor<void>(run, (done) => {
    const h = run.clock.setTimeout(() => done(), ms);
    return () => {
      run.clock.clearTimeout(h);
      onCancel?.();
    };
  });
}

/** Past the deadline: what `within` gives when `p` had not settled by then. */
export const LATE: unique symbol = Symbol('late');

/** `p`'s value, or LATE once the clock reaches `deadline` (not interruptible: cleanup runs after an interrupt). */
export function within<T>(run: TaskRun, p: T | PromiseLike<T>, deadline: number): Promise<T | typeof LATE> {
  const left = deadline - run.clock.now();
  if (left <= 0) return Promise.resolve(LATE);
  return new Promise<T | typeof LATE>((resolve, reject) => {
    const h = run.clock.setTimeout(() => resolve(LATE), left);
    Promise.resolve(p).then(
      (v) => {
        run.clock.clearTimeout(h);
        resolve(v);
      },
      (e: unknown) => {
        run.clock.clearTimeout(h);
        reject(e);
      },
    );
  });
}

/** A plain sleep, cut short at `deadline`. */
export function pause(run: TaskRun, ms: number, deadline: number): Promise<void> {
  const wait = Math.min(ms, deadline - run.clock.now());
  if (wait <= 0) return Promise.resolve();
  return new Promise((resolve) => run.clock.setTimeout(resolve, wait));
}

// ---- timeout ---------------------------------------------------------------------------------------------

/** Arm the attempt's timeout (counted from the attempt's start), if the task has one. `fire` is core's. */
export function armTimeout(run: TaskRun, fire: (run: TaskRun) => void): void {
  if (!run.timeoutMs || run.timeoutTimer !== undefined) return;
  const delay = Math.max(0, run.st.attemptStartedAt + run.timeoutMs - run.clock.now());
  run.timeoutTimer = run.clock.setTimeout(() => {
    run.timeoutTimer = undefined;
    fire(run);
  }, delay);
}

export function disarmTimeout(run: TaskRun): void {
  if (run.timeoutTimer !== undefined) run.clock.clearTimeout(run.timeoutTimer);
  run.timeoutTimer = undefined;
}

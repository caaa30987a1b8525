/**
 * Interruptible waiting and the attempt's timeout: every await on something the task does not control (a
 * write token, a backoff sleep, a quota, the plugin's loader, a plugin call) ends early, with INTERRUPTED,
 * when an abort, detach, timeout or stray error comes — so no plugin promise that never settles can hold
 * a task. Bounded waits (`within`) cap cleanup calls by a deadline. Mirrors the cancellation propeller
 * gets from its context and its deadline checks; Go's webapi engine itself never waits (propeller's next
 * round does).
 */
import { INTERRUPTED, type Interrupted } from './attempt-end.js';
import type { TaskRun } from './task-run.js';

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

/**
 * The value of a plugin call (or a promise such as the plugin's loading), unless the task is interrupted
 * first: then INTERRUPTED, and the call goes on unobserved. A rejection is rethrown as it is.
 */
export function race<T>(run: TaskRun, p: T | PromiseLike<T>): Promise<T | Interrupted> {
  if (run.interrupt !== undefined) return Promise.resolve(INTERRUPTED);
  return new Promise<T | Interrupted>((resolve, reject) => {
    let settled = false;
    const interrupt = () => {
      if (settled) return;
      settled = true;
      resolve(INTERRUPTED);
    };
    run.wakeWait = interrupt;
    Promise.resolve(p).then(
      (v) => {
        if (settled) return;
        settled = true;
        if (run.wakeWait === interrupt) run.wakeWait = undefined;
        resolve(v);
      },
      (e: unknown) => {
        if (settled) return;
        settled = true;
        if (run.wakeWait === interrupt) run.wakeWait = undefined;
        reject(e);
      },
    );
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

/**
 * The launcher: one attempt's create() (or a SyncPlugin's do()) under the write limiter, transient errors
 * retried with backoff, the resourceMeta checked and saved, Queued "launched" (version 2) reported, and a
 * first status() when create returned the resource. Mirrors Flyte's webapi launcher.go: "launched" at
 * version 2 so the plugin's own first status — typically (Queued, 0) with log links — is a new
 * (phase, version) and is reported; a create that keeps failing ends the attempt as a RetryableFailure
 * (USER), so the task's retries apply. Fixes: create is write-limited and retried with backoff first
 * (Flyte tries once per round), a permanent error is not retried, a create that never settles cannot
 * hold the task, a resourceMeta that cannot be saved is a clear error (and the job is deleted), a save
 * that fails right after create is retried and then the job deleted, and SyncPlugins are supported.
 */
import { isPermanentError } from '../plugin/errors.js';
import { isTerminal, type PhaseInfo } from '../plugin/phase.js';
import type { AnyAsyncPlugin, CreateResult, SyncPlugin } from '../plugin/plugin.js';
import { deleteResource } from './abort.js';
import { ATTEMPT_INTERRUPTED, INTERRUPTED, STALE, type AttemptEnd, type Stale } from './attempt-end.js';
import { countFailure, WAITING_FOR_CACHE_ERROR } from './monitor.js';
import { failurePhase, isoTime, message, notSerializable, phaseInfoProblem } from './phase-checks.js';
import { reportPhase } from './report.js';
import { backoff } from './retry.js';
import { CREATED_SAVE_TRIES, save, saveRetrying } from './state.js';
import type { TaskRun } from './task-run.js';
import { EngineError } from './types.js';
import { awaiting, sleep, taken } from './waits.js';

/** The version of the Queued "launched" phase reported right after create (Go's launcher.go). */
export const LAUNCHED_VERSION = 2;

/** The attempt's resource was created and is not terminal: core parks it for monitoring. */
export const LAUNCHED: unique symbol = Symbol('launched');

/** An attempt end returned by a retried call instead of its value. */
class Ended {
  constructor(readonly end: AttemptEnd | Stale) {}
}
const INTERRUPTED_END = new Ended(ATTEMPT_INTERRUPTED);
const STALE_END = new Ended(STALE);

/**
 * Create the attempt's resource (after the Creating save). Returns LAUNCHED, how the attempt ended, or
 * STALE (an interrupt took the task over while create was in flight).
 */
export async function launch(run: TaskRun, plugin: AnyAsyncPlugin): Promise<AttemptEnd | typeof LAUNCHED | Stale> {
  const st = run.st;
  st.stage = 'Creating';
  const saving = save(run);
  if (saving !== undefined) await saving;
  const create = () => plugin.create(run.context());
  let cr: CreateResult | Ended;
  if (run.interrupt === undefined && run.rt.writeLimiter.tryTake()) {
    // a write token at hand: the first call without withRetries' frame (retries go through it)
    const epoch = run.epoch;
    try {
      const p = run.host.strays === undefined ? plugin.create(run.context()) : run.call(create);
      run.pendingCreate = p;
      cr = await awaiting(run, p);
    } catch (e) {
      if (taken(run, epoch)) return STALE;
      run.pendingCreate = undefined;
      cr = await withRetries(run, 'create', create, e);
    }
    if (cr instanceof Ended) {
      if (cr.end === STALE) return STALE;
    } else if (taken(run, epoch)) return STALE;
    run.pendingCreate = undefined;
  } else cr = await withRetries(run, 'create', create);
  if (cr instanceof Ended) return cr.end;
  if (typeof cr !== 'object' || cr === null) {
    const got = cr === null ? 'null' : typeof cr;
    return { type: 'phase', pi: failurePhase('PermanentFailure', 'SYSTEM', 'InvalidCreateResult', `plugin "${run.rt.entry.id}": create() must return {resourceMeta, resource?}, got ${got}`, run.clock.now()) };
  }
  const { resourceMeta, resource } = cr as CreateResult;
  st.resourceMeta = resourceMeta;
  run.remote = 'live';
  const why = notSerializable(resourceMeta);
  if (why) {
    await deleteResource(run, 'resourceMeta is not JSON-serializable');
    st.resourceMeta = undefined; // the state (which the in-memory store holds live) stays serializable
    throw new EngineError(
      'NotSerializable',
      `plugin "${run.rt.entry.id}": create() returned a resourceMeta that cannot be saved as JSON (${why}); use plain objects, arrays, strings, finite numbers, booleans and null`,
      { pluginId: run.rt.entry.id, taskId: run.taskId },
    );
  }
  st.stage = 'Created';
  const now = run.clock.now();
  if (run.host.hasListeners) run.emit({ type: 'created', at: now, taskId: run.taskId, attempt: st.attempt, generatedName: st.generatedName });
  reportPhase(run, { phase: 'Queued', version: LAUNCHED_VERSION, reason: 'launched', info: { occurredAt: isoTime(now) } });
  const saved = save(run);
  if (saved !== undefined) {
    const error = await saveRetrying(run, saved);
    if (error !== undefined) await unsaved(run, error);
  }
  if (run.interrupt !== undefined) return ATTEMPT_INTERRUPTED;
  if (resource !== undefined) return statusNow(run, plugin, resource);
  return LAUNCHED;
}

/** The save after create failed for good: delete the job (it could not be resumed), then fail clearly. */
async function unsaved(run: TaskRun, error: unknown): Promise<never> {
  const name = run.st.generatedName;
  const deleted = await deleteResource(run, 'the engine could not save the state of the job it created');
  const fate =
    deleted === 'deleted'
      ? `the remote job "${name}" was deleted so that it does not run unrecorded`
      : `the remote job "${name}" could not be deleted (see the deleteFailed event) and may still be running: delete it by hand`;
  throw new EngineError('StateStoreFailed', `task "${run.taskId}": cannot save its state after create (${CREATED_SAVE_TRIES} tries; last error: ${message(error instanceof EngineError && error.details.cause !== undefined ? error.details.cause : error)}); ${fate}`, {
    taskId: run.taskId,
    cause: error,
  });
}

/** A SyncPlugin's do(): its terminal PhaseInfo ends the attempt. */
export async function runDo(run: TaskRun, plugin: SyncPlugin): Promise<AttemptEnd | Stale> {
  const pi = await withRetries(run, 'do', () => plugin.do(run.context()));
  if (pi instanceof Ended) return pi.end;
  const problem = phaseInfoProblem(pi) ?? (isTerminal((pi as PhaseInfo).phase) ? undefined : `the non-terminal phase "${(pi as PhaseInfo).phase}"`);
  if (problem) {
    throw new EngineError(
      'InvalidPhaseInfo',
      `plugin "${run.rt.entry.id}": do() returned ${problem}; a SyncPlugin's do() must return a terminal PhaseInfo (Success, RetryableFailure, PermanentFailure or Aborted)`,
      { pluginId: run.rt.entry.id, taskId: run.taskId },
    );
  }
  return { type: 'phase', pi: pi as PhaseInfo };
}

/**
 * A plugin write call (create/do) under the write limiter, retried with backoff unless permanent; after
 * 1 + maxSystemFailures tries the attempt ends as a RetryableFailure (USER, as Go's launcher.go).
 * `firstError`: the first try was made already (by the caller) and threw this.
 */
async function withRetries<T>(run: TaskRun, what: 'create' | 'do', call: () => T | PromiseLike<T>, ...firstError: [unknown?]): Promise<T | Ended> {
  const rt = run.rt;
  const max = rt.maxSystemFailures;
  for (let retry = 0; ; retry++) {
    let r: T;
    const epoch = run.epoch;
    try {
      if (retry > 0 || firstError.length === 0) {
        const limiter = rt.writeLimiter;
        if (!limiter.tryTake()) {
          const delay = limiter.reserve();
          if (delay > 0 && (await sleep(run, delay, () => limiter.cancel())) === INTERRUPTED) return INTERRUPTED_END;
        }
        if (run.interrupt !== undefined) return INTERRUPTED_END;
        const p = run.call(call);
        if (what === 'create') run.pendingCreate = p;
        r = await awaiting(run, p);
      } else throw firstError[0];
    } catch (e) {
      if (taken(run, epoch)) return STALE_END;
      run.pendingCreate = undefined;
      if (e instanceof EngineError) throw e;
      const now = run.clock.now();
      if (isPermanentError(e)) return new Ended({ type: 'phase', pi: failurePhase('PermanentFailure', e.kind, e.code, e.message, now) });
      const msg = message(e);
      if (retry >= max) {
        const code = what === 'create' ? 'CreateFailed' : 'DoFailed';
        return new Ended({ type: 'phase', pi: failurePhase('RetryableFailure', 'USER', code, `${what}() failed ${retry + 1} time(s); last error: ${msg}`, now) });
      }
      const delayMs = backoff(run.host.random, retry);
      rt.metrics.createRetries.inc();
      run.emit({ type: 'createRetried', at: now, taskId: run.taskId, attempt: run.st.attempt, retry: retry + 1, delayMs, error: msg });
      if ((await sleep(run, delayMs)) === INTERRUPTED) return INTERRUPTED_END;
      continue;
    }
    if (taken(run, epoch)) return STALE_END;
    run.pendingCreate = undefined;
    return r;
  }
}

/** Status right after a create that returned the resource: a terminal phase ends the attempt at once. */
async function statusNow(run: TaskRun, plugin: AnyAsyncPlugin, resource: unknown): Promise<AttemptEnd | typeof LAUNCHED | Stale> {
  let pi: PhaseInfo;
  const epoch = run.epoch;
  try {
    pi = await awaiting(run, run.call(() => plugin.status(run.statusContext(resource))));
  } catch (e) {
    if (taken(run, epoch)) return STALE;
    countFailure(run, e, 'status');
    return LAUNCHED;
  }
  if (taken(run, epoch)) return STALE;
  if (run.interrupt !== undefined) return ATTEMPT_INTERRUPTED;
  const problem = phaseInfoProblem(pi);
  if (problem) {
    await deleteResource(run, 'the plugin returned an invalid PhaseInfo');
    throw new EngineError('InvalidPhaseInfo', `plugin "${run.rt.entry.id}": status() returned ${problem}`, { pluginId: run.rt.entry.id, taskId: run.taskId });
  }
  if (pi.phase === 'WaitingForCache') {
    countFailure(run, WAITING_FOR_CACHE_ERROR, 'status');
    return LAUNCHED;
  }
  reportPhase(run, pi);
  if (isTerminal(pi.phase)) {
    run.remote = 'ended';
    return { type: 'phase', pi };
  }
  const saving = save(run);
  if (saving !== undefined) await saving;
  return LAUNCHED;
}

/**
 * A TaskRun's persisted state: the state of a fresh task, loading a saved one to resume it, and saving
 * snapshots in order. Mirrors Flyte's webapi state.go (the State kept in the plugin state store between
 * rounds), and fixes: saves are ordered (the last one written wins), a store failure is a clear
 * StateStoreFailed error, the save that records a new remote resource is retried with backoff before the
 * caller gives up on it, and the engine's own in-memory store holds each task's live state (no copy and
 * no promise per save; its `load` copies).
 */
import { generatedName } from './names.js';
import { message } from './phase-checks.js';
import { backoff } from './retry.js';
import { noop, type TaskRun } from './task-run.js';
import { EngineError, type AttemptSummary, type TaskResult, type TaskState } from './types.js';

/** Load the saved state of a resumed task. Returns a result when it had already finished. */
export async function loadSaved(run: TaskRun): Promise<TaskResult | undefined> {
  const now = run.clock.now();
  {
    let saved: TaskState | undefined;
    try {
      saved = await run.host.store.load(run.taskId);
    } catch (e) {
      throw new EngineError('StateStoreFailed', `task "${run.taskId}": cannot load its saved state: ${message(e)}`, { taskId: run.taskId, cause: e });
    }
    if (!saved) {
      throw new EngineError('NoSavedState', `task "${run.taskId}" has no saved state to resume; start it without resume`, { taskId: run.taskId });
    }
    if (saved.stage === 'Finished' && saved.result) {
      run.emit({ type: 'finished', at: now, taskId: run.taskId, result: saved.result });
      return saved.result;
    }
    run.st = saved;
    run.st.attempts ??= [];
    run.lastPhase = saved.phase;
    run.emit({ type: 'resumed', at: now, taskId: run.taskId, attempt: saved.attempt, generatedName: saved.generatedName, fromStage: saved.stage });
  }
  return undefined;
}

/** The state of a task started afresh. */
export function freshState(run: TaskRun): void {
  const now = run.clock.now();
  {
    run.st = {
      version: 1,
      taskId: run.taskId,
      attempt: 0,
      systemRetriesUsed: 0,
      userRetriesUsed: 0,
      generatedName: generatedName(run.spec.execution.name, 0),
      stage: 'NotStarted',
      startedAt: now,
      attemptStartedAt: now,
      attempts: [],
      // every field present from the start keeps one object shape (no out-of-object property storage)
      resourceMeta: undefined,
      phase: undefined,
      phaseVersion: undefined,
      result: undefined,
    };
  }
}

/**
 * Save a snapshot of the state, after any save still in flight (so the last one written wins). With the
 * engine's own in-memory store, the store holds the live state instead and there is nothing to copy or
 * wait for (undefined): no snapshot, no promise, no await. The engine changes a state's stage, name and
 * resourceMeta only right before it saves, so a load from that store sees what the last save would
 * have written (plus any newer phase).
 */
export function save(run: TaskRun): Promise<void> | undefined {
  const st = run.st;
  const memory = run.host.memoryStore;
  if (memory !== undefined && run.saving === undefined) {
    // the in-memory store holds the live state (load() copies it): nothing to copy per save
    memory.putLive(st);
    return undefined;
  }
  const attempts = st.attempts;
  const copies = new Array<AttemptSummary>(attempts.length);
  for (let i = 0; i < attempts.length; i++) copies[i] = { ...attempts[i]! };
  const snap: TaskState = { ...st, attempts: copies };
  const p = writeState(run, snap, run.saving);
  run.saving = p;
  return p;
}

async function writeState(run: TaskRun, snap: TaskState, previous: Promise<void> | undefined): Promise<void> {
  run.savesPending++;
  try {
    if (previous !== undefined) await previous.then(noop, noop);
    await run.host.store.save(snap);
  } catch (e) {
    throw e instanceof EngineError
      ? e
      : new EngineError('StateStoreFailed', `task "${run.taskId}": cannot save its state: ${message(e)}`, { taskId: run.taskId, cause: e });
  } finally {
    if (--run.savesPending === 0) run.saving = undefined;
  }
}

/** Tries of the save that records a created resource (with backoff between them) before giving up. */
export const CREATED_SAVE_TRIES = 3;

/**
 * Await a save, and when it fails retry it with backoff, CREATED_SAVE_TRIES tries in all (the save right
 * after create: giving up on it means deleting the remote job). Resolves to the last error, or undefined.
 */
export async function saveRetrying(run: TaskRun, first: Promise<void>): Promise<unknown> {
  let last: unknown;
  for (let i = 0; i < CREATED_SAVE_TRIES; i++) {
    if (i > 0) await new Promise<void>((resolve) => run.clock.setTimeout(resolve, backoff(run.host.random, i - 1)));
    try {
      await (i === 0 ? first : save(run));
      return undefined;
    } catch (e) {
      last = e;
    }
  }
  return last;
}

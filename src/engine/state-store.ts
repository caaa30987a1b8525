/**
 * The in-memory state store. `load` returns a JSON round-tripped copy, i.e. exactly what a durable store
 * (the `run` command's file store) would give back. `save` keeps the object it is given without copying
 * it (callers that save their own objects must not mutate them afterwards). The engine does not call
 * `save` on it: it hands over each task's live state once (`putLive`), so a save costs no copy; a durable
 * store gets a snapshot per save instead.
 */
import type { StateStore, TaskState } from './types.js';

export class MemoryStateStore implements StateStore {
  private readonly records = new Map<string, TaskState>();

  async load(taskId: string): Promise<TaskState | undefined> {
    const s = this.records.get(taskId);
    return s === undefined ? undefined : (JSON.parse(JSON.stringify(s)) as TaskState);
  }

  async save(state: TaskState): Promise<void> {
    this.records.set(state.taskId, state);
  }

  /**
   * The engine's path: keep the task's live state (no copy per save; `load` copies it when asked). The
   * engine only changes a live state's stage, name and resourceMeta right before it saves it, so a load
   * sees what the last save would have written, plus any newer phase.
   */
  putLive(state: TaskState): void {
    const records = this.records;
    if (records.get(state.taskId) !== state) records.set(state.taskId, state);
  }

  /** Remove a record (tests, or a caller that cleans up finished tasks). */
  delete(taskId: string): boolean {
    return this.records.delete(taskId);
  }

  /** Task ids with a record. */
  keys(): string[] {
    return [...this.records.keys()];
  }

  get size(): number {
    return this.records.size;
  }
}

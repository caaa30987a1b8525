/**
 * The in-memory state store. `load` returns a JSON round-tripped copy, i.e. exactly what a durable store
 * (the `run` command's file store) would give back. `save` keeps the object it is given without copying
 * it: the engine hands over a fresh snapshot every time and never touches it again (callers that save
 * their own objects must not mutate them afterwards).
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

  /** `save`, synchronously (the engine's path: it has nothing to wait for). */
  put(state: TaskState): void {
    this.records.set(state.taskId, state);
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

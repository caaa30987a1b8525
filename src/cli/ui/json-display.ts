/**
 * The --json display of `run`: every engine event, and every notice, as one redacted JSON line on stderr
 * (with the task's label and run id), for tools that follow a run.
 */
import type { EngineEvent } from '../../engine/types.js';
import type { Display, DisplayOptions, DisplayTask } from './display-types.js';
import { jsonLine } from './render.js';

/** --json: engine events as JSON lines on stderr. */
export class JsonDisplay implements Display {
  readonly mode = 'json' as const;
  private readonly labels = new Map<string, DisplayTask>();
  constructor(private readonly opts: DisplayOptions) {}

  private write(obj: Record<string, unknown>): void {
    this.opts.stream.write(jsonLine(this.opts.redactor.redactValue(obj)));
  }

  addTask(task: DisplayTask): void {
    this.labels.set(task.taskId, task);
  }

  event(e: EngineEvent): void {
    const t = 'taskId' in e ? this.labels.get(e.taskId) : undefined;
    this.write({ ...e, time: new Date(e.at).toISOString(), ...(t && { task: t.label, runId: t.runId }) });
  }

  notice(text: string, level: 'info' | 'warn' | 'error' = 'info', taskId?: string): void {
    this.write({ type: 'notice', level, message: text, time: new Date(this.opts.now?.() ?? Date.now()).toISOString(), ...(taskId !== undefined && { taskId }) });
  }

  close(): void {}
}

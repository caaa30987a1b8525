/**
 * The contract of `run`'s progress display (./display.ts picks one of three): what the run command calls
 * (addTask, event, notice, close) and the options every display shares. Types only, so the displays and
 * the run command depend on this and not on each other.
 */
import type { EngineEvent } from '../../engine/types.js';
import type { Redactor } from '../../util/redact.js';

export type DisplayMode = 'tty' | 'plain' | 'json';

export interface DisplayTask {
  taskId: string;
  label: string;
  runId: string;
  /** Attempts allowed (retries + 1), when known. */
  maxAttempts?: number;
}

export interface Display {
  readonly mode: DisplayMode;
  addTask(task: DisplayTask): void;
  event(event: EngineEvent): void;
  /** A message the user must see (interrupt, detach instructions, warnings). */
  notice(text: string, level?: 'info' | 'warn' | 'error', taskId?: string): void;
  /** Stop spinners and timers and restore the cursor. Safe to call more than once. */
  close(): void;
}

export interface DisplayOptions {
  stream: NodeJS.WriteStream;
  color: boolean;
  redactor: Redactor;
  verbose?: boolean;
  now?: () => number;
}

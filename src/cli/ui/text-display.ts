/**
 * What the tty and plain displays share: engine events turned into per-task state (phase, reason,
 * attempt, log links already shown) and into lines (kind + text), and the formatting of one line (symbol,
 * padded task label, colour, redaction). Subclasses decide where lines go: ./plain-display.ts writes each
 * one, ./tty-display.ts keeps a spinner and writes only the lines that must persist above it.
 *
 * Every name and text from a task file, a plugin or a remote has its control characters escaped here
 * (src/util/terminal.ts) before it reaches a line.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { EngineEvent, TaskResult } from '../../engine/types.js';
import type { Phase, TaskLog } from '../../plugin/phase.js';
import { escapeControl, escapeControlIn } from '../../util/terminal.js';
import type { Display, DisplayMode, DisplayOptions, DisplayTask } from './display-types.js';
import { colorPhase, formatElapsed, oneLine, padEndVisible } from './format.js';

export interface TaskView extends DisplayTask {
  attempt: number;
  phase?: Phase;
  reason?: string;
  startedAt: number;
  logs: Set<string>;
  done: boolean;
}

export type LineKind = 'phase' | 'info' | 'warn' | 'error' | 'link' | 'dim' | 'done' | 'fail';
export interface Line {
  at: number;
  kind: LineKind;
  text: string;
  taskId?: string;
  /** Also shown (once, above the spinner) in TTY mode; phase lines are the spinner's job there. */
  tty: boolean;
}

/** Turns engine events into lines and per-task state; the subclasses decide how to show them. */
export abstract class TextDisplay implements Display {
  abstract readonly mode: DisplayMode;
  protected readonly c: ChalkInstance;
  protected readonly views = new Map<string, TaskView>();
  private readonly warned = new Set<string>();
  protected labelWidth = 0;

  constructor(protected readonly opts: DisplayOptions) {
    this.c = new Chalk({ level: opts.color ? 1 : 0 });
  }

  protected now(): number {
    return this.opts.now?.() ?? Date.now();
  }

  addTask(task: DisplayTask): void {
    const label = escapeControl(task.label);
    this.views.set(task.taskId, { ...task, label, attempt: 0, startedAt: this.now(), logs: new Set(), done: false });
    this.labelWidth = Math.max(this.labelWidth, label.length);
  }

  protected abstract emit(line: Line): void;
  protected abstract refresh(): void;
  abstract close(): void;

  notice(text: string, level: 'info' | 'warn' | 'error' = 'info', taskId?: string): void {
    this.emit({ at: this.now(), kind: level, text: escapeControl(text), tty: true, ...(taskId !== undefined && { taskId }) });
  }

  protected attemptLabel(v: TaskView): string {
    return v.maxAttempts && v.maxAttempts > 1 ? `attempt ${v.attempt + 1}/${v.maxAttempts}` : v.attempt > 0 ? `attempt ${v.attempt + 1}` : '';
  }

  event(raw: EngineEvent): void {
    const c = this.c;
    const e = escapeControlIn(raw);
    if (e.type === 'configWarning') {
      const key = `${e.pluginId}:${e.path}`;
      if (this.warned.has(key)) return;
      this.warned.add(key);
      this.emit({ at: e.at, kind: 'dim', text: `config (${e.pluginId}): ${e.message}`, tty: true });
      return;
    }
    if (e.type === 'pluginLoaded') {
      if (this.opts.verbose) this.emit({ at: e.at, kind: 'dim', text: `plugin ${e.pluginId} loaded`, tty: true });
      return;
    }
    const v = this.views.get(e.taskId);
    if (!v) return;
    const line = (kind: LineKind, text: string, tty = true) => this.emit({ at: e.at, kind, text, taskId: e.taskId, tty });
    switch (e.type) {
      case 'attemptStarted':
        v.attempt = e.attempt;
        v.phase = undefined;
        v.reason = 'submitting';
        if (e.attempt > 0) line('warn', `retrying: ${this.attemptLabel(v)} (generated name ${e.generatedName})`);
        else line('info', `started with plugin ${e.pluginId} (generated name ${e.generatedName})`, false);
        break;
      case 'waitingForQuota':
        v.reason = `waiting for quota in ${e.namespace}`;
        line('info', v.reason, false);
        break;
      case 'quotaGranted':
        v.reason = 'quota granted';
        if (e.waitedMs > 0) line('info', `quota granted in ${e.namespace} after ${formatElapsed(e.waitedMs)}`, false);
        break;
      case 'created':
        v.reason = 'created';
        line('info', `created remote job ${e.generatedName}`, false);
        break;
      case 'createRetried':
        line('warn', `create failed, retry ${e.retry} in ${formatElapsed(e.delayMs)}: ${oneLine(e.error)}`);
        break;
      case 'getFailed':
        line('warn', `get failed (${e.consecutiveFailures} in a row): ${oneLine(e.error)}`);
        break;
      case 'phaseChanged': {
        const pi = e.phaseInfo;
        const changed = pi.phase !== v.phase || (pi.reason ?? '') !== (v.reason ?? '');
        v.phase = pi.phase;
        v.reason = pi.reason;
        if (changed && pi.phase !== 'Success' && pi.phase !== 'PermanentFailure') {
          const reason = pi.reason && pi.reason !== pi.error?.message ? ` ${c.dim(oneLine(pi.reason))}` : '';
          const err = pi.error ? ` ${oneLine(`${pi.error.code}: ${pi.error.message}`)}` : '';
          line('phase', `${colorPhase(c, pi.phase)}${err}${reason}`, pi.phase === 'RetryableFailure');
        }
        for (const log of pi.info?.logs ?? []) this.showLog(v, log, e.at);
        for (const r of pi.info?.externalResources ?? []) for (const log of r.logs ?? []) this.showLog(v, log, e.at);
        break;
      }
      case 'deleteFailed':
        line('warn', `delete failed: ${oneLine(e.error)}`);
        break;
      case 'deleted':
        line('info', `deleted remote job (${oneLine(e.reason)})`);
        break;
      case 'resumed':
        v.attempt = e.attempt;
        v.reason = `resumed (${e.fromStage})`;
        line('info', `resumed ${this.attemptLabel(v) || 'attempt 1'} from stage ${e.fromStage} (generated name ${e.generatedName})`);
        break;
      case 'finished':
        v.done = true;
        this.finishLine(v, e.result, e.at);
        break;
    }
    this.refresh();
  }

  private showLog(v: TaskView, log: TaskLog, at: number): void {
    const key = `${log.name}\u0000${log.uri}`;
    if (v.logs.has(key)) return;
    v.logs.add(key);
    this.emit({ at, kind: 'link', text: `${log.name}: ${this.c.underline(log.uri)}`, taskId: v.taskId, tty: true });
  }

  private finishLine(v: TaskView, r: TaskResult, at: number): void {
    const elapsed = formatElapsed(r.finishedAt - r.startedAt);
    const attempts = r.attempts.length > 1 ? `, ${r.attempts.length} attempts` : '';
    switch (r.outcome) {
      case 'succeeded':
        this.emit({ at, kind: 'done', text: `${colorPhase(this.c, 'Success')} in ${elapsed}${attempts}`, taskId: v.taskId, tty: true });
        break;
      case 'failed': {
        const err = r.error ? `: ${oneLine(`[${r.error.code}] ${r.error.message}`)}` : '';
        this.emit({ at, kind: 'fail', text: `${colorPhase(this.c, r.phase)}${err} (after ${elapsed}${attempts})`, taskId: v.taskId, tty: true });
        break;
      }
      case 'aborted':
        this.emit({ at, kind: 'fail', text: `${colorPhase(this.c, 'Aborted')} after ${elapsed}`, taskId: v.taskId, tty: true });
        break;
      case 'detached':
        this.emit({ at, kind: 'warn', text: `detached after ${elapsed}: the remote job keeps running`, taskId: v.taskId, tty: true });
        break;
    }
  }

  protected symbol(kind: LineKind): string {
    const c = this.c;
    switch (kind) {
      case 'done':
        return c.green('✔');
      case 'fail':
      case 'error':
        return c.red('✖');
      case 'warn':
        return c.yellow('!');
      case 'link':
        return c.cyan('↗');
      default:
        return ' ';
    }
  }

  protected format(line: Line): string {
    const c = this.c;
    const v = line.taskId !== undefined ? this.views.get(line.taskId) : undefined;
    const label = v ? c.bold(padEndVisible(v.label, this.labelWidth)) + ' ' : '';
    let text = line.text;
    if (line.kind === 'dim') text = c.dim(text);
    else if (line.kind === 'error') text = c.red(text);
    else if (line.kind === 'warn') text = c.yellow(text);
    return this.opts.redactor.redact(`${this.symbol(line.kind)} ${label}${text}`);
  }
}

/**
 * Progress display for `run`, on stderr (stdout carries only the result).
 *
 *   tty    one ora spinner showing a line per running task (phase, reason, attempt, elapsed); log links,
 *          retries, warnings and the end of each task are printed once above it
 *   plain  no TTY, CI set or TERM=dumb: one timestamped line per phase change, no control codes
 *   json   --json: every engine event as one JSON line
 *
 * Everything goes through the redactor, and every name and text from a task file, a plugin or a remote
 * (labels, task types, reasons, errors, log links) has its control characters escaped (src/util/terminal.ts):
 * none of them can drive the terminal.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Ora } from 'ora';
import type { EngineEvent, TaskResult } from '../../engine/types.js';
import type { Phase, TaskLog } from '../../plugin/phase.js';
import type { Redactor } from '../../util/redact.js';
import { escapeControl, escapeControlIn } from '../../util/terminal.js';
import { colorPhase, formatElapsed, oneLine, padEndVisible, timestamp } from './format.js';
import { jsonLine } from './render.js';

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

/** Pick the display for this terminal: --json, then a real TTY with a size (and not CI/dumb), else plain. */
export function isCI(env: NodeJS.ProcessEnv): boolean {
  return env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI !== 'false';
}

export function chooseMode(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, json: boolean): DisplayMode {
  if (json) return 'json';
  const ci = isCI(env);
  const tty = Boolean(stream.isTTY && (stream.columns ?? 0) > 0);
  return tty && !ci && env.TERM !== 'dumb' ? 'tty' : 'plain';
}

export async function createDisplay(mode: DisplayMode, opts: DisplayOptions): Promise<Display> {
  if (mode === 'json') return new JsonDisplay(opts);
  if (mode === 'plain') return new PlainDisplay(opts);
  const { default: ora } = await import('ora');
  const stream = opts.stream;
  const spinner = ora({
    stream,
    // ora loops forever on a 0-column TTY: only animate on a real, sized terminal.
    isEnabled: Boolean(stream.isTTY && (stream.columns ?? 0) > 0),
    discardStdin: false,
    hideCursor: true,
    color: opts.color ? 'cyan' : false,
  } as Parameters<typeof ora>[0]);
  return new TtyDisplay(opts, spinner);
}

interface TaskView extends DisplayTask {
  attempt: number;
  phase?: Phase;
  reason?: string;
  startedAt: number;
  logs: Set<string>;
  done: boolean;
}

type LineKind = 'phase' | 'info' | 'warn' | 'error' | 'link' | 'dim' | 'done' | 'fail';
interface Line {
  at: number;
  kind: LineKind;
  text: string;
  taskId?: string;
  /** Also shown (once, above the spinner) in TTY mode; phase lines are the spinner's job there. */
  tty: boolean;
}

/** Turns engine events into lines and per-task state; the subclasses decide how to show them. */
abstract class TextDisplay implements Display {
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

/** No TTY, CI or TERM=dumb: plain lines with a timestamp, nothing else. */
class PlainDisplay extends TextDisplay {
  readonly mode = 'plain' as const;
  protected emit(line: Line): void {
    this.opts.stream.write(`${this.c.dim(timestamp(line.at))} ${this.format(line)}\n`);
  }
  protected refresh(): void {}
  close(): void {}
}

/** A spinner with one line per running task; finished tasks and important events persist above it. */
class TtyDisplay extends TextDisplay {
  readonly mode = 'tty' as const;
  private ticker: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    opts: DisplayOptions,
    private readonly spinner: Ora,
  ) {
    super(opts);
  }

  override addTask(task: DisplayTask): void {
    super.addTask(task);
    this.refresh();
  }

  protected emit(line: Line): void {
    if (!line.tty) return;
    // ora intercepts writes to the stream while spinning: the spinner is cleared, the line written and redrawn
    this.opts.stream.write(this.format(line) + '\n');
  }

  private text(): string {
    const c = this.c;
    const now = this.now();
    const running = [...this.views.values()].filter((v) => !v.done);
    // the attempt column is padded across tasks, so elapsed times and reasons line up
    const attempts = running.map((v) => this.attemptLabel(v));
    const attemptWidth = Math.max(0, ...attempts.map((a) => a.length));
    const lines = running.map((v, i) => {
      const phase = v.phase ? colorPhase(c, v.phase) : c.dim('Pending');
      const parts = [c.bold(padEndVisible(v.label, this.labelWidth)), padEndVisible(phase, 19)];
      if (attemptWidth > 0) parts.push(attempts[i]!.padEnd(attemptWidth));
      parts.push(c.dim(formatElapsed(now - v.startedAt)));
      if (v.reason) parts.push(c.dim(oneLine(v.reason, 80)));
      return parts.join('  ');
    });
    // ora draws its frame before the first line only: indent the others by the frame's width
    return this.opts.redactor.redact(lines.join('\n  '));
  }

  protected refresh(): void {
    if (this.closed) return;
    const active = [...this.views.values()].some((v) => !v.done);
    if (!active) {
      if (this.spinner.isSpinning) this.spinner.stop();
      return;
    }
    this.spinner.text = this.text();
    if (!this.spinner.isSpinning) {
      this.spinner.start();
      this.ticker = setInterval(() => {
        if (this.spinner.isSpinning) this.spinner.text = this.text();
      }, 250);
      this.ticker.unref();
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.ticker) clearInterval(this.ticker);
    // stop() clears the spinner and shows the cursor again
    this.spinner.stop();
  }
}

/** --json: engine events as JSON lines on stderr. */
class JsonDisplay implements Display {
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

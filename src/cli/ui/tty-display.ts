/**
 * The interactive display of `run` on a real terminal: one ora spinner showing a line per running task
 * (phase, attempt, elapsed, reason), refreshed four times a second; log links, retries, warnings and the
 * end of each task are printed once above it. ora itself is loaded by ./display.ts only in this mode.
 */
import type { Ora } from 'ora';
import type { DisplayOptions, DisplayTask } from './display-types.js';
import { colorPhase, formatElapsed, oneLine, padEndVisible } from './format.js';
import { TextDisplay, type Line } from './text-display.js';

/** A spinner with one line per running task; finished tasks and important events persist above it. */
export class TtyDisplay extends TextDisplay {
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

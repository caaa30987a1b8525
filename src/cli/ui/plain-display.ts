/**
 * The plain display of `run` (no TTY, CI set or TERM=dumb): one timestamped line per phase change and
 * event, no spinner and no control codes, so logs and pipes stay readable.
 */
import { timestamp } from './format.js';
import { TextDisplay, type Line } from './text-display.js';

/** No TTY, CI or TERM=dumb: plain lines with a timestamp, nothing else. */
export class PlainDisplay extends TextDisplay {
  readonly mode = 'plain' as const;
  protected emit(line: Line): void {
    this.opts.stream.write(`${this.c.dim(timestamp(line.at))} ${this.format(line)}\n`);
  }
  protected refresh(): void {}
  close(): void {}
}

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
 *
 * This module picks the mode and builds the display; the displays are ./tty-display.ts, ./plain-display.ts
 * (both on ./text-display.ts) and ./json-display.ts, their contract ./display-types.ts.
 */
import type { Display, DisplayMode, DisplayOptions } from './display-types.js';
import { JsonDisplay } from './json-display.js';
import { PlainDisplay } from './plain-display.js';
import { TtyDisplay } from './tty-display.js';

export type { Display, DisplayMode, DisplayOptions, DisplayTask } from './display-types.js';

/** CI is set to anything but empty, 0 or false. */
export function isCI(env: NodeJS.ProcessEnv): boolean {
  return env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI !== 'false';
}

/** Pick the display for this terminal: --json, then a real TTY with a size (and not CI/dumb), else plain. */
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

/** Small formatting helpers shared by the displays. */
import type { ChalkInstance } from 'chalk';
import type { Phase } from '../../plugin/phase.js';
import { escapeControl } from '../../util/terminal.js';

/** "850ms", "3.2s", "1m05s", "1h02m". */
export function formatElapsed(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) ms = 0;
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.floor(ms / 1000);
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** Local wall-clock time "HH:MM:SS.mmm" for plain progress lines. */
export function timestamp(at: number): string {
  const d = new Date(at);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}`;
}

export function colorPhase(c: ChalkInstance, phase: Phase | string): string {
  switch (phase) {
    case 'Success':
      return c.green(phase);
    case 'PermanentFailure':
    case 'RetryableFailure':
      return c.red(phase);
    case 'Aborted':
      return c.yellow(phase);
    case 'Running':
      return c.cyan(phase);
    default:
      return c.blue(phase);
  }
}

/** Pad a string that may contain ANSI codes to a visible width. */
export function padEndVisible(s: string, width: number): string {
  // eslint-disable-next-line no-control-regex
  const visible = s.replace(/\u001b\[[0-9;]*m/g, '').length;
  return visible >= width ? s : s + ' '.repeat(width - visible);
}

/** One line: newlines and control characters from plugin text cannot break the layout (controls are shown escaped). */
export function oneLine(s: string, max = 300): string {
  const flat = escapeControl(String(s).replace(/[\r\n]+/g, ' ⏎ ').replace(/\t/g, ' '));
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

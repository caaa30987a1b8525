/**
 * Text from outside (task files, plugins, remote services) shown on a terminal must not drive it: a
 * task name holding `ESC ] 0 ; … BEL` would retitle the window, `ESC [ 2 J` would clear the screen.
 * Such characters are shown escaped instead, visibly: ESC as `\x1b`, BEL as `\x07`, CSI (U+009B) as
 * `\x9b`. Newlines and tabs are kept.
 */
import { mapStrings } from './walk.js';

// C0 controls except \t and \n, DEL, and the C1 controls (U+0080–U+009F: 8-bit CSI, OSC, ST, ...)
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const hex = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** The text with control characters shown as `\xNN` (newlines and tabs kept). */
export function escapeControl(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, hex) : text;
}

/** A copy of data with control characters escaped in every string (keys too), for a YAML or text rendering. */
export function escapeControlIn<T>(value: T): T {
  return mapStrings(value, escapeControl) as T;
}

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal may act on (DEL and the C1
 * controls) written as \u escapes: the same JSON value, safe on a terminal.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

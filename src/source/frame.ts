/**
 * A code frame: the offending line of a file with a line or two around it and a caret under the column,
 * as compilers show it. Used for YAML/JSON problems (task and config files) and for syntax errors in
 * plugin modules.
 *
 *      2 | metadata:
 *    > 3 |   retires: {retries: 2}
 *        |   ^
 */

/** A place in a text: 1-based line and column. */
export interface Position {
  line: number;
  col: number;
}

/** The widest slice of a long line that is shown around the column. */
const MAX_WIDTH = 120;

/** The 1-based position of a 0-based character offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: end - start + 1 };
}

/** A long line cut down to a window around `col`, and the column in the cut text. */
function window(text: string, col: number): { text: string; col: number } {
  if (text.length <= MAX_WIDTH) return { text, col };
  const from = Math.max(0, Math.min(col - 1 - MAX_WIDTH / 2, text.length - MAX_WIDTH));
  const cut = text.slice(from, from + MAX_WIDTH);
  const head = from > 0 ? '…' : '';
  const tail = from + MAX_WIDTH < text.length ? '…' : '';
  return { text: head + cut + tail, col: col - from + head.length };
}

/**
 * The frame around `pos` in `text`: `before` lines above, `after` lines below. Empty when the line does
 * not exist. Tabs before the column are kept in the caret line, so the caret lines up in any terminal.
 */
export function codeFrame(text: string, pos: Position, opts: { before?: number; after?: number } = {}): string {
  const lines = text.split(/\r?\n/);
  // a file that ends with a newline has no real last line
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const at = pos.line - 1;
  if (at < 0 || at >= lines.length) return '';
  const first = Math.max(0, at - (opts.before ?? 2));
  const last = Math.min(lines.length - 1, at + (opts.after ?? 1));
  const width = String(last + 1).length;
  const out: string[] = [];
  for (let i = first; i <= last; i++) {
    const mark = i === at ? '>' : ' ';
    const num = String(i + 1).padStart(width);
    const raw = lines[i]!;
    if (i !== at) {
      out.push(`${mark} ${num} |${raw ? ' ' + window(raw, 1).text : ''}`);
      continue;
    }
    const w = window(raw, Math.max(1, pos.col));
    out.push(`${mark} ${num} |${w.text ? ' ' + w.text : ''}`);
    const pad = w.text.slice(0, Math.max(0, w.col - 1)).replace(/[^\t]/g, ' ');
    out.push(`  ${' '.repeat(width)} | ${pad}^`);
  }
  return out.join('\n');
}

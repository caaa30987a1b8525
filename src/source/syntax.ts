/**
 * A syntax error in a module the user wrote (a plugin, a TypeScript or JavaScript config file) as a
 * located problem: file:line:col, the compiler's message and a code frame. TypeScript goes through
 * tsx/esbuild, whose error text carries the position; for JavaScript, Node's own error often has none,
 * so the file is checked once more with `node --check`, which prints it (this runs only on failure).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { codeFrame, type Position } from './frame.js';
import type { Problem } from './problem.js';
import { displayPath } from './read.js';

interface Found {
  file: string;
  pos: Position;
  message: string;
}

/** esbuild's "Transform failed with 1 error:\n<file>:<line>:<col>: ERROR: <text>" (column 0-based). */
function fromEsbuildText(message: string): Found | undefined {
  if (!/^Transform failed with \d+ errors?:/.test(message)) return undefined;
  const m = /^(.+?):(\d+):(\d+): ERROR: (.+)$/m.exec(message);
  return m ? { file: m[1]!, pos: { line: Number(m[2]), col: Number(m[3]) + 1 }, message: m[4]! } : undefined;
}

/** esbuild's error objects, when the error did not cross a thread (CommonJS loading). */
function fromEsbuildErrors(err: unknown): Found | undefined {
  const first = (err as { errors?: { text?: string; location?: { file?: string; line?: number; column?: number } | null }[] }).errors?.[0];
  const loc = first?.location;
  if (!first?.text || !loc?.file || !loc.line) return undefined;
  return { file: loc.file, pos: { line: loc.line, col: (loc.column ?? 0) + 1 }, message: first.text };
}

/** `node --check <file>`: "<file>:<line>\n<source line>\n<spaces>^^^\n\nSyntaxError: <message>". */
function fromNodeCheck(file: string): Found | undefined {
  try {
    execFileSync(process.execPath, ['--check', file], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 10_000 });
    return undefined;
  } catch (e) {
    const out = String((e as { stderr?: Buffer | string }).stderr ?? '');
    const head = /^(.+):(\d+)\n(.*)\n(\s*)\^/m.exec(out);
    const msg = /^SyntaxError: (.+)$/m.exec(out);
    if (!head || !msg) return undefined;
    return { file: head[1]!, pos: { line: Number(head[2]), col: head[4]!.length + 1 }, message: msg[1]! };
  }
}

/**
 * The located problem of a syntax error thrown while importing `file` (the module that was imported),
 * or undefined when `err` is not one. `cwd` shortens the path shown.
 */
export function syntaxProblem(err: unknown, opts: { file?: string; cwd?: string } = {}): Problem | undefined {
  const message = err instanceof Error ? err.message : String(err);
  let found = fromEsbuildText(message) ?? fromEsbuildErrors(err);
  if (!found && err instanceof SyntaxError && opts.file && /\.(m|c)?js$/.test(opts.file) && existsSync(opts.file)) found = fromNodeCheck(opts.file);
  if (!found) return undefined;
  // esbuild may name a .cts/.mts source by another extension: fall back to the module that was imported
  let file = found.file;
  if (!existsSync(file) && opts.file && opts.file.replace(/\.[^./]+$/, '') === file.replace(/\.[^./]+$/, '')) file = opts.file;
  const shown = opts.cwd ? displayPath(file, opts.cwd) : file;
  let frame = '';
  try {
    frame = codeFrame(readFileSync(file, 'utf8'), found.pos);
  } catch {
    // no frame without the file
  }
  return { message: found.message, location: `${shown}:${found.pos.line}:${found.pos.col}`, pos: found.pos, ...(frame && { frame }) };
}

/**
 * Reading a file the user named (a task file, an inputs file): a missing file is a problem that says
 * which file was looked for and suggests the closest name in its directory ("did you mean task.yaml?").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { closest } from '../util/suggest.js';
import { ProblemError, type Problem } from './problem.js';

/** A path as shown in messages: relative to `cwd` when inside it, else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

/** The closest existing name to a missing file, as it should be typed (beside the name that was given). */
function suggestSibling(abs: string, display: string): string | undefined {
  const dir = dirname(abs);
  if (!existsSync(dir)) return undefined;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const guess = closest(basename(abs), names);
  return guess === undefined ? undefined : join(dirname(display), guess);
}

export function readSourceFile(abs: string, display: string, what: string, error: (p: Problem) => Error = (p) => new ProblemError(p, what)): string {
  try {
    return readFileSync(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const guess = suggestSibling(abs, display);
      const dir = dirname(abs);
      const hint = guess ? `did you mean ${guess}?` : existsSync(dir) ? `looked for ${abs}` : `the directory ${dirname(display)} does not exist`;
      throw error({ message: `${what} not found: ${display}`, location: display, hint });
    }
    if (code === 'EISDIR') throw error({ message: `${what} is a directory, not a file: ${display}`, location: display });
    throw error({ message: `cannot read ${what} ${display}: ${(err as Error).message}`, location: display });
  }
}

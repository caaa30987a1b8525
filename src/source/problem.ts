/**
 * A problem in something the user wrote (a task file, a config file, a flag, an environment variable, a
 * plugin module): what is wrong, where (file:line:col, a flag or a field), the offending line as a code
 * frame, and a fix to try. Layers below the CLI throw a ProblemError (or a subclass naming their
 * domain); the CLI's error boundary (src/cli/boundary.ts) prints it and exits 2.
 */
import type { Position } from './frame.js';

export interface Problem {
  message: string;
  /** Where: "file:line:col", a flag ("--set a=b") or a field. */
  location?: string;
  /** The offending line with a caret (see codeFrame). */
  frame?: string;
  /** What to try, e.g. 'did you mean "retries"?'. May hold several lines. */
  hint?: string;
  /** Position in the file, for ordering problems as they appear in it. */
  pos?: Position;
}

/** Problems in reading order: file positions first (top to bottom), then the others as found; duplicates once. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.message}\u0000${p.location ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const rank = (p: Problem) => (p.pos ? p.pos.line * 1e6 + p.pos.col : Infinity);
  return unique
    .map((p, i) => ({ p, i, r: rank(p) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.p);
}

/** One or more problems of the same input. The first is the error's message; the others are `more`. */
export class ProblemError extends Error {
  readonly location?: string;
  readonly frame?: string;
  readonly hint?: string;
  /** Every problem found, in reading order (the first is this error's own). */
  readonly problems: readonly Problem[];
  /** What was read, for "2 more problems in the <what>". */
  readonly what: string;

  constructor(problems: Problem | readonly Problem[], what = 'input', options?: { cause?: unknown }) {
    const list = sortProblems(Array.isArray(problems) ? problems : [problems as Problem]);
    const first = list[0] ?? { message: `invalid ${what}` };
    super(first.message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ProblemError';
    if (first.location !== undefined) this.location = first.location;
    if (first.frame) this.frame = first.frame;
    if (first.hint) this.hint = first.hint;
    this.problems = list.length ? list : [first];
    this.what = what;
  }

  /** The problems after the first. */
  get more(): readonly Problem[] {
    return this.problems.slice(1);
  }
}

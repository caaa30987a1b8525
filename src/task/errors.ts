/**
 * The task layer's error: a task file, its inputs (file or --set), an env file or a run to resume that
 * cannot be used as given. The CLI boundary shows it with its location and code frame and exits 2.
 */
import { ProblemError, type Problem } from '../source/problem.js';

export class TaskInputError extends ProblemError {
  constructor(problems: Problem | readonly Problem[], what = 'task file', options?: { cause?: unknown }) {
    super(problems, what, options);
    this.name = 'TaskInputError';
  }
}

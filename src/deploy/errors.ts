/**
 * The deploy layer's error: the project `deploy` was asked to render is not one it can read (no
 * package.json, no plugin named). The CLI boundary shows it with its location and hint and exits 2.
 */
import { ProblemError, type Problem } from '../source/problem.js';

export class DeployError extends ProblemError {
  constructor(problem: Problem) {
    super(problem, 'project');
    this.name = 'DeployError';
  }
}

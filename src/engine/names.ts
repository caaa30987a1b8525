/**
 * Generated names: the idempotency key of one attempt (Flyte's TaskExecutionID.GetGeneratedName).
 *
 * Rule: take `<execution.name>-<attempt>` (attempt is 0-based). If that is already a DNS label
 * (lowercase a–z, 0–9 and '-', starting and ending with a letter or digit) of at most 50 characters,
 * it is the name. Otherwise it is lowercased, every run of other characters becomes '-', it is cut to
 * 41 characters and `-<first 8 hex digits of sha256(<execution.name>-<attempt>)>` is appended — so
 * names that had to be changed cannot collide, and the result is always ≤ 50 characters.
 * The same execution name therefore always gives the same names, attempt by attempt, across runs.
 */
import { createHash } from 'node:crypto';
import { EngineError, type ExecutionSpec } from './types.js';

export const MAX_GENERATED_NAME_LENGTH = 50;
const LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;

export function generatedName(executionName: string, attempt: number): string {
  const raw = `${executionName}-${attempt}`;
  if (raw.length <= MAX_GENERATED_NAME_LENGTH && LABEL.test(raw)) return raw;
  const hash = createHash('sha256').update(raw).digest('hex').slice(0, 8);
  const readable = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_GENERATED_NAME_LENGTH - hash.length - 1)
    .replace(/-+$/, '');
  return readable ? `${readable}-${hash}` : `t-${hash}`;
}

/** A task as the collision check sees it: how to name it in a message, its execution, its retry budget. */
export interface NamedTask {
  /** How the task is named in the error (a task file, a label, the task id). */
  name: string;
  execution: Pick<ExecutionSpec, 'name'>;
  /** Retries (attempts - 1) the task may make; each attempt has its own generated name. Default 0. */
  retries?: number;
}

/**
 * Two tasks that would make remote jobs of one generated name — the same execution.name, or names equal
 * once slugged — in any of their attempts. Returns a GeneratedNameClash EngineError naming both (to be
 * refused before anything is created), or undefined.
 */
export function findNameClash(tasks: readonly NamedTask[]): EngineError | undefined {
  const owner = new Map<string, NamedTask>();
  for (const t of tasks) {
    for (let attempt = 0; attempt <= (t.retries ?? 0); attempt++) {
      const name = generatedName(t.execution.name, attempt);
      const other = owner.get(name);
      if (other !== undefined && other !== t) {
        const same = other.execution.name === t.execution.name;
        return new EngineError(
          'GeneratedNameClash',
          `${other.name} and ${t.name} would both create the remote job "${name}" (${same ? `both have execution.name "${t.execution.name}"` : `execution names "${other.execution.name}" and "${t.execution.name}" give the same generated name`}); give each task its own execution.name`,
        );
      }
      owner.set(name, t);
    }
  }
  return undefined;
}

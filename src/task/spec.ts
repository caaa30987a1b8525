/**
 * From a task file to what the engine runs: the TaskTemplate (the task file minus its local-only keys)
 * and the execution metadata.
 *
 *   execution.name     base of the generated names (stable name => same idempotency key); default: run id
 *   project / domain   execution.project/domain, else id.project/domain, else "local" / "development"
 *   namespace          execution.namespace, else "<project>-<domain>"
 */
import type { ExecutionSpec } from '../engine/types.js';
import type { TaskTemplate } from '../plugin/template.js';
import { LOCAL_ONLY_KEYS, type TaskFile } from './schema.js';

export const DEFAULT_PROJECT = 'local';
export const DEFAULT_DOMAIN = 'development';

export function templateOf(task: TaskFile): TaskTemplate {
  const t: Record<string, unknown> = { ...task };
  for (const k of LOCAL_ONLY_KEYS) delete t[k];
  return t as TaskTemplate;
}

export function executionOf(task: TaskFile, runId: string): ExecutionSpec {
  const e = task.execution ?? {};
  const project = e.project ?? task.id?.project ?? DEFAULT_PROJECT;
  const domain = e.domain ?? task.id?.domain ?? DEFAULT_DOMAIN;
  const out: ExecutionSpec = {
    name: e.name ?? runId,
    project,
    domain,
    namespace: e.namespace ?? `${project}-${domain}`,
  };
  if (e.labels) out.labels = e.labels;
  if (e.annotations) out.annotations = e.annotations;
  if (e.serviceAccount) out.serviceAccount = e.serviceAccount;
  if (e.environment) out.environment = e.environment;
  return out;
}

/** The plugin module(s) a task file names. */
export function pluginRefsOf(task: TaskFile): string[] {
  return task.plugin === undefined ? [] : Array.isArray(task.plugin) ? task.plugin : [task.plugin];
}

/** A short label for a task in progress lines: execution.name, id.name, else the file's base name. */
export function labelOf(task: TaskFile, file: string): string {
  const base = file.split(/[\\/]/).pop()!.replace(/\.(ya?ml|json)$/i, '');
  return task.execution?.name ?? task.id?.name ?? base;
}

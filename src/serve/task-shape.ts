/**
 * What the served core knows of a task's shape: its category, the output types its interface declares,
 * the template `status` sees on GetTask (rebuilt from resource_meta), and the inputs it cannot see then.
 */
import type { Inputs } from '../plugin/context.js';
import type { TaskCategory } from '../plugin/plugin.js';
import type { TaskTemplate } from '../plugin/template.js';
import type { ResourceMetaEnvelope } from './resource-meta.js';

export const categoryOf = (t: TaskTemplate): TaskCategory => ({ name: t.type, version: t.taskTypeVersion ?? 0 });

export function declaredOutputTypes(template: TaskTemplate): Record<string, unknown> | undefined {
  const vars = template.interface?.outputs?.variables;
  if (!vars || Object.keys(vars).length === 0) return undefined;
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, v.type]));
}

/** The template `status` sees when served: what GetTask can know from resource_meta. */
export function templateOf(env: ResourceMetaEnvelope): TaskTemplate {
  return {
    type: env.taskType,
    ...(env.taskTypeVersion ? { taskTypeVersion: env.taskTypeVersion } : {}),
    ...(env.id ? { id: env.id } : {}),
    ...(env.outputTypes
      ? { interface: { outputs: { variables: Object.fromEntries(Object.entries(env.outputTypes).map(([k, t]) => [k, { type: t as Record<string, unknown> }])) } } }
      : {}),
  };
}

export async function noInputs(): Promise<Inputs> {
  throw new Error('inputs are not available in status() when served: GetTask carries only resource_meta. Put what status needs into resourceMeta at create');
}

/**
 * flyteidl v1 (`flyteidl.admin`) messages ↔ the core's plain inputs and results: the template in its
 * JSON form, the task category a request names, a TaskResult as an admin.Resource, the advertised agents.
 */
import { type TaskCategory } from '../../plugin/plugin.js';
import type { TaskTemplate } from '../../plugin/template.js';
import { ServeError } from '../errors.js';
import type { ServiceDeps } from '../generation.js';
import type { Agent } from '../generated/flyteidl/admin/Agent.js';
import type { Resource } from '../generated/flyteidl/admin/Resource.js';
import type { TaskCategory__Output } from '../generated/flyteidl/admin/TaskCategory.js';
import type { TaskTemplate__Output } from '../generated/flyteidl/core/TaskTemplate.js';
import { stateOf } from '../phase-map.js';
import type { ProtoSchema } from '../reflect.js';
import type { TaskResult } from '../result.js';
import type { AgentInfo } from '../routes.js';

/** What v1's services are built from: the shared pieces, and the v1 message schema. */
export interface V1Deps extends ServiceDeps {
  schema: ProtoSchema;
}

/** core.TaskTemplate (decoded) → its JSON form, what `taskReader.read()` returns. */
export function templateFromV1(schema: ProtoSchema, t: TaskTemplate__Output | null | undefined): TaskTemplate {
  if (!t) throw new ServeError('INVALID_ARGUMENT', 'template is required');
  const json = schema.toJson('flyteidl.core.TaskTemplate', t) as TaskTemplate;
  if (!json.type) throw new ServeError('INVALID_ARGUMENT', 'template.type (the task type) is required');
  return json;
}

/**
 * The category a Get/Delete/Metrics/Logs request names: `task_category`, or — as flytekit does when its
 * name is empty — the deprecated `task_type` at version 0; undefined when it names none.
 */
export function categoryFromV1(req: { task_category?: TaskCategory__Output | null; task_type?: string }): TaskCategory | undefined {
  if (req.task_category?.name) return { name: req.task_category.name, version: req.task_category.version ?? 0 };
  if (req.task_type) return { name: req.task_type, version: 0 };
  return undefined;
}

/** A TaskResult as v1's Resource: `phase` plus the deprecated `state`, and `agent_error` on failures. */
export function resourceV1(r: TaskResult): Resource {
  const resource: Resource = { phase: r.phase, state: stateOf(r.phase) };
  if (r.message !== undefined) resource.message = r.message;
  if (r.logLinks) resource.log_links = r.logLinks;
  if (r.customInfo) resource.custom_info = r.customInfo as Resource['custom_info'];
  if (r.outputs) resource.outputs = r.outputs as Resource['outputs'];
  if (r.error) resource.agent_error = { code: r.error.code, kind: r.error.recoverable ? 'RECOVERABLE' : 'NON_RECOVERABLE', origin: r.error.origin };
  return resource;
}

/**
 * The agents for ListAgents. Propeller 1.x rebuilds its registry per task type name from each advertised
 * category (the inner version map is replaced, so the last category listed for a name wins): every
 * version of a name is therefore listed together, in one agent, in ascending order — in the agent that
 * serves its highest version. `supported_task_types` (deprecated; read as version 0) lists the names an
 * agent serves at version 0.
 */
export function agentsV1(agents: readonly AgentInfo[]): Agent[] {
  const owner = new Map<string, { agent: string; version: number }>();
  for (const a of agents) {
    for (const c of a.categories) {
      const o = owner.get(c.name);
      if (!o || c.version > o.version) owner.set(c.name, { agent: a.name, version: c.version });
    }
  }
  const all = agents.flatMap((a) => a.categories);
  return agents.map((a) => {
    const categories = all
      .filter((c) => owner.get(c.name)?.agent === a.name)
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.version - y.version));
    return {
      name: a.name,
      supported_task_types: [...new Set(categories.filter((c) => c.version === 0).map((c) => c.name))],
      supported_task_categories: categories.map((c) => ({ name: c.name, version: c.version })),
      is_sync: a.isSync,
    };
  });
}

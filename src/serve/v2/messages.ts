/**
 * Flyte 2 (`flyteidl2`) messages ↔ the core's plain inputs and results — and back, for the `run --agent`
 * client. The differences from v1 that matter:
 *  - inputs and outputs are `task.Inputs` / `task.Outputs`: lists of named literals (input order is not
 *    guaranteed), here turned into / made from the core.LiteralMap the type engine reads and writes;
 *  - a TypedInterface's variables are a list of `{key, value}` entries, not a map: plugins see the same
 *    TaskTemplate JSON as on v1 (`interface.inputs.variables` keyed by name);
 *  - `Resource` has no `state` and no `agent_error`: a failure is its phase and `message`;
 *  - `Connector` has no `is_sync`: a SyncPlugin is served through CreateTask + GetTask.
 */
import type { TaskCategory } from '../../plugin/plugin.js';
import type { TaskTemplate } from '../../plugin/template.js';
import type { ProtoLiteral, ProtoLiteralMap } from '../../literals/index.js';
import { ServeError } from '../errors.js';
import type { ServiceDeps } from '../generation.js';
import type { Connector } from '../generated/flyteidl2/connector/Connector.js';
import type { Resource } from '../generated/flyteidl2/connector/Resource.js';
import type { TaskCategory__Output } from '../generated/flyteidl2/connector/TaskCategory.js';
import type { TaskTemplate__Output } from '../generated/flyteidl2/core/TaskTemplate.js';
import type { Inputs__Output } from '../generated/flyteidl2/task/Inputs.js';
import type { Outputs } from '../generated/flyteidl2/task/Outputs.js';
import type { ProtoSchema } from '../reflect.js';
import type { TaskResult } from '../result.js';
import type { AgentInfo } from '../routes.js';

/** What v2's services are built from: the shared pieces, and the flyteidl2 message schema. */
export interface V2Deps extends ServiceDeps {
  schema: ProtoSchema;
}

type Json = Record<string, unknown>;
type VariableEntries = { key?: string; value?: unknown }[];
const SIDES = ['inputs', 'outputs'] as const;

/** core.TaskTemplate (decoded) → its JSON form, with the interface's variables keyed by name as on v1. */
export function templateFromV2(schema: ProtoSchema, t: TaskTemplate__Output | null | undefined): TaskTemplate {
  if (!t) throw new ServeError('INVALID_ARGUMENT', 'template is required');
  const json = schema.toJson('flyteidl2.core.TaskTemplate', t) as Json;
  if (!json.type) throw new ServeError('INVALID_ARGUMENT', 'template.type (the task type) is required');
  const iface = json.interface as Record<string, { variables?: VariableEntries } | undefined> | undefined;
  for (const side of SIDES) {
    const map = iface?.[side];
    if (!map) continue;
    const byName: Json = {};
    for (const [i, e] of (map.variables ?? []).entries()) {
      const where = `template.interface.${side}.variables[${i}]`;
      if (!e.key) throw new ServeError('INVALID_ARGUMENT', `${where} has no key (the variable's name)`);
      if (Object.hasOwn(byName, e.key)) throw new ServeError('INVALID_ARGUMENT', `${where}: the variable "${e.key}" is listed twice`);
      byName[e.key] = e.value ?? {};
    }
    map.variables = byName as never;
  }
  return json as TaskTemplate;
}

/** A TaskTemplate in JSON form (variables keyed by name) → the JSON form of flyteidl2's TaskTemplate. */
export function templateJsonToV2(template: TaskTemplate): Json {
  const iface = template.interface;
  if (!iface) return template;
  const out: Json = { ...iface };
  for (const side of SIDES) {
    const vars = iface[side]?.variables;
    if (vars) out[side] = { ...iface[side], variables: Object.entries(vars).map(([key, value]) => ({ key, value })) };
  }
  return { ...template, interface: out };
}

/** task.Inputs → the core.LiteralMap the type engine reads (names must be present and distinct). */
export function inputsFromV2(inputs: Inputs__Output | null | undefined): ProtoLiteralMap {
  const literals = Object.create(null) as Record<string, ProtoLiteral>;
  for (const [i, l] of (inputs?.literals ?? []).entries()) {
    if (!l.name) throw new ServeError('INVALID_ARGUMENT', `inputs.literals[${i}] has no name`);
    if (Object.hasOwn(literals, l.name)) throw new ServeError('INVALID_ARGUMENT', `inputs.literals[${i}]: the input "${l.name}" is given twice`);
    literals[l.name] = (l.value ?? null) as unknown as ProtoLiteral;
  }
  return { literals };
}

/** core.LiteralMap → task.Outputs (named literals, in the map's order). */
export function outputsToV2(map: ProtoLiteralMap): Outputs {
  return { literals: Object.entries(map.literals ?? {}).map(([name, value]) => ({ name, value: value as never })) };
}

/** task.Inputs / task.Outputs (named literals) → a core.LiteralMap (the client's side; a repeated name: the last wins). */
export function namedLiteralsToMap(named: { literals?: { name?: string; value?: unknown }[] | null } | null | undefined): ProtoLiteralMap {
  const literals = Object.create(null) as Record<string, ProtoLiteral>;
  for (const l of named?.literals ?? []) if (l.name) literals[l.name] = (l.value ?? {}) as ProtoLiteral;
  return { literals };
}

/** The category a Get/Delete/Metrics/Logs request names; undefined when it names none (the recorded one applies). */
export function categoryFromV2(req: { task_category?: TaskCategory__Output | null }): TaskCategory | undefined {
  if (req.task_category?.name) return { name: req.task_category.name, version: req.task_category.version ?? 0 };
  return undefined;
}

/** A TaskResult as Flyte 2's Resource: the phase and message carry everything, failures included. */
export function resourceV2(r: TaskResult): Resource {
  const resource: Resource = { phase: r.phase };
  if (r.message !== undefined) resource.message = r.message;
  if (r.logLinks) resource.log_links = r.logLinks;
  if (r.customInfo) resource.custom_info = r.customInfo as Resource['custom_info'];
  if (r.outputs) resource.outputs = outputsToV2(r.outputs);
  return resource;
}

/** The connectors for ListConnectors: one per plugin entry, its categories in order (sync ones too). */
export function connectorsV2(agents: readonly AgentInfo[]): Connector[] {
  return agents.map((a) => ({
    name: a.name,
    supported_task_categories: [...a.categories]
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.version - y.version))
      .map((c) => ({ name: c.name, version: c.version })),
  }));
}

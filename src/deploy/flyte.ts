/**
 * The Flyte side of a connector: the Helm values that enable Flyte's `connector-service` plugin, point it
 * at the Service and route the plugins' task types to it.
 *
 *   flyte-binary (Flyte 1.16): the chart renders configuration.connectorService only with its bundled
 *     (Python) connector enabled, so the block goes under configuration.inline; the task plugins under
 *     enabled_plugins.tasks.
 *   flyte-core (Flyte 1.16): flyteconnector.plugin_config is likewise rendered only with the bundled
 *     connector; configmap.enabled_plugins is rendered as it is into propeller's config, so both go there.
 *   Flyte 2: routing is static (supportedTaskTypes or default-for-task-types; discovery alone does not
 *     route), endpoints are dns:/// targets, and there is no sync service (and no ExecuteTaskSync key).
 * Timeout keys are the ones the connector plugin reads (ListConnectors, not the chart default's ListAgents).
 */
import { type DeploySpec, FILL_IN, allTaskTypes, serviceEndpoint } from './spec.js';
import type { YamlNote, YamlPart } from './yaml.js';

export const FLYTE_TARGETS = ['flyte-binary', 'flyte-core', 'flyte2'] as const;
export type FlyteTarget = (typeof FLYTE_TARGETS)[number];

/** Plugins every Flyte install enables; Helm replaces lists, so the user's own list must be kept. */
const CORE_PLUGINS = ['container', 'sidecar', 'k8s-array'];
const CORE_DEFAULTS = { container: 'container', sidecar: 'sidecar', container_array: 'k8s-array' };

function timeouts(spec: DeploySpec, generation: 1 | 2): Record<string, string> {
  const t: Record<string, string> = { CreateTask: '10s', GetTask: '10s', DeleteTask: '10s' };
  if (generation === 1 && spec.plugins.some((p) => p.kind !== 'async')) t.ExecuteTaskSync = '30s';
  t.ListConnectors = '10s';
  return t;
}

function deployment(spec: DeploySpec, generation: 1 | 2): Record<string, unknown> {
  return { endpoint: serviceEndpoint(spec), insecure: true, defaultTimeout: '10s', timeouts: timeouts(spec, generation) };
}

function routing(spec: DeploySpec): Record<string, string> {
  return Object.fromEntries(allTaskTypes(spec).map((t) => [t, 'connector-service']));
}

/** Flyte 1: async types are pinned to this deployment; sync ones come from discovery (pinning forces async). */
function connectorForTaskTypes(spec: DeploySpec): Record<string, string> {
  const asyncTypes = [...new Set(spec.plugins.filter((p) => p.kind === 'async').flatMap((p) => p.taskTypes))];
  return Object.fromEntries(asyncTypes.map((t) => [t, spec.name]));
}

function connectorService(spec: DeploySpec, generation: 1 | 2): Record<string, unknown> {
  const block: Record<string, unknown> = { connectors: { [spec.name]: deployment(spec, generation) } };
  if (generation === 1) {
    const pinned = connectorForTaskTypes(spec);
    if (Object.keys(pinned).length) block.connectorForTaskTypes = pinned;
  } else {
    block.supportedTaskTypes = allTaskTypes(spec);
  }
  return block;
}

function taskPlugins(spec: DeploySpec, withEnabled: boolean): Record<string, unknown> {
  return {
    ...(withEnabled && { 'enabled-plugins': [...CORE_PLUGINS, 'connector-service'] }),
    'default-for-task-types': { ...(withEnabled ? CORE_DEFAULTS : {}), ...routing(spec) },
  };
}

/** The values object of one target (tests check its keys against Flyte's). */
export function flyteValues(spec: DeploySpec, target: FlyteTarget): Record<string, unknown> {
  switch (target) {
    case 'flyte-binary':
      return {
        enabled_plugins: { tasks: { 'task-plugins': taskPlugins(spec, true) } },
        configuration: { inline: { plugins: { 'connector-service': connectorService(spec, 1) } } },
      };
    case 'flyte-core':
      return {
        configmap: { enabled_plugins: { tasks: { 'task-plugins': taskPlugins(spec, true) }, plugins: { 'connector-service': connectorService(spec, 1) } } },
      };
    case 'flyte2':
      return {
        enabled_plugins: { tasks: { 'task-plugins': taskPlugins(spec, false) } },
        configuration: { inline: { plugins: { 'connector-service': connectorService(spec, 2) } } },
      };
  }
}

/** Where the connector-service block sits in each target's values. */
export function connectorServicePath(target: FlyteTarget): string[] {
  return target === 'flyte-core' ? ['configmap', 'enabled_plugins', 'plugins', 'connector-service'] : ['configuration', 'inline', 'plugins', 'connector-service'];
}

function taskPluginsPath(target: FlyteTarget): string[] {
  return target === 'flyte-core' ? ['configmap', 'enabled_plugins', 'tasks', 'task-plugins'] : ['enabled_plugins', 'tasks', 'task-plugins'];
}

const HEADERS: Record<FlyteTarget, string> = {
  'flyte-binary': 'Flyte 1.16, flyte-binary chart',
  'flyte-core': 'Flyte 1.16, flyte-core chart',
  flyte2: 'Flyte 2, flyte-binary chart of the 2.x line',
};

export function flyteParts(spec: DeploySpec, target: FlyteTarget): YamlPart {
  const cs = connectorServicePath(target);
  const tp = taskPluginsPath(target);
  const notes: YamlNote[] = [];
  if (spec.namespace === undefined) {
    notes.push({ path: [...cs, 'connectors', spec.name, 'endpoint'], after: `${FILL_IN}: the namespace the Service runs in (webapi-plugin deploy --namespace <ns>)` });
  }
  if (target !== 'flyte2') {
    notes.push({ path: [...tp, 'enabled-plugins'], above: 'Helm replaces lists: keep every plugin you already enable, and add connector-service' });
    if (Object.keys(connectorForTaskTypes(spec)).length) {
      notes.push({
        path: [...cs, 'connectorForTaskTypes'],
        above: 'pins these task types to this deployment (it overrides discovery and forces async calls: sync plugins are left to discovery)',
      });
    }
  } else {
    notes.push({ path: [...tp, 'default-for-task-types'], above: 'Flyte 2 routes a task type to connectors only when listed here or in supportedTaskTypes; if your config lists tasks.task-plugins.enabled-plugins, add connector-service there' });
    notes.push({ path: [...cs, 'supportedTaskTypes'], above: 'a list: Helm replaces it, so keep the types of your other connectors' });
  }
  notes.push({ path: [...cs, 'connectors', spec.name, 'timeouts'], above: 'per call; keys as the connector-service plugin reads them (ListConnectors, not ListAgents)' });
  const header =
    `${HEADERS[target]}: Helm values that route ${allTaskTypes(spec).join(', ')} to the connector ${spec.name}.\n` +
    `Merge into your values: helm upgrade <release> <chart> -f <your values> -f <this file>` +
    (target === 'flyte2' ? `\nThe open-source Flyte 2 backend does not resolve connection secrets yet: mount the plugin's secrets in the Deployment.` : '');
  return { header, value: flyteValues(spec, target), notes };
}

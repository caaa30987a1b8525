/**
 * The rendered deployment: every Kubernetes object validated against the Kubernetes OpenAPI schema
 * (kubernetes-models' validators), the conventions of Flyte's connector chart checked one by one, the
 * Flyte values' keys checked against what Flyte reads (facts: shared/reference/flyte2-connectors.md §4–§6,
 * flyte-agents.md §5), placeholders always marked, and the Dockerfile's shape.
 */
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { dockerfile, dockerignore } from '../../src/deploy/docker.js';
import { deployFiles, kubernetesYaml } from '../../src/deploy/files.js';
import { FLYTE_TARGETS, type FlyteTarget, connectorServicePath, flyteParts } from '../../src/deploy/flyte.js';
import { DRAIN_SECONDS, type DeploySpec, kubernetesName } from '../../src/deploy/spec.js';
import { renderYaml } from '../../src/deploy/yaml.js';

const base: DeploySpec = {
  name: 'acme-jobs',
  version: '1.2.3',
  replicas: 2,
  plugins: [
    { id: 'jobs', taskTypes: ['acme_job', 'acme_batch'], kind: 'async' },
    { id: 'ping', taskTypes: ['acme_ping'], kind: 'sync' },
  ],
  modules: ['./dist/plugin.js'],
};
const filled: DeploySpec = { ...base, image: 'ghcr.io/acme/jobs:1.2.3', namespace: 'flyte' };

type Obj = Record<string, any>;
const docs = (yaml: string): Obj[] => parseAllDocuments(yaml).map((d) => d.toJS() as Obj);

function validate(obj: Obj): void {
  const key = `${obj.apiVersion}/${obj.kind}`;
  if (key === 'apps/v1/Deployment') new Deployment(obj as never).validate();
  else if (key === 'v1/Service') new Service(obj as never).validate();
  else throw new Error(`no schema for ${key}`);
}

describe('Kubernetes objects', () => {
  const cases: [string, DeploySpec][] = [
    ['with placeholders', base],
    ['filled in', filled],
    ['one sync plugin, one replica', { ...base, replicas: 1, plugins: [{ id: 's', taskTypes: ['s_task'], kind: 'sync' }] }],
  ];
  for (const [label, spec] of cases) {
    it(`are valid against the Kubernetes OpenAPI schema (${label})`, () => {
      const objects = docs(kubernetesYaml(spec));
      expect(objects.map((o) => o.kind)).toEqual(['Deployment', 'Service']);
      for (const o of objects) expect(() => validate(o), `${o.kind} ${JSON.stringify(o)}`).not.toThrow();
    });
  }

  it('the validation is real: a wrong type fails it', () => {
    const [deployment] = docs(kubernetesYaml(filled));
    deployment!.spec.template.spec.containers[0].readinessProbe.grpc.port = '8000';
    expect(() => validate(deployment!)).toThrow(/grpc\/port must be integer/);
  });

  it("follow the connector chart's conventions", () => {
    const [d, s] = docs(kubernetesYaml(filled)) as [Obj, Obj];
    const pod = d.spec.template.spec;
    const c = pod.containers[0];
    expect(d.metadata).toMatchObject({ name: 'acme-jobs', namespace: 'flyte' });
    expect(d.spec.replicas).toBe(2);
    expect(c.image).toBe('ghcr.io/acme/jobs:1.2.3');
    expect(c.ports).toContainEqual({ name: 'connector-grpc', containerPort: 8000, protocol: 'TCP' });
    expect(c.ports).toContainEqual({ name: 'metrics', containerPort: 9090, protocol: 'TCP' });
    expect(c.readinessProbe.grpc).toEqual({ port: 8000 });
    expect(c.livenessProbe.grpc).toEqual({ port: 8000 });
    // a liveness probe never kills a pod in the middle of its drain (health is NOT_SERVING while draining)
    expect(c.livenessProbe.periodSeconds * c.livenessProbe.failureThreshold).toBeGreaterThan(DRAIN_SECONDS);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(DRAIN_SECONDS);
    expect(c.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    expect(c.volumeMounts).toContainEqual({ name: 'secrets', mountPath: '/etc/secrets', readOnly: true });
    expect(pod.volumes).toContainEqual({ name: 'secrets', secret: { secretName: 'acme-jobs-secrets', optional: true } });
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
    // the Service selects the pods and speaks h2c to the gRPC port
    expect(s.spec.type).toBe('ClusterIP');
    for (const [k, v] of Object.entries(s.spec.selector as Record<string, string>)) expect(d.spec.template.metadata.labels[k]).toBe(v);
    expect(s.metadata.annotations).toEqual({ 'projectcontour.io/upstream-protocol.h2c': 'grpc' });
    expect(s.spec.ports[0]).toEqual({ name: 'connector-grpc', port: 8000, targetPort: 'connector-grpc', protocol: 'TCP', appProtocol: 'kubernetes.io/h2c' });
  });

  it('mark every value the user must fill in, and invent none', () => {
    const text = kubernetesYaml(base);
    const [d] = docs(text) as [Obj];
    expect(d.metadata.namespace).toBeUndefined(); // kubectl's namespace, not a made-up one
    expect(text).toMatch(/^ {10}image: <registry>\/acme-jobs:1\.2\.3 # FILL IN: /m);
    expect(text).toMatch(/secretName: acme-jobs-secrets # FILL IN: create it/);
    // filled in: no placeholder is left outside comments
    const values = kubernetesYaml(filled)
      .split('\n')
      .map((l) => l.replace(/\s#.*$/, ''))
      .filter((l) => !l.trimStart().startsWith('#'));
    expect(values.filter((l) => /<[a-z-]+>/.test(l))).toEqual([]);
  });

  it('names from package names are DNS-1123 labels', () => {
    expect(kubernetesName('@acme/Jobs_Plugin')).toBe('jobs-plugin');
    expect(kubernetesName('my.plugin--x-')).toBe('my-plugin-x');
    expect(kubernetesName('@x/---')).toBe('webapi-plugin-connector');
    expect(kubernetesName('a'.repeat(80))).toHaveLength(63);
  });
});

// -------------------------------------------------------------------------------- Flyte values
// Facts (flyte2-connectors.md §6, flyte-agents.md §5; flyteplugins connector/config.go):
const DEPLOYMENT_KEYS = ['endpoint', 'insecure', 'defaultServiceConfig', 'timeouts', 'defaultTimeout'];
const CONNECTOR_SERVICE_KEYS = ['webApi', 'resourceConstraints', 'defaultConnector', 'connectors', 'connectorForTaskTypes', 'supportedTaskTypes', 'pollInterval'];
const TIMEOUT_KEYS_V1 = ['CreateTask', 'GetTask', 'DeleteTask', 'ExecuteTaskSync', 'ListConnectors'];
const TIMEOUT_KEYS_V2 = ['CreateTask', 'GetTask', 'DeleteTask', 'ListConnectors']; // no sync service in Flyte 2
const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

function at(obj: Obj, path: readonly string[]): any {
  return path.reduce<any>((o, k) => (o === undefined ? undefined : o[k]), obj);
}

function values(spec: DeploySpec, target: FlyteTarget): Obj {
  return parse(renderYaml(flyteParts(spec, target))) as Obj;
}

describe('Flyte values', () => {
  const taskPluginsPath: Record<FlyteTarget, string[]> = {
    'flyte-binary': ['enabled_plugins', 'tasks', 'task-plugins'],
    'flyte-core': ['configmap', 'enabled_plugins', 'tasks', 'task-plugins'],
    flyte2: ['enabled_plugins', 'tasks', 'task-plugins'],
  };

  for (const target of FLYTE_TARGETS) {
    it(`${target}: the keys Flyte reads, where the chart renders them`, () => {
      const v = values(filled, target);
      const cs = at(v, connectorServicePath(target));
      expect(cs, 'connector-service block').toBeDefined();
      expect(Object.keys(cs).filter((k) => !CONNECTOR_SERVICE_KEYS.includes(k))).toEqual([]);
      const dep = cs.connectors['acme-jobs'];
      expect(Object.keys(dep).filter((k) => !DEPLOYMENT_KEYS.includes(k))).toEqual([]);
      expect(dep.endpoint).toBe('dns:///acme-jobs.flyte.svc.cluster.local:8000');
      expect(dep.insecure).toBe(true);
      const allowed = target === 'flyte2' ? TIMEOUT_KEYS_V2 : TIMEOUT_KEYS_V1;
      expect(Object.keys(dep.timeouts).filter((k) => !allowed.includes(k))).toEqual([]);
      expect(dep.timeouts).toHaveProperty('ListConnectors');
      expect(dep.timeouts).not.toHaveProperty('ListAgents');
      for (const d of [dep.defaultTimeout, ...Object.values(dep.timeouts)]) expect(d).toMatch(GO_DURATION);

      const tp = at(v, taskPluginsPath[target]);
      for (const t of ['acme_job', 'acme_batch', 'acme_ping']) expect(tp['default-for-task-types'][t]).toBe('connector-service');
      if (target === 'flyte2') {
        // Flyte 2 routes statically: every type is listed
        expect(cs.supportedTaskTypes).toEqual(['acme_job', 'acme_batch', 'acme_ping']);
        expect(dep.timeouts).not.toHaveProperty('ExecuteTaskSync');
      } else {
        expect(tp['enabled-plugins']).toContain('connector-service');
        // async types pinned to this deployment; the sync one left to discovery (pinning forces async)
        expect(cs.connectorForTaskTypes).toEqual({ acme_job: 'acme-jobs', acme_batch: 'acme-jobs' });
        expect(dep.timeouts).toHaveProperty('ExecuteTaskSync');
      }
    });

    it(`${target}: without --namespace the endpoint is marked, not invented`, () => {
      const text = renderYaml(flyteParts(base, target));
      expect(text).toMatch(/endpoint: dns:\/\/\/acme-jobs\.<namespace>\.svc\.cluster\.local:8000 # FILL IN: /);
    });
  }

  it('flyte-binary puts the block under configuration.inline (the chart renders connectorService only with its own connector)', () => {
    expect(Object.keys(values(filled, 'flyte-binary').configuration)).toEqual(['inline']);
  });

  it('an async-only project has no ExecuteTaskSync timeout in Flyte 1', () => {
    const v = values({ ...filled, plugins: [base.plugins[0]!] }, 'flyte-binary');
    expect(Object.keys(at(v, [...connectorServicePath('flyte-binary'), 'connectors', 'acme-jobs', 'timeouts']))).toEqual(['CreateTask', 'GetTask', 'DeleteTask', 'ListConnectors']);
  });
});

describe('Dockerfile', () => {
  it('is multi-stage on the official Node.js 20 image, installs production dependencies, runs serve as a non-root user', () => {
    const text = dockerfile({ name: 'acme-jobs', modules: ['./dist/plugin.js'] });
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    const froms = lines.filter((l) => l.startsWith('FROM '));
    expect(froms).toEqual(['FROM node:20-bookworm-slim AS build', 'FROM node:20-bookworm-slim']);
    const runtime = lines.slice(lines.indexOf(froms[1]!));
    expect(runtime.some((l) => /^RUN .*npm ci --omit=dev/.test(l))).toBe(true);
    expect(runtime).toContain('COPY --from=build /app/dist ./dist');
    expect(runtime).toContain('USER node');
    expect(runtime).toContain('EXPOSE 8000 9090');
    const cmd = JSON.parse(runtime.find((l) => l.startsWith('CMD '))!.slice(4)) as string[];
    expect(cmd.slice(0, 3)).toEqual(['node', 'node_modules/webapi-plugin/bin/webapi-plugin.js', 'serve']);
    expect(cmd.join(' ')).toContain('--plugin ./dist/plugin.js --host 0.0.0.0 --port 8000 --prometheus-port 9090');
    expect(cmd.join(' ')).toContain(`--drain-timeout ${DRAIN_SECONDS}s`);
  });

  it('.dockerignore keeps secrets, local state and installed files out of the build', () => {
    const ignored = dockerignore().split('\n').filter((l) => l && !l.startsWith('#'));
    for (const p of ['node_modules', '.secrets', '.env', '.webapi-plugin', '.git', 'dist']) expect(ignored).toContain(p);
  });

  it('deployFiles: the Dockerfile at the root, the rest in the folder', () => {
    expect(deployFiles(base, 'k8s').map((f) => f.path)).toEqual([
      'Dockerfile',
      '.dockerignore',
      'k8s/kubernetes.yaml',
      'k8s/flyte-binary.values.yaml',
      'k8s/flyte-core.values.yaml',
      'k8s/flyte2.values.yaml',
    ]);
  });
});

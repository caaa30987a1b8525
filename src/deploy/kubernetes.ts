/**
 * The Kubernetes side of a connector: a Deployment running `serve` from the project's image and a
 * ClusterIP Service in front of it, following the conventions of Flyte's own connector chart (port 8000
 * named `connector-grpc`, native `grpc:` probes, secrets mounted at /etc/secrets, the h2c annotation,
 * Prometheus on 9090). Tests validate every object against the Kubernetes OpenAPI schema.
 */
import {
  type DeploySpec,
  FILL_IN,
  GRACE_SECONDS,
  DRAIN_SECONDS,
  GRPC_PORT,
  METRICS_PORT,
  NODE_UID,
  SECRETS_DIR,
  allTaskTypes,
  placeholderImage,
  secretName,
} from './spec.js';
import type { YamlNote, YamlPart } from './yaml.js';

type Obj = Record<string, unknown>;

function labels(spec: DeploySpec): Record<string, string> {
  return {
    'app.kubernetes.io/name': spec.name,
    'app.kubernetes.io/component': 'flyte-connector',
    'app.kubernetes.io/version': spec.version,
  };
}

function metadata(spec: DeploySpec, extra: Obj = {}): Obj {
  return { name: spec.name, ...(spec.namespace !== undefined && { namespace: spec.namespace }), labels: labels(spec), ...extra };
}

export function deploymentObject(spec: DeploySpec): Obj {
  const selector = { 'app.kubernetes.io/name': spec.name };
  const grpcProbe = { grpc: { port: GRPC_PORT } };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata(spec, { annotations: { 'webapi-plugin/task-types': allTaskTypes(spec).join(',') } }),
    spec: {
      replicas: spec.replicas,
      selector: { matchLabels: selector },
      template: {
        metadata: {
          labels: labels(spec),
          annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(METRICS_PORT), 'prometheus.io/path': '/metrics' },
        },
        spec: {
          terminationGracePeriodSeconds: GRACE_SECONDS,
          securityContext: { runAsNonRoot: true, runAsUser: NODE_UID, runAsGroup: NODE_UID, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'connector',
              image: spec.image ?? placeholderImage(spec),
              imagePullPolicy: 'IfNotPresent',
              ports: [
                { name: 'connector-grpc', containerPort: GRPC_PORT, protocol: 'TCP' },
                { name: 'metrics', containerPort: METRICS_PORT, protocol: 'TCP' },
              ],
              readinessProbe: { ...grpcProbe, initialDelaySeconds: 1, periodSeconds: 3 },
              livenessProbe: { ...grpcProbe, initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 3 },
              resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '1Gi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [
                { name: 'secrets', mountPath: SECRETS_DIR, readOnly: true },
                { name: 'tmp', mountPath: '/tmp' },
              ],
            },
          ],
          volumes: [
            { name: 'secrets', secret: { secretName: secretName(spec), optional: true } },
            { name: 'tmp', emptyDir: {} },
          ],
        },
      },
    },
  };
}

export function serviceObject(spec: DeploySpec): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(spec, { annotations: { 'projectcontour.io/upstream-protocol.h2c': 'grpc' } }),
    spec: {
      type: 'ClusterIP',
      selector: { 'app.kubernetes.io/name': spec.name },
      ports: [
        { name: 'connector-grpc', port: GRPC_PORT, targetPort: 'connector-grpc', protocol: 'TCP', appProtocol: 'kubernetes.io/h2c' },
        { name: 'metrics', port: METRICS_PORT, targetPort: 'metrics', protocol: 'TCP' },
      ],
    },
  };
}

/** Both objects with the comments a reader needs, ready for renderYaml (multi-document). */
export function kubernetesParts(spec: DeploySpec): YamlPart[] {
  const container = ['spec', 'template', 'spec', 'containers', 0];
  const notes: YamlNote[] = [
    {
      path: [...container, 'image'],
      ...(spec.image === undefined && { after: `${FILL_IN}: the image you built and pushed (webapi-plugin deploy --image <ref>)` }),
    },
    {
      path: ['spec', 'template', 'spec', 'terminationGracePeriodSeconds'],
      after: `longer than serve's --drain-timeout (${DRAIN_SECONDS}s in the image), so in-flight calls finish`,
    },
    {
      path: [...container, 'resources'],
      above: 'size for your plugin: serve is one Node.js process; memory grows with tasks in flight',
    },
    {
      path: ['spec', 'template', 'spec', 'volumes', 0, 'secret', 'secretName'],
      after:
        `${FILL_IN}: create it with the keys your plugin reads (secretManager.get(key) reads ${SECRETS_DIR}/<key>): ` +
        `kubectl create secret generic ${secretName(spec)} --from-file=<key>=<file>${spec.namespace ? ` -n ${spec.namespace}` : ''}`,
    },
  ].filter((n) => n.above !== undefined || n.after !== undefined);
  const where = spec.namespace ? ` -n ${spec.namespace}` : '';
  return [
    {
      header:
        `The Flyte connector ${spec.name}: webapi-plugin serve in a Deployment, behind a ClusterIP Service.\n` +
        `Apply: kubectl apply${where} -f <this file>. Rendered by webapi-plugin deploy; values marked ${FILL_IN} are yours to set.`,
      value: deploymentObject(spec),
      notes,
    },
    {
      header: 'Propeller (Flyte 1) and the Flyte 2 backend speak plaintext HTTP/2 (h2c) to this port.',
      value: serviceObject(spec),
    },
  ];
}

/**
 * What a deployment is rendered from (the project's name and version, its plugins, the user's flags), and
 * the conventions every rendered file shares: ports, the drain window, where secrets are mounted, the
 * arguments of `serve` in the image. One place, so the Dockerfile, the Kubernetes objects and the Flyte
 * values can never disagree. No imports: `init` and `deploy` both use it.
 */

export interface DeployPlugin {
  id: string;
  taskTypes: string[];
  /**
   * Flyte 1 calls sync plugins through ExecuteTaskSync, so their types are never pinned to a deployment
   * (pinning forces async calls). `unknown`: the plugin could not be built to tell; treated like sync.
   */
  kind: 'async' | 'sync' | 'unknown';
}

export interface DeploySpec {
  /** Kubernetes name of the Deployment, Service and secret (a DNS-1123 label). */
  name: string;
  /** The project's version: the tag in the placeholder image reference. */
  version: string;
  /** `--image`; undefined renders a marked placeholder. */
  image?: string;
  /** `--namespace`; undefined leaves the objects namespace-less and marks the Flyte endpoints. */
  namespace?: string;
  replicas: number;
  plugins: DeployPlugin[];
  /** The built plugin modules as `serve --plugin` takes them inside the image (relative to /app). */
  modules: string[];
}

/** gRPC port of `serve` (both Flyte generations), as flytekit's connector chart uses. */
export const GRPC_PORT = 8000;
/** Prometheus /metrics port of `serve`. */
export const METRICS_PORT = 9090;
/** `serve --drain-timeout` in the image; the pod's grace period is longer, so a drain is never cut short. */
export const DRAIN_SECONDS = 25;
export const GRACE_SECONDS = DRAIN_SECONDS + 10;
/** Where Kubernetes mounts the plugin's secrets, and where `serve` reads them (its default). */
export const SECRETS_DIR = '/etc/secrets';
/** The uid of the `node` user of the official Node.js images. */
export const NODE_UID = 1000;
/** Replicas when not given: serve is stateless, so two keep the connector up through a rollout. */
export const DEFAULT_REPLICAS = 2;
/** Marks every value the user must fill in. */
export const FILL_IN = 'FILL IN';

/** `serve` as the image runs it. */
export function serveArgs(modules: readonly string[]): string[] {
  return [
    'serve',
    ...modules.flatMap((m) => ['--plugin', m]),
    '--host',
    '0.0.0.0',
    '--port',
    String(GRPC_PORT),
    '--prometheus-port',
    String(METRICS_PORT),
    '--log-format',
    'json',
    '--drain-timeout',
    `${DRAIN_SECONDS}s`,
  ];
}

/** The command line of the image: the package's bin run by node directly (PID 1 gets SIGTERM, no npx layer). */
export function imageCommand(modules: readonly string[]): string[] {
  return ['node', 'node_modules/webapi-plugin/bin/webapi-plugin.js', ...serveArgs(modules)];
}

/** A DNS-1123 label from a package name: "@acme/Jobs_Plugin" → "jobs-plugin". */
export function kubernetesName(packageName: string): string {
  const s = packageName
    .replace(/^@[^/]+\//, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 63)
    .replace(/[^a-z0-9]+$/, '');
  return s || 'webapi-plugin-connector';
}

/** The placeholder image reference, marked where it is used. */
export function placeholderImage(spec: Pick<DeploySpec, 'name' | 'version'>): string {
  return `<registry>/${spec.name}:${spec.version}`;
}

/** The in-cluster gRPC target of the Service (`dns:///`, which both generations of Flyte accept). */
export function serviceEndpoint(spec: Pick<DeploySpec, 'name' | 'namespace'>): string {
  return `dns:///${spec.name}.${spec.namespace ?? '<namespace>'}.svc.cluster.local:${GRPC_PORT}`;
}

export function secretName(spec: Pick<DeploySpec, 'name'>): string {
  return `${spec.name}-secrets`;
}

export function allTaskTypes(spec: Pick<DeploySpec, 'plugins'>): string[] {
  return [...new Set(spec.plugins.flatMap((p) => p.taskTypes))];
}

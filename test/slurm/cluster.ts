/**
 * Access to the throw-away Slurm cluster of scripts/slurm/start.sh for the Slurm tests.
 *
 * The cluster is found through SLURM_REST_URL + SLURM_JWT (what `set -a; . $SLURM_DIR/env` exports),
 * or through SLURM_DIR alone (its `env` file is read). When it is not there or does not answer, the
 * Slurm tests are skipped with the reason in their title — unless WEBAPI_PLUGIN_REQUIRE_SLURM=1 (CI),
 * which turns the skip into a failing test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';

export interface SlurmCluster {
  url: string;
  token: string;
  apiVersion: string;
  user: string;
  /** The cluster's scratch dir, when known (for sbatch: SLURM_CONF). */
  dir?: string;
  conf?: string;
}

export interface RestJob {
  job_id: number;
  name: string;
  job_state: string;
  state_reason: string;
  exit_code: number;
  current_working_directory: string;
}

function fromEnvFile(dir: string): Record<string, string> {
  const file = join(dir, 'env');
  if (!existsSync(file)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

async function probe(): Promise<{ cluster?: SlurmCluster; reason?: string }> {
  const env: Record<string, string | undefined> = { ...(process.env.SLURM_DIR ? fromEnvFile(process.env.SLURM_DIR) : {}), ...process.env };
  const url = env.SLURM_REST_URL;
  const token = env.SLURM_JWT;
  const how = 'start one with `scripts/slurm/start.sh` and export its env (`set -a; . "$SLURM_DIR/env"; set +a`)';
  if (!url || !token) {
    const installed = (process.env.PATH ?? '').split(':').some((d) => d && existsSync(join(d, 'slurmctld')));
    return {
      reason: installed
        ? `no Slurm cluster: SLURM_REST_URL/SLURM_JWT are not set; ${how}`
        : 'Slurm is not installed (no slurmctld on PATH); `scripts/slurm/start.sh` installs it (Debian/Ubuntu, as root) and starts a cluster',
    };
  }
  const cluster: SlurmCluster = { url: url.replace(/\/+$/, ''), token, apiVersion: env.SLURM_API_VERSION || 'v0.0.38', user: env.SLURM_USER_NAME || 'root' };
  if (env.SLURM_DIR) cluster.dir = env.SLURM_DIR;
  if (env.SLURM_CONF) cluster.conf = env.SLURM_CONF;
  try {
    const res = await fetch(`${cluster.url}/slurm/${cluster.apiVersion}/ping`, {
      headers: { 'X-SLURM-USER-NAME': cluster.user, 'X-SLURM-USER-TOKEN': token },
      signal: AbortSignal.timeout(3000),
    });
    if (!res.ok) return { reason: `the Slurm REST API at ${cluster.url} answers HTTP ${res.status} to /ping (stale token or cluster?); ${how}` };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
    return { reason: `the Slurm REST API at ${cluster.url} is not reachable (${cause}); ${how}` };
  }
  return { cluster };
}

const found = await probe();
export const cluster: SlurmCluster | undefined = found.cluster;
export const skipReason: string | undefined = found.reason;
if (skipReason) console.warn(`[slurm tests] ${process.env.WEBAPI_PLUGIN_REQUIRE_SLURM === '1' ? 'FAILING (WEBAPI_PLUGIN_REQUIRE_SLURM=1)' : 'skipped'}: ${skipReason}`);

/** `describe` for tests that need the cluster: skipped (reason in the title) or, in CI, failing. */
export function describeSlurm(name: string, fn: (c: SlurmCluster) => void): void {
  if (cluster) {
    const c = cluster;
    describe(name, () => fn(c));
  } else if (process.env.WEBAPI_PLUGIN_REQUIRE_SLURM === '1') {
    describe(name, () => {
      it('needs a Slurm cluster (WEBAPI_PLUGIN_REQUIRE_SLURM=1)', () => {
        throw new Error(`WEBAPI_PLUGIN_REQUIRE_SLURM=1 but ${skipReason}`);
      });
    });
  } else {
    describe.skip(`${name} — skipped: ${skipReason}`, () => {
      it('(skipped)', () => {});
    });
  }
}

export async function rest<T = Record<string, unknown>>(c: SlurmCluster, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${c.url}/slurm/${c.apiVersion}${path}`, {
    method,
    headers: {
      'X-SLURM-USER-NAME': c.user,
      'X-SLURM-USER-TOKEN': c.token,
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export async function listJobs(c: SlurmCluster): Promise<RestJob[]> {
  const r = await rest<{ jobs: RestJob[] }>(c, 'GET', '/jobs');
  if (r.status !== 200) throw new Error(`GET /jobs: HTTP ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.jobs;
}

export async function jobsNamed(c: SlurmCluster, name: string | RegExp): Promise<RestJob[]> {
  return (await listJobs(c)).filter((j) => (typeof name === 'string' ? j.name === name : name.test(j.name)));
}

/** Poll `fn` every 100 ms until it returns a truthy value. */
export async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const LIVE_STATES = new Set(['PENDING', 'CONFIGURING', 'RUNNING', 'COMPLETING', 'SUSPENDED', 'REQUEUED', 'RESIZING']);

/** A name that no earlier run used: the execution name of one test (lowercase, digits, '-'). */
export function uniqueName(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

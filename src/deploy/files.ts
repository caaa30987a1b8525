/**
 * Every deploy file of a project, rendered in memory (`init` writes them into a new project; `deploy
 * --out` into an existing one), and writing them without ever replacing a user's file unasked: a file
 * that exists with other content is kept unless forced.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dockerfile, dockerignore } from './docker.js';
import { FLYTE_TARGETS, flyteParts } from './flyte.js';
import { kubernetesParts } from './kubernetes.js';
import type { DeploySpec } from './spec.js';
import { renderYaml } from './yaml.js';

export interface DeployFile {
  /** Relative to the project root, `/`-separated. */
  path: string;
  content: string;
}

export const DEFAULT_OUT_DIR = 'deploy';

export function kubernetesYaml(spec: DeploySpec): string {
  return renderYaml(kubernetesParts(spec));
}

/** Dockerfile and .dockerignore at the root; the Kubernetes objects and the Flyte values in `outDir`. */
export function deployFiles(spec: DeploySpec, outDir = DEFAULT_OUT_DIR): DeployFile[] {
  const inOut = (name: string) => (outDir === '' || outDir === '.' ? name : `${outDir.replace(/\/+$/, '')}/${name}`);
  return [
    { path: 'Dockerfile', content: dockerfile({ name: spec.name, modules: spec.modules }) },
    { path: '.dockerignore', content: dockerignore() },
    { path: inOut('kubernetes.yaml'), content: kubernetesYaml(spec) },
    ...FLYTE_TARGETS.map((t) => ({ path: inOut(`${t}.values.yaml`), content: renderYaml(flyteParts(spec, t)) })),
  ];
}

export type WriteAction = 'create' | 'overwrite' | 'unchanged' | 'kept';

export interface PlannedWrite extends DeployFile {
  action: WriteAction;
}

/** What writing would do: an existing file with other content is `kept` unless `force`. */
export function planWrites(root: string, files: readonly DeployFile[], force: boolean): PlannedWrite[] {
  return files.map((f) => {
    const abs = join(root, ...f.path.split('/'));
    if (!existsSync(abs)) return { ...f, action: 'create' };
    let current: string | undefined;
    try {
      current = readFileSync(abs, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === f.content) return { ...f, action: 'unchanged' };
    return { ...f, action: force ? 'overwrite' : 'kept' };
  });
}

/** Write the planned creates and overwrites (each through a temporary file renamed into place). */
export function writePlanned(root: string, plan: readonly PlannedWrite[]): void {
  for (const f of plan) {
    if (f.action !== 'create' && f.action !== 'overwrite') continue;
    const abs = join(root, ...f.path.split('/'));
    mkdirSync(dirname(abs), { recursive: true });
    const tmp = `${abs}.webapi-plugin-${process.pid}.tmp`;
    writeFileSync(tmp, f.content);
    renameSync(tmp, abs);
  }
}

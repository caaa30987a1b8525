/**
 * The deploy files every new project gets (Dockerfile, .dockerignore, deploy/kubernetes.yaml and the
 * Flyte values), rendered by the same code as `webapi-plugin deploy --out deploy`, from what init knows:
 * the package name and version, the plugin id, its task types and kind, and the built module
 * (package.json `main`). A file the template ships itself wins.
 */
import { deployFiles } from '../deploy/files.js';
import { DEFAULT_REPLICAS, kubernetesName } from '../deploy/spec.js';
import type { InitAnswers } from './question-types.js';
import type { RenderedFile } from './templates.js';

export function projectDeployFiles(a: InitAnswers, files: readonly RenderedFile[]): RenderedFile[] {
  const pkgFile = files.find((f) => f.path === 'package.json');
  const pkg = pkgFile ? (JSON.parse(pkgFile.content.toString('utf8')) as { version?: string; main?: string }) : {};
  const main = (pkg.main ?? './dist/plugin.js').replace(/^(?!\.\/)/, './');
  const own = new Set(files.map((f) => f.path));
  return deployFiles({
    name: kubernetesName(a.name),
    version: pkg.version ?? '0.1.0',
    replicas: DEFAULT_REPLICAS,
    plugins: [{ id: a.pluginId, taskTypes: [...a.taskTypes], kind: a.kind }],
    modules: [main],
  })
    .filter((f) => !own.has(f.path))
    .map((f) => ({ path: f.path, content: Buffer.from(f.content, 'utf8') }));
}

/**
 * `webapi-plugin deploy`: the action. Loads the project's plugins (src/deploy/project.ts), renders the
 * deployment (src/deploy/) and prints it or writes it. All of deploy's terminal output is here.
 *
 * Exit codes: 0 rendered (or written); 2 a bad flag, no plugin, or --out files that exist with other
 * content (without --force: nothing is written); 3 a plugin module that fails to load.
 */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_OUT_DIR, deployFiles, kubernetesYaml, planWrites, writePlanned } from '../deploy/files.js';
import { flyteParts } from '../deploy/flyte.js';
import { describeProject } from '../deploy/project.js';
import { type DeploySpec, FILL_IN, kubernetesName, placeholderImage } from '../deploy/spec.js';
import { renderYaml } from '../deploy/yaml.js';
import type { CommandAction } from './commands/lazy.js';

/** `deploy`'s options as commander gives them (declared in commands/deploy.ts); validated below. */
export interface DeployOptions {
  plugin?: string[];
  image?: string;
  namespace?: string;
  replicas: string;
  name?: string;
  flyte?: 'flyte-binary' | 'flyte-core' | 'flyte2';
  out?: string;
  force?: boolean;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function label(value: string, flag: string): string {
  if (value.length <= 63 && DNS_LABEL.test(value)) return value;
  throw new UsageError(`invalid ${flag} "${value}": Kubernetes names are lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters`, {
    location: flag,
    hint: `did you mean ${flag} ${kubernetesName(value)}?`,
  });
}

function replicas(value: string): number {
  const n = Number(value);
  if (/^\d+$/.test(value.trim()) && n <= 1000) return n;
  throw new UsageError(`invalid --replicas "${value}"`, { location: '--replicas', hint: 'a whole number, e.g. 2' });
}

function image(value: string): string {
  if (/^[^\s<>]+$/.test(value)) return value;
  throw new UsageError(`invalid --image "${value}": an image reference has no spaces or angle brackets`, {
    location: '--image',
    hint: 'e.g. --image ghcr.io/acme/my-plugin:0.1.0',
  });
}

const action: CommandAction<DeployOptions> = async ({ options, ctx }) => {
  // flags first: a typo fails before any plugin is loaded
  const flags = {
    replicas: replicas(options.replicas),
    ...(options.namespace !== undefined && { namespace: label(options.namespace, '--namespace') }),
    ...(options.name !== undefined && { name: label(options.name, '--name') }),
    ...(options.image !== undefined && { image: image(options.image) }),
  };
  if (options.force && options.out === undefined) throw new UsageError('--force only applies with --out', { location: '--force', hint: 'add --out <dir>, or drop --force' });
  if (options.flyte && options.out !== undefined) {
    throw new UsageError('--flyte prints one chart\'s values; --out writes every file: use one of them', { location: '--flyte' });
  }

  const project = await describeProject({ cwd: ctx.cwd, env: ctx.env, ...(options.plugin && { plugin: options.plugin }) });
  const spec: DeploySpec = {
    name: flags.name ?? kubernetesName(project.packageName),
    version: project.version,
    replicas: flags.replicas,
    plugins: project.plugins,
    modules: project.modules,
    ...(flags.image !== undefined && { image: flags.image }),
    ...(flags.namespace !== undefined && { namespace: flags.namespace }),
  };

  const notes = [...project.notes];
  if (spec.image === undefined && !options.flyte) notes.push(`no --image: the Deployment uses the placeholder ${placeholderImage(spec)} (marked ${FILL_IN})`);
  if (spec.namespace === undefined) notes.push(`no --namespace: the Flyte endpoints name <namespace> (marked ${FILL_IN})`);
  const dep = project.webapiPluginDependency;
  if (dep !== undefined && /^(file|link):/.test(dep)) {
    notes.push(`package.json depends on webapi-plugin as ${dep}: an image build cannot reach that path; depend on a published version before docker build`);
  }
  const note = (s: string) => ctx.stderr.write(`note: ${s}\n`);

  if (options.out === undefined) {
    ctx.stdout.write(options.flyte ? renderYaml(flyteParts(spec, options.flyte)) : kubernetesYaml(spec));
    for (const n of notes) note(n);
    return 0;
  }

  const plan = planWrites(project.root, deployFiles(spec, options.out || DEFAULT_OUT_DIR), Boolean(options.force));
  const kept = plan.filter((f) => f.action === 'kept');
  if (kept.length > 0) {
    throw new UsageError(
      `${kept.length === 1 ? 'a file' : `${kept.length} files`} already exist${kept.length === 1 ? 's' : ''} with other content; nothing was written:\n` +
        kept.map((f) => `  ${f.path}`).join('\n'),
      { location: resolve(project.root), hint: 'compare them with the rendered ones (webapi-plugin deploy prints the Kubernetes objects), or use --force to overwrite them' },
    );
  }
  writePlanned(project.root, plan);
  const lines = [`Deploy files for ${spec.name} (${spec.plugins.map((p) => `${p.id}: ${p.taskTypes.join(', ')}`).join('; ')}) in ${project.root}`];
  for (const f of plan) lines.push(`  ${f.action.padEnd(10)} ${f.path}`);
  ctx.stdout.write(lines.join('\n') + '\n');
  for (const n of notes) note(n);
  return 0;
};

export default action;

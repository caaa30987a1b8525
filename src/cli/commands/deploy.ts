import { type Command, Option } from 'commander';
import { DEFAULT_REPLICAS } from '../../deploy/spec.js';
import type { CliContext } from '../context.js';
import { lazyAction } from './lazy.js';

const collect = (v: string, prev: string[] | undefined) => [...(prev ?? []), v];

const DEPLOY_HELP = `
Output: the Kubernetes objects as multi-document YAML on stdout (pipe them to kubectl apply -f -), or the
Flyte values of one chart with --flyte, or every file with --out <dir>:
  Dockerfile, .dockerignore                       at the project root
  <dir>/kubernetes.yaml                           Deployment + Service
  <dir>/flyte-binary.values.yaml                  Flyte 1.16, flyte-binary chart
  <dir>/flyte-core.values.yaml                    Flyte 1.16, flyte-core chart
  <dir>/flyte2.values.yaml                        Flyte 2
A file that exists with other content is never replaced without --force (nothing is written then).
Values you must fill in (the image without --image, the namespace without --namespace, the secret's
keys) are marked "FILL IN".

Plugins come from --plugin, else the config file's plugin modules (as for run, config and serve); each
is served from its built module (src/x.ts → dist/x.js).

Examples:
  $ webapi-plugin deploy --image ghcr.io/acme/jobs:0.1.0 --namespace flyte | kubectl apply -f -
  $ webapi-plugin deploy --namespace flyte --flyte flyte-binary > flyte-connector-values.yaml
  $ webapi-plugin deploy --image ghcr.io/acme/jobs:0.1.0 --namespace flyte --out deploy --force`;

export function registerDeploy(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command('deploy')
    .description("render the deployment of the project's plugins: Kubernetes objects, the Flyte 1 and Flyte 2 values, the Dockerfile")
    .option('-p, --plugin <module>', 'plugin module to deploy (repeatable; default: the config file\'s plugin modules)', collect)
    .option('--image <ref>', 'the image you built and pushed (default: a placeholder marked FILL IN)')
    .option('--namespace <ns>', 'namespace of the Deployment and Service (default: none in the objects; marked in the Flyte endpoints)')
    .option('--replicas <n>', 'replicas of the Deployment (serve is stateless: any replica answers any call)', String(DEFAULT_REPLICAS))
    .option('--name <name>', "name of the Deployment and Service (default: from package.json's name)")
    .addOption(new Option('--flyte <chart>', 'print the Flyte values for one chart instead of the Kubernetes objects').choices(['flyte-binary', 'flyte-core', 'flyte2']))
    .option('--out <dir>', 'write every deploy file (the Kubernetes objects and Flyte values into <dir>, the Dockerfile at the project root)')
    .option('--force', 'with --out: overwrite files that exist with other content')
    .addHelpText('after', DEPLOY_HELP)
    .action(lazyAction(ctx, setExit, async () => (await import('../deploy.js')).default));
}

import { type Command, Option } from 'commander';
import { addPluginConfigOptions } from '../../config/options.js';
import type { CliContext } from '../context.js';
import { lazyAction } from './lazy.js';

const collect = (v: string, prev: string[] | undefined) => [...(prev ?? []), v];

const RUN_HELP = `
Task files: a YAML/JSON task file (a TaskTemplate plus inputs, execution, plugin), or what
Flyte's tools write: a binary flyteidl.admin.TaskSpec (pyflyte serialize/package *_1.pb),
core.TaskTemplate or admin.Task; \`flytectl get task -o json|yaml\` output; a pyflyte package
archive (.tgz/.tar, --task <name> picks a task). These name no plugin: use --plugin or the
config file's \`plugins\`.

Inputs (later wins):
  1. \`inputs:\` in the task file
  2. --inputs <file|->      a YAML/JSON mapping, or a flyteidl.core.LiteralMap (binary inputs.pb,
                            protojson or YAML); - reads stdin
  3. --set name=value       YAML scalar typing: n=3 is a number, ok=true a boolean, s="3" a string
When the task declares \`interface.inputs\`, inputs are checked and converted as Flyte would:
an unknown name, a missing input (every declared input is required unless \`defaultInputs\`
gives a default) or a value of the wrong type is exit 2. Declared \`interface.outputs\` are
checked when the task succeeds: a missing, undeclared or mistyped output fails the task (exit 1).
--set is shared with the config layer: a path under resourceQuotas., readRateLimiter.,
writeRateLimiter., caching., webApi. or plugins.<id>.webApi. sets PluginConfig;
input.<name>=value is always an input; anything else is an input.

Plugins come from --plugin (relative to the current directory), the config file's
\`plugins\` (relative to the config file) and \`plugin:\` in the task file (relative to it).

The config file: --config, else the first found from each task file's directory up to its
project root (the first directory with a package.json), then from the current directory up
to its project root. The first progress line names it. A value marked with a \`# @local\`
comment is meant for local runs: no warning when it is outside Flyte's production ranges.

Secrets (secretManager.get(key)):
  key         env FLYTE_SECRET_<key>, then the file <secrets dir>/<key>
  group/key   env FLYTE_SECRET_<GROUP>_<KEY>, then the file <secrets dir>/<group>/<key>
The secrets dir defaults to .secrets/ beside the task file. Secret values (of 4 characters
or more) are redacted from everything shown; the run record's data files keep exact values (0600).

Every run is recorded in .webapi-plugin/runs/<run-id>/ (task, inputs, outputs, error,
events.jsonl, engine state), locked while a process runs it, with Flyte's datastore files:
inputs.pb, and attempts/<n>/outputs.pb or error.pb under the output prefix the plugin's
outputWriter points at. stdout carries only the result (outputs as YAML, or one JSON document
with --json); progress, and whatever the plugin prints, goes to stderr. Integers beyond 2^53
reach the plugin as bigints; .nan/.inf as NaN/Infinity.

Interrupt: the first Ctrl-C aborts (the remote job is deleted) and exits 130;
--on-interrupt detach leaves it running and prints the --resume command. A second Ctrl-C
exits at once.

Examples:
  $ webapi-plugin run task.yaml
  $ webapi-plugin run task.yaml --set n=3 --json | jq .outputs
  $ webapi-plugin run a.yaml b.yaml c.yaml
  $ webapi-plugin run task.yaml --dry-run
  $ webapi-plugin run flytesnacks.tgz --task my-objectstore-sensor --plugin ./sensor.ts --inputs inputs.pb
  $ webapi-plugin run --resume quickstart-k3f9x2

Exit codes: 0 success; 1 task failure (permanent, retries exhausted, timeout); 2 bad input;
3 system error (plugin cannot load, remote unreachable after retries, SYSTEM-kind failure,
the run record cannot be written, a promise that never settles); 130 interrupted. With
several tasks: the worst of them.`;

export function registerRun(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  const cmd = program
    .command('run')
    .description('run task files locally with the semantics of Flyte\'s webapi engine')
    .argument('[task-files...]', 'task files (YAML/JSON, or Flyte\'s: TaskSpec .pb, flytectl JSON/YAML, package .tgz); several run together through one engine')
    .addOption(new Option('-p, --plugin <module>', 'plugin module (.ts/.js file or package), repeatable').argParser(collect))
    .addOption(new Option('--agent <host:port>', 'send every task to a running Flyte agent or connector over gRPC instead of loading plugin modules'))
    .addOption(new Option('--agent-protocol <generation>', 'with --agent: v1 (Flyte 1.x agents) or v2 (Flyte 2 connectors); default: what the server answers').choices(['v1', 'v2']))
    .addOption(new Option('--inputs <file>', 'inputs from a YAML/JSON file or a LiteralMap (binary, protojson, YAML), or - for stdin'))
    .addOption(new Option('--task <name>', 'the task to run out of a package archive or a list of tasks'))
    .addOption(new Option('--secrets-dir <dir>', 'directory of secret files (default: .secrets/ beside the task file)'))
    .addOption(new Option('--env-file <path>', 'load a dotenv file (never overrides variables already set), repeatable').argParser(collect))
    .addOption(new Option('--out-dir <dir>', 'where run records are kept (default: .webapi-plugin/runs)'))
    .addOption(new Option('--resume <run-id|dir>', 'continue a stored run without a new create'))
    .addOption(new Option('--dry-run', 'validate the task, inputs, config and routing; print the plan (id, type, interface, inputs); call nothing remote'))
    .addOption(new Option('--timeout <duration>', 'execution timeout per attempt (overrides metadata.timeout), e.g. 90s'))
    .addOption(new Option('--retries <n>', 'retries after the first attempt (overrides metadata.retries.retries)'))
    .addOption(new Option('--max-dataset-size <bytes>', 'largest outputs document accepted (default 2 MiB)'))
    .addOption(new Option('--on-interrupt <action>', 'what Ctrl-C does to the remote job').choices(['abort', 'detach']).default('abort'))
    .addOption(new Option('--json', 'print one JSON document on stdout and progress as JSON lines on stderr'));
  addPluginConfigOptions(cmd);
  const set = cmd.options.find((o) => o.long === '--set');
  if (set) set.description = 'input name=value, or a PluginConfig path=value (see below); repeatable';
  cmd.addHelpText('after', RUN_HELP).action(lazyAction(ctx, setExit, async () => (await import('../run/index.js')).default));
}

import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { lazyAction } from './lazy.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function registerServe(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('serve plugins to a Flyte cluster as a connector (agent) over gRPC, on one port: Flyte 1.x agents (flyteidl v1), Flyte 2 connectors (flyteidl2) and grpc.health.v1')
    .option('-p, --plugin <module>', 'plugin module to serve (a .ts/.js path or a package name; repeatable)', collect)
    .option('--host <host>', 'address to bind (0.0.0.0 in containers)', '0.0.0.0')
    .option('--port <port>', 'gRPC port', '8000')
    .option('--prometheus-port <port>', 'port of the Prometheus /metrics endpoint (0 = any free port)', '9090')
    .option('--no-prometheus', 'do not serve Prometheus metrics')
    .addOption(new Option('--log-format <format>', 'log lines as text or JSON').choices(['text', 'json']).default('text'))
    .option('--secrets-dir <dir>', 'directory of secret files (after _FSEC_<KEY> environment variables)', '/etc/secrets')
    .option('--drain-timeout <duration>', 'on SIGTERM, how long in-flight calls may finish before the server stops (Go duration)', '25s')
    .option('--max-message-size <MiB>', 'largest request accepted, in MiB (input maps can be large)', '64')
    .addOption(new Option('--protocol <generation>', 'which Flyte generations to serve: v1 (Flyte 1.x agents), v2 (Flyte 2 connectors) or both').choices(['v1', 'v2', 'both']).default('both'))
    .option('--task-type <type>', 'serve and advertise only this task type, all its versions (repeatable; default: all of the plugins\' types)', collect)
    .addHelpText(
      'after',
      `
Secrets: plugins' secretManager.get(key) reads the task's Flyte 2 connection secrets, then the environment
variable _FSEC_<KEY>, then the file <secrets-dir>/<key> (as flytekit's connectors do). Values are
redacted from logs and error details.

Examples:
  $ webapi-plugin serve --plugin ./src/plugin.ts
  $ webapi-plugin serve --plugin ./dist/plugin.js --port 8000 --prometheus-port 9090 --log-format json
  $ webapi-plugin serve --plugin ./dist/plugin.js --protocol v2     # Flyte 2 only`,
    )
    .action(lazyAction(ctx, setExit, async () => (await import('../serve.js')).default));
}

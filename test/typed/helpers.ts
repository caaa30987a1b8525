/** Typed runs as a user makes them: a temp dir, a task file, the built CLI with the typed fixture plugin. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, type CliResult } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/cli.js';

export const PLUGIN = join(import.meta.dirname, 'fixtures', 'typed-plugin.ts');
export const ARTIFACTS = join(REPO_ROOT, 'test', 'fixtures', 'flyte-artifacts');
export const artifact = (name: string) => join(ARTIFACTS, name);

export function setup(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir('webapi-typed-');
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

export function run(dir: string, args: string[], input?: string): Promise<CliResult> {
  return runCli(['run', ...args, '--plugin', PLUGIN], { cwd: dir, ...(input !== undefined && { input }) });
}

/** What the plugin's inputReader.get() returned: each input's JS type and value. */
export function seen(dir: string): Record<string, { type: string; value: unknown }> {
  return JSON.parse(readFileSync(join(dir, 'seen.json'), 'utf8')) as Record<string, { type: string; value: unknown }>;
}

/** The (single) run record directory. */
export function runDir(dir: string): string {
  const runs = join(dir, '.webapi-plugin', 'runs');
  const [id] = existsSync(runs) ? readdirSync(runs) : [];
  if (!id) throw new Error(`no run record in ${runs}`);
  return join(runs, id);
}

/** A task file with an interface (types in JSON form) and a body. */
export function typedTask(opts: { inputs?: Record<string, unknown>; outputs?: Record<string, unknown>; body?: string }): string {
  const vars = (m: Record<string, unknown>) => Object.fromEntries(Object.entries(m).map(([k, t]) => [k, { type: t }]));
  const iface: Record<string, unknown> = {};
  if (opts.inputs) iface.inputs = { variables: vars(opts.inputs) };
  if (opts.outputs) iface.outputs = { variables: vars(opts.outputs) };
  return `type: typed-job\ninterface: ${JSON.stringify(iface)}\n${opts.body ?? ''}`;
}

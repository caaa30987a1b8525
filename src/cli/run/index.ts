/**
 * `webapi-plugin run task.yaml [more.yaml ...]`: load task files and plugins, run the tasks through one
 * in-process engine, show progress on stderr, print the result on stdout, keep a run record on disk.
 *
 *   options (./options.ts) → environment and config → tasks (./prepare.ts) → plugins (./plugins.ts)
 *   → engine, signals and the wait (./engine.ts) → the result (./report.ts)
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { readPluginConfigFlags } from '../../config/options.js';
import { SilentExit } from '../../errors.js';
import type { PluginModuleRef } from '../../loader/plugin-modules.js';
import { displayPath } from '../../source/read.js';
import { loadRunConfig, type RunConfigRequest } from '../../task/config.js';
import { splitSetArgs } from '../../task/inputs.js';
import { loadEnvFiles, registerEnvSecrets } from '../../task/secrets.js';
import { DEFAULT_RUNS_DIR } from '../../task/store.js';
import { errorDocument, exitCodeOf, reportError } from '../boundary.js';
import type { CommandAction } from '../commands/lazy.js';
import type { CliContext } from '../context.js';
import { chooseMode, createDisplay, isCI } from '../ui/display.js';
import { createRunEngine, runTasks } from './engine.js';
import { checkTaskArgs, parseLimits, type RunOptions } from './options.js';
import { loadRunPlugins } from './plugins.js';
import { prepareResume, prepareTasks, secretManagers, type PreparedTask } from './prepare.js';
import { dryRun, report } from './report.js';

export type { RunOptions } from './options.js';

const action: CommandAction<RunOptions> = async ({ args, options, command, ctx }) => {
  try {
    return await runCommand(args, options, command, ctx);
  } catch (err) {
    if (!options.json || err instanceof SilentExit) throw err;
    // --json: stdout still gets exactly one document, with the error
    const code = reportError(err, ctx);
    ctx.stdout.write(JSON.stringify(ctx.redactor.redactValue({ error: errorDocument(err), exitCode: code }), null, 2) + '\n');
    throw new SilentExit(exitCodeOf(err));
  }
};
export default action;

async function runCommand(args: string[], options: RunOptions, command: Command, ctx: CliContext): Promise<number> {
  const limits = parseLimits(options);
  checkTaskArgs(args, options);

  // Environment first: dotenv files never override what is already set; FLYTE_SECRET_* are secrets.
  const injected = loadEnvFiles(options.envFile ?? [], ctx.cwd, ctx.env);
  registerEnvSecrets(ctx.env, ctx.redactor);

  // The config file: --config, else searched from the task files' directories, then the current one.
  const cfgFlags = readPluginConfigFlags(command);
  const sets = splitSetArgs(cfgFlags.setArgs);
  const request: RunConfigRequest = {
    cwd: ctx.cwd,
    env: ctx.env,
    ...(cfgFlags.configPath !== undefined && { configPath: cfgFlags.configPath }),
    searchFrom: args.map((f) => dirname(resolve(ctx.cwd, f))),
    flagValues: cfgFlags.flagValues,
    setArgs: sets.config,
  };
  let runCfg = await loadRunConfig(request);
  const runsDir = resolve(ctx.cwd, options.outDir ?? runCfg.outDir ?? DEFAULT_RUNS_DIR);

  const secretsFor = secretManagers(ctx);
  const prepare = { cwd: ctx.cwd, env: ctx.env, redactor: ctx.redactor, runsDir, options, limits };
  let tasks: PreparedTask[];
  let warnings: string[] = [];
  if (options.resume !== undefined) {
    tasks = [await prepareResume(prepare, secretsFor, sets.inputs.length > 0 || options.inputs !== undefined)];
    // a resumed run keeps the config file it started with
    const started = tasks[0]!.record?.configFile;
    if (started && cfgFlags.configPath === undefined && started !== runCfg.configFile && existsSync(started)) {
      runCfg = await loadRunConfig({ ...request, configPath: started });
    }
  } else {
    ({ tasks, warnings } = await prepareTasks(args, prepare, runCfg, secretsFor, sets.inputs));
  }

  // Two tasks whose remote jobs would share a generated name are refused before anything runs (exit 2).
  const clash = (await import('../../engine/names.js')).findNameClash(
    tasks.map((t) => ({ name: t.taskFile ? displayPath(t.taskFile, ctx.cwd) : t.label, execution: t.execution, retries: t.retries ?? t.template.metadata?.retries?.retries ?? 0 })),
  );
  if (clash) throw clash;

  // Plugins: --agent alone, or every module named by --plugin, the config file and the task files.
  const agent = options.agent ?? tasks[0]?.record?.agent;
  const refs: PluginModuleRef[] = [
    ...(options.plugin ?? []).map((m) => ({ module: m, from: ctx.cwd, source: '--plugin', cwd: ctx.cwd })),
    ...runCfg.plugins.map((r) => ({ ...r, cwd: ctx.cwd })),
    ...tasks.flatMap((t) => t.pluginRefs),
  ];
  const plugins = await loadRunPlugins(agent, refs);

  const mode = chooseMode(ctx.stderr, ctx.env, Boolean(options.json));
  // CI logs get plain lines with no control codes at all (not even colour)
  const color = ctx.color && (mode !== 'plain' || !isCI(ctx.env));
  const display = await createDisplay(mode, { stream: ctx.stderr, color, redactor: ctx.redactor, verbose: ctx.verbose });
  if (runCfg.configFile) display.notice(`config file: ${displayPath(runCfg.configFile, ctx.cwd)}`, 'info');
  for (const w of runCfg.warnings) display.notice(w.message, 'warn');
  for (const w of warnings) display.notice(w, 'warn');
  if (ctx.verbose && injected.length) display.notice(`loaded from env files: ${injected.join(', ')}`);

  const run = await createRunEngine({ entries: plugins.entries, runCfg, tasks, runsDir, secretsFor, display, ctx });
  try {
    if (options.dryRun) return await dryRun(tasks, run.engine, ctx, options, runCfg);
    for (const t of tasks) {
      display.addTask({ taskId: t.runId, label: t.label, runId: t.runId, maxAttempts: (t.retries ?? t.template.metadata?.retries?.retries ?? 0) + 1 });
      if (t.resume) t.runDir.resumed();
      else {
        t.runDir.begin(
          {
            label: t.label,
            cwd: ctx.cwd,
            pluginModules: plugins.modules,
            secretsDir: t.secrets.secretsDir,
            ...(t.taskFile && { taskFile: t.taskFile }),
            ...(agent && { agent }),
            ...(cfgFlags.configPath && { configPath: resolve(ctx.cwd, cfgFlags.configPath) }),
            ...(runCfg.configFile && { configFile: runCfg.configFile }),
            ...(sets.config.length && { configSets: sets.config }),
            ...(options.envFile?.length && { envFiles: options.envFile.map((f) => resolve(ctx.cwd, f)) }),
            ...(t.timeoutMs !== undefined && { timeoutMs: t.timeoutMs }),
            ...(t.retries !== undefined && { retries: t.retries }),
            ...(t.maxDatasetSizeBytes !== undefined && { maxDatasetSizeBytes: t.maxDatasetSizeBytes }),
          },
          { template: t.template, execution: t.execution },
          t.inputs,
        );
      }
      run.record(t.runId);
    }
    const outcomes = await runTasks(run, tasks, display, ctx, options, runsDir);
    return report(outcomes, tasks, ctx, options, runsDir, color);
  } finally {
    display.close();
    await run.close();
  }
}


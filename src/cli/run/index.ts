/**
 * `webapi-plugin run task.yaml [more.yaml ...]`: load task files and plugins, run the tasks through one
 * in-process engine, show progress on stderr, print the result on stdout, keep a run record on disk.
 *
 *   options (./options.ts) → environment and config → tasks (./prepare.ts) → plugins (./plugins.ts)
 *   → engine, signals and the wait (./engine.ts) → the result (./report.ts)
 *
 * The whole command runs inside ./guard.ts (plugin console output to stderr, redacted; process.exit from
 * plugin code refused) and ../stall.ts (a promise that never settles is an error, not an exit 0); each
 * run directory is locked by the process that runs it (src/task/lock.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { readPluginConfigFlags } from '../../config/options.js';
import { SilentExit, SystemError, UsageError } from '../../errors.js';
import type { PluginModuleRef } from '../../loader/plugin-modules.js';
import { displayPath } from '../../source/read.js';
import { loadRunConfig, type RunConfigRequest } from '../../task/config.js';
import { splitSetArgs } from '../../task/inputs.js';
import { loadEnvFiles, registerEnvSecrets } from '../../task/secrets.js';
import { lockRunDir } from '../../task/lock.js';
import { ProblemError } from '../../source/problem.js';
import { DEFAULT_RUNS_DIR, runsDirProblem, type RunStart } from '../../task/store.js';
import { MIN_SECRET_LENGTH, type SkippedSecret } from '../../util/redact.js';
import { errorDocument, exitCodeOf, reportError } from '../boundary.js';
import type { CommandAction } from '../commands/lazy.js';
import type { CliContext } from '../context.js';
import { guardStall, waitingFor } from '../stall.js';
import { chooseMode, createDisplay, isCI, type Display } from '../ui/display.js';
import { jsonText } from '../ui/render.js';
import { createRunEngine, runTasks } from './engine.js';
import { guardProcess, type ProcessGuard } from './guard.js';
import { checkTaskArgs, parseLimits, type RunOptions } from './options.js';
import { loadRunPlugins } from './plugins.js';
import { prepareResume, prepareTasks, secretManagers, type PreparedTask } from './prepare.js';
import { dryRun, report } from './report.js';

export type { RunOptions } from './options.js';

const action: CommandAction<RunOptions> = async ({ args, options, command, ctx: outer }) => {
  const guard = guardProcess(outer, { json: Boolean(options.json) });
  const ctx = guard.ctx;
  try {
    return await guardStall(() => runCommand(args, options, command, ctx, guard));
  } catch (err) {
    if (!options.json || err instanceof SilentExit) throw err;
    // --json: stdout still gets exactly one document, with the error
    const code = reportError(err, ctx);
    ctx.stdout.write(jsonText(ctx.redactor.redactValue({ error: errorDocument(err), exitCode: code })));
    throw new SilentExit(exitCodeOf(err));
  } finally {
    guard.finish();
    guard.restore();
  }
};
export default action;

const shortSecret = (s: SkippedSecret) =>
  `${s.source} is shorter than ${MIN_SECRET_LENGTH} characters: it is not masked in what run shows (masking so short a value would garble the output)`;

/** Where the runs directory was chosen, for messages. */
function runsDirOrigin(options: RunOptions, configFile: string | undefined, cwd: string): string {
  if (options.outDir !== undefined) return '--out-dir';
  return configFile ? `outDir in ${displayPath(configFile, cwd)}` : 'the default runs directory';
}

async function runCommand(args: string[], options: RunOptions, command: Command, ctx: CliContext, guard: ProcessGuard): Promise<number> {
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
    onLoadModule: (path) => waitingFor(`the config module ${displayPath(path, ctx.cwd)}`),
  };
  waitingFor('the config file');
  let runCfg = await loadRunConfig(request);
  const runsDir = resolve(ctx.cwd, options.outDir ?? runCfg.outDir ?? DEFAULT_RUNS_DIR);
  const badRunsDir = runsDirProblem(runsDir, !options.dryRun);
  if (badRunsDir) {
    throw new UsageError(`run records cannot be kept there: ${badRunsDir}`, { location: runsDirOrigin(options, runCfg.configFile, ctx.cwd), hint: 'give a directory with --out-dir (it is created if missing)' });
  }

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
  try {
    return await runLoaded(tasks, { agent, refs, runCfg, runsDir, secretsFor, warnings, injected, setsConfig: sets.config, configPath: cfgFlags.configPath }, options, ctx, guard);
  } finally {
    for (const t of tasks) t.lock?.release();
  }
}

interface Loaded {
  agent: string | undefined;
  refs: PluginModuleRef[];
  runCfg: Awaited<ReturnType<typeof loadRunConfig>>;
  runsDir: string;
  secretsFor: ReturnType<typeof secretManagers>;
  warnings: string[];
  injected: string[];
  setsConfig: string[];
  configPath: string | undefined;
}

/** From loaded tasks to the report: plugins, display, engine, the records and the wait. */
async function runLoaded(tasks: PreparedTask[], l: Loaded, options: RunOptions, ctx: CliContext, guard: ProcessGuard): Promise<number> {
  const { agent, runCfg, runsDir, secretsFor, warnings, injected } = l;
  // a task whose process ends before it finished is not left "running" in its record
  guard.onUnfinishedExit((code) => {
    for (const t of tasks) if (t.lock) t.runDir.failIfRunning({ code: 'ProcessEnded', message: `the process ended (exit ${code}) before the task finished` }, code);
  });
  const plugins = await loadRunPlugins(agent, l.refs, options.agentProtocol, (path) => waitingFor(`the plugin module ${displayPath(path, ctx.cwd)} (its top-level await)`));
  waitingFor(undefined);

  const mode = chooseMode(ctx.stderr, ctx.env, Boolean(options.json));
  // CI logs get plain lines with no control codes at all (not even colour)
  const color = ctx.color && (mode !== 'plain' || !isCI(ctx.env));
  const display = await createDisplay(mode, { stream: ctx.stderr, color, redactor: ctx.redactor, verbose: ctx.verbose });
  if (runCfg.configFile) display.notice(`config file: ${displayPath(runCfg.configFile, ctx.cwd)}`, 'info');
  for (const w of runCfg.warnings) display.notice(w.message, 'warn');
  for (const w of warnings) display.notice(w, 'warn');
  if (ctx.verbose && injected.length) display.notice(`loaded from env files: ${injected.join(', ')}`);
  const offShortSecrets = showShortSecrets(ctx, display);

  const run = await createRunEngine({ entries: plugins.entries, runCfg, tasks, runsDir, secretsFor, display, ctx });
  try {
    if (options.dryRun) return await dryRun(tasks, run.engine, ctx, options, runCfg);
    for (const t of tasks) {
      display.addTask({ taskId: t.runId, label: t.label, runId: t.runId, maxAttempts: (t.retries ?? t.template.metadata?.retries?.retries ?? 0) + 1 });
      startRecord(t, () => {
        if (t.resume) return t.runDir.resumed();
        mkdirSync(t.runDir.dir, { recursive: true, mode: 0o700 });
        t.lock = lockRunDir(t.runDir.dir, ctx.cwd, t.runId);
        t.runDir.begin(runStart(t, l, plugins.modules, options, ctx.cwd), { template: t.template, execution: t.execution }, t.inputs);
      });
      run.record(t.runId);
    }
    const outcomes = await runTasks(run, tasks, display, ctx, options, runsDir, guard.exit);
    return report(outcomes, tasks, ctx, options, runsDir, color);
  } finally {
    offShortSecrets();
    display.close();
    await run.close();
  }
}


/** What run.json records of a new run (enough to resume it without the original command line). */
function runStart(t: PreparedTask, l: Loaded, pluginModules: string[], options: RunOptions, cwd: string): RunStart {
  return {
    label: t.label,
    cwd,
    pluginModules,
    secretsDir: t.secrets.secretsDir,
    ...(t.taskFile && { taskFile: t.taskFile }),
    ...(l.agent && { agent: l.agent }),
    ...(l.configPath && { configPath: resolve(cwd, l.configPath) }),
    ...(l.runCfg.configFile && { configFile: l.runCfg.configFile }),
    ...(l.setsConfig.length && { configSets: l.setsConfig }),
    ...(options.envFile?.length && { envFiles: options.envFile.map((f) => resolve(cwd, f)) }),
    ...(t.timeoutMs !== undefined && { timeoutMs: t.timeoutMs }),
    ...(t.retries !== undefined && { retries: t.retries }),
    ...(t.maxDatasetSizeBytes !== undefined && { maxDatasetSizeBytes: t.maxDatasetSizeBytes }),
  };
}

/** Start a task's record (and take its lock); a record that cannot be written is a system error saying where. */
function startRecord(t: PreparedTask, start: () => void): void {
  try {
    start();
  } catch (err) {
    if (err instanceof ProblemError) throw err;
    throw new SystemError(`cannot write the run record in ${t.runDir.dir}: ${err instanceof Error ? err.message : String(err)}`, {
      hint: 'free some space, or keep run records elsewhere with --out-dir',
      cause: err,
    });
  }
}

/** Secret values too short to mask: one warning each (those found before the display existed too). */
function showShortSecrets(ctx: CliContext, display: Display): () => void {
  for (const s of ctx.redactor.skipped) display.notice(shortSecret(s), 'warn');
  return ctx.redactor.onSkipped((s) => display.notice(shortSecret(s), 'warn'));
}

/**
 * What `run` prints when the tasks are done: the outputs (YAML) or one JSON document on stdout, the
 * summary table and resume hints on stderr; and the plan of --dry-run. The exit code is the worst of
 * the tasks'.
 */
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { stringify as toYaml } from 'yaml';
import type { Engine } from '../../engine/types.js';
import { ExitCode } from '../../errors.js';
import { displayPath } from '../../source/read.js';
import type { RunConfig } from '../../task/config.js';
import { declaredSecretKeys } from '../../task/secrets.js';
import { DEFAULT_RUNS_DIR } from '../../task/store.js';
import type { CliContext } from '../context.js';
import { runDocument, summaryTable, type RunOutcome } from '../ui/summary.js';
import type { RunOptions } from './options.js';
import type { PreparedTask } from './prepare.js';

export function resumeCommand(t: PreparedTask, runsDir: string, ctx: CliContext): string {
  const defaultRuns = resolve(ctx.cwd, DEFAULT_RUNS_DIR);
  if (runsDir === defaultRuns) return `webapi-plugin run --resume ${t.runId}`;
  return `webapi-plugin run --resume ${displayPath(t.runDir.dir, ctx.cwd)}`;
}

export function report(outcomes: RunOutcome[], tasks: PreparedTask[], ctx: CliContext, options: RunOptions, runsDir: string, color: boolean): number {
  const worst = outcomes.reduce((m, x) => Math.max(m, x.exitCode), 0);
  const red = (s: string) => ctx.redactor.redact(s);
  const c = new Chalk({ level: color ? 1 : 0 });
  if (options.json) {
    const docs = outcomes.map(runDocument);
    const doc = docs.length === 1 ? docs[0] : { tasks: docs, exitCode: worst };
    ctx.stdout.write(JSON.stringify(ctx.redactor.redactValue(doc), null, 2) + '\n');
  } else {
    const ok = outcomes.filter((x) => x.result?.outcome === 'succeeded');
    if (outcomes.length === 1 && ok.length === 1) ctx.stdout.write(red(toYaml(ok[0]!.result!.outputs ?? {})));
    else if (ok.length > 0) ctx.stdout.write(red(toYaml(Object.fromEntries(ok.map((x) => [x.label, x.result!.outputs ?? {}])))));
    if (outcomes.length > 1) ctx.stderr.write('\n' + red(summaryTable(outcomes, c)));
  }
  tasks.forEach((t, i) => {
    const out = outcomes[i]!;
    if (out.result?.outcome === 'detached') {
      const line = `detached ${t.label}: the remote job keeps running. Resume with: ${resumeCommand(t, runsDir, ctx)}`;
      ctx.stderr.write(options.json ? JSON.stringify({ type: 'notice', level: 'info', message: red(line), taskId: t.runId }) + '\n' : red(line) + '\n');
    }
  });
  if (!options.json) {
    const where = tasks.length === 1 ? displayPath(tasks[0]!.runDir.dir, ctx.cwd) : `${displayPath(runsDir, ctx.cwd)}/<run id>`;
    ctx.stderr.write(c.dim(`run record${tasks.length === 1 ? '' : 's'}: ${where}`) + '\n');
  }
  return worst;
}

/** --dry-run: validate routing, config and secrets; print the plan; call nothing remote, write nothing. */
export async function dryRun(tasks: PreparedTask[], engine: Engine, ctx: CliContext, options: RunOptions, runCfg: RunConfig): Promise<number> {
  const plans = [];
  for (const t of tasks) {
    const resolved = await engine.resolve(t.template.type);
    const secrets = [];
    for (const key of declaredSecretKeys(t.template.securityContext?.secrets)) {
      const p = await t.secrets.probe(key);
      secrets.push({ key, found: p.found === 'env' ? `env ${p.tried.env}` : p.found === 'file' ? `file ${displayPath(p.tried.file, ctx.cwd)}` : false, ...(p.found === false && { tried: [`env ${p.tried.env}`, `file ${p.tried.file}`] }) });
    }
    plans.push({
      task: t.label,
      ...(t.taskFile && { taskFile: displayPath(t.taskFile, ctx.cwd) }),
      ...(t.template.id && { id: t.template.id }),
      taskType: t.template.type,
      plugin: resolved.entry.id,
      ...(runCfg.configFile && { configFile: displayPath(runCfg.configFile, ctx.cwd) }),
      config: resolved.config,
      execution: t.execution,
      timeout: t.timeoutMs !== undefined ? `${t.timeoutMs}ms` : (t.template.metadata?.timeout ?? 'none'),
      retries: t.retries ?? t.template.metadata?.retries?.retries ?? 0,
      ...(t.template.interface && { interface: t.template.interface }),
      inputs: t.inputs,
      ...(secrets.length && { secrets }),
    });
  }
  const doc = plans.length === 1 ? plans[0] : { tasks: plans };
  // typed inputs may hold BigInts (int64 beyond 2^53) and bytes: shown as decimal and base64
  const plain = (_k: string, v: unknown) => (typeof v === 'bigint' ? v.toString() : v);
  const text = options.json ? JSON.stringify(doc, plain, 2) + '\n' : toYaml(doc);
  ctx.stdout.write(ctx.redactor.redact(text));
  if (!options.json) ctx.stderr.write('dry run: nothing was sent to a remote service and no run record was written\n');
  return ExitCode.Success;
}

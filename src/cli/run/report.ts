/**
 * What `run` prints when the tasks are done: the outputs (YAML) or one JSON document on stdout, the
 * summary table and resume hints on stderr; and the plan of --dry-run. The exit code is the worst of
 * the tasks'.
 */
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import type { Engine } from '../../engine/types.js';
import { ExitCode } from '../../errors.js';
import { displayPath } from '../../source/read.js';
import type { RunConfig } from '../../task/config.js';
import { declaredSecretKeys } from '../../task/secrets.js';
import { DEFAULT_RUNS_DIR } from '../../task/store.js';
import type { CliContext } from '../context.js';
import { jsonLine, jsonText, yamlText } from '../ui/render.js';
import { runDocument, summaryTable, type RunOutcome } from '../ui/summary.js';
import { escapeControl } from '../../util/terminal.js';
import type { RunOptions } from './options.js';
import type { PreparedTask } from './prepare.js';

export function resumeCommand(t: PreparedTask, runsDir: string, ctx: CliContext): string {
  const defaultRuns = resolve(ctx.cwd, DEFAULT_RUNS_DIR);
  if (runsDir === defaultRuns) return `webapi-plugin run --resume ${t.runId}`;
  return `webapi-plugin run --resume ${displayPath(t.runDir.dir, ctx.cwd)}`;
}

export function report(outcomes: RunOutcome[], tasks: PreparedTask[], ctx: CliContext, options: RunOptions, runsDir: string, color: boolean): number {
  const worst = outcomes.reduce((m, x) => Math.max(m, x.exitCode), 0);
  const red = (s: string) => escapeControl(ctx.redactor.redact(s));
  const c = new Chalk({ level: color ? 1 : 0 });
  if (options.json) {
    const docs = outcomes.map(runDocument);
    const doc = docs.length === 1 ? docs[0] : { tasks: docs, exitCode: worst };
    ctx.stdout.write(jsonText(ctx.redactor.redactValue(doc)));
  } else {
    const ok = outcomes.filter((x) => x.result?.outcome === 'succeeded');
    // redacted value by value (keys too) before YAML quotes or escapes anything
    if (outcomes.length === 1 && ok.length === 1) ctx.stdout.write(yamlText(ctx.redactor.redactValue(ok[0]!.result!.outputs ?? {})));
    else if (ok.length > 0) ctx.stdout.write(yamlText(ctx.redactor.redactValue(Object.fromEntries(ok.map((x) => [x.label, x.result!.outputs ?? {}])))));
    if (outcomes.length > 1) ctx.stderr.write('\n' + ctx.redactor.redact(summaryTable(outcomes, c)));
  }
  tasks.forEach((t, i) => {
    const out = outcomes[i]!;
    if (out.result?.outcome === 'detached') {
      const line = `detached ${t.label}: the remote job keeps running. Resume with: ${resumeCommand(t, runsDir, ctx)}`;
      ctx.stderr.write(options.json ? jsonLine({ type: 'notice', level: 'info', message: ctx.redactor.redact(line), taskId: t.runId }) : red(line) + '\n');
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
    const resolved = await engine.resolve(t.template.type, t.template.taskTypeVersion ?? 0);
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
  const doc = ctx.redactor.redactValue(plans.length === 1 ? plans[0] : { tasks: plans });
  ctx.stdout.write(options.json ? jsonText(doc) : yamlText(doc));
  if (!options.json) ctx.stderr.write('dry run: nothing was sent to a remote service and no run record was written\n');
  return ExitCode.Success;
}

/**
 * `webapi-plugin init` from start to end, as a pipeline of named steps over one narrow context (the
 * shape of create-astro's `steps`): each step reads what the ones before it decided and adds its own.
 * This module is the runner: it builds the context, runs the steps in order, prints the next steps and
 * returns what happened. The context and its types are in init-context.ts, the steps in steps.ts.
 * Nothing is written before the "write" step, so every refusal (a bad answer, a package manager that is
 * not installed, an unresolvable webapi-plugin, a directory holding other files) leaves no trace.
 * Knows nothing about commander; the CLI action (src/cli/init.ts) hands it the parsed options. The
 * words shown are in messages.ts.
 */
import type { InitContext, ScaffoldOptions, ScaffoldResult } from './init-context.js';
import { nextSteps, paint } from './messages.js';
import { installCommand } from './package-manager.js';
import { STEPS } from './steps.js';

export type { ScaffoldOptions, ScaffoldResult } from './init-context.js';

/** Runs `STEPS` in order over a fresh context (stopping early after a dry run) and reports the outcome. */
export async function scaffold(o: ScaffoldOptions): Promise<ScaffoldResult> {
  let pending = '';
  const p = paint(o.color);
  const c = {
    o,
    p,
    say: (s = '') => {
      if (!o.json) pending += s + '\n';
    },
    flush: () => {
      if (pending) o.out.write(pending);
      pending = '';
    },
    warnings: [] as string[],
    warn(message: string, hint?: string) {
      c.warnings.push(message);
      o.err.write(`${p.yellow('warning:')} ${message}\n${hint ? `  ${hint}\n` : ''}`);
    },
    git: { status: 'not-requested' },
  } as InitContext;
  try {
    for (const step of STEPS) {
      await step.run(c);
      if (c.stop) break;
    }
    const a = c.resolved.answers;
    c.install ??= { ran: false, command: installCommand(a.packageManager).flat().join(' ') };
    const installed = c.install.ran && c.install.ok;
    const steps = nextSteps(a.packageManager, c.target, o.cwd, installed, c.templateSteps);
    if (!c.stop) {
      c.say();
      if (c.install.ran && !c.install.ok) c.say(`${p.yellow('!')} The project was written, but its dependencies are not installed. Next steps:`);
      else c.say(`${p.green('✔')} Done. Next steps:`);
      for (const s of steps) c.say(`  ${s}`);
    }
    return {
      directory: c.target,
      dryRun: o.dryRun,
      choices: a,
      webapiPluginDependency: c.dependency.spec,
      ...(c.dependency.note !== undefined && { dependencyNote: c.dependency.note }),
      sources: c.resolved.sources,
      files: c.plan,
      install: c.install,
      git: c.git,
      nextSteps: steps,
      warnings: c.warnings,
    };
  } finally {
    c.flush();
  }
}

/** Interactivity: TTYs on both ends and no CI, unless --interactive / --no-interactive says otherwise. */
export function decideInteractive(flag: boolean | undefined, stdinTTY: boolean, stdoutTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return stdinTTY && stdoutTTY && !ci;
}

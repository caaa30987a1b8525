/**
 * Every text `init` shows a person, in one place: the answers summary, the file plan, the refusal of a
 * directory that holds other files, and the next steps. The pipeline (steps.ts, scaffold.ts) decides;
 * this words it.
 */
import { relative } from 'node:path';
import { UsageError } from '../errors.js';
import { type PackageManager, execCommand, installCommandLine, scriptCommand } from './package-manager.js';
import type { InitAnswers } from './question-types.js';
import { QUESTIONS, formatAnswer } from './questions.js';
import type { PlannedFile, TargetInspection } from './write.js';

export function paint(color: boolean) {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), red: wrap(31, 39) };
}
export type Paint = ReturnType<typeof paint>;

export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** One line per answer, then the dependency on webapi-plugin. */
export function summaryLines(a: InitAnswers, dependency: string, p: Paint): string[] {
  const row = (label: string, value: string) => `  ${p.dim(label.padEnd(28))} ${value}`;
  return [...QUESTIONS.map((q) => row(q.message.replace(/ \(.*\)$|\?$/, ''), formatAnswer(q, a[q.key] as never))), row('webapi-plugin', dependency)];
}

export function planLines(plan: readonly PlannedFile[], p: Paint): string[] {
  return plan.map((f) => `  ${(f.action === 'create' ? p.green : p.yellow)(f.action.padEnd(10))} ${f.path}`);
}

/** At most this many paths are listed; the count is always the true one. */
const SHOWN = 30;

function listed(paths: readonly string[]): string[] {
  const lines = paths.slice(0, SHOWN).map((e) => `  ${e}`);
  if (paths.length > SHOWN) lines.push(`  … and ${paths.length - SHOWN} more`);
  return lines;
}

/** A directory holding the user's work: the colliding paths exactly (or the entries, when none collide). */
export function conflictError(target: string, insp: TargetInspection): UsageError {
  const n = insp.collisions.length;
  if (n === 0) {
    const m = insp.userEntries.length;
    return new UsageError(`${target} is not empty (${m} ${m === 1 ? 'entry' : 'entries'}, none of them a file this template writes):\n${listed(insp.userEntries).join('\n')}`, {
      location: target,
      hint: 'use --force to write into it anyway (it keeps every existing file and never touches .git), or choose another directory',
    });
  }
  const others = insp.userEntries.filter((e) => !insp.collisions.some((c) => c === e || c.startsWith(e + '/'))).length;
  const lines = listed([...insp.collisions].sort());
  if (others > 0) lines.push(`  (and ${others} other ${others === 1 ? 'entry' : 'entries'} that --force keeps as they are)`);
  return new UsageError(`${target} already holds ${n} ${n === 1 ? 'file' : 'files'} this template writes:\n${lines.join('\n')}`, {
    location: target,
    hint: `use --force to overwrite ${n === 1 ? 'it' : `these ${n}`} (everything else is kept and .git is never touched), or choose another directory`,
  });
}

/** cd, install (unless done), test, the template's own steps, run. */
export function nextSteps(pm: PackageManager, target: string, cwd: string, installed: boolean, templateSteps: readonly string[]): string[] {
  const rel = relative(cwd, target);
  const steps: string[] = [];
  if (rel !== '') steps.push(`cd ${shellQuote(rel.startsWith('..') ? target : rel)}`);
  if (!installed) steps.push(installCommandLine(pm));
  steps.push(scriptCommand(pm, 'test'));
  steps.push(...templateSteps);
  steps.push(`${execCommand(pm, 'webapi-plugin')} run task.yaml`);
  return steps;
}

export function interruptedHint(target: string, install: string): string {
  return `to install later: cd ${shellQuote(target)} && ${install}`;
}

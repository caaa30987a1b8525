/** The result of a run: the document `--json` prints, and the summary table after several tasks. */
import type { ChalkInstance } from 'chalk';
import type { TaskResult } from '../../engine/types.js';
import type { ExecutionError, Phase, TaskLog } from '../../plugin/phase.js';
import { escapeControl } from '../../util/terminal.js';
import { colorPhase, formatElapsed, padEndVisible } from './format.js';

export interface RunOutcome {
  runId: string;
  label: string;
  taskFile?: string;
  runDir: string;
  exitCode: number;
  result?: TaskResult;
  /** A setup error (no plugin for the type, bad config, ...) instead of a result. */
  setupError?: { code: string; message: string };
}

export interface RunDocument {
  runId: string;
  task: string;
  taskFile?: string;
  runDir: string;
  outcome: TaskResult['outcome'] | 'error';
  phase?: Phase;
  outputs?: Record<string, unknown>;
  error?: ExecutionError | { code: string; message: string; kind: 'SYSTEM' };
  attempts: { attempt: number; generatedName: string; phase?: Phase; startedAt: string; finishedAt?: string; error?: ExecutionError }[];
  timings: { startedAt?: string; finishedAt?: string; elapsedMs?: number };
  logs: TaskLog[];
  exitCode: number;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export function runDocument(o: RunOutcome): RunDocument {
  const r = o.result;
  const doc: RunDocument = {
    runId: o.runId,
    task: o.label,
    ...(o.taskFile !== undefined && { taskFile: o.taskFile }),
    runDir: o.runDir,
    outcome: r ? r.outcome : 'error',
    ...(r && { phase: r.phase }),
    ...(r?.outputs !== undefined && { outputs: r.outputs }),
    attempts: (r?.attempts ?? []).map((a) => ({
      attempt: a.attempt,
      generatedName: a.generatedName,
      ...(a.phase !== undefined && { phase: a.phase }),
      startedAt: iso(a.startedAt)!,
      ...(a.finishedAt !== undefined && { finishedAt: iso(a.finishedAt) }),
      ...(a.error !== undefined && { error: a.error }),
    })),
    timings: r ? { startedAt: iso(r.startedAt), finishedAt: iso(r.finishedAt), elapsedMs: r.finishedAt - r.startedAt } : {},
    logs: r?.logs ?? [],
    exitCode: o.exitCode,
  };
  if (r?.error) doc.error = r.error;
  if (o.setupError) doc.error = { ...o.setupError, kind: 'SYSTEM' };
  return doc;
}

/** A table for stderr after a multi-task run (names from task files and plugins shown with control characters escaped). */
export function summaryTable(outcomes: readonly RunOutcome[], c: ChalkInstance): string {
  const rows = outcomes.map((o) => {
    const r = o.result;
    const result = r ? (r.outcome === 'succeeded' ? colorPhase(c, 'Success') : r.outcome === 'failed' ? colorPhase(c, r.phase) : c.yellow(r.outcome)) : c.red('error');
    const detail = escapeControl(r?.error ? `[${r.error.code}]` : o.setupError ? `[${o.setupError.code}]` : '');
    return [escapeControl(o.label), o.runId, `${result}${detail ? ' ' + c.dim(detail) : ''}`, String(r?.attempts.length ?? 0), r ? formatElapsed(r.finishedAt - r.startedAt) : '-', String(o.exitCode)];
  });
  const head = ['TASK', 'RUN ID', 'RESULT', 'ATTEMPTS', 'ELAPSED', 'EXIT'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.replace(/\u001b\[[0-9;]*m/g, '').length)));
  const fmt = (cells: string[]) => cells.map((cell, i) => padEndVisible(cell, widths[i]!)).join('  ').trimEnd();
  return [c.bold(fmt(head)), ...rows.map(fmt)].join('\n') + '\n';
}

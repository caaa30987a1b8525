/**
 * Phase reporting: record a phase the attempt reached, once per (phase, version) — the attempt summary,
 * the task's log links, the state's phase and a phaseChanged event. Mirrors propeller's event
 * deduplication (an event only when the (phase, version) pair changes). Saving is the caller's.
 */
import type { PhaseInfo } from '../plugin/phase.js';
import type { TaskRun } from './task-run.js';
import type { EngineEvent } from './types.js';

/** Record a phase (once per phase and version). Returns true when it was new. */
export function reportPhase(run: TaskRun, pi: PhaseInfo): boolean {
  const v = pi.version ?? 0;
  const cur = run.attemptPhase;
  if (cur && cur.phase === pi.phase && (cur.version ?? 0) === v) return false;
  const previous = run.lastPhase;
  run.attemptPhase = pi;
  run.lastPhase = pi.phase;
  run.st.phase = pi.phase;
  run.st.phaseVersion = v;
  const logs = pi.info?.logs;
  if (logs && logs.length > 0) {
    for (const l of logs) {
      if (!run.logs.some((x) => x.uri === l.uri && x.name === l.name)) run.logs.push(l);
    }
  }
  const s = run.st.attempts[run.st.attempts.length - 1];
  if (s && s.finishedAt === undefined) s.phase = pi.phase;
  if (run.host.hasListeners) {
    const ev: EngineEvent = { type: 'phaseChanged', at: run.clock.now(), taskId: run.taskId, attempt: run.st.attempt, phaseInfo: pi };
    if (previous !== undefined) ev.previous = previous;
    run.host.emit(ev);
  }
  return true;
}

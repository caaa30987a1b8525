/**
 * How an attempt and its monitoring end: the small values the lower modules return to core.ts, which
 * alone decides what follows. Mirrors the phase transitions of Flyte's webapi core.go
 * (PhaseResourcesCreated → PhaseSucceeded/PhaseUserFailure/PhaseSystemFailure, Abort), made explicit.
 */
import type { PhaseInfo } from '../plugin/phase.js';
import type { EngineError } from './types.js';

/** A wait (or a plugin call) ended because the task was interrupted (abort, detach, timeout, stray error). */
export const INTERRUPTED: unique symbol = Symbol('interrupted');
export type Interrupted = typeof INTERRUPTED;

/**
 * What a suspended step returns when it resumes after an interrupt took the task over (core continued
 * the task without it): it must stop at once and touch nothing.
 */
export const STALE: unique symbol = Symbol('stale');
export type Stale = typeof STALE;

/** How an attempt ended: a phase (terminal, or the engine's own failure), or an interrupt. */
export type AttemptEnd = { type: 'phase'; pi: PhaseInfo } | { type: 'interrupted' };
export const ATTEMPT_INTERRUPTED: AttemptEnd = Object.freeze({ type: 'interrupted' });

/** How monitoring of a parked task ended (the monitor hands this to the callback core gave it). */
export type MonitorEnd =
  | { kind: 'terminal'; pi: PhaseInfo }
  | { kind: 'gaveUp' }
  | { kind: 'invalid'; error: EngineError }
  | { kind: 'store'; error: unknown }
  /** Another live task tracks the same generated name: end without deleting (the job is the other task's). */
  | { kind: 'refused'; error: EngineError }
  | { kind: 'interrupted' };
export const MONITOR_INTERRUPTED: MonitorEnd = Object.freeze({ kind: 'interrupted' });
export const GAVE_UP: MonitorEnd = Object.freeze({ kind: 'gaveUp' });

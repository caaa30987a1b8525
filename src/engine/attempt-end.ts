/**
 * How an attempt and its monitoring end: the small values the attempt loop (core.ts), the launcher, the
 * monitor and abort handling pass between them. Mirrors the phase transitions of Flyte's webapi core.go
 * (PhaseResourcesCreated → PhaseSucceeded/PhaseUserFailure/PhaseSystemFailure, Abort), made explicit.
 */
import type { PhaseInfo } from '../plugin/phase.js';
import type { EngineError } from './types.js';

/** Thrown inside an attempt to end it with a phase. */
export class EndAttempt {
  constructor(readonly pi: PhaseInfo) {}
}

/** Thrown inside an attempt when an abort, detach or timeout interrupts it (see abort.ts). */
export const INTERRUPT: unique symbol = Symbol('interrupt');

export type AttemptEnd = { type: 'phase'; pi: PhaseInfo } | { type: 'abort' } | { type: 'detach' };

export type MonitorEnd =
  | { kind: 'terminal'; pi: PhaseInfo }
  | { kind: 'gaveUp' }
  | { kind: 'invalid'; error: EngineError }
  | { kind: 'store'; error: unknown }
  | { kind: 'interrupted' };
export const INTERRUPTED: MonitorEnd = Object.freeze({ kind: 'interrupted' });
export const GAVE_UP: MonitorEnd = Object.freeze({ kind: 'gaveUp' });

/** The launcher's answer when the attempt is parked in the auto-refresh cache. */
export const PARKED: unique symbol = Symbol('parked');

/**
 * Everything a command needs from the outside world, passed in so that commands never reach for
 * process.* themselves and tests can drive them directly.
 */
import { Redactor } from '../util/redact.js';

export interface CliContext {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** --verbose: stack traces and debug detail. */
  verbose: boolean;
  /** Colour allowed on stderr/stdout (after NO_COLOR, FORCE_COLOR, --no-color, TTY). */
  color: boolean;
  /** Every secret value handed to a plugin is registered here; all output goes through it. */
  redactor: Redactor;
  /** Process signals, injectable for tests. */
  onSignal(signal: 'SIGINT' | 'SIGTERM', handler: () => void): () => void;
}

export function processContext(argv: string[]): CliContext {
  return {
    argv,
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    verbose: false,
    color: false,
    redactor: new Redactor(),
    onSignal(signal, handler) {
      process.on(signal, handler);
      return () => process.off(signal, handler);
    },
  };
}

/**
 * Colour policy. chalk ignores NO_COLOR by itself, so decide here and tell chalk/ora through
 * FORCE_COLOR before they are imported (they read it at import time).
 */
export function decideColor(env: NodeJS.ProcessEnv, isTTY: boolean, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

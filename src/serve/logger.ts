/**
 * Server logs: one line per event on the given stream, as text (`2024-05-01T12:00:00.000Z INFO msg k=v`)
 * or as JSON lines (`--log-format json`: {"time","level","msg",...fields}). Everything is redacted.
 */
import type { Redactor } from '../util/redact.js';

export type LogFormat = 'text' | 'json';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  /** False when debug lines are dropped (callers skip building them on hot paths). */
  readonly debugEnabled?: boolean;
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  format: LogFormat;
  stream: { write(s: string): unknown };
  redactor?: Redactor;
  debug?: boolean;
  now?: () => Date;
}

export function createLogger(opts: LoggerOptions): Logger {
  const now = opts.now ?? (() => new Date());
  const red = (s: string) => (opts.redactor ? opts.redactor.redact(s) : s);
  const write = (level: LogLevel, msg: string, fields: Record<string, unknown> = {}) => {
    if (level === 'debug' && !opts.debug) return;
    const time = now().toISOString();
    if (opts.format === 'json') {
      const payload = opts.redactor ? opts.redactor.redactValue({ ...fields }) : fields;
      opts.stream.write(red(JSON.stringify({ time, level, msg, ...payload }, jsonSafe)) + '\n');
      return;
    }
    const kv = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${formatValue(v)}`)
      .join(' ');
    opts.stream.write(red(`${time} ${level.toUpperCase().padEnd(5)} ${msg}${kv ? ' ' + kv : ''}`) + '\n');
  };
  return {
    debugEnabled: Boolean(opts.debug),
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

function jsonSafe(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v;
}

function formatValue(v: unknown): string {
  if (typeof v === 'string') return /[\s"=]/.test(v) || v === '' ? JSON.stringify(v) : v;
  return JSON.stringify(v, jsonSafe) ?? String(v);
}

/** A logger that drops everything (tests, embedding). */
export const silentLogger: Logger = { debugEnabled: false, debug() {}, info() {}, warn() {}, error() {} };

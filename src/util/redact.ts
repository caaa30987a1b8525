/**
 * Secret redaction: every value a secret manager hands out is registered here, and every piece of
 * text or data the CLI prints or writes goes through `redact` first.
 */

export const REDACTED = '[REDACTED]';

export class Redactor {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | undefined;

  /** Remember a secret value (values shorter than 4 characters are too ambiguous to redact safely... but still are). */
  add(value: string | undefined | null): void {
    if (!value) return;
    const v = String(value);
    if (this.secrets.has(v)) return;
    this.secrets.add(v);
    // also catch the trimmed form (files often end with a newline)
    const t = v.trim();
    if (t && t !== v) this.secrets.add(t);
    this.pattern = undefined;
  }

  get size(): number {
    return this.secrets.size;
  }

  redact(text: string): string {
    if (this.secrets.size === 0 || !text) return text;
    this.pattern ??= new RegExp(
      [...this.secrets]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'g',
    );
    return text.replace(this.pattern, REDACTED);
  }

  /** Deep-redact strings inside JSON-like data (returns a copy). */
  redactValue<T>(value: T): T {
    if (this.secrets.size === 0) return value;
    return walk(value, (s) => this.redact(s)) as T;
  }
}

function walk(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, fn));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, fn)]));
  }
  if (value instanceof Error) {
    const e = new Error(fn(value.message));
    e.name = value.name;
    if (value.stack) e.stack = fn(value.stack);
    return e;
  }
  return value;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

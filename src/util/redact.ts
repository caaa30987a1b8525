/**
 * Secret redaction for what is *shown* (the terminal, `--json`, events.jsonl, logs, errors, gRPC
 * responses). Every value a secret manager hands out is registered here (`add`); text is redacted with
 * `redact`, data with `redactValue`, which walks the data itself (keys too) before anything serializes
 * it, so a secret holding `"` or `\` is caught whatever escaping the output format applies later.
 * Stored data (the run record's inputs, state, outputs, datastore files) is never passed through here.
 *
 * Values shorter than MIN_SECRET_LENGTH are not masked: masking "1" would garble every number shown
 * (CI systems draw the same line: GitLab refuses to mask variables under 8 characters, Azure Pipelines
 * can skip secrets under 5, google-github-actions/get-secretmanager-secrets and Ansible skip those under
 * 4). Each such value is reported once through `onSkipped`, by where it came from, never by its value.
 */
import { mapStrings } from './walk.js';

export const REDACTED = '[REDACTED]';

/** Secret values shorter than this (after trimming) are not masked; a warning names where they came from. */
export const MIN_SECRET_LENGTH = 4;

export interface SkippedSecret {
  /** Where the value came from, e.g. "environment variable FLYTE_SECRET_DEBUG" (never the value). */
  source: string;
  length: number;
}

export class Redactor {
  /** Every form to mask: the value, its trimmed form, its lines (multi-line secrets), their JSON-escaped forms. */
  private readonly forms = new Set<string>();
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;
  private readonly listeners = new Set<(s: SkippedSecret) => void>();
  private readonly skippedSources = new Set<string>();
  /** Values that were too short to mask, in the order they were added. */
  readonly skipped: SkippedSecret[] = [];

  /**
   * Remember a secret value. Returns false when it is too short to be masked (it is then reported to the
   * `onSkipped` listeners once per source).
   */
  add(value: string | undefined | null, source = 'a secret value'): boolean {
    if (value === undefined || value === null || value === '') return true;
    const v = String(value);
    if (this.values.has(v)) return true;
    const trimmed = v.trim();
    if (trimmed.length < MIN_SECRET_LENGTH) {
      if (!this.skippedSources.has(source)) {
        this.skippedSources.add(source);
        const s = { source, length: trimmed.length };
        this.skipped.push(s);
        for (const l of this.listeners) l(s);
      }
      return false;
    }
    this.values.add(v);
    const candidates = [v, trimmed, ...v.split(/\r?\n|\r/).map((l) => l.trim())];
    for (const c of candidates) {
      if (c.length < MIN_SECRET_LENGTH) continue;
      this.forms.add(c);
      // the form a JSON (or YAML double-quoted) rendering gives it, for text rendered by someone else
      const escaped = JSON.stringify(c).slice(1, -1);
      if (escaped !== c) this.forms.add(escaped);
    }
    this.pattern = undefined;
    return true;
  }

  /** Be told of every value too short to mask (those already skipped are in `skipped`). */
  onSkipped(listener: (s: SkippedSecret) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Number of values registered for masking. */
  get size(): number {
    return this.values.size;
  }

  /** Replace every registered secret (and its escaped forms) in a text. */
  redact(text: string): string {
    if (this.forms.size === 0 || !text) return text;
    this.pattern ??= new RegExp(
      [...this.forms]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'g',
    );
    return text.replace(this.pattern, REDACTED);
  }

  /**
   * A redacted copy of data, for rendering: strings and keys redacted in arrays, plain, null-prototype
   * and class-instance objects (their own enumerable fields, as JSON shows them), Maps, Sets and Errors.
   * Other values (numbers, bigints, dates, byte arrays) are kept as they are.
   */
  redactValue<T>(value: T): T {
    if (this.forms.size === 0) return value;
    return mapStrings(value, (s) => this.redact(s)) as T;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

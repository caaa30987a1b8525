/**
 * Read and validate a task file (YAML or JSON). Positions are kept, so every problem names
 * file:line:col and the field; unknown keys get a "did you mean".
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { knownKeysAt, taskFileSchema, type TaskFile } from './schema.js';
import { closest } from '../util/suggest.js';

export interface SourcePosition {
  line: number;
  col: number;
}

/** A parsed YAML/JSON document that can say where a field is. */
export class SourceDoc {
  constructor(
    /** Absolute path. */
    readonly path: string,
    /** How the path is shown in messages (relative to cwd when inside it). */
    readonly display: string,
    readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  toJS(): unknown {
    return this.doc.toJS({ maxAliasCount: 100 });
  }

  /** The node at a path (or the nearest existing ancestor), and whether the exact path exists. */
  nodeAt(path: readonly PropertyKey[]): { node: Node | undefined; exact: boolean; keyNode?: Node } {
    let cur: unknown = this.doc.contents;
    let keyNode: Node | undefined;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      const coll = cur as { items?: unknown[] } | null;
      if (!coll || !Array.isArray(coll.items)) return { node: cur as Node, exact: false };
      let next: unknown;
      if (isMap(cur)) {
        const pair = cur.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key));
        if (!pair) return { node: cur as Node, exact: false };
        keyNode = pair.key as Node;
        next = pair.value ?? pair.key;
      } else {
        next = coll.items[Number(key)];
        keyNode = undefined;
        if (next === undefined) return { node: cur as Node, exact: false };
      }
      cur = next;
    }
    return { node: cur as Node, exact: true, ...(keyNode && { keyNode }) };
  }

  position(offset: number | undefined): SourcePosition {
    if (offset === undefined) return { line: 1, col: 1 };
    return this.lines.linePos(offset);
  }

  /** "file:line:col" of a field (its key when `key` is true), or of the nearest existing ancestor. */
  locate(path: readonly PropertyKey[], opts: { key?: boolean } = {}): string {
    const { node, keyNode } = this.nodeAt(path);
    const target = opts.key && keyNode ? keyNode : node;
    const p = this.position(target?.range?.[0]);
    return `${this.display}:${p.line}:${p.col}`;
  }
}

export interface LoadedTaskFile {
  source: SourceDoc;
  task: TaskFile;
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

/** Parse YAML or JSON text into a SourceDoc; syntax errors become InputErrors with positions. */
export function parseSource(text: string, absPath: string, cwd: string, what = 'task file'): SourceDoc {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const display = displayPath(absPath, cwd);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const p = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    const msg = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const more = doc.errors.length > 1 ? `${doc.errors.length - 1} more syntax error(s) after this one` : undefined;
    throw new InputError(`${what} is not valid YAML/JSON: ${msg}`, {
      location: `${display}:${p.line}:${p.col}`,
      ...(more && { hint: more }),
    });
  }
  return new SourceDoc(absPath, display, doc, lines);
}

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function typeOfValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `${typeof v} ${String(v)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k as string] : undefined), root);
}

export interface Problem {
  location: string;
  field: string;
  message: string;
  hint?: string;
}

/** Turn zod issues into problems with positions and suggestions. */
export function describeIssues(source: SourceDoc, value: unknown, issues: readonly z.core.$ZodIssue[], schema: z.ZodType = taskFileSchema): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const guess = closest(key, known);
        out.push({
          location: source.locate([...path, key], { key: true }),
          field: fieldName([...path, key]),
          message: `unknown field "${key}"${path.length ? ` in ${fieldName(path)}` : ''}`,
          hint: guess ? `did you mean "${guess}"?` : known.length ? `known fields: ${known.join(', ')}` : undefined,
        } as Problem);
      }
      continue;
    }
    const { exact } = source.nodeAt(path);
    const actual = valueAt(value, path);
    let message: string;
    if (issue.code === 'invalid_type' && (actual === undefined || !exact)) {
      message = `missing required field "${String(path[path.length - 1])}"`;
    } else if (issue.code === 'invalid_type') {
      message = `expected ${issue.expected === 'record' || issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : issue.expected}, got ${typeOfValue(actual)}`;
    } else if (issue.code === 'invalid_union') {
      message = `invalid value: got ${typeOfValue(actual)}`;
    } else if (issue.code === 'invalid_value') {
      message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${typeOfValue(actual)}`;
    } else {
      message = issue.message;
    }
    out.push({ location: source.locate(path), field: fieldName(path), message });
  }
  return out;
}

/** One InputError for a list of problems: the first in the message, the rest as hints. */
export function problemsToError(problems: Problem[], what: string): InputError {
  const [first, ...rest] = problems;
  const hintLines: string[] = [];
  if (first!.hint) hintLines.push(first!.hint);
  for (const p of rest) hintLines.push(`also ${p.location}: ${p.field}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
  return new InputError(`invalid ${what}: ${first!.field}: ${first!.message}`, {
    location: first!.location,
    ...(hintLines.length > 0 && { hint: hintLines.join('\n') }),
  });
}

export function readTextFile(absPath: string, display: string, what: string): string {
  try {
    return readFileSync(absPath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${what} not found: ${display}`, { location: absPath });
    if (code === 'EISDIR') throw new InputError(`${what} is a directory, not a file: ${display}`, { location: absPath });
    throw new InputError(`cannot read ${what} ${display}: ${(err as Error).message}`, { location: absPath });
  }
}

/** Read, parse and validate a task file. */
export function loadTaskFile(file: string, cwd: string): LoadedTaskFile {
  const abs = resolve(cwd, file);
  const display = displayPath(abs, cwd);
  const text = readTextFile(abs, display, 'task file');
  return parseTaskText(text, abs, cwd);
}

export function parseTaskText(text: string, absPath: string, cwd: string): LoadedTaskFile {
  const source = parseSource(text, absPath, cwd, 'task file');
  const value = source.toJS();
  if (value === null || value === undefined) {
    throw new InputError('task file is empty', { location: `${source.display}:1:1`, hint: 'a task file needs at least `type: <task type>`' });
  }
  const parsed = taskFileSchema.safeParse(value);
  if (!parsed.success) throw problemsToError(describeIssues(source, value, parsed.error.issues), 'task file');
  return { source, task: parsed.data };
}

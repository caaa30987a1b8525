/**
 * Schema errors → located problems: each zod issue about a file's data becomes a Problem that names
 * the key, says what was expected and what was found, points at the line (with its code frame) and, for
 * an unknown key, suggests the closest known one. Task files and config files both use this; a layer
 * can word the issues it knows better (`describe`).
 */
import type { z } from 'zod';
import { closest } from '../util/suggest.js';
import type { Position } from './frame.js';
import type { Problem } from './problem.js';
import type { SourcePath, YamlSource } from './yaml.js';

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; valueType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType };

function defOf(s: z.ZodType): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  for (let i = 0; cur && i < 10; i++) {
    const d = defOf(cur);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'readonly') cur = d.innerType;
    else if (d.type === 'pipe') cur = d.in;
    else break;
  }
  return cur;
}

/** The sub-schema at a path (object keys, record values, list items; a union's branch that has the path). */
export function schemaAt(root: z.ZodType, path: SourcePath): z.ZodType | undefined {
  const cur = unwrap(root);
  if (!cur || path.length === 0) return cur;
  const [key, ...rest] = path;
  const d = defOf(cur);
  if (d.type === 'union') {
    for (const o of d.options ?? []) {
      const hit = schemaAt(o, path);
      if (hit) return hit;
    }
    return undefined;
  }
  let next: z.ZodType | undefined;
  if (d.type === 'object' && typeof key === 'string') next = d.shape?.[key];
  else if (d.type === 'record' && typeof key === 'string') next = d.valueType;
  else if (d.type === 'array' && typeof key === 'number') next = d.element;
  return next ? schemaAt(next, rest) : undefined;
}

/** The keys an object schema at `path` knows (for "did you mean"). */
export function knownKeysAt(root: z.ZodType, path: SourcePath): string[] {
  const at = (s: z.ZodType | undefined): string[] => {
    const u = unwrap(s);
    if (!u) return [];
    const d = defOf(u);
    if (d.type === 'object' && d.shape) return Object.keys(d.shape);
    if (d.type === 'union') return (d.options ?? []).flatMap(at);
    return [];
  };
  return [...new Set(at(schemaAt(root, path)))];
}

/** "metadata.retries[0].key" */
export function fieldName(path: SourcePath): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : String(k)), '');
}

export function valueAt(root: unknown, path: SourcePath): unknown {
  let cur = root;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** What a value is, in words: "the string "three"", "a list", "number 3". */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `${typeof v} ${String(v)}`;
}

/** Where an issue is: location, frame and position of a path in the file (empty when there is no file). */
export type Place = (path: SourcePath, which: 'key' | 'value') => Pick<Problem, 'location' | 'frame' | 'pos'>;

/** Places in a YAML source; `prefix` is where the data sits in the file (e.g. package.json's "webapi-plugin" key). */
export function placeIn(source: YamlSource | undefined, prefix: SourcePath = []): Place {
  return (path, which) => {
    if (!source) return {};
    const pos: Position = source.locate([...prefix, ...path], which);
    const frame = source.frame(pos);
    return { location: source.where(pos), pos, ...(frame && { frame }) };
  };
}

/** A layer's own wording of an issue: a message (and hint), or undefined for the default wording. */
export type DescribeIssue = (
  issue: z.core.$ZodIssue,
  path: SourcePath,
  value: unknown,
) => { message: string; hint?: string; which?: 'key' | 'value'; path?: SourcePath } | Problem[] | undefined;

export interface IssueOptions {
  /** The data that was checked. */
  data: unknown;
  /** Its schema (for the known keys of "did you mean"). */
  schema: z.ZodType;
  place: Place;
  describe?: DescribeIssue;
}

/** "unknown key", with the closest known key and the list of known keys. */
export function unknownKeyProblem(key: string, path: SourcePath, known: readonly string[], place: Place): Problem {
  const guess = closest(key, known);
  const hint = [guess ? `did you mean "${guess}"?` : undefined, known.length ? `known keys: ${known.join(', ')}` : undefined].filter(Boolean).join('\n');
  return { message: `unknown key "${key}"${path.length ? ` in ${fieldName(path)}` : ''}`, ...place([...path, key], 'key'), ...(hint && { hint }) };
}

/** Every issue as a located problem. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], opts: IssueOptions): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path as (string | number)[];
    const value = valueAt(opts.data, path);
    const own = opts.describe?.(issue, path, value);
    if (Array.isArray(own)) {
      out.push(...own);
      continue;
    }
    if (own) {
      out.push({ message: own.message, ...opts.place(own.path ?? path, own.which ?? 'value'), ...(own.hint && { hint: own.hint }) });
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(opts.schema, path);
      for (const key of issue.keys) out.push(unknownKeyProblem(key, path, known, opts.place));
      continue;
    }
    const field = fieldName(path) || '(top level)';
    const parent = path.length > 1 ? ` in ${fieldName(path.slice(0, -1))}` : '';
    let message: string;
    if (issue.code === 'invalid_type' && value === undefined) {
      message = `missing required key "${String(path[path.length - 1])}"${parent}`;
    } else if (issue.code === 'invalid_type') {
      const expected = issue.expected === 'record' || issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : issue.expected === 'number' || issue.expected === 'int' ? 'a number' : issue.expected;
      message = `${field}: expected ${expected}, got ${describeValue(value)}`;
    } else if (issue.code === 'invalid_value') {
      message = `${field}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(value)}`;
    } else if (issue.code === 'invalid_union') {
      message = `${field}: ${describeValue(value)} is not allowed here`;
    } else {
      message = `${field}: ${issue.message}${value !== undefined ? ` (got ${describeValue(value)})` : ''}`;
    }
    out.push({ message, ...opts.place(path, 'value') });
  }
  return out;
}

/**
 * A YAML or JSON file (JSON is YAML 1.2) read with the position of every key and value, so that every
 * problem in it can name file:line:col and show the line. Task files and config files are both read
 * through here; syntax errors come out in plain words (./yaml-errors.ts).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Scalar } from 'yaml';
import { codeFrame, type Position } from './frame.js';
import { ProblemError, type Problem } from './problem.js';
import { describeAliasError, describeYamlError, duplicateKey } from './yaml-errors.js';

/** A path into the data: map keys and list indexes. */
export type SourcePath = readonly (string | number)[];

export interface YamlSourceOptions {
  /** Absolute path (or a label such as "<stdin>"). */
  path: string;
  /** How the file is named in messages (relative to the current directory when inside it). */
  display: string;
  /** The file's role, for messages: "task file", "config file", "inputs file". */
  what: string;
  /** The error thrown for syntax errors (default ProblemError); lets each layer throw its own kind. */
  error?: (problems: Problem[], what: string) => Error;
}

export class YamlSource {
  constructor(
    readonly path: string,
    readonly display: string,
    readonly text: string,
    /** The file's content as plain data. */
    readonly data: unknown,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  private pos(offset: number | undefined): Position | undefined {
    if (offset === undefined) return undefined;
    const p = this.lines.linePos(offset);
    return { line: p.line, col: p.col };
  }

  /** The key pair nodes along `path`, as far as they exist. */
  private walk(path: SourcePath): { exact: boolean; keys: Node[]; node: unknown } {
    let node: unknown = this.doc.contents;
    const keys: Node[] = [];
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
        if (!pair) return { exact: false, keys, node };
        keys.push(pair.key as Node);
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
        node = node.items[seg];
        keys.push(node as Node);
      } else {
        return { exact: false, keys, node };
      }
    }
    return { exact: true, keys, node };
  }

  /** Whether `path` exists in the file. */
  has(path: SourcePath): boolean {
    return this.walk(path).exact;
  }

  /** Where the key (default) or the value at `path` is written; the nearest existing ancestor otherwise. */
  locate(path: SourcePath, which: 'key' | 'value' = 'key'): Position {
    const { exact, keys, node } = this.walk(path);
    const key = keys[keys.length - 1];
    const target = exact && which === 'key' && key ? key : (node as Node | null);
    return this.pos(target?.range?.[0]) ?? this.pos(key?.range?.[0]) ?? { line: 1, col: 1 };
  }

  /** "file:line:col". */
  where(pos: Position): string {
    return `${this.display}:${pos.line}:${pos.col}`;
  }

  frame(pos: Position): string {
    return codeFrame(this.text, pos);
  }

  /** A problem at a position, with its location and code frame. */
  problemAt(pos: Position, message: string, hint?: string): Problem {
    const frame = this.frame(pos);
    return { message, location: this.where(pos), pos, ...(frame && { frame }), ...(hint && { hint }) };
  }

  /** A problem at the key (default) or value of `path`. */
  problem(path: SourcePath, message: string, opts: { which?: 'key' | 'value'; hint?: string } = {}): Problem {
    return this.problemAt(this.locate(path, opts.which ?? 'key'), message, opts.hint);
  }

  /**
   * Whether the entry at `path`, or a section containing it, carries `marker` in a comment: on its own
   * line (`size: 10  # @local`) or on the comment lines just above it.
   */
  marked(path: SourcePath, marker: RegExp): boolean {
    const all = this.text.split(/\r?\n/);
    const comment = (line: string) => /(?:^|\s)#(.*)$/.exec(line)?.[1] ?? '';
    for (const key of this.walk(path).keys) {
      const p = this.pos(key.range?.[0]);
      if (!p) continue;
      if (marker.test(comment(all[p.line - 1] ?? ''))) return true;
      for (let i = p.line - 2; i >= 0 && /^\s*#/.test(all[i]!); i--) if (marker.test(comment(all[i]!))) return true;
    }
    return false;
  }
}

/** The tags a plain value may carry explicitly (`!!str 3`); every other tag is refused, with a hint. */
const PLAIN_TAGS = new Set(['!', ...['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`)]);
const TAG_HINTS: Record<string, string> = {
  set: 'write a list instead: [a, b]',
  binary: 'write the bytes as a base64 string',
  timestamp: 'write the time as a string: "2024-01-31T12:00:00Z"',
  omap: 'write a mapping, or a list of one-key mappings',
  pairs: 'write a mapping, or a list of one-key mappings',
};
const showTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');
function tagHint(tag: string): string {
  const short = tag.replace(/^tag:yaml\.org,2002:/, '');
  if (TAG_HINTS[short]) return TAG_HINTS[short];
  if (/^js\//.test(short)) return 'code cannot be given as data: write a plain value';
  return 'remove the tag: values here are plain YAML/JSON (strings, numbers, booleans, null, lists and mappings)';
}

/** `.inf`, `-.inf`, `.nan` as YAML writes them: the only ways to ask for a non-finite float. */
const EXPLICIT_NON_FINITE = /^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/;

/** A scalar's number made exact: integers beyond 2^53 stay bigints; a float literal that does not fit is a problem. */
function exactNumber(node: Scalar): string | undefined {
  const v = node.value;
  if (typeof v === 'bigint') {
    if (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) node.value = Number(v);
    return undefined;
  }
  if (typeof v !== 'number') return undefined;
  const src = (node.source ?? '').trim();
  if (!Number.isFinite(v) && !EXPLICIT_NON_FINITE.test(src)) {
    return `the number ${src} is too large for a 64-bit float (it would become ${v > 0 ? 'Infinity' : '-Infinity'})`;
  }
  if (v === 0 && /[1-9]/.test(src.split(/[eE]/)[0] ?? '')) return `the number ${src} is too small for a 64-bit float (it would become 0)`;
  return undefined;
}

/** The key of a pair as JavaScript will see it. */
const keyString = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));

/**
 * Parse YAML or JSON text. Syntax errors, "__proto__" keys, broken aliases and alias bombs, duplicate
 * keys, tags other than the plain ones (!!set, !!binary, !custom, ...) and numbers that cannot be kept
 * exactly are problems with positions. Integers beyond 2^53 are read as bigints (exactly); the others
 * as numbers. `.nan` and `.inf` are NaN and Infinity.
 */
export function parseYaml(text: string, opts: YamlSourceOptions): YamlSource {
  const lines = new LineCounter();
  const fail = (problems: Problem[]) => (opts.error ?? ((p, w) => new ProblemError(p, w)))(problems, opts.what);
  // uniqueKeys off: the parser's own check is quadratic in the keys of a mapping; ours below is linear
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: true, intAsBigInt: true, logLevel: 'error' });
  const at = (pos: Position, message: string, hint?: string): Problem => {
    const frame = codeFrame(text, pos);
    return { message, location: `${opts.display}:${pos.line}:${pos.col}`, pos, ...(frame && { frame }), ...(hint && { hint }) };
  };
  const posOf = (node: { range?: [number, number, number] | null } | null | undefined): Position => {
    const p = lines.linePos(node?.range?.[0] ?? 0);
    return { line: p.line, col: p.col };
  };
  if (doc.errors.length > 0) {
    const m = describeYamlError(doc.errors[0]!, text, opts.what);
    throw fail([at(m.pos, `${opts.what} is not valid YAML: ${m.message}`, m.hint)]);
  }
  const problems: Problem[] = [];
  const tagged = (node: Node) => {
    if (node.tag === undefined || PLAIN_TAGS.has(node.tag)) return;
    // the node's range starts at its value: the tag is the last "!" before it
    let bang = text.lastIndexOf('!', node.range?.[0] ?? 0);
    while (bang > 0 && text[bang - 1] === '!') bang--;
    const p = lines.linePos(bang >= 0 ? bang : (node.range?.[0] ?? 0));
    problems.push(at({ line: p.line, col: p.col }, `the tag ${showTag(node.tag)} is not supported`, tagHint(node.tag)));
  };
  visit(doc, {
    Scalar(_k, node) {
      tagged(node);
      const bad = exactNumber(node);
      if (bad) problems.push(at(posOf(node), bad, 'quote it to pass it as a string'));
    },
    Seq(_k, node) {
      tagged(node);
    },
    Map(_k, node) {
      tagged(node);
      const seen = new Map<string, Node>();
      for (const pair of node.items) {
        const key = keyString(pair.key);
        // `__proto__` would be swallowed (or change an object's prototype) when converted to JS: refuse it
        if (isScalar(pair.key) && pair.key.value === '__proto__') {
          problems.push(at(posOf(pair.key), 'the key "__proto__" is not allowed', 'rename the key'));
          continue;
        }
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, pair.key as Node);
          continue;
        }
        const m = duplicateKey(text, key, posOf(pair.key as Node), posOf(first).line);
        problems.push(at(m.pos, `${opts.what} is not valid YAML: ${m.message}`, m.hint));
      }
    },
  });
  if (problems.length > 0) throw fail(problems);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/alias/i.test(msg)) {
      const m = describeAliasError(msg, text, MAX_ALIAS_COUNT);
      throw fail([at(m.pos, `${opts.what} is not valid YAML: ${m.message}`, m.hint)]);
    }
    throw fail([at({ line: 1, col: 1 }, `${opts.what} cannot be read: ${msg.charAt(0).toLowerCase() + msg.slice(1)}`)]);
  }
  return new YamlSource(opts.path, opts.display, text, data, doc, lines);
}

/** How many times aliases may repeat a value (the parser's guard against "billion laughs" alias bombs). */
export const MAX_ALIAS_COUNT = 100;

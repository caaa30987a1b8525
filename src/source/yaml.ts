/**
 * A YAML or JSON file (JSON is YAML 1.2) read with the position of every key and value, so that every
 * problem in it can name file:line:col and show the line. Task files and config files are both read
 * through here; syntax errors come out in plain words (./yaml-errors.ts).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { codeFrame, type Position } from './frame.js';
import { ProblemError, type Problem } from './problem.js';
import { describeAliasError, describeYamlError } from './yaml-errors.js';

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

/** Parse YAML or JSON text. Syntax errors, "__proto__" keys and broken aliases are problems with positions. */
export function parseYaml(text: string, opts: YamlSourceOptions): YamlSource {
  const lines = new LineCounter();
  const fail = (problems: Problem[]) => (opts.error ?? ((p, w) => new ProblemError(p, w)))(problems, opts.what);
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: true });
  const at = (pos: Position, message: string, hint?: string): Problem => {
    const frame = codeFrame(text, pos);
    return { message, location: `${opts.display}:${pos.line}:${pos.col}`, pos, ...(frame && { frame }), ...(hint && { hint }) };
  };
  if (doc.errors.length > 0) {
    const m = describeYamlError(doc.errors[0]!, text, opts.what);
    throw fail([at(m.pos, `${opts.what} is not valid YAML: ${m.message}`, m.hint)]);
  }
  // `__proto__` would be swallowed (or change an object's prototype) when converted to JS: refuse it
  let reserved: Node | undefined;
  visit(doc, {
    Pair(_k, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__') {
        reserved = pair.key;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (reserved) {
    const p = lines.linePos(reserved.range?.[0] ?? 0);
    throw fail([at({ line: p.line, col: p.col }, 'the key "__proto__" is not allowed', 'rename the key')]);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/alias/i.test(msg)) {
      const m = describeAliasError(msg, text);
      throw fail([at(m.pos, `${opts.what} is not valid YAML: ${m.message}`, m.hint)]);
    }
    throw fail([at({ line: 1, col: 1 }, `${opts.what} cannot be read: ${msg.charAt(0).toLowerCase() + msg.slice(1)}`)]);
  }
  return new YamlSource(opts.path, opts.display, text, data, doc, lines);
}

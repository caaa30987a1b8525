/**
 * Parse a YAML or JSON config text with the `yaml` package's Document API, keeping the position of
 * every key and value so that errors and `--show-origin` can name file:line:col. (JSON is YAML 1.2.)
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { InputError } from '../errors.js';

export interface SourcePos {
  line: number;
  col: number;
}

export type ConfigPath = readonly (string | number)[];

export interface ParsedSource {
  data: unknown;
  /** Where the key (default) or the value at `path` is written; the nearest enclosing node if not found. */
  locate(path: ConfigPath, which?: 'key' | 'value'): SourcePos | undefined;
}

export function parseConfigText(text: string, file: string): ParsedSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: true, prettyErrors: true, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    const first = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const snippet = err.message.split('\n').slice(1).join('\n').replace(/^\n+|\n+$/g, '');
    throw new InputError(`${file} is not valid YAML/JSON: ${first}`, {
      location: pos ? `${file}:${pos.line}:${pos.col}` : file,
      ...(snippet ? { hint: snippet } : {}),
    });
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
    const p = reserved.range ? lineCounter.linePos(reserved.range[0]) : undefined;
    throw new InputError(`${file}: the key "__proto__" is not allowed`, { location: p ? `${file}:${p.line}:${p.col}` : file });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new InputError(`${file} could not be read: ${e instanceof Error ? e.message : String(e)}`, { location: file });
  }
  const toPos = (offset: number | undefined): SourcePos | undefined => {
    if (offset === undefined) return undefined;
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  return {
    data,
    locate(path, which = 'key') {
      let node: unknown = doc.contents;
      let pos = toPos((node as Node | null)?.range?.[0]);
      for (let i = 0; i < path.length; i++) {
        const seg = path[i]!;
        const last = i === path.length - 1;
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
          if (!pair) return pos;
          const keyPos = toPos((pair.key as Node).range?.[0]);
          const valPos = toPos((pair.value as Node | null)?.range?.[0]);
          if (last) return which === 'key' ? keyPos : (valPos ?? keyPos);
          pos = keyPos;
          node = pair.value;
        } else if (isSeq(node) && typeof seg === 'number') {
          const item = node.items[seg] as Node | undefined;
          if (!item) return pos;
          pos = toPos(item.range?.[0]) ?? pos;
          if (last) return pos;
          node = item;
        } else {
          return pos;
        }
      }
      return pos;
    },
  };
}

export function formatPos(file: string, pos: SourcePos | undefined, withCol = true): string {
  if (!pos) return file;
  return withCol ? `${file}:${pos.line}:${pos.col}` : `${file}:${pos.line}`;
}

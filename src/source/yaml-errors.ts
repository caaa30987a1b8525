/**
 * The `yaml` parser's errors in plain words, at the line the user has to change. The parser reports
 * some mistakes where it noticed them rather than where they are (an over-indented line is reported at
 * the end of the line above it); each rule here finds the real place and says what to do.
 */
import type { YAMLError } from 'yaml';
import { positionAt, type Position } from './frame.js';

export interface YamlMistake {
  message: string;
  pos: Position;
  hint?: string;
}

interface Lines {
  text: string;
  all: string[];
}

const isContent = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');
const indentOf = (line: string) => line.length - line.trimStart().length;
/** The key of a `key: value` line, if it is one. */
const keyOf = (line: string) => /^\s*(?:-\s+)?([^\s#:][^:#]*?)\s*:(?:\s|$)/.exec(line)?.[1];
const col = (n: number) => `column ${n}`;
const spaces = (n: number) => (n === 1 ? '1 space' : `${n} spaces`);

/** The nearest content line above line index `i` (0-based), if any. */
function above(l: Lines, i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if (isContent(l.all[j]!)) return j;
  return undefined;
}

function below(l: Lines, i: number): number | undefined {
  for (let j = i + 1; j < l.all.length; j++) if (isContent(l.all[j]!)) return j;
  return undefined;
}

/** Start of line `i` (0-based) as a position at its first non-blank character. */
function lineStart(l: Lines, i: number): Position {
  return { line: i + 1, col: indentOf(l.all[i]!) + 1 };
}

/** A line more indented than the `key: value` line above it, which therefore cannot hold it. */
function overIndented(l: Lines, start: Position): YamlMistake | undefined {
  const host = start.line - 1;
  const culprit = below(l, host);
  if (culprit === undefined || indentOf(l.all[culprit]!) <= indentOf(l.all[host]!)) return undefined;
  const hostKey = keyOf(l.all[host]!);
  const key = keyOf(l.all[culprit]!);
  const hostCol = indentOf(l.all[host]!) + 1;
  return {
    message: `line ${culprit + 1} is indented more than the line above it`,
    pos: lineStart(l, culprit),
    hint: hostKey
      ? `"${hostKey}" on line ${host + 1} already has a value, so ${key ? `"${key}"` : 'this line'} cannot be nested under it: ` +
        `indent it like "${hostKey}" (${col(hostCol)}), or move the value of "${hostKey}" onto its own lines`
      : `indent it like line ${host + 1} (${col(hostCol)})`,
  };
}

/** `key:value` (no space after the colon) is one plain string to YAML, not a key and a value. */
function missingSpace(l: Lines, start: Position): YamlMistake | undefined {
  const line = l.all[start.line - 1] ?? '';
  const m = /^(\s*(?:-\s+)?)([^\s#:'"][^:#\s]*):([^\s:][^#]*?)\s*(?:#.*)?$/.exec(line);
  if (!m) return undefined;
  return {
    message: `"${m[2]}:${m[3]}" is not a key and a value: YAML needs a space after the colon`,
    pos: { line: start.line, col: m[1]!.length + m[2]!.length + 2 },
    hint: `write "${m[2]}: ${m[3]}"`,
  };
}

/** `msg: a: b`: a colon and a space inside an unquoted value. */
function colonInValue(l: Lines, start: Position): YamlMistake | undefined {
  const line = l.all[start.line - 1] ?? '';
  const m = /^(\s*(?:-\s+)?)([^:#]+?):\s+(.*?:\s.*?)\s*(?:\s#.*)?$/.exec(line);
  if (!m) return undefined;
  return {
    message: `the value of "${m[2]!.trim()}" contains ": " (a colon and a space), which YAML reads as another key`,
    pos: start,
    hint: `quote the value: ${m[2]!.trim()}: "${m[3]!.replace(/"/g, '\\"')}"`,
  };
}

/** A key indented unlike the keys of the mapping it seems to belong to. */
function badIndent(l: Lines, start: Position): YamlMistake | undefined {
  const i = start.line - 1;
  const line = l.all[i];
  if (line === undefined) return undefined;
  const prev = above(l, i);
  if (prev === undefined) return undefined;
  const pos = lineStart(l, i);
  const own = indentOf(line);
  const prevLine = l.all[prev]!;
  const key = keyOf(line);
  const what = key ? `"${key}"` : `line ${i + 1}`;
  if (/^\s*-(\s|$)/.test(prevLine) && !/^\s*-(\s|$)/.test(line) && indentOf(prevLine) === own) {
    return {
      message: `line ${i + 1} is a "key: value" entry, but the entries above it are list items ("- …")`,
      pos,
      hint: 'a list holds only "- item" entries and a mapping only "key: value" entries: make them all the same kind',
    };
  }
  const siblings = indentOf(prevLine);
  if (own === siblings) return undefined;
  let parent: number | undefined;
  for (let j = prev; j >= 0; j--) if (isContent(l.all[j]!) && indentOf(l.all[j]!) < siblings) { parent = j; break; }
  const parentKey = parent !== undefined ? keyOf(l.all[parent]!) : undefined;
  const options = [`indent it by ${spaces(siblings)} like the line above it`];
  if (parent !== undefined) options.push(`by ${spaces(indentOf(l.all[parent]!))} to put it next to ${parentKey ? `"${parentKey}"` : `line ${parent + 1}`}`);
  return {
    message: `${what} on line ${i + 1} is indented by ${spaces(own)}, unlike the lines above it (${spaces(siblings)})`,
    pos,
    hint: options.join(', or '),
  };
}

/** The `{` or `[` that was never closed, before `offset`. */
function unclosed(l: Lines, offset: number, open: '{' | '['): YamlMistake | undefined {
  const close = open === '{' ? '}' : ']';
  let depth = 0;
  for (let k = Math.min(offset, l.text.length) - 1; k >= 0; k--) {
    const ch = l.text[k];
    if (ch === close) depth++;
    else if (ch === open) {
      if (depth === 0) {
        const pos = positionAt(l.text, k);
        return {
          message: `the "${open}" on line ${pos.line} is never closed`,
          pos,
          hint: `close it with "${close}" (a ${open === '{' ? 'mapping' : 'list'} in ${open}…${close} form must end with "${close}"), or write it one entry per line`,
        };
      }
      depth--;
    }
  }
  return undefined;
}

function unclosedQuote(l: Lines, offset: number, quote: string): YamlMistake | undefined {
  const k = l.text.lastIndexOf(quote, Math.max(0, offset - 1));
  if (k < 0) return undefined;
  const pos = positionAt(l.text, k);
  return {
    message: `the string opened with ${quote} on line ${pos.line} is never closed`,
    pos,
    hint: `add the closing ${quote}${quote === '"' ? ' (inside "…", write \\" for a quote)' : " (inside '…', write '' for a quote)"}`,
  };
}

/** A key written twice in one mapping, at its second place; `firstLine` is where it is first. */
export function duplicateKey(text: string, key: string, pos: Position, firstLine: number): YamlMistake {
  const all = text.split(/\r?\n/);
  const i = pos.line - 1;
  const line = all[i] ?? '';
  const prev = above({ text, all }, i);
  // only a block mapping key on its own line can be fixed by indenting it
  const dedented = prev !== undefined && keyOf(line) !== undefined && indentOf(all[prev]!) > indentOf(line);
  return {
    message: `the key "${key}" appears twice in the same mapping${firstLine !== pos.line ? ` (first on line ${firstLine})` : ''}`,
    pos,
    hint: dedented
      ? `if it belongs to the lines just above it, indent it like them (${col(indentOf(all[prev!]!) + 1)}); otherwise remove one of the two`
      : 'remove one of the two (YAML keeps only one)',
  };
}

/** Translate one parser error; `what` names the file's role ("task file", "config file"). */
export function describeYamlError(err: YAMLError, text: string, what: string): YamlMistake {
  const l: Lines = { text, all: text.split(/\r?\n/) };
  const start = positionAt(text, err.pos[0]);
  const raw = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const plain = (): YamlMistake => ({ message: raw.charAt(0).toLowerCase() + raw.slice(1), pos: start });
  switch (err.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (/block sequence/.test(raw)) {
        return {
          message: `line ${start.line} starts a list item ("- …") inside a mapping`,
          pos: lineStart(l, start.line - 1),
          hint: 'a mapping holds only "key: value" entries: put the list under a key of its own, or make every entry a list item',
        };
      }
      return missingSpace(l, start) ?? colonInValue(l, start) ?? overIndented(l, start) ?? plain();
    case 'BAD_INDENT':
      if (/Flow map/.test(raw)) return unclosed(l, err.pos[0], '{') ?? plain();
      if (/Flow sequence/.test(raw)) return unclosed(l, err.pos[0], '[') ?? plain();
      return badIndent(l, start) ?? plain();
    case 'TAB_AS_INDENT':
      return { message: `line ${start.line} is indented with a tab`, pos: start, hint: 'YAML allows only spaces for indentation: replace the tab with spaces' };
    case 'MISSING_CHAR': {
      const q = /Missing closing ("|')quote/.exec(raw);
      if (q) return unclosedQuote(l, err.pos[0], q[1]!) ?? plain();
      const comma = /Missing , between flow (map|sequence) items/.exec(raw);
      if (comma) return { message: `a comma is missing between two items of a ${comma[1] === 'map' ? '{…} mapping' : '[…] list'}`, pos: start, hint: 'separate the items with ", "' };
      if (/Implicit map keys need to be followed by map values/.test(raw)) {
        const word = l.all[start.line - 1]?.slice(start.col - 1).trim() ?? '';
        return { message: `"${word}" has no colon: a mapping entry is "key: value"`, pos: start, hint: `write "${word}: <value>", or make it a list item "- ${word}"` };
      }
      if (/Flow map must end with a \}/.test(raw)) return unclosed(l, err.pos[0], '{') ?? plain();
      if (/Flow sequence must end with a \]/.test(raw)) return unclosed(l, err.pos[0], '[') ?? plain();
      return plain();
    }
    case 'BAD_SCALAR_START': {
      const ch = /reserved character (\S)/.exec(raw)?.[1] ?? l.text[err.pos[0]] ?? '';
      return { message: `a value cannot start with "${ch}" unless it is quoted`, pos: start, hint: `put the value in quotes: "${ch}…"` };
    }
    case 'MULTIPLE_DOCS':
      return {
        message: `the ${what} holds more than one YAML document (a "---" line)`,
        pos: start,
        hint: `a ${what} is one document: remove the "---" line and what follows, or move it to another file`,
      };
    default:
      return plain();
  }
}

/** An alias (`*name`) with no anchor (`&name`) before it, at the alias; or too many aliases (an alias bomb). */
export function describeAliasError(message: string, text: string, maxAliasCount: number): YamlMistake {
  if (/excessive alias count/i.test(message)) {
    const first = text.search(/\*[^\s,\]}]/);
    return {
      message: `its aliases (*name) expand to more data than allowed (more than ${maxAliasCount} times the aliased values: an "alias bomb")`,
      pos: first >= 0 ? positionAt(text, first) : { line: 1, col: 1 },
      hint: 'write the repeated values out, or use fewer aliases',
    };
  }
  const name = /:\s*(\S+)\s*$/.exec(message)?.[1];
  const at = name ? text.search(new RegExp(`\\*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`)) : -1;
  return {
    message: name ? `the alias *${name} refers to no anchor &${name}` : message,
    pos: at >= 0 ? positionAt(text, at) : { line: 1, col: 1 },
    hint: 'an alias (*name) repeats the value marked with the anchor &name, which must come before it; quote the value if the * is meant literally',
  };
}

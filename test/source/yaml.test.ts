/** The located-YAML module: YAML mistakes in plain words at the line to change, code frames, positions, markers. */
import { describe, expect, it } from 'vitest';
import { codeFrame, positionAt } from '../../src/source/frame.js';
import { ProblemError } from '../../src/source/problem.js';
import { parseYaml } from '../../src/source/yaml.js';

const parse = (text: string) => parseYaml(text, { path: '/p/task.yaml', display: 'task.yaml', what: 'task file' });

function mistake(text: string): ProblemError {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ProblemError);
    return e as ProblemError;
  }
  throw new Error('expected a ProblemError');
}

describe('YAML mistakes in plain words, at the line to change', () => {
  it.each([
    [
      'an over-indented line (the parser blames the line above)',
      'type: x\nmetadata:\n  timeout: 1m\n    retries: 1\ninputs:\n  a: 1\n',
      'line 4 is indented more than the line above it',
      'task.yaml:4:5',
      '"timeout" on line 3 already has a value, so "retries" cannot be nested under it: indent it like "timeout" (column 3)',
    ],
    [
      'a dedented key',
      'type: x\nmetadata:\n  timeout: 1m\n retries: 1\n',
      '"retries" on line 4 is indented by 1 space, unlike the lines above it (2 spaces)',
      'task.yaml:4:2',
      'indent it by 2 spaces like the line above it, or by 0 spaces to put it next to "metadata"',
    ],
    [
      'a dedented key that lands on a key of the parent',
      'type: x\nmetadata:\n  retries: {retries: 1}\ncustom:\n  a: 1\nmetadata: 2\n',
      'the key "metadata" appears twice in the same mapping (first on line 2)',
      'task.yaml:6:1',
      'if it belongs to the lines just above it, indent it like them (column 3)',
    ],
    ['a duplicate key', 'type: x\ntype: y\n', 'the key "type" appears twice in the same mapping (first on line 1)', 'task.yaml:2:1', 'remove one of the two'],
    ['a tab', 'type: x\ninputs:\n\ta: 1\n', 'line 3 is indented with a tab', 'task.yaml:3:1', 'replace the tab with spaces'],
    ['an unclosed {', 'type: x\ninputs: {a: 1\nb: 2\n', 'the "{" on line 2 is never closed', 'task.yaml:2:9', 'close it with "}"'],
    ['an unclosed [', 'type: x\nplugin: [a.ts, b.ts\nid: {}\n', 'the "[" on line 2 is never closed', 'task.yaml:2:9', 'close it with "]"'],
    ['an unclosed quote', 'type: "x\ninputs: 1\n', 'the string opened with " on line 1 is never closed', 'task.yaml:1:7', 'add the closing "'],
    ['no space after the colon', 'type:x\ninputs:\n  a: 1\n', '"type:x" is not a key and a value: YAML needs a space after the colon', 'task.yaml:1:6', 'write "type: x"'],
    ['": " inside a value', 'type: x\ncustom:\n  msg: a: b\n', 'the value of "msg" contains ": " (a colon and a space), which YAML reads as another key', 'task.yaml:3:8', 'quote the value: msg: "a: b"'],
    ['a key among list items', 'type: x\nplugin:\n  - a\n  b: 1\n', 'line 4 is a "key: value" entry, but the entries above it are list items ("- …")', 'task.yaml:4:3', 'make them all the same kind'],
    ['a list item among keys', 'type: x\ninputs:\n  a: 1\n  - 2\n', 'line 4 starts a list item ("- …") inside a mapping', 'task.yaml:4:3', 'put the list under a key of its own'],
    ['a reserved first character', 'type: @x\n', 'a value cannot start with "@" unless it is quoted', 'task.yaml:1:7', 'put the value in quotes'],
    ['two documents', 'type: x\n---\ntype: y\n', 'the task file holds more than one YAML document (a "---" line)', 'task.yaml:2:1', 'remove the "---" line'],
    ['a missing comma in JSON', '{"type": "x"\n "inputs": {}}\n', 'a comma is missing between two items of a {…} mapping', 'task.yaml:2:2', 'separate the items'],
    ['an alias without an anchor', 'type: *x\n', 'the alias *x refers to no anchor &x', 'task.yaml:1:7', 'must come before it'],
  ])('%s', (_name, text, message, location, hint) => {
    const e = mistake(text);
    expect(e.message).toBe(`task file is not valid YAML: ${message}`);
    expect(e.location).toBe(location);
    expect(e.hint).toContain(hint);
    const line = Number(location.split(':')[1]);
    expect(e.frame).toContain(`> ${line} | ${text.split('\n')[line - 1]}`);
  });

  it('refuses a "__proto__" key at its position', () => {
    const e = mistake('inputs:\n  __proto__: {a: 1}\n');
    expect(e.message).toBe('the key "__proto__" is not allowed');
    expect(e.location).toBe('task.yaml:2:3');
  });

  it('throws the error kind its caller asks for', () => {
    class Mine extends ProblemError {}
    expect(() => parseYaml('a: [', { path: 'x', display: 'x', what: 'config file', error: (p, w) => new Mine(p, w) })).toThrow(Mine);
  });
});

describe('positions and markers', () => {
  const src = parse('type: x   # @local\nmetadata:\n  # @local: above\n  timeout: 1m\n  retries: {retries: 2}\ncustom:\n  a: [1, 2]\n');

  it('locates keys and values, or the nearest existing ancestor', () => {
    expect(src.locate(['metadata', 'timeout'])).toEqual({ line: 4, col: 3 });
    expect(src.locate(['metadata', 'timeout'], 'value')).toEqual({ line: 4, col: 12 });
    expect(src.locate(['custom', 'a', 1])).toEqual({ line: 7, col: 10 });
    expect(src.locate(['metadata', 'missing'])).toEqual({ line: 4, col: 3 });
    expect(src.has(['metadata', 'retries', 'retries'])).toBe(true);
    expect(src.has(['metadata', 'nope'])).toBe(false);
  });

  it('finds a marker on the line, on the comment lines above, or on a section holding the key', () => {
    const m = /@local\b/;
    expect(src.marked(['type'], m)).toBe(true);
    expect(src.marked(['metadata', 'timeout'], m)).toBe(true);
    expect(src.marked(['metadata', 'retries'], m)).toBe(false);
    expect(src.marked(['custom', 'a'], m)).toBe(false);
  });
});

describe('code frames', () => {
  it('shows the line with two above, one below and a caret under the column', () => {
    expect(codeFrame('a\nb\nc\nd\ne\n', { line: 3, col: 1 })).toBe('  1 | a\n  2 | b\n> 3 | c\n    | ^\n  4 | d');
  });
  it('pads line numbers, keeps tabs before the caret and cuts long lines around the column', () => {
    const text = Array.from({ length: 12 }, (_, i) => `l${i + 1}`).join('\n');
    expect(codeFrame(text, { line: 10, col: 2 }).split('\n').slice(0, 3)).toEqual(['   8 | l8', '   9 | l9', '> 10 | l10']);
    expect(codeFrame('\tx: 1\n', { line: 1, col: 2 })).toBe('> 1 | \tx: 1\n    | \t^');
    const long = 'k: ' + 'a'.repeat(300) + 'X' + 'b'.repeat(300);
    const frame = codeFrame(long, { line: 1, col: 304 });
    const [line, caret] = frame.split('\n');
    expect(line!.length).toBeLessThan(140);
    expect(line![caret!.indexOf('^')]).toBe('X');
  });
  it('is empty for a line that does not exist; positionAt counts lines and columns from 1', () => {
    expect(codeFrame('a\n', { line: 5, col: 1 })).toBe('');
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
  });
});

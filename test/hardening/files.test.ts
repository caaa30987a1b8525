/**
 * Issue 14 §2 at the parsing level (src/source/, src/task/inputs.ts): what the located-YAML reader and
 * the input readers produce (the JS shapes the typed layer builds on), duplicates found in linear time,
 * and the size and kind limits of every input file.
 */
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_FILE_BYTES, readTextCapped, UnreadableInput } from '../../src/source/read.js';
import { parseYaml } from '../../src/source/yaml.js';
import { TaskInputError } from '../../src/task/errors.js';
import { mergeInputs, splitSetArgs, typeSetValue } from '../../src/task/inputs.js';
import { loadEnvFiles } from '../../src/task/secrets.js';
import { tempDir } from '../helpers/cli.js';

const parse = (text: string) => parseYaml(text, { path: '/x/in.yaml', display: 'in.yaml', what: 'inputs file' }).data as Record<string, unknown>;

describe('the JS shapes of input values', () => {
  it('integers within ±(2^53-1) are numbers, beyond are bigints (decimal, hex, JSON); floats are numbers; .nan/.inf are NaN/±Infinity', () => {
    const v = parse('a: 9007199254740991\nb: 9007199254740992\nc: -9223372036854775808\nd: 0x20000000000001\ne: 1.5\nf: .nan\ng: -.inf\nh: 1e20\n');
    expect(v).toEqual({ a: 9007199254740991, b: 9007199254740992n, c: -9223372036854775808n, d: 9007199254740993n, e: 1.5, f: NaN, g: -Infinity, h: 1e20 });
    expect(parse('{"n": 18446744073709551615, "m": 1}')).toEqual({ n: 18446744073709551615n, m: 1 });
  });

  it('--set values are typed the same way; text that is not YAML stays a string', () => {
    expect(typeSetValue('9007199254740993')).toBe(9007199254740993n);
    expect(typeSetValue('.nan')).toBeNaN();
    expect(typeSetValue('[1, 2]')).toEqual([1, 2]);
    expect(typeSetValue('a: b: c')).toBe('a: b: c');
    expect(() => typeSetValue('1e400', 'x=1e400')).toThrow(TaskInputError);
    expect(() => typeSetValue('!!binary aGk=', 'x=!!binary aGk=')).toThrow(/the tag !!binary is not supported/);
  });

  it('--set never writes through a prototype, and Object.prototype stays clean', () => {
    for (const arg of ['__proto__.polluted=1', 'input.__proto__.polluted=1', 'a.constructor.prototype.polluted=1', 'prototype=1', 'a..b=1', '.=2', 'a.=1']) {
      expect(() => splitSetArgs([arg]), arg).toThrow(TaskInputError);
    }
    const out = mergeInputs({ fromTask: { a: { b: 1 } }, sets: splitSetArgs(['a.c=2', 'toString.x=1']).inputs });
    expect(out).toEqual({ a: { b: 1, c: 2 }, toString: { x: 1 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('duplicate keys', () => {
  it('are found anywhere in a large mapping, named by their key (JSON flow mappings too), with the line of the first', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: ${i}`);
    keys.push('k123: again');
    const err = (() => {
      try {
        parse(keys.join('\n'));
      } catch (e) {
        return e as TaskInputError;
      }
      return undefined;
    })();
    expect(err?.message).toBe('inputs file is not valid YAML: the key "k123" appears twice in the same mapping (first on line 124)');
    expect(err?.location).toBe('in.yaml:40001:1');
    expect(() => parse('{"a": 1, "a": 2}')).toThrow('the key "a" appears twice in the same mapping');
    expect(() => parse('a: {x: 1}\nb: {x: 2}\n')).not.toThrow();
  });
});

describe('input files: regular files and pipes only, 16 MiB at most', () => {
  it('a character device is refused without reading it; a file over the limit is refused', () => {
    expect(() => readTextCapped('/dev/zero')).toThrow(UnreadableInput);
    const dir = tempDir();
    writeFileSync(join(dir, 'big'), 'x'.repeat(1000));
    expect(() => readTextCapped(join(dir, 'big'), 999)).toThrow('more than');
    expect(readTextCapped(join(dir, 'big'), 1000)).toHaveLength(1000);
    expect(MAX_INPUT_FILE_BYTES).toBe(16 * 1024 * 1024);
  });

  it('a pipe is read', () => {
    const dir = tempDir();
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(fifo)}, 'a: 1\\n')`], { stdio: 'ignore' });
    try {
      expect(readTextCapped(fifo)).toBe('a: 1\n');
    } finally {
      writer.kill();
    }
  });

  it('an env file that is a device is refused (exit 2 via TaskInputError), not read forever', () => {
    expect(() => loadEnvFiles(['/dev/zero'], '/', {})).toThrow(/env file not found or unreadable: \/dev\/zero/);
  });
});

/**
 * The redactor (src/util/redact.ts) on its own: the API src/serve uses (redact, redactValue, add), the
 * minimum length, the forms of a secret it masks, and the data shapes redactValue walks.
 */
import { describe, expect, it } from 'vitest';
import { parseRunFile } from '../../src/task/run-files.js';
import { stringifyExact, untagExact } from '../../src/util/exact-json.js';
import { MIN_SECRET_LENGTH, REDACTED, Redactor } from '../../src/util/redact.js';
import { escapeControl, terminalSafeJson } from '../../src/util/terminal.js';

describe('Redactor', () => {
  it('masks registered values in text, longest first; add/redact/redactValue as src/serve uses them', () => {
    const r = new Redactor();
    r.add('abcd-secret');
    r.add('abcd-secret-longer');
    expect(r.redact('x abcd-secret-longer y abcd-secret')).toBe(`x ${REDACTED} y ${REDACTED}`);
    expect(r.redactValue({ a: ['abcd-secret'] })).toEqual({ a: [REDACTED] });
    expect(r.size).toBe(2);
  });

  it(`does not mask values shorter than ${MIN_SECRET_LENGTH} characters, and reports each once by its source, never by value`, () => {
    const r = new Redactor();
    const seen: string[] = [];
    r.onSkipped((s) => seen.push(`${s.source}:${s.length}`));
    expect(r.add('1', 'environment variable FLYTE_SECRET_DEBUG')).toBe(false);
    r.add('1', 'environment variable FLYTE_SECRET_DEBUG');
    expect(r.add(' ab \n', 'file x')).toBe(false);
    expect(r.add('abcd')).toBe(true);
    expect(seen).toEqual(['environment variable FLYTE_SECRET_DEBUG:1', 'file x:2']);
    expect(r.redact('us-east-1 abcd')).toBe(`us-east-1 ${REDACTED}`);
  });

  it('masks the trimmed form, each line of a multi-line secret, and the JSON-escaped forms', () => {
    const r = new Redactor();
    r.add('line-one-xyz\nline-two-xyz\n');
    r.add('q"uo\\te');
    expect(r.redact('a line-two-xyz b')).toBe(`a ${REDACTED} b`);
    expect(r.redact(JSON.stringify({ v: 'q"uo\\te' }))).toBe(`{"v":"${REDACTED}"}`);
  });

  it('redactValue walks keys, null-prototype objects, class instances, Maps, Sets, Errors and cycles, and leaves other values as they are', () => {
    const r = new Redactor();
    r.add('s3cret');
    class Box {
      constructor(readonly inner: string) {}
      toJSON() {
        return 's3cret';
      }
    }
    const bare = Object.create(null) as Record<string, unknown>;
    bare.v = 's3cret';
    const cyclic: Record<string, unknown> = { name: 's3cret' };
    cyclic.self = cyclic;
    const err = Object.assign(new Error('bad s3cret'), { code: 'X s3cret' });
    const out = r.redactValue({ s3cret: 1, bare, box: new Box('s3cret'), m: new Map([['s3cret', 's3cret']]), set: new Set(['s3cret']), err, cyclic, n: 10n, d: new Date(0), bytes: new Uint8Array([1]) });
    expect(Object.keys(out)).toContain(REDACTED);
    expect(JSON.stringify(out.bare)).toBe(`{"v":"${REDACTED}"}`);
    expect(JSON.stringify(out.box)).toBe(`{"inner":"${REDACTED}"}`);
    expect([...out.m]).toEqual([[REDACTED, REDACTED]]);
    expect([...out.set]).toEqual([REDACTED]);
    expect(out.err.message).toBe(`bad ${REDACTED}`);
    expect((out.err as unknown as { code: string }).code).toBe(`X ${REDACTED}`);
    expect(out.cyclic.name).toBe(REDACTED);
    expect(out.cyclic.self).toBe(out.cyclic);
    expect(out.n).toBe(10n);
    expect(out.d).toBeInstanceOf(Date);
    expect(out.bytes).toBeInstanceOf(Uint8Array);
  });

  it('a getter that throws reads as [unreadable]; "__proto__" stays a data key', () => {
    const r = new Redactor();
    r.add('s3cret');
    const o = JSON.parse('{"__proto__": "s3cret"}') as Record<string, unknown>;
    Object.defineProperty(o, 'bad', { enumerable: true, get: () => { throw new Error('no'); } });
    const out = r.redactValue(o);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe(REDACTED);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out.bad).toBe('[unreadable]');
  });
});

describe('exact JSON for the run record and --json documents', () => {
  it('round-trips bigints, integers beyond 2^53 held as numbers, NaN, ±Infinity, -0 and a user object that looks like a tag', () => {
    const value = { big: 9007199254740993n, max: 2n ** 63n - 1n, float: 2 ** 60, nan: NaN, inf: Infinity, ninf: -Infinity, nz: -0, tag: { $float: 'NaN' }, deep: { $$float: 'x' }, plain: [1, 'a', null, true] };
    const text = stringifyExact(value);
    expect(text).toContain('"big":9007199254740993');
    expect(text).toContain('"max":9223372036854775807');
    expect(text).toContain('"float":1.152921504606847e+18');
    // read back as the run record is (src/task/run-files.ts): exactly
    const back = parseRunFile(text, '/tmp/x.json', '/tmp') as Record<string, unknown>;
    expect(back).toMatchObject({ big: 9007199254740993n, max: 2n ** 63n - 1n, float: 2 ** 60, tag: { $float: 'NaN' }, deep: { $$float: 'x' }, plain: [1, 'a', null, true] });
    expect(untagExact(JSON.parse('{"a": {"$float": "toString"}}'))).toEqual({ a: { $float: 'toString' } });
    expect(back.nan).toBeNaN();
    expect(back.inf).toBe(Infinity);
    expect(back.ninf).toBe(-Infinity);
    expect(Object.is(back.nz, -0)).toBe(true);
  });
});

describe('control characters', () => {
  it('are shown escaped (ESC, BEL, CSI), newlines and tabs kept; JSON gets \\u escapes for C1', () => {
    expect(escapeControl('a\u001b]0;x\u0007b\u009b2J\tc\nd')).toBe('a\\x1b]0;x\\x07b\\x9b2J\tc\nd');
    expect(terminalSafeJson(JSON.stringify('\u009b'))).toBe('"\\u009b"');
    expect(JSON.parse(terminalSafeJson(JSON.stringify('\u009b')))).toBe('\u009b');
  });
});

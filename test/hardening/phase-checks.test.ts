/** What src/engine/phase-checks.ts says about malformed PhaseInfos and outputs JSON cannot hold (issue 14 §3). */
import { describe, expect, it } from 'vitest';
import { outputsProblem, phaseInfoProblem } from '../../src/engine/phase-checks.js';

describe('phaseInfoProblem', () => {
  it.each([
    [{ phase: 'PermanentFailure', error: 'str' }, 'an error that is the string "str", not an object {code, message, kind} (use phaseInfoFailure(code, message))'],
    [{ phase: 'PermanentFailure', error: { code: 1, message: 'm' } }, 'error.code that is the number 1, not a string'],
    [{ phase: 'PermanentFailure', error: { code: 'C', message: 'm', kind: 'OOPS' } }, 'error.kind the string "OOPS" (expected "USER" or "SYSTEM")'],
    [{ phase: 'Running', info: { logs: 'nope' } }, 'info.logs that is the string "nope", not a list of {name, uri}'],
    [{ phase: 'Running', info: { logs: [{ name: 'n' }] } }, 'info.logs[0].uri that is missing, not a string'],
    [{ phase: 'Running', info: { externalResources: [{ externalId: 'x', logs: {} }] } }, 'info.externalResources[0].logs that is an object, not a list of {name, uri}'],
    [{ phase: 'Running', reason: 42 }, 'a reason that is the number 42, not a string'],
    [{ phase: 'Running', info: [] }, 'info that is a list, not an object'],
  ])('%j → %s', (pi, problem) => {
    expect(phaseInfoProblem(pi)).toBe(problem);
  });

  it('accepts what the constructors build', () => {
    expect(phaseInfoProblem({ phase: 'Running', version: 2, reason: 'r', info: { logs: [{ name: 'a', uri: 'u' }], customInfo: { k: 1 }, occurredAt: 'now', externalResources: [{ externalId: 'x' }] } })).toBeUndefined();
    expect(phaseInfoProblem({ phase: 'PermanentFailure', error: { code: 'C', message: 'm', kind: 'USER' } })).toBeUndefined();
  });
});

describe('outputsProblem', () => {
  it('names what JSON would drop or mangle; bigints, NaN and dates are fine', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(outputsProblem({ a: { f: () => 1 } })).toBe('outputs.a.f is a function');
    expect(outputsProblem({ m: new Map() })).toBe('outputs.m is a Map');
    expect(outputsProblem({ s: [new Set()] })).toBe('outputs.s[0] is a Set');
    expect(outputsProblem(cyclic)).toBe('outputs.self is a circular reference');
    expect(outputsProblem({ n: 10n, x: NaN, d: new Date(0), ok: [1, 'a', null] })).toBeUndefined();
  });
});

/**
 * The JSON form of templates and the phase mapping, without a network. (The type engine's own tests,
 * per type through protobuf bytes, are in test/literals/.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resourceToPhaseInfo } from '../../src/serve/phase-map.js';
import { resultOf } from '../../src/serve/result.js';
import { resourceV1 } from '../../src/serve/v1/messages.js';
import { Redactor } from '../../src/util/redact.js';
import type { PhaseInfo } from '../../src/plugin/phase.js';
import { loadProtos } from '../../src/serve/proto.js';
import { ProtoSchema } from '../../src/serve/reflect.js';
import type { Resource__Output } from '../../src/serve/generated/flyteidl/admin/Resource.js';
import { PHASES, phaseInfoRetryableFailure, phaseInfoSuccess } from '../../src/plugin/phase.js';

let schema: ProtoSchema;
let codec: (name: string) => { serialize(v: unknown): Buffer; deserialize(b: Buffer): unknown };
beforeAll(async () => {
  const p = await loadProtos();
  schema = new ProtoSchema(p.packageDefinition);
  codec = p.codec;
});

describe('the JSON form of templates (reflect.ts)', () => {
  it('template fields and enum names are validated when encoding (no silent zero)', () => {
    expect(() => schema.fromJson('flyteidl.core.LiteralType', { simple: 'INTEGR' }, 't')).toThrow(/t\.simple: invalid SimpleType "INTEGR" \(did you mean INTEGER\?\)/);
    expect(() => schema.fromJson('flyteidl.core.TaskTemplate', { type: 'x', custm: {} }, 'template')).toThrow(/template\.custm: unknown field of TaskTemplate \(did you mean "custom"\?\)/);
    const t = schema.fromJson('flyteidl.core.TaskTemplate', { type: 'x', metadata: { timeout: '90s' }, custom: { n: 1 } }, 'template') as any;
    expect(t.metadata.timeout).toEqual({ seconds: '90', nanos: 0 });
    const back = schema.toJson('flyteidl.core.TaskTemplate', codec('flyteidl.core.TaskTemplate').deserialize(codec('flyteidl.core.TaskTemplate').serialize(t)));
    expect(back).toEqual({ type: 'x', metadata: { timeout: '1m30s' }, custom: { n: 1 } });
  });
});

/** A plugin's PhaseInfo as the v1 Resource GetTask answers with. */
const phaseInfoToResource = (info: PhaseInfo) => resourceV1(resultOf(info, {}, {}, 'p', new Redactor()));

describe('phase mapping', () => {
  it('every plugin phase but Undefined maps to a non-zero TaskExecution phase; typos are rejected', () => {
    for (const p of PHASES.filter((x) => x !== 'Undefined')) expect(phaseInfoToResource({ phase: p }).phase).not.toBe('UNDEFINED');
    expect(phaseInfoToResource(phaseInfoRetryableFailure('Busy', 'try later'))).toMatchObject({ phase: 'RETRYABLE_FAILED', state: 'RETRYABLE_FAILURE', message: 'try later', agent_error: { code: 'Busy', kind: 'RECOVERABLE' } });
    expect(() => phaseInfoToResource({ phase: 'Sucess' } as never)).toThrow(/invalid phase "Sucess"/);
    expect(() => phaseInfoToResource({ phase: 'Undefined' })).toThrow(/invalid phase/);
  });

  it('reads a Resource as Propeller does', () => {
    const base = { outputs: null, message: '', log_links: [], custom_info: null, agent_error: null };
    expect(resourceToPhaseInfo({ ...base, phase: 'RETRYABLE_FAILED', state: 'RETRYABLE_FAILURE', message: 'later' } as Resource__Output).phase).toBe('RetryableFailure');
    expect(resourceToPhaseInfo({ ...base, phase: 'FAILED', state: 'PERMANENT_FAILURE', message: 'no' } as Resource__Output)).toMatchObject({ phase: 'PermanentFailure', error: { message: 'no' } });
    expect(resourceToPhaseInfo({ ...base, phase: 'UNDEFINED', state: 'SUCCEEDED' } as Resource__Output).phase).toBe('Success');
    expect(resourceToPhaseInfo({ ...base, phase: 'UNDEFINED', state: 'RETRYABLE_FAILURE' } as Resource__Output).phase).toBe('RetryableFailure');
    expect(resourceToPhaseInfo({ ...base, phase: 'SUCCEEDED', state: 'SUCCEEDED' } as Resource__Output).phase).toBe(phaseInfoSuccess().phase);
  });
});

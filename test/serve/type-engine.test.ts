/** The type engine and phase mapping, without a network. */
import { beforeAll, describe, expect, it } from 'vitest';
import { inferLiteral, literalToValue, msgpackLiteral, valueToLiteral } from '../../src/literals/index.js';
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

/** Encode, put it on the wire and decode again, as a peer would see it. */
function wire(lit: unknown) {
  const c = codec('flyteidl.core.Literal');
  return c.deserialize(c.serialize(lit)) as Record<string, any>;
}

describe('type engine', () => {
  it('int64 beyond 2^53 stays exact in both directions', () => {
    const lit = wire(valueToLiteral('9223372036854775807', { simple: 'INTEGER' }, 'x'));
    expect(lit.scalar.primitive.integer).toBe('9223372036854775807');
    expect(literalToValue(lit, 'x')).toBe(9223372036854775807n);
    expect(literalToValue(wire(valueToLiteral(42, { simple: 'INTEGER' }, 'x')), 'x')).toBe(42);
    expect(() => valueToLiteral(2 ** 60, { simple: 'INTEGER' }, 'inputs.n')).toThrow(/inputs\.n: integer .* beyond 2\^53.*string or a BigInt/);
  });

  it('datetime keeps nanoseconds from an ISO string; duration from a Go duration', () => {
    const lit = wire(valueToLiteral('2024-05-01T12:00:00.123456789Z', { simple: 'DATETIME' }, 'd'));
    expect(lit.scalar.primitive.datetime).toEqual({ seconds: '1714564800', nanos: 123456789 });
    expect((literalToValue(lit, 'd') as Date).toISOString()).toBe('2024-05-01T12:00:00.123Z');
    const dur = wire(valueToLiteral('1h30m0.5s', { simple: 'DURATION' }, 'w'));
    expect(dur.scalar.primitive.duration).toEqual({ seconds: '5400', nanos: 500000000 });
    expect(literalToValue(dur, 'w')).toBe('1h30m0.5s');
    expect(() => valueToLiteral('soon', { simple: 'DATETIME' }, 'd')).toThrow(/d: invalid datetime "soon"/);
  });

  it('lists, maps, structs, blobs, enums and unions', () => {
    const list = wire(valueToLiteral([1, 2], { collection_type: { simple: 'INTEGER' } }, 'l'));
    expect(literalToValue(list, 'l')).toEqual([1, 2]);
    const map = wire(valueToLiteral({ a: 'x' }, { map_value_type: { simple: 'STRING' } }, 'm'));
    expect(map.map.literals.a.scalar.primitive.string_value).toBe('x');
    const struct = wire(valueToLiteral({ a: { b: [1, null, 'z'] } }, { simple: 'STRUCT' }, 's'));
    expect(struct.scalar.generic.fields.a.structValue.fields.b.listValue.values).toHaveLength(3);
    expect(literalToValue(struct, 's')).toEqual({ a: { b: [1, null, 'z'] } });
    const blob = wire(valueToLiteral('gs://b/x.parquet', { blob: { format: 'parquet', dimensionality: 'MULTIPART' } }, 'b'));
    expect(blob.scalar.blob).toMatchObject({ uri: 'gs://b/x.parquet', metadata: { type: { format: 'parquet', dimensionality: 'MULTIPART' } } });
    expect(literalToValue(blob, 'b')).toBe('gs://b/x.parquet');
    expect(() => valueToLiteral('purple', { enum_type: { values: ['red', 'green'] } }, 'c')).toThrow(/c: expected one of "red", "green"/);
    const union = wire(valueToLiteral(null, { union_type: { variants: [{ simple: 'INTEGER' }, { simple: 'NONE' }] } }, 'u'));
    expect(union.scalar.union.type.simple).toBe('NONE');
    expect(literalToValue(union, 'u')).toBeNull();
  });

  it('msgpack binaries: read always; written for STRUCT types annotated msgpack', () => {
    const annotated = { simple: 'STRUCT', annotation: { annotations: { fields: { 'cache-key-metadata': { structValue: { fields: { 'serialization-format': { stringValue: 'msgpack' } } } } } } } };
    const lit = wire(valueToLiteral({ n: 2n ** 63n - 1n, s: 'x' }, annotated, 'dc'));
    expect(lit.scalar.binary.tag).toBe('msgpack');
    expect(literalToValue(lit, 'dc')).toEqual({ n: 2n ** 63n - 1n, s: 'x' });
    expect(literalToValue(wire(msgpackLiteral({ a: [1, 2] })), 'x')).toEqual({ a: [1, 2] });
  });

  it('infers types when none is declared', () => {
    expect(inferLiteral(1.5, 'f').scalar).toEqual({ primitive: { float_value: 1.5 } });
    expect(inferLiteral(new Date(0), 't').scalar).toMatchObject({ primitive: { datetime: { seconds: '0', nanos: 0 } } });
    expect(inferLiteral(null, 'n').scalar).toEqual({ none_type: {} });
  });

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

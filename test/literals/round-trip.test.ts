/**
 * The type engine, per type, through protobuf bytes: value → literal (by the declared type) → bytes
 * with one codec → decoded with another → value again. Our codec (protobufjs light, generated
 * descriptors), the server's (@grpc/proto-loader over the .proto files) and protoc (an independent
 * implementation: its text format of our bytes, and bytes it encodes from text that we decode).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatLiteralType,
  inferLiteral,
  isCastable,
  literalMapToValues,
  literalToValue,
  literalTypeOf,
  type ProtoLiteral,
  type ProtoLiteralType,
  valueToLiteral,
} from '../../src/literals/index.js';
import { codecs, protocDecode, protocEncode, protocMissing, REQUIRE_ALL } from './protos.js';

let c: Awaited<ReturnType<typeof codecs>>;
beforeAll(async () => {
  c = await codecs();
});

const LM = 'flyteidl.core.LiteralMap';

/** Ours → bytes → the server's codec, and the server's → bytes → ours: both must give the same value back. */
function roundTrip(lit: ProtoLiteral): { viaServer: unknown; viaOurs: unknown; wire: Record<string, any> } {
  const bytes = c.ours.encode(LM, { literals: { v: lit } });
  const wire = (c.server(LM).deserialize(Buffer.from(bytes)) as { literals: Record<string, any> }).literals.v;
  const back = c.ours.decode(LM, c.server(LM).serialize({ literals: { v: lit } })) as { literals: Record<string, ProtoLiteral> };
  return { viaServer: literalToValue(wire, 'v'), viaOurs: literalToValue(back.literals.v, 'v'), wire };
}

const T = {
  int: { simple: 'INTEGER' },
  float: { simple: 'FLOAT' },
  str: { simple: 'STRING' },
  bool: { simple: 'BOOLEAN' },
  dt: { simple: 'DATETIME' },
  dur: { simple: 'DURATION' },
  none: { simple: 'NONE' },
  struct: { simple: 'STRUCT' },
  bin: { simple: 'BINARY' },
} satisfies Record<string, ProtoLiteralType>;
const MSGPACK_STRUCT = {
  simple: 'STRUCT',
  annotation: { annotations: { fields: { 'cache-key-metadata': { structValue: { fields: { 'serialization-format': { stringValue: 'msgpack' } } } } } } },
  structure: { tag: 'Config' },
};

/** [name, declared type, value put, value read back]. */
const CASES: [string, ProtoLiteralType, unknown, unknown][] = [
  ['INTEGER 0', T.int, 0, 0],
  ['INTEGER -1', T.int, -1, -1],
  ['INTEGER 2^53-1 (largest safe number)', T.int, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  ['INTEGER 2^53 (a BigInt)', T.int, 2n ** 53n, 2n ** 53n],
  ['INTEGER 2^53+1', T.int, 2n ** 53n + 1n, 2n ** 53n + 1n],
  ['INTEGER -(2^53+1)', T.int, -(2n ** 53n) - 1n, -(2n ** 53n) - 1n],
  ['INTEGER 2^63-1 (int64 max)', T.int, 2n ** 63n - 1n, 2n ** 63n - 1n],
  ['INTEGER -2^63 (int64 min)', T.int, -(2n ** 63n), -(2n ** 63n)],
  ['INTEGER from a decimal string', T.int, '9223372036854775807', 2n ** 63n - 1n],
  ['FLOAT', T.float, 0.25, 0.25],
  ['FLOAT from an integer number', T.float, 5, 5],
  ['FLOAT -1e300', T.float, -1e300, -1e300],
  ['FLOAT NaN', T.float, Number.NaN, Number.NaN],
  ['FLOAT Infinity', T.float, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
  ['STRING unicode', T.str, 'héllo ✓ 日本', 'héllo ✓ 日本'],
  ['STRING empty', T.str, '', ''],
  ['BOOLEAN true', T.bool, true, true],
  ['BOOLEAN false', T.bool, false, false],
  ['DATETIME from ISO (ns kept on the wire, ms in the Date)', T.dt, '2024-05-01T12:00:00.123456789Z', new Date('2024-05-01T12:00:00.123Z')],
  ['DATETIME from a Date', T.dt, new Date(Date.UTC(1999, 11, 31, 23, 59, 59)), new Date(Date.UTC(1999, 11, 31, 23, 59, 59))],
  ['DURATION from a Go duration', T.dur, '1h30m0.5s', '1h30m0.5s'],
  ['DURATION from seconds', T.dur, 90, '1m30s'],
  ['NONE', T.none, null, null],
  ['STRUCT (generic)', T.struct, { a: { b: [1, null, 'z'] }, t: true }, { a: { b: [1, null, 'z'] }, t: true }],
  ['STRUCT (msgpack, flytekit ≥ 1.14 dataclass)', MSGPACK_STRUCT, { n: 2n ** 63n - 1n, s: 'x', nested: { l: [1, 2] } }, { n: 2n ** 63n - 1n, s: 'x', nested: { l: [1, 2] } }],
  ['BINARY', T.bin, Buffer.from([0, 1, 255]), Buffer.from([0, 1, 255])],
  ['list<INTEGER>', { collection_type: T.int }, [1, 2n ** 60n], [1, 2n ** 60n]],
  ['list<list<STRING>>', { collection_type: { collection_type: T.str } }, [['a'], ['b', 'c']], [['a'], ['b', 'c']]],
  ['map<string, FLOAT>', { map_value_type: T.float }, { a: 1.5, b: -2 }, { a: 1.5, b: -2 }],
  ['enum', { enum_type: { values: ['red', 'green'] } }, 'green', 'green'],
  ['union<INTEGER | NONE> with 3', { union_type: { variants: [{ ...T.int, structure: { tag: 'int' } }, { ...T.none, structure: { tag: 'none' } }] } }, 3, 3],
  ['union<INTEGER | NONE> with null', { union_type: { variants: [{ ...T.int, structure: { tag: 'int' } }, { ...T.none, structure: { tag: 'none' } }] } }, null, null],
  ['blob file (csv)', { blob: { format: 'csv', dimensionality: 'SINGLE' } }, 's3://bucket/data.csv', 's3://bucket/data.csv'],
  ['blob directory', { blob: { format: '', dimensionality: 'MULTIPART' } }, 's3://bucket/dir/', 's3://bucket/dir/'],
  [
    'structured dataset (parquet, columns)',
    { structured_dataset_type: { format: 'parquet', columns: [{ name: 'a', literal_type: T.int }], external_schema_type: '', external_schema_bytes: Buffer.alloc(0) } },
    'bq://project:dataset.table',
    'bq://project:dataset.table',
  ],
  ['schema (legacy)', { schema: { columns: [{ name: 'a', type: 'INTEGER' }, { name: 'b', type: 'STRING' }] } }, 's3://bucket/schema', 's3://bucket/schema'],
];

describe('each type through protobuf bytes (our codec ⇄ proto-loader)', () => {
  it.each(CASES)('%s', (_name, type, value, expected) => {
    const lit = valueToLiteral(value, type, 'v');
    const { viaServer, viaOurs } = roundTrip(lit);
    expect(viaServer).toEqual(expected);
    expect(viaOurs).toEqual(expected);
    // the literal's own type is what the declared type accepts (propeller's castability)
    const own = literalTypeOf(lit);
    expect(own && isCastable(own, type), `${formatLiteralType(own)} → ${formatLiteralType(type)}`).toBe(true);
  });

  it('what is kept on the wire: int64 as exact decimal strings, nanoseconds, union tags, blob and dataset types, msgpack', () => {
    const wire = (value: unknown, type: ProtoLiteralType) => roundTrip(valueToLiteral(value, type, 'v')).wire;
    expect(wire(2n ** 63n - 1n, T.int).scalar.primitive.integer).toBe('9223372036854775807');
    expect(wire(-(2n ** 63n), T.int).scalar.primitive.integer).toBe('-9223372036854775808');
    expect(wire('2024-05-01T12:00:00.123456789Z', T.dt).scalar.primitive.datetime).toEqual({ seconds: '1714564800', nanos: 123456789 });
    const union = wire(3, CASES.find(([n]) => n === 'union<INTEGER | NONE> with 3')![1]);
    expect(union.scalar.union.type).toMatchObject({ simple: 'INTEGER', structure: { tag: 'int' } });
    expect(wire('s3://b/d/', { blob: { format: '', dimensionality: 'MULTIPART' } }).scalar.blob.metadata.type).toMatchObject({ dimensionality: 'MULTIPART' });
    expect(wire('bq://p:d.t', CASES[CASES.length - 2]![1]).scalar.structured_dataset.metadata.structured_dataset_type).toMatchObject({ format: 'parquet' });
    expect(wire({ a: 1 }, MSGPACK_STRUCT).scalar.binary.tag).toBe('msgpack');
    expect(wire({ a: 1 }, T.struct).scalar.generic.fields.a.numberValue).toBe(1);
  });

  it('refuses values that do not fit, naming the path and the type', () => {
    expect(() => valueToLiteral(2 ** 60, T.int, 'inputs.n')).toThrow(/inputs\.n: integer .* beyond 2\^53 .*string or a BigInt/);
    expect(() => valueToLiteral(1.5, T.int, 'n')).toThrow(/n: expected an integer, got 1\.5/);
    expect(() => valueToLiteral('1.5', T.float, 'f')).toThrow(/f: expected a number \(FLOAT\), got the string "1\.5"/);
    expect(() => valueToLiteral(3, T.str, 's')).toThrow(/s: expected a string \(STRING\), got number 3/);
    expect(() => valueToLiteral('yes', T.bool, 'b')).toThrow(/b: expected true or false \(BOOLEAN\)/);
    expect(() => valueToLiteral('soon', T.dt, 'd')).toThrow(/d: invalid datetime "soon"/);
    expect(() => valueToLiteral('purple', { enum_type: { values: ['red', 'green'] } }, 'c')).toThrow(/c: expected one of "red", "green"/);
    expect(() => valueToLiteral(['a', 1], { collection_type: T.str }, 'l')).toThrow(/l\[1\]: expected a string/);
    expect(() => valueToLiteral('x', { union_type: { variants: [T.int, T.none] } }, 'u')).toThrow(/u: matches no variant of the union/);
  });
});

describe('protoc, an independent implementation, reads our bytes and writes bytes we read', () => {
  const skip = Boolean(protocMissing) && !REQUIRE_ALL;
  it.skipIf(skip)(`int64 extremes, strings, lists, unions, blobs${protocMissing ? ` (skipped: ${protocMissing})` : ''}`, () => {
    if (protocMissing) throw new Error(`WEBAPI_PLUGIN_REQUIRE_ALL=1 but ${protocMissing}`);
    const literals = {
      max: valueToLiteral(2n ** 63n - 1n, T.int, 'max'),
      min: valueToLiteral(-(2n ** 63n), T.int, 'min'),
      name: valueToLiteral('héllo', T.str, 'name'),
      tags: valueToLiteral(['a', 'b'], { collection_type: T.str }, 'tags'),
      maybe: valueToLiteral(null, CASES.find(([n]) => n.startsWith('union<INTEGER | NONE> with null'))![1], 'maybe'),
      file: valueToLiteral('s3://b/f.csv', { blob: { format: 'csv', dimensionality: 'SINGLE' } }, 'file'),
    };
    const text = protocDecode(LM, c.ours.encode(LM, { literals }));
    expect(text).toContain('integer: 9223372036854775807');
    expect(text).toContain('integer: -9223372036854775808');
    expect(text).toMatch(/string_value: "h\\303\\251llo"|string_value: "héllo"/);
    expect(text).toMatch(/tag: "none"/);
    expect(text).toMatch(/uri: "s3:\/\/b\/f.csv"/);
    // and the other way: protoc encodes text, we decode
    const bytes = protocEncode(LM, 'literals { key: "big" value { scalar { primitive { integer: -9223372036854775808 } } } }\nliterals { key: "d" value { scalar { primitive { duration { seconds: 5400 nanos: 500000000 } } } } }');
    const values = literalMapToValues(c.ours.decode(LM, bytes) as never, 'inputs');
    expect(values).toEqual({ big: -(2n ** 63n), d: '1h30m0.5s' });
  });
});

describe('untyped values are inferred as flytekit infers them', () => {
  it.each([
    [3, 'INTEGER'],
    [2n ** 62n, 'INTEGER'],
    [1.5, 'FLOAT'],
    ['s', 'STRING'],
    [true, 'BOOLEAN'],
    [null, 'NONE'],
    [new Date(0), 'DATETIME'],
    [Buffer.from('x'), 'BINARY'],
    [[1, 2], 'list<INTEGER>'],
    [[1, 'a'], 'list<union<INTEGER | STRING>>'],
    [{ a: 1 }, 'STRUCT'],
    [{ big: 2n ** 62n }, 'STRUCT'],
  ])('%o → %s', (value, type) => {
    const lit = inferLiteral(value, 'v');
    expect(formatLiteralType(literalTypeOf(lit))).toBe(type);
    expect(roundTrip(lit).viaServer).toEqual(value);
  });
});

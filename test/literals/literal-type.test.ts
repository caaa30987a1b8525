/** LiteralTypes: the JSON form task files use, in words, the type a literal carries, and propeller's castability. */
import { describe, expect, it } from 'vitest';
import { formatLiteralType, inferLiteral, isCastable, literalTypeFromJson, literalTypeOf, msgpackLiteral, type ProtoLiteralType, valueToLiteral } from '../../src/literals/index.js';

const INT = { simple: 'INTEGER' };
const STR = { simple: 'STRING' };
const NONE = { simple: 'NONE' };

describe('literalTypeFromJson (the JSON form of task files and Flyte JSON)', () => {
  it('reads every kind, camelCase or snake_case, into the engine shape', () => {
    expect(literalTypeFromJson({ simple: 'INTEGER' }, 't')).toEqual(INT);
    expect(literalTypeFromJson({ simple: 3 }, 't')).toEqual(STR); // enum numbers as protojson allows
    expect(literalTypeFromJson({ collectionType: { mapValueType: { simple: 'FLOAT' } } }, 't')).toEqual({ collection_type: { map_value_type: { simple: 'FLOAT' } } });
    expect(literalTypeFromJson({ map_value_type: { simple: 'STRING' } }, 't')).toEqual({ map_value_type: STR });
    expect(literalTypeFromJson({ blob: { format: 'csv' } }, 't')).toEqual({ blob: { format: 'csv', dimensionality: 'SINGLE' } });
    expect(literalTypeFromJson({ blob: { dimensionality: 'MULTIPART' } }, 't')).toEqual({ blob: { format: '', dimensionality: 'MULTIPART' } });
    expect(literalTypeFromJson({ enumType: { values: ['a', 'b'] } }, 't')).toEqual({ enum_type: { values: ['a', 'b'] } });
    expect(literalTypeFromJson({ unionType: { variants: [{ simple: 'INTEGER', structure: { tag: 'int' } }, { simple: 'NONE' }] } }, 't')).toEqual({
      union_type: { variants: [{ simple: 'INTEGER', structure: { tag: 'int', dataclass_type: {} } }, NONE] },
    });
    expect(literalTypeFromJson({ structuredDatasetType: { format: 'parquet', columns: [{ name: 'a', literalType: { simple: 'INTEGER' } }] } }, 't')).toMatchObject({
      structured_dataset_type: { format: 'parquet', columns: [{ name: 'a', literal_type: INT }] },
    });
    expect(literalTypeFromJson({ schema: { columns: [{ name: 'a', type: 'FLOAT' }] } }, 't')).toEqual({ schema: { columns: [{ name: 'a', type: 'FLOAT' }] } });
    const dc = literalTypeFromJson({ simple: 'STRUCT', metadata: { title: 'Config' }, annotation: { annotations: { 'cache-key-metadata': { 'serialization-format': 'msgpack' } } } }, 't');
    expect(dc.metadata).toEqual({ fields: { title: { stringValue: 'Config' } } });
    expect(JSON.stringify(dc.annotation)).toContain('msgpack');
  });

  it('refuses what is not a LiteralType, naming the path, with a did-you-mean', () => {
    expect(() => literalTypeFromJson({ simple: 'INTEGR' }, 'interface.inputs.variables.n.type')).toThrow(/interface\.inputs\.variables\.n\.type\.simple: invalid SimpleType "INTEGR" \(did you mean INTEGER\?\)/);
    expect(() => literalTypeFromJson({ collectionTyp: { simple: 'INTEGER' } }, 't')).toThrow(/t\.collectionTyp: unknown field of LiteralType \(did you mean "collectionType"\?\)/);
    expect(() => literalTypeFromJson({}, 't')).toThrow(/t: a LiteralType needs one of simple, schema/);
    expect(() => literalTypeFromJson({ simple: 'STRING', blob: {} }, 't')).toThrow(/t: a LiteralType has one kind, got simple and blob/);
    expect(() => literalTypeFromJson('INTEGER', 't')).toThrow(/t: expected LiteralType \(a mapping\), got the string "INTEGER"/);
    expect(() => literalTypeFromJson({ blob: { dimensionality: 'MANY' } }, 't')).toThrow(/t\.blob\.dimensionality: invalid dimensionality "MANY"/);
  });
});

describe('formatLiteralType', () => {
  it.each<[ProtoLiteralType, string]>([
    [INT, 'INTEGER'],
    [{ collection_type: STR }, 'list<STRING>'],
    [{ map_value_type: { collection_type: INT } }, 'map<string, list<INTEGER>>'],
    [{ union_type: { variants: [INT, NONE] } }, 'union<INTEGER | NONE>'],
    [{ enum_type: { values: ['red', 'green'] } }, 'enum{red, green}'],
    [{ blob: { format: 'csv', dimensionality: 'SINGLE' } }, 'blob file (csv)'],
    [{ blob: { format: '', dimensionality: 'MULTIPART' } }, 'blob directory'],
    [{ structured_dataset_type: { format: 'parquet' } }, 'structured dataset (parquet)'],
    [{ schema: { columns: [] } }, 'schema'],
    [{ simple: 'STRUCT', structure: { tag: 'Config' } }, 'STRUCT (Config)'],
  ])('%o is %s', (t, s) => expect(formatLiteralType(t)).toBe(s));
});

describe('literalTypeOf (propeller: LiteralTypeForLiteral)', () => {
  it('collections and maps carry the union of their items; empty ones NONE; msgpack binaries are STRUCTs', () => {
    expect(literalTypeOf(inferLiteral([1, 2], 'l'))).toEqual({ collection_type: INT });
    expect(formatLiteralType(literalTypeOf(inferLiteral([1, 'a', 2], 'l')))).toBe('list<union<INTEGER | STRING>>');
    expect(literalTypeOf(inferLiteral([], 'l'))).toEqual({ collection_type: NONE });
    expect(literalTypeOf({ map: { literals: {} } })).toEqual({ map_value_type: NONE });
    expect(literalTypeOf(msgpackLiteral({ a: 1 }))).toEqual({ simple: 'STRUCT' });
    expect(literalTypeOf(valueToLiteral(Buffer.from('x'), { simple: 'BINARY' }, 'b'))).toEqual({ simple: 'BINARY' });
    expect(literalTypeOf({ offloaded_metadata: { uri: 's3://x' } })).toBeUndefined();
  });
});

describe('isCastable (propeller: AreTypesCastable, as flyteadmin checks execution inputs)', () => {
  const lit = (v: unknown, t?: ProtoLiteralType) => literalTypeOf(t ? valueToLiteral(v, t, 'v') : inferLiteral(v, 'v'))!;
  it.each<[string, ProtoLiteralType, ProtoLiteralType, boolean]>([
    ['INTEGER → INTEGER', INT, INT, true],
    ['INTEGER → FLOAT (no numeric widening)', INT, { simple: 'FLOAT' }, false],
    ['STRING → enum, enum → STRING', STR, { enum_type: { values: ['a'] } }, true],
    ['enum → STRING', { enum_type: { values: ['a'] } }, STR, true],
    ['empty list → any list', { collection_type: NONE }, { collection_type: INT }, true],
    ['list<STRING> → list<INTEGER>', { collection_type: STR }, { collection_type: INT }, false],
    ['map<INTEGER> → map<INTEGER>', { map_value_type: INT }, { map_value_type: INT }, true],
    ['blob csv → blob with no format', { blob: { format: 'csv' } }, { blob: { format: '' } }, true],
    ['blob csv → blob parquet', { blob: { format: 'csv' } }, { blob: { format: 'parquet' } }, false],
    ['dataset (parquet) → dataset with no format', { structured_dataset_type: { format: 'parquet' } }, { structured_dataset_type: { format: '' } }, true],
    ['dataset csv → dataset parquet', { structured_dataset_type: { format: 'csv' } }, { structured_dataset_type: { format: 'parquet' } }, false],
    [
      'dataset with the declared columns (a superset)',
      { structured_dataset_type: { format: '', columns: [{ name: 'a', literal_type: INT }, { name: 'b', literal_type: STR }] } },
      { structured_dataset_type: { format: '', columns: [{ name: 'a', literal_type: INT }] } },
      true,
    ],
    ['dataset missing a declared column', { structured_dataset_type: { columns: [{ name: 'b', literal_type: STR }] } }, { structured_dataset_type: { columns: [{ name: 'a', literal_type: INT }] } }, false],
    ['NONE → dataset (datasets are nullable)', NONE, { structured_dataset_type: { format: '' } }, true],
    ['INTEGER → union<INTEGER | NONE>', INT, { union_type: { variants: [INT, NONE] } }, true],
    ['INTEGER → union<INTEGER | INTEGER> (ambiguous)', INT, { union_type: { variants: [INT, INT] } }, false],
    ['union<INTEGER> (one variant) → INTEGER', { union_type: { variants: [INT] } }, INT, true],
    ['union<INTEGER | NONE> → union<NONE | INTEGER | STRING>', { union_type: { variants: [INT, NONE] } }, { union_type: { variants: [NONE, INT, STR] } }, true],
    ['tagged "int" → tagged "str"', { ...INT, structure: { tag: 'int' } }, { ...INT, structure: { tag: 'str' } }, false],
    ['STRUCT with metadata → STRUCT without', { simple: 'STRUCT', metadata: { fields: { a: { stringValue: 'x' } } } }, { simple: 'STRUCT' }, true],
  ])('%s: %o → %o is %s', (_n, up, down, ok) => expect(isCastable(up, down)).toBe(ok));

  it("a literal's type is castable to the type it was encoded with", () => {
    expect(isCastable(lit('s3://b/x.csv', { blob: { format: 'csv', dimensionality: 'SINGLE' } }), { blob: { format: 'csv', dimensionality: 'SINGLE' } })).toBe(true);
    expect(isCastable(lit(null, { union_type: { variants: [INT, NONE] } }), { union_type: { variants: [INT, NONE] } })).toBe(true);
    expect(isCastable(lit([1, 'a']), { collection_type: INT })).toBe(false);
  });
});

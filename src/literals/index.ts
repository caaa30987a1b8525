/**
 * The type engine: Flyte Literals ↔ the plain values plugins work with. Shared by `serve` (both protocol
 * generations) and `run`; codec-neutral (see types.ts for the object shapes it reads and writes).
 *
 * Both sides are proto-loader objects (snake_case keys). Decoding needs no types (literals describe
 * themselves); encoding uses the declared LiteralType when there is one and infers it otherwise.
 * What `inputReader.get()` returns (decode) and `outputWriter.put()` accepts (encode), per type:
 *
 *  | LiteralType                | inputReader.get()                  | outputWriter.put() accepts                    |
 *  |----------------------------|------------------------------------|-----------------------------------------------|
 *  | INTEGER (int64)            | number; a BigInt beyond ±(2^53-1)  | integer number, BigInt, decimal string        |
 *  | FLOAT                      | number (NaN/±Infinity kept)        | number (a BigInt is converted)                |
 *  | STRING / BOOLEAN           | string / boolean                   | string / boolean                              |
 *  | DATETIME                   | Date (ms precision)                | Date, ISO-8601 string (nanoseconds kept)      |
 *  | DURATION                   | Go duration string "1h30m"         | Go duration string, number of seconds         |
 *  | NONE                       | null                               | null                                          |
 *  | collection_type / map      | array / object                     | array / plain object                          |
 *  | STRUCT (generic or msgpack)| plain object (msgpack int64 → BigInt beyond 2^53) | plain object; msgpack when the type's annotation says so |
 *  | BINARY                     | Buffer                             | Uint8Array / Buffer                           |
 *  | blob (file / directory)    | the URI string                     | a URI string                                  |
 *  | structured dataset, schema | the URI string                     | a URI string (format from the declared type)  |
 *  | enum_type                  | string                             | one of the declared values                    |
 *  | union_type                 | the chosen variant's value         | a value of the first variant that accepts it  |
 *
 * Without declared types (an untyped task) values are inferred: integer numbers and BigInts → INTEGER,
 * other numbers → FLOAT, strings, booleans, null → NONE, Date → DATETIME, bytes → BINARY, arrays →
 * collections, plain objects → STRUCT (msgpack when they hold a BigInt).
 */
export { literalMapToValues, literalToValue } from './decode.js';
export { inferLiteral, inferLiteralType, msgpackLiteral, valuesToLiteralMap, valueToLiteral } from './encode.js';
export { checkOutputs, typeOfValue, type OutputsChecked, type OutputsProblem } from './interface.js';
export { isCastable, literalTypeOf } from './castable.js';
export { formatLiteralType, literalTypeFromJson, SIMPLE_TYPES } from './literal-type.js';
export { LiteralError, type ProtoLiteral, type ProtoLiteralMap, type ProtoLiteralType } from './types.js';
export {
  describe,
  durationFromJson,
  durationToMs,
  int64FromJson,
  ProtoConversionError,
  structFromJson,
  structToJson,
  timestampFromJson,
  timestampToDate,
  type TimestampLike,
  valueFromJson,
  valueToJson,
} from './well-known.js';

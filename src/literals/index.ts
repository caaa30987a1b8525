/**
 * The type engine: Flyte Literals ↔ the plain values plugins work with. Shared by `serve` (both protocol
 * generations) and `run`; codec-neutral (see types.ts for the object shapes it reads and writes).
 *
 * Both sides are proto-loader objects (snake_case keys). Decoding needs no types (literals describe
 * themselves); encoding uses the declared LiteralType when there is one and infers it otherwise.
 *
 *  | LiteralType                | plain value                                                   |
 *  |----------------------------|---------------------------------------------------------------|
 *  | INTEGER (int64)            | number; a BigInt beyond 2^53 (also accepts a decimal string)   |
 *  | FLOAT                      | number                                                        |
 *  | STRING, BOOLEAN            | string, boolean                                               |
 *  | DATETIME                   | Date (accepts an ISO-8601 string; nanoseconds kept on encode)  |
 *  | DURATION                   | Go duration string "1h30m" (accepts a number of seconds)       |
 *  | NONE                       | null                                                          |
 *  | collection_type / map      | array / object                                                |
 *  | STRUCT                     | object: read from `generic` Struct or msgpack `binary`;        |
 *  |                            | written as msgpack when the type's annotation asks for it      |
 *  | BINARY                     | Uint8Array (Buffer); msgpack-tagged binaries are decoded       |
 *  | blob / structured dataset  | the URI string                                                |
 *  | enum_type                  | string (validated against the values)                         |
 *  | union_type                 | the value of the chosen variant                               |
 */
export { literalMapToValues, literalToValue } from './decode.js';
export { inferLiteral, inferLiteralType, msgpackLiteral, valuesToLiteralMap, valueToLiteral } from './encode.js';
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

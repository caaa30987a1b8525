/**
 * The shapes the type engine works on: Flyte's core.Literal / LiteralType / LiteralMap as the plain
 * objects `@grpc/proto-loader` produces with the project's LOADER_OPTIONS (snake_case fields, oneof
 * discriminators, int64 as decimal strings, Struct Values in camelCase). Any codec that produces or
 * accepts these objects can use the engine (proto-loader for flyteidl v1; flyteidl2's messages share
 * the core.Literal field names).
 */
import { ProtoConversionError } from './well-known.js';

export class LiteralError extends ProtoConversionError {
  constructor(path: string, message: string) {
    super(path, message);
    this.name = 'LiteralError';
  }
}

export type Obj = Record<string, unknown>;
/** proto-loader form of core.Literal / core.LiteralType, as the engine writes them. */
export type ProtoLiteral = Obj;
export type ProtoLiteralType = Obj;
/** A core.LiteralMap; read as any objects (the generated `__Output` interfaces fit). */
export interface ProtoLiteralMap {
  literals?: Record<string, object> | null;
}

export function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);
}

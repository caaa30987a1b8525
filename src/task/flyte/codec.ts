/**
 * The binary protobuf codec of the flyteidl messages `run` reads and writes (TaskSpec, Task,
 * TaskTemplate, LiteralMap, ErrorDocument), loaded on first use: protobufjs's light build with the
 * descriptors generated into ./generated/descriptor.ts — no .proto parsing, no gRPC. Decoded messages
 * have the shape the rest of the project uses (src/serve/proto.ts's LOADER_OPTIONS: snake_case, int64
 * and enums as strings, defaults, oneof discriminators), which is what the type engine reads.
 */
import type * as Protobuf from 'protobufjs/light.js';

type Pb = (typeof Protobuf)['default'];
import { LOADER_OPTIONS } from '../../serve/proto.js';

export interface FlyteCodec {
  encode(type: string, message: object): Uint8Array;
  /** Decode (throws on malformed bytes). */
  decode(type: string, bytes: Uint8Array): Record<string, unknown>;
  /**
   * Whether the bytes are a well-formed `type`: every field it knows has the wire type it declares
   * (recursively), strings are UTF-8, and — at the top level — no field is unknown. Protobuf decoding
   * alone accepts almost any bytes as any message; this tells a TaskSpec from a TaskTemplate.
   */
  conforms(type: string, bytes: Uint8Array): boolean;
}

let cached: Promise<FlyteCodec> | undefined;

export function flyteCodec(): Promise<FlyteCodec> {
  cached ??= (async () => {
    const [{ default: pb }, { default: descriptor }] = await Promise.all([import('protobufjs/light.js'), import('./generated/descriptor.js')]);
    const root = pb.Root.fromJSON(JSON.parse(descriptor) as Protobuf.INamespace);
    const types = new Map<string, Protobuf.Type>();
    const typeOf = (name: string) => {
      let t = types.get(name);
      if (!t) types.set(name, (t = root.lookupType(name)));
      return t;
    };
    const { longs, enums, defaults, oneofs } = LOADER_OPTIONS;
    return {
      encode: (type, message) => {
        const t = typeOf(type);
        return t.encode(t.fromObject(message as Record<string, unknown>)).finish();
      },
      decode: (type, bytes) => {
        const t = typeOf(type);
        return t.toObject(t.decode(bytes), { longs, enums, defaults, oneofs }) as Record<string, unknown>;
      },
      conforms: (type, bytes) => {
        try {
          const reader = pb.Reader.create(bytes);
          return bytes.length > 0 && wellFormed(pb, typeOf(type), reader, bytes.length, 0, true);
        } catch {
          return false;
        }
      },
    };
  })();
  return cached;
}

const WIRE: Record<string, number> = {
  double: 1,
  fixed64: 1,
  sfixed64: 1,
  float: 5,
  fixed32: 5,
  sfixed32: 5,
  string: 2,
  bytes: 2,
};
const utf8 = new TextDecoder('utf-8', { fatal: true });

function wellFormed(pb: Pb, type: Protobuf.Type, r: Protobuf.Reader, end: number, depth: number, top: boolean): boolean {
  if (depth > 64) return false;
  while (r.pos < end) {
    const tag = r.uint32();
    const id = tag >>> 3;
    const wire = tag & 7;
    if (id === 0 || wire === 3 || wire === 4 || wire > 5) return false;
    const field = type.fieldsById[id];
    if (!field) {
      if (top) return false;
      r.skipType(wire);
      continue;
    }
    field.resolve();
    const mapValue = field instanceof pb.MapField;
    const resolved = field.resolvedType;
    const isMessage = mapValue || resolved instanceof pb.Type;
    const expected = isMessage ? 2 : resolved instanceof pb.Enum ? 0 : (WIRE[field.type] ?? 0);
    // repeated numbers may be packed (length-delimited)
    if (wire !== expected && !(field.repeated && wire === 2 && expected !== 2)) return false;
    if (wire !== 2) {
      r.skipType(wire);
      continue;
    }
    const len = r.uint32();
    const start = r.pos;
    if (start + len > end) return false;
    if (field.type === 'string') {
      utf8.decode(r.buf.subarray(start, start + len));
    } else if (mapValue) {
      if (!mapEntryWellFormed(pb, field as Protobuf.MapField, r, start + len, depth + 1)) return false;
    } else if (resolved instanceof pb.Type && !wellFormed(pb, resolved, r, start + len, depth + 1, false)) {
      return false;
    }
    r.pos = start + len;
  }
  return r.pos === end;
}

function mapEntryWellFormed(pb: Pb, field: Protobuf.MapField, r: Protobuf.Reader, end: number, depth: number): boolean {
  while (r.pos < end) {
    const tag = r.uint32();
    const wire = tag & 7;
    if (tag >>> 3 === 2 && field.resolvedType instanceof pb.Type) {
      if (wire !== 2) return false;
      const len = r.uint32();
      const start = r.pos;
      if (start + len > end || !wellFormed(pb, field.resolvedType, r, start + len, depth, false)) return false;
      r.pos = start + len;
    } else {
      if (wire === 3 || wire === 4 || wire > 5) return false;
      r.skipType(wire);
    }
  }
  return r.pos === end;
}

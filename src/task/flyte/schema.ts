/**
 * The flyteidl messages' JSON form on demand (only when a Flyte file is given): the project's
 * descriptor-driven converter (src/serve/reflect.ts) over the same generated descriptors as ./codec.ts,
 * loaded through @grpc/proto-loader. It turns a decoded TaskTemplate into the JSON form plugins read, and
 * checks and converts protojson (what flytectl prints: camelCase, enum names, int64 as strings,
 * durations like "1200s") strictly — an unknown field or enum name is an error naming its path.
 */
import type { ProtoSchema } from '../../serve/reflect.js';
import { LOADER_OPTIONS } from '../../serve/proto.js';

let cached: Promise<ProtoSchema> | undefined;

export function flyteSchema(): Promise<ProtoSchema> {
  cached ??= (async () => {
    const [loader, { default: descriptor }, { ProtoSchema }] = await Promise.all([
      import('@grpc/proto-loader'),
      import('./generated/descriptor.js'),
      import('../../serve/reflect.js'),
    ]);
    return new ProtoSchema(loader.fromJSON(JSON.parse(descriptor) as Parameters<typeof loader.fromJSON>[0], { ...LOADER_OPTIONS }));
  })();
  return cached;
}

/** "closure.compiledTask.template.metadata.timeout" / "a.b[2]" → a path into the data. */
export function pathOf(text: string): (string | number)[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

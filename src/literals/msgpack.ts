/**
 * msgpack, as flytekit ≥ 1.14 writes dataclasses and dicts (`Binary{tag: "msgpack"}`), loaded on first
 * use: most tasks never meet one, and a run should not pay for loading the library.
 */
import { createRequire } from 'node:module';
import type { Packr, Unpackr } from 'msgpackr';

let coders: { packr: Packr; unpackr: Unpackr } | undefined;

function load(): { packr: Packr; unpackr: Unpackr } {
  if (!coders) {
    const m = createRequire(import.meta.url)('msgpackr') as typeof import('msgpackr');
    coders = {
      packr: new m.Packr({ useRecords: false, variableMapSize: true }),
      // int64s as BigInt (narrowed to numbers where exact by the decoder)
      unpackr: new m.Unpackr({ useRecords: false, int64AsType: 'bigint', mapsAsObjects: true }),
    };
  }
  return coders;
}

export const packMsgpack = (value: unknown): Buffer => load().packr.pack(value);
export const unpackMsgpack = (bytes: Buffer): unknown => load().unpackr.unpack(bytes);

/**
 * `--inputs <file|->`: plain values (a YAML/JSON mapping of input names to values), or a
 * flyteidl.core.LiteralMap — binary (`inputs.pb`, what Flyte stores), protojson or YAML
 * (`{literals: {x: {scalar: {primitive: {integer: "2"}}}}}`, what kubectl-flyte and flytectl print).
 * Binary is told from text by its content; a text file is a LiteralMap when its only key is `literals`
 * and every entry there is a Literal (scalar, collection, map or offloaded). Literals are kept exactly
 * as given (they are what Flyte would send).
 */
import { resolve } from 'node:path';
import { ProtoConversionError, type ProtoLiteral } from '../../literals/index.js';
import type { Inputs } from '../../plugin/context.js';
import { displayPath } from '../../source/read.js';
import type { YamlSource } from '../../source/yaml.js';
import { TaskInputError } from '../errors.js';
import { parseTaskSource } from '../parse.js';
import { flyteCodec } from './codec.js';
import { isUtf8Text, looksLikeText, readBytes } from './read.js';
import { flyteSchema, pathOf } from './schema.js';

export type InputsFile =
  | { kind: 'values'; values: Inputs; source: YamlSource }
  | { kind: 'literals'; literals: Record<string, ProtoLiteral>; display: string; format: 'binary' | 'protojson/YAML'; source?: YamlSource };

const WHAT = 'inputs file';
const LITERAL_KEYS = ['scalar', 'collection', 'map', 'offloadedMetadata', 'offloaded_metadata'];
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether parsed text is a LiteralMap rather than plain values. */
export function isLiteralMapJson(data: unknown): boolean {
  if (!isObj(data) || Object.keys(data).length !== 1 || !isObj(data.literals)) return false;
  const entries = Object.values(data.literals);
  return entries.length > 0 && entries.every((l) => isObj(l) && Object.keys(l).some((k) => LITERAL_KEYS.includes(k)));
}

export async function loadInputsFile(spec: string, cwd: string, stdin: () => Buffer): Promise<InputsFile> {
  const abs = spec === '-' ? '<stdin>' : resolve(cwd, spec);
  const display = spec === '-' ? '--inputs -' : displayPath(abs, cwd);
  const bytes = spec === '-' ? stdin() : readBytes(abs, display, WHAT);
  // binary unless it reads as text: UTF-8 without control characters (or with them, but no NUL, when the codec does not take it)
  const pb = /\.pb$/i.test(spec);
  if (pb || (!looksLikeText(bytes) && !(isUtf8Text(bytes) && !(await flyteCodec()).conforms('flyteidl.core.LiteralMap', bytes)))) {
    const codec = await flyteCodec();
    if (!codec.conforms('flyteidl.core.LiteralMap', bytes)) {
      throw new TaskInputError(
        { message: `${display} is neither a YAML/JSON mapping of inputs nor a binary flyteidl.core.LiteralMap`, location: display, hint: 'give plain values (name: value) in YAML or JSON, or a LiteralMap (binary, protojson or YAML)' },
        WHAT,
      );
    }
    const decoded = codec.decode('flyteidl.core.LiteralMap', bytes) as { literals?: Record<string, ProtoLiteral> };
    return { kind: 'literals', literals: decoded.literals ?? {}, display, format: 'binary' };
  }
  const source = parseTaskSource(bytes.toString('utf8'), abs, cwd, WHAT);
  const data = source.data;
  if (data === null || data === undefined) return { kind: 'values', values: {}, source };
  if (isLiteralMapJson(data)) {
    const schema = await flyteSchema();
    try {
      const map = schema.fromJson('flyteidl.core.LiteralMap', data, '') as { literals?: Record<string, ProtoLiteral> };
      return { kind: 'literals', literals: map.literals ?? {}, display, format: 'protojson/YAML', source };
    } catch (err) {
      if (!(err instanceof ProtoConversionError)) throw err;
      const msg = err.path ? err.message.slice(err.path.length + 2) : err.message;
      throw new TaskInputError(source.problem(pathOf(err.path), `${err.path || 'literals'}: ${msg}`, { which: 'value' }), WHAT);
    }
  }
  if (!isObj(data)) {
    throw new TaskInputError(source.problemAt(source.locate([]), `the inputs file must be a mapping of input names to values, got ${Array.isArray(data) ? 'a list' : typeof data}`), WHAT);
  }
  return { kind: 'values', values: data as Inputs, source };
}

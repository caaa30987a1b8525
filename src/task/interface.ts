/**
 * A task's inputs against its declared interface, as Flyte's admin checks an execution's inputs
 * (flyteadmin's CheckAndFetchInputsForExecution over the task's generated launch plan):
 *
 *  - a name the interface does not declare is refused ("invalid input x" there; here with did-you-mean);
 *  - every declared input is required — flyteadmin's launch plan for a single task marks them all
 *    required — unless the task file's `defaultInputs` (a ParameterMap, the form of a launch plan's
 *    `default_inputs`) gives a `default` or `required: false`;
 *  - a value must convert to the declared type (plain values) or its literal type must be castable to it
 *    (LiteralMap inputs, kept exactly as given) — admin's "invalid x input wrong type".
 *
 * Every problem names the input, the expected type and where the value came from (file:line:col,
 * `--set …` or the --inputs file) — exit 2. The result is what the plugin's inputReader.get() returns
 * (the values decoded from the literals, exactly as when served) and the LiteralMap for inputs.pb.
 * A task without `interface.inputs` is untyped: its inputs pass as given, and inputs.pb holds them inferred.
 */
import {
  describe,
  formatLiteralType,
  inferLiteral,
  isCastable,
  literalToValue,
  literalTypeFromJson,
  literalTypeOf,
  ProtoConversionError,
  type ProtoLiteral,
  type ProtoLiteralType,
  typeOfValue,
  valueToLiteral,
} from '../literals/index.js';
import type { Inputs } from '../plugin/context.js';
import type { TaskTemplate } from '../plugin/template.js';
import type { Problem } from '../source/problem.js';
import type { SourcePath, YamlSource } from '../source/yaml.js';
import { closest } from '../util/suggest.js';
import { TaskInputError } from './errors.js';
import type { InputsFile } from './flyte/inputs-file.js';
import { mergeInputs, type SetArg } from './inputs.js';

/** One entry of a ParameterMap (`defaultInputs.parameters.<name>`). */
export interface Parameter {
  required: boolean;
  /** A literal (written as a Flyte Literal) or a plain value to convert with the input's type. */
  default?: { literal: ProtoLiteral } | { value: unknown };
}

export interface TaskInterface {
  /** Declared input types; undefined: the task declares none (untyped inputs). */
  inputs?: Record<string, ProtoLiteralType>;
  /** Declared output types; undefined or empty: untyped outputs. */
  outputs?: Record<string, ProtoLiteralType>;
  /** `defaultInputs` by input name. */
  parameters: Record<string, Parameter>;
}

/** Where a problem in the template is shown: at its line in a task file, or at the file. */
export type Locate = (path: SourcePath, message: string, hint?: string) => Problem;

const pathOf = (text: string) => [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));

function types(vars: Record<string, { type?: unknown }> | undefined, side: 'inputs' | 'outputs', problems: Problem[], locate: Locate): Record<string, ProtoLiteralType> | undefined {
  if (!vars) return undefined;
  const out: Record<string, ProtoLiteralType> = {};
  for (const [name, v] of Object.entries(vars)) {
    const at = `interface.${side}.variables.${name}.type`;
    try {
      out[name] = literalTypeFromJson(v?.type, at);
    } catch (err) {
      if (!(err instanceof ProtoConversionError)) throw err;
      problems.push(locate(pathOf(err.path), `${err.message}`));
    }
  }
  return out;
}

/** The declared input and output types of a template (JSON form). An invalid type is exit 2 at its line. */
export function readInterface(template: TaskTemplate, locate: Locate): TaskInterface {
  const problems: Problem[] = [];
  const iface = template.interface;
  const inputs = iface?.inputs ? types(iface.inputs.variables ?? {}, 'inputs', problems, locate) : undefined;
  const outputs = iface?.outputs ? types(iface.outputs.variables ?? {}, 'outputs', problems, locate) : undefined;
  if (problems.length) throw new TaskInputError(problems, 'task file');
  return { ...(inputs && { inputs }), ...(outputs && { outputs }), parameters: {} };
}

export interface InputsRequest {
  iface: TaskInterface;
  /** The task file's `inputs:` and where they are written. */
  taskFile?: { values: Inputs; source: YamlSource };
  file?: InputsFile;
  sets: readonly SetArg[];
  /** Where a missing input is reported (the task file). */
  location: string;
}

export interface TypedInputs {
  /** What inputReader.get() returns. */
  values: Inputs;
  /** The LiteralMap Flyte would send (inputs.pb). */
  literals: Record<string, ProtoLiteral>;
}

interface Origin {
  problem(message: string, hint?: string): Problem;
  /** The literal as given (a LiteralMap input no --set changed). */
  literal?: ProtoLiteral;
  /** The text of a top-level `--set name=text`. */
  text?: string;
}

function originOf(name: string, req: InputsRequest): Origin {
  const set = [...req.sets].reverse().find((s) => s.path.split('.')[0] === name);
  if (set) return { problem: (message, hint) => ({ message, location: `--set ${set.raw}`, ...(hint && { hint }) }), ...(set.path === name && { text: set.text }) };
  const f = req.file;
  if (f && (f.kind === 'values' ? name in f.values : name in f.literals)) {
    const literal = f.kind === 'literals' ? f.literals[name] : undefined;
    if (f.source) return { problem: (m, h) => f.source!.problem(f.kind === 'literals' ? ['literals', name] : [name], m, { which: 'value', ...(h && { hint: h }) }), ...(literal && { literal }) };
    const display = (f as { display: string }).display;
    return { problem: (message, hint) => ({ message, location: `--inputs ${display}`, ...(hint && { hint }) }), ...(literal && { literal }) };
  }
  const src = req.taskFile?.source;
  return { problem: (m, h) => (src ? src.problem(['inputs', name], m, { which: 'value', ...(h && { hint: h }) }) : { message: m, location: req.location, ...(h && { hint: h }) }) };
}

const STRINGLIKE = (t: ProtoLiteralType) => t.simple === 'STRING' || t.enum_type !== undefined && t.enum_type !== null;

/** Check and convert the inputs of one task (throws TaskInputError with every problem found). */
export function typeInputs(req: InputsRequest): TypedInputs {
  const fileValues = req.file?.kind === 'literals' ? decodeAll(req.file.literals) : req.file?.values;
  const merged = mergeInputs({ ...(req.taskFile && { fromTask: req.taskFile.values }), ...(fileValues && { fromFile: fileValues }), sets: req.sets });
  const declared = req.iface.inputs;
  const problems: Problem[] = [];
  const literals: Record<string, ProtoLiteral> = {};
  if (!declared) {
    for (const [name, value] of Object.entries(merged)) {
      const o = originOf(name, req);
      try {
        literals[name] = o.literal ?? inferLiteral(value, `inputs.${name}`);
        if (o.literal) merged[name] = literalToValue(o.literal, `inputs.${name}`);
      } catch (err) {
        if (!(err instanceof ProtoConversionError)) throw err;
        problems.push(o.problem(`input "${name}" cannot be sent to Flyte: ${err.message}`));
      }
    }
    if (problems.length) throw new TaskInputError(problems, 'inputs');
    return { values: merged, literals };
  }
  const names = Object.keys(declared);
  const list = names.map((n) => `${n} (${formatLiteralType(declared[n])})`).join(', ') || 'none';
  for (const [name, value] of Object.entries(merged)) {
    const o = originOf(name, req);
    const type = declared[name];
    if (!type) {
      const guess = closest(name, names);
      problems.push(o.problem(`the task has no input "${name}"`, `${guess ? `did you mean "${guess}"? ` : ''}the task's inputs: ${list}`));
      continue;
    }
    if (o.literal) {
      const given = literalTypeOf(o.literal);
      if (!given || !isCastable(given, type)) problems.push(o.problem(`input "${name}" expects ${formatLiteralType(type)}, but the LiteralMap gives ${given ? formatLiteralType(given) : 'an empty literal'}`));
      else literals[name] = o.literal;
      continue;
    }
    // a top-level --set keeps its text where YAML typing would change it: strings stay strings, int64 exact
    const exactText = o.text !== undefined && (STRINGLIKE(type) || (type.simple === 'INTEGER' && /^\s*-?\d+\s*$/.test(o.text)));
    const v = exactText ? o.text : value;
    try {
      literals[name] = valueToLiteral(v, type, `inputs.${name}`);
    } catch (err) {
      if (!(err instanceof ProtoConversionError)) throw err;
      const hint = o.text !== undefined ? undefined : quoteHint(type, v);
      const detail = err.message.slice(err.path.length + 2);
      const got = err.path !== `inputs.${name}` ? `${typeOfValue(v)} (${err.message})` : detail.startsWith('expected') ? describe(v) : `${describe(v)}: ${detail}`;
      problems.push(o.problem(`input "${name}" expects ${formatLiteralType(type)}, got ${got}`, hint));
    }
  }
  for (const name of names) {
    if (name in merged) continue;
    const p = req.iface.parameters[name];
    if (p?.default) {
      try {
        literals[name] = 'literal' in p.default ? p.default.literal : valueToLiteral(p.default.value, declared[name]!, `defaultInputs.parameters.${name}.default`);
      } catch (err) {
        if (!(err instanceof ProtoConversionError)) throw err;
        problems.push({ message: `the default of input "${name}" does not fit ${formatLiteralType(declared[name])}: ${err.message}`, location: req.location });
      }
    } else if (!p || p.required) {
      problems.push({
        message: `missing input "${name}" (${formatLiteralType(declared[name])})`,
        location: req.location,
        hint: `give it with --set ${name}=<value>${req.taskFile ? ', in an --inputs file or under `inputs:` in the task file' : ' or in an --inputs file'}${p ? '' : `; Flyte requires every input of a task (flyteadmin: "expected_inputs ${name} missing")`}`,
      });
    }
  }
  if (problems.length) throw new TaskInputError(problems, 'inputs');
  const values: Inputs = {};
  for (const [name, lit] of Object.entries(literals)) {
    try {
      values[name] = literalToValue(lit, `inputs.${name}`);
    } catch (err) {
      if (!(err instanceof ProtoConversionError)) throw err;
      problems.push(originOf(name, req).problem(err.message));
    }
  }
  if (problems.length) throw new TaskInputError(problems, 'inputs');
  return { values, literals };
}

const LITERAL_KEYS = ['scalar', 'collection', 'map'];

/**
 * The task file's `defaultInputs` (a ParameterMap: `parameters: {name: {default, required}}`): a
 * default written as a Flyte Literal (`{scalar: …}`, `{collection: …}` or `{map: …}`) is read as one
 * (strictly, by the protos) and must be castable to the input's type; anything else is a plain value.
 */
export async function readDefaultInputs(json: unknown, source: YamlSource | undefined, declared: Record<string, ProtoLiteralType> | undefined): Promise<Record<string, Parameter>> {
  const params = (json as { parameters?: Record<string, { default?: unknown; required?: boolean }> } | undefined)?.parameters ?? {};
  const out: Record<string, Parameter> = {};
  const problems: Problem[] = [];
  const at = (path: SourcePath, message: string): Problem => (source ? source.problem(path, message, { which: 'value' }) : { message });
  for (const [name, p] of Object.entries(params)) {
    if (!declared || !(name in declared)) {
      const guess = declared ? closest(name, Object.keys(declared)) : undefined;
      const hint = guess ? `did you mean "${guess}"?` : 'declare it under interface.inputs.variables';
      problems.push(source ? source.problem(['defaultInputs', 'parameters', name], `defaultInputs: "${name}" is not an input of the task's interface (flyteadmin: "unexpected default_input ${name}")`, { hint }) : { message: `defaultInputs: unexpected input "${name}"`, hint });
      continue;
    }
    const d = p?.default;
    const entry: Parameter = { required: p?.required === true };
    const literalShaped = d !== null && typeof d === 'object' && !Array.isArray(d) && Object.keys(d).length === 1 && LITERAL_KEYS.includes(Object.keys(d)[0]!);
    if (literalShaped) {
      const { flyteSchema } = await import('./flyte/schema.js');
      const where = ['defaultInputs', 'parameters', name, 'default'];
      try {
        const literal = (await flyteSchema()).fromJson('flyteidl.core.Literal', d, '') as ProtoLiteral;
        const given = literalTypeOf(literal);
        const type = declared?.[name];
        if (type && (!given || !isCastable(given, type))) {
          problems.push(at(where, `the default of input "${name}" is ${given ? formatLiteralType(given) : 'an empty literal'}, not castable to ${formatLiteralType(type)} (flyteadmin: "invalid default_input wrong type ${name}")`));
        }
        entry.default = { literal };
      } catch (err) {
        if (!(err instanceof ProtoConversionError)) throw err;
        problems.push(at([...where, ...pathOf(err.path)], `defaultInputs.parameters.${name}.default: ${err.path ? err.message.slice(err.path.length + 2) : err.message}`));
      }
    } else if (d !== undefined) {
      entry.default = { value: d };
    }
    out[name] = entry;
  }
  if (problems.length) throw new TaskInputError(problems, 'task file');
  return out;
}

function decodeAll(literals: Record<string, ProtoLiteral>): Inputs {
  const out: Inputs = {};
  for (const [k, l] of Object.entries(literals)) {
    try {
      out[k] = literalToValue(l, `inputs.${k}`);
    } catch {
      out[k] = null; // reported (with its origin) when typed
    }
  }
  return out;
}

/** A YAML value that was typed as something else than the string the input wants. */
function quoteHint(type: ProtoLiteralType, v: unknown): string | undefined {
  if (type.simple === 'STRING' && (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')) return `quote it to make it a string: "${String(v)}"`;
  return undefined;
}

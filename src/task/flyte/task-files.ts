/**
 * `run <file>` given a task definition Flyte's tools wrote, rather than one of our task files:
 *
 *   a binary flyteidl.admin.TaskSpec (`pyflyte serialize`/`package`'s `*_1.pb`), flyteidl.core.TaskTemplate
 *     or flyteidl.admin.Task — told apart by their wire format (./codec.ts `conforms`);
 *   what `flytectl get task -o json|yaml` prints ({id, closure: {compiledTask: {template}}}, one or a
 *     list) and a CompiledTask/TaskSpec in protojson ({template: …});
 *   a `pyflyte package` archive (.tgz/.tar): its TaskSpecs (`<n>_<name>_1.pb`, any folder), code
 *     bundles skipped; `--task` picks one.
 *
 * The format is found from the content (gzip/tar magic, binary or text, the shape of the data), the
 * extension only breaking ties. Returns undefined for one of our own task files. Protobuf code is
 * loaded only here, only for such files.
 */
import { resolve } from 'node:path';
import { ProtoConversionError } from '../../literals/index.js';
import type { TaskTemplate } from '../../plugin/template.js';
import type { Problem } from '../../source/problem.js';
import { displayPath, MAX_INPUT_FILE_BYTES } from '../../source/read.js';
import type { SourcePath, YamlSource } from '../../source/yaml.js';
import { closest } from '../../util/suggest.js';
import { TaskInputError } from '../errors.js';
import { parseTaskSource } from '../parse.js';
import { flyteCodec } from './codec.js';
import { isGzip, isTar, isUtf8Text, looksLikeText, MAX_ARCHIVE_BYTES, readBytes } from './read.js';
import { flyteSchema, pathOf } from './schema.js';

export interface FlyteTaskDef {
  template: TaskTemplate;
  /** What it was read from, for messages: "a binary flyteidl.admin.TaskSpec", "member 24_x_1.pb of the archive". */
  origin: string;
  /** The archive member (archives only). */
  member?: string;
}

type Obj = Record<string, unknown>;

/** Set fields only (a decoded message has every field, most at their default). */
const nonEmpty = (o: Obj) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== null && v !== undefined && v !== 'UNSPECIFIED'));

const BINARY_TASKS = [
  { type: 'flyteidl.admin.TaskSpec', template: (m: Obj) => m.template as Obj | undefined },
  { type: 'flyteidl.core.TaskTemplate', template: (m: Obj) => m },
  {
    type: 'flyteidl.admin.Task',
    template: (m: Obj): Obj | undefined => {
      const t = ((m.closure as Obj | undefined)?.compiled_task as Obj | undefined)?.template as Obj | undefined;
      // its own id is the registered one (the compiled template's may lack the version)
      return t && { ...t, id: { ...((t.id as Obj | undefined) ?? {}), ...nonEmpty((m.id as Obj | undefined) ?? {}) } };
    },
  },
] as const;

const TRIED = 'a task file (YAML/JSON), `flytectl get task -o json|yaml` output, a `pyflyte package` archive (.tgz/.tar), or a binary flyteidl.admin.TaskSpec, flyteidl.core.TaskTemplate or flyteidl.admin.Task';

/** A Flyte task definition in `file`, or undefined when it is one of our task files. */
export async function readFlyteTaskFile(file: string, cwd: string, select?: string): Promise<FlyteTaskDef | undefined> {
  const abs = resolve(cwd, file);
  const display = displayPath(abs, cwd);
  const what = 'task file';
  // an archive may be large (code bundles); anything else is held to the 16 MiB of every input file
  const bytes = readBytes(abs, display, what, MAX_ARCHIVE_BYTES);
  const fail = (message: string, hint?: string): never => {
    throw new TaskInputError({ message, location: display, ...(hint && { hint }) }, what);
  };
  const ext = /\.(tgz|tar\.gz|tar|pb|json|ya?ml)$/i.exec(abs)?.[1]?.toLowerCase();
  if (isGzip(bytes) || isTar(bytes) || ext === 'tgz' || ext === 'tar' || ext === 'tar.gz') {
    const { ArchiveError, readArchive } = await import('./archive.js');
    let members;
    try {
      members = readArchive(bytes);
    } catch (err) {
      if (err instanceof ArchiveError) return fail(`cannot read ${display} as a pyflyte package archive: ${err.message}`, `tried: ${TRIED}`);
      throw err;
    }
    return fromArchive(members, display, select, fail);
  }
  if (bytes.length > MAX_INPUT_FILE_BYTES) {
    return fail(`${what} ${display} is more than ${MAX_INPUT_FILE_BYTES / 1024 / 1024} MiB and no package archive: not read`, `give a regular file of at most ${MAX_INPUT_FILE_BYTES / 1024 / 1024} MiB`);
  }
  // a .yaml/.json file may hold raw control characters (an ESC in a name): text unless it is no UTF-8 or holds a NUL
  const textual = ext !== 'pb' && (looksLikeText(bytes) || ((ext === 'yaml' || ext === 'yml' || ext === 'json') && isUtf8Text(bytes)));
  if (ext === 'pb' || !looksLikeText(bytes)) {
    const found = await binaryTask(bytes);
    if (found) {
      return { template: await templateJson(found.template), origin: `a binary ${found.type}` };
    }
  }
  if (!textual) {
    const codec = await flyteCodec();
    const hint = codec.conforms('flyteidl.core.LiteralMap', bytes) ? 'it looks like a flyteidl.core.LiteralMap: give inputs with --inputs <file>' : `tried: ${TRIED}`;
    return fail(`${display} is not a task this command can run: not a binary flyteidl.admin.TaskSpec, flyteidl.core.TaskTemplate or flyteidl.admin.Task`, hint);
  }
  const source = parseTaskSource(bytes.toString('utf8'), abs, cwd, what);
  return fromText(source, select, fail);
}

async function binaryTask(bytes: Uint8Array): Promise<{ type: string; template: Obj } | undefined> {
  const codec = await flyteCodec();
  for (const m of BINARY_TASKS) {
    if (!codec.conforms(m.type, bytes)) continue;
    const template = m.template(codec.decode(m.type, bytes));
    if (template && typeof template.type === 'string' && template.type !== '') return { type: m.type, template };
  }
  return undefined;
}

/** A decoded core.TaskTemplate → the JSON form plugins read (taskReader.read()). */
async function templateJson(template: Obj): Promise<TaskTemplate> {
  const schema = await flyteSchema();
  return schema.toJson('flyteidl.core.TaskTemplate', template) as TaskTemplate;
}

// ---------------------------------------------------------------- text: flytectl's JSON/YAML

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where the template sits in one item of flytectl's output, or undefined when it is no such item. */
function templatePath(item: unknown): SourcePath | undefined {
  if (!isObj(item) || 'type' in item) return undefined;
  const closure = item.closure;
  if (isObj(closure)) {
    const key = 'compiledTask' in closure ? 'compiledTask' : 'compiled_task' in closure ? 'compiled_task' : undefined;
    if (key && isObj(closure[key]) && isObj((closure[key] as Obj).template)) return ['closure', key, 'template'];
    return undefined;
  }
  return isObj(item.template) ? ['template'] : undefined;
}

async function fromText(source: YamlSource, select: string | undefined, fail: (m: string, h?: string) => never): Promise<FlyteTaskDef | undefined> {
  const data = source.data;
  const items = Array.isArray(data) ? data : [data];
  const paths = items.map(templatePath);
  if (paths.some((p) => p === undefined)) return undefined; // one of our task files (checked by its own schema)
  const schema = await flyteSchema();
  const tasks = items.map((item, i) => {
    const prefix: SourcePath = [...(Array.isArray(data) ? [i] : []), ...paths[i]!];
    const json = prefix.reduce<unknown>((o, k) => (o as Obj)[k as string], data);
    try {
      const proto = schema.fromJson('flyteidl.core.TaskTemplate', json, '') as Obj;
      const outer = isObj(item) && isObj(item.id) ? (schema.fromJson('flyteidl.core.Identifier', item.id, '') as Obj) : undefined;
      // an admin.Task's own id is the registered one (its compiled template's may lack the version)
      return schema.toJson('flyteidl.core.TaskTemplate', outer ? { ...proto, id: { ...((proto.id as Obj | undefined) ?? {}), ...nonEmpty(outer) } } : proto) as TaskTemplate;
    } catch (err) {
      if (!(err instanceof ProtoConversionError)) throw err;
      const at = [...prefix, ...pathOf(err.path)];
      const msg = err.path ? err.message.slice(err.path.length + 2) : err.message;
      throw new TaskInputError(source.problem(at, `${fieldName(at)}: ${msg}`, { which: 'value' }), 'task file');
    }
  });
  const kind = paths[0]!.length === 1 ? 'a TaskSpec/CompiledTask (protojson)' : 'flytectl get task output';
  if (tasks.length === 1 && select === undefined) return { template: tasks[0]!, origin: kind };
  const picked = pick(
    tasks.map((t) => ({ name: t.id?.name ?? '', version: t.id?.version ?? '', type: t.type, template: t })),
    select,
    source.display,
    fail,
  );
  return { template: picked.template, origin: kind };
}

function fieldName(path: SourcePath): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : String(k)), '');
}

// ---------------------------------------------------------------- package archives

/** `[<n>_]<name>_1.pb`: pyflyte package's TaskSpecs (`_2` are workflows, `_3` launch plans). */
const TASK_SPEC = /(?:^|\/)(?:(\d+)_)?([^/]+)_1\.pb$/;

async function fromArchive(members: { name: string; data: Buffer }[], display: string, select: string | undefined, fail: (m: string, h?: string) => never): Promise<FlyteTaskDef> {
  const codec = await flyteCodec();
  const found: Candidate<Obj>[] = [];
  for (const m of members) {
    const match = TASK_SPEC.exec(m.name);
    if (!match || !codec.conforms('flyteidl.admin.TaskSpec', m.data)) continue; // code bundles, workflows, launch plans
    const template = (codec.decode('flyteidl.admin.TaskSpec', m.data).template ?? undefined) as Obj | undefined;
    if (!template || typeof template.type !== 'string' || !template.type) continue;
    const id = (template.id ?? {}) as Obj;
    found.push({ name: String(id.name || match[2]), version: String(id.version ?? ''), type: template.type, member: m.name, order: Number(match[1] ?? Infinity), template });
  }
  if (found.length === 0) {
    return fail(`${display} holds no task (no TaskSpec member named <n>_<name>_1.pb among its ${members.length} files)`, `members: ${members.map((m) => m.name).slice(0, 20).join(', ')}`);
  }
  found.sort((a, b) => (a.order! - b.order!) || a.member!.localeCompare(b.member!));
  const picked = pick(found, select, display, fail);
  return { template: await templateJson(picked.template), origin: `member ${picked.member} of the package archive`, member: picked.member! };
}

// ---------------------------------------------------------------- --task

interface Candidate<T> {
  name: string;
  version: string;
  type: string;
  template: T;
  member?: string;
  order?: number;
}

/** A version worth showing (not pyflyte's unrendered `{{ registration.version }}`). */
const shownVersion = (v: string) => (v && !v.includes('{{') ? v : '');

function listing(cs: Candidate<unknown>[]): string {
  const width = Math.min(60, Math.max(...cs.map((c) => c.name.length)));
  return cs.map((c) => `  ${c.name.padEnd(width)}  ${c.type}${shownVersion(c.version) ? `  version ${c.version}` : ''}${c.member ? `  (${c.member})` : ''}`).join('\n');
}

/**
 * The task `--task` names: an exact name, `name:version`, an archive member (path or base name), else
 * the tasks whose dotted name ends with it (`--task greet` for `core.flyte_basics.lp.greet`). None or
 * several: exit 2 with the list to choose from.
 */
export function pick<T>(cs: Candidate<T>[], select: string | undefined, display: string, fail: (m: string, h?: string) => never): Candidate<T> {
  if (select === undefined) {
    if (cs.length === 1) return cs[0]!;
    return fail(`${display} holds ${cs.length} tasks: pick one with --task <name>`, `tasks:\n${listing(cs)}`);
  }
  const base = (m?: string) => m?.split('/').pop();
  let hits = cs.filter((c) => c.name === select || `${c.name}:${c.version}` === select || c.member === select || base(c.member) === select);
  if (hits.length === 0) hits = cs.filter((c) => c.name.endsWith(`.${select}`));
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) {
    const hint = `matching tasks:\n${listing(hits)}\nname one exactly${hits.some((h) => h.member) ? ', or by its member file' : ''}${new Set(hits.map((h) => `${h.name}:${h.version}`)).size === hits.length && new Set(hits.map((h) => h.name)).size < hits.length ? ', or as <name>:<version>' : ''}`;
    return fail(`--task ${select}: ${hits.length} tasks in ${display} match`, hint);
  }
  const guess = closest(select, cs.map((c) => c.name)) ?? closest(select, cs.map((c) => c.name.split('.').pop()!));
  const problem: Problem = { message: `--task ${select}: ${display} has no such task`, location: '--task', hint: `${guess ? `did you mean "${guess}"?\n` : ''}tasks:\n${listing(cs)}` };
  throw new TaskInputError(problem, 'task file');
}

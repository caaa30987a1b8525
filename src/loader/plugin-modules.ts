/**
 * Load plugin modules named on the command line, in a config file or in a task file.
 * A module's default export is a PluginEntry or an array of them. TypeScript sources load directly
 * (through tsx), with no build step; a syntax error in them is shown at its line (src/source/syntax.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type PluginEntry, taskTypeSpecProblem } from '../plugin/plugin.js';
import { syntaxProblem } from '../source/syntax.js';
import { PluginImportError, PluginModuleError } from './errors.js';

export interface PluginModuleRef {
  /** As written by the user: a relative/absolute path or a package name. */
  module: string;
  /** The file (or directory) that named it; relative paths resolve against its directory. */
  from: string;
  /** e.g. "--plugin", "config file plugins[0]", "task file plugin:" (for messages). */
  source?: string;
  /** The directory paths in messages are shown relative to (the current directory). */
  cwd?: string;
}

export interface LoadedPluginModule {
  ref: PluginModuleRef;
  /** Absolute path (or package specifier) that was imported. */
  resolved: string;
  entries: PluginEntry[];
}

const TS_EXT = /\.(m|c)?tsx?$/;

function baseDirOf(from: string): string {
  return existsSync(from) && !isDirectory(from) ? dirname(from) : from;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Resolve a module reference to an absolute file path, or keep a bare package specifier. */
export function resolvePluginModule(ref: PluginModuleRef): string {
  const base = baseDirOf(ref.from);
  const spec = ref.module;
  if (spec.startsWith('.') || isAbsolute(spec) || /\.(m|c)?[jt]sx?$/.test(spec)) {
    const abs = isAbsolute(spec) ? spec : resolve(base, spec);
    if (!existsSync(abs)) {
      throw new PluginModuleError({
        message: `plugin module not found: ${spec}`,
        location: `${ref.source ?? 'plugin'} (resolved to ${abs})`,
        hint: `paths are relative to ${isDirectory(ref.from) ? 'the current directory' : 'the file that names them'} (${base})`,
      });
    }
    return abs;
  }
  // a package name: resolve from the naming file's directory
  try {
    return createRequire(resolve(base, 'noop.js')).resolve(spec);
  } catch {
    throw new PluginModuleError({
      message: `plugin package not found: ${spec}`,
      location: ref.source ?? 'plugin',
      hint: `install it (npm install ${spec}) or give a path such as ./src/plugin.ts`,
    });
  }
}

let tsLoader: Promise<void> | undefined;

/**
 * TypeScript support, registered once for the process (ESM and CommonJS, as the `tsx` CLI does), with
 * source maps on: an error thrown in a plugin then points at its own .ts line.
 */
function enableTypeScript(): Promise<void> {
  tsLoader ??= (async () => {
    const [esm, cjs] = await Promise.all([import('tsx/esm/api'), import('tsx/cjs/api')]);
    esm.register();
    cjs.register();
    process.setSourceMapsEnabled(true);
  })();
  return tsLoader;
}

async function importModule(path: string): Promise<Record<string, unknown>> {
  if (TS_EXT.test(path)) await enableTypeScript();
  return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
}

/** Check one entry's shape; returns a list of problems. */
export function validatePluginEntry(e: unknown): string[] {
  const problems: string[] = [];
  if (!e || typeof e !== 'object') return ['is not an object'];
  const o = e as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id === '') problems.push('`id` must be a non-empty string');
  if (!Array.isArray(o.supportedTaskTypes) || o.supportedTaskTypes.length === 0 || o.supportedTaskTypes.some((t) => taskTypeSpecProblem(t))) {
    problems.push('`supportedTaskTypes` must be a non-empty array of strings (task type names) or { name, version } objects');
  }
  if (typeof o.pluginLoader !== 'function') problems.push('`pluginLoader` must be a function');
  if (o.isDefault !== undefined && typeof o.isDefault !== 'boolean') problems.push('`isDefault` must be a boolean');
  if (o.defaultForTaskTypes !== undefined && (!Array.isArray(o.defaultForTaskTypes) || o.defaultForTaskTypes.some((t) => taskTypeSpecProblem(t)))) {
    problems.push('`defaultForTaskTypes` must be an array of strings (task type names) or { name, version } objects');
  }
  return problems;
}

export async function loadPluginModule(ref: PluginModuleRef, resolved = resolvePluginModule(ref)): Promise<LoadedPluginModule> {
  let mod: Record<string, unknown>;
  try {
    mod = await importModule(resolved);
  } catch (err) {
    const syntax = syntaxProblem(err, { file: resolved, ...(ref.cwd !== undefined && { cwd: ref.cwd }) });
    if (syntax) {
      throw new PluginModuleError({ ...syntax, message: `plugin module ${ref.module} has a syntax error: ${syntax.message}` }, { cause: err });
    }
    const msg = err instanceof Error ? err.message : String(err);
    throw new PluginImportError(`plugin module ${ref.module} failed to load: ${msg.split('\n')[0]}`, { location: resolved, cause: err });
  }
  let def = mod.default;
  // a CommonJS module or a TS file compiled as CJS may nest the default
  if (def && typeof def === 'object' && !Array.isArray(def) && 'default' in def && !('id' in def)) def = (def as { default: unknown }).default;
  const expected = 'expected `export default` of a PluginEntry `{ id, supportedTaskTypes, pluginLoader }` or an array of them';
  if (def === undefined) {
    throw new PluginModuleError({ message: `plugin module ${ref.module} has no default export`, location: resolved, hint: expected });
  }
  const list = Array.isArray(def) ? def : [def];
  if (list.length === 0) throw new PluginModuleError({ message: `plugin module ${ref.module} exports an empty array`, location: resolved, hint: expected });
  list.forEach((e, i) => {
    const problems = validatePluginEntry(e);
    if (problems.length) {
      const which = Array.isArray(def) ? `default export [${i}]` : 'default export';
      throw new PluginModuleError({ message: `plugin module ${ref.module}: ${which} is not a PluginEntry: ${problems.join('; ')}`, location: resolved, hint: expected });
    }
  });
  return { ref, resolved, entries: list as PluginEntry[] };
}

/** Load several modules; duplicate plugin ids across modules are an error. `onLoad` is told of each import before it starts. */
export async function loadPluginModules(refs: PluginModuleRef[], onLoad?: (resolved: string) => void): Promise<{ modules: LoadedPluginModule[]; entries: PluginEntry[] }> {
  const modules: LoadedPluginModule[] = [];
  const seen = new Map<string, string>();
  const seenPaths = new Set<string>();
  for (const ref of refs) {
    const resolved = resolvePluginModule(ref);
    if (seenPaths.has(resolved)) continue; // the same module named twice (flag + config file) loads once
    seenPaths.add(resolved);
    onLoad?.(resolved);
    const m = await loadPluginModule(ref, resolved);
    for (const e of m.entries) {
      const prev = seen.get(e.id);
      if (prev) throw new PluginModuleError({ message: `plugin id "${e.id}" is defined twice: in ${prev} and in ${m.resolved}`, hint: 'plugin ids must be unique' });
      seen.set(e.id, m.resolved);
    }
    modules.push(m);
  }
  return { modules, entries: modules.flatMap((m) => m.entries) };
}

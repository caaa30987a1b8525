/**
 * Finding and reading the config file: cosmiconfig 9 (module name "webapi-plugin"), with our own loaders
 * so that YAML/JSON keep source positions (src/source/yaml.ts), TypeScript configs load through tsx (a
 * runtime dependency, so no `typescript` needed), and a module that throws is reported naming its file.
 *
 * Search order (the first file found wins): --config when given; else from the directory of each task
 * file up to its project root (the first directory with a package.json), in the order the task files
 * were given; then from the current directory up to its project root.
 */
import { existsSync, statSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cosmiconfig, getDefaultSearchPlaces, type Loader } from 'cosmiconfig';
import { ProblemError } from '../source/problem.js';
import { displayPath } from '../source/read.js';
import { syntaxProblem } from '../source/syntax.js';
import { parseYaml, type SourcePath, type YamlSource } from '../source/yaml.js';
import { ConfigError } from './errors.js';

export const MODULE_NAME = 'webapi-plugin';
export const SEARCH_PLACES: readonly string[] = getDefaultSearchPlaces(MODULE_NAME);

export type ConfigFileKind = 'yaml' | 'package.json' | 'module';

export interface LoadedConfigFile {
  /** Absolute path. */
  path: string;
  kind: ConfigFileKind;
  /** The raw content (for package.json: the "webapi-plugin" key). */
  data: unknown;
  /** The text with positions (YAML/JSON files only). */
  source?: YamlSource;
  /** Where `data` sits in `source` (package.json: under the "webapi-plugin" key). */
  prefix: SourcePath;
}

export interface DiscoveryResult {
  file?: LoadedConfigFile;
  /** Every place looked at (when no --config was given), in search order. */
  searched: string[];
  /** The directories searched, in search order. */
  searchedDirs: string[];
}

export interface DiscoverOptions {
  cwd: string;
  /** --config: this file, no search. */
  configPath?: string;
  /** Directories searched (each up to its project root) before the current directory: the task files' directories. */
  searchFrom?: readonly string[];
}

/** The directories cosmiconfig's 'project' strategy visits: cwd up to the first with package.json/yaml. */
export function projectSearchDirs(cwd: string): string[] {
  const dirs: string[] = [];
  let dir = resolve(cwd);
  for (;;) {
    dirs.push(dir);
    if (existsSync(join(dir, 'package.json')) || existsSync(join(dir, 'package.yaml'))) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dirs;
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0] ?? e.message;
  return String(e);
}

async function importModuleConfig(filepath: string, cwd: string): Promise<unknown> {
  const href = pathToFileURL(await realpath(filepath)).href;
  let mod: Record<string, unknown>;
  try {
    if (/\.(m|c)?ts$/.test(filepath)) {
      const { tsImport } = await import('tsx/esm/api');
      mod = (await tsImport(href, import.meta.url)) as Record<string, unknown>;
    } else {
      mod = (await import(href)) as Record<string, unknown>;
    }
  } catch (e) {
    if (e instanceof ProblemError) throw e;
    const syntax = syntaxProblem(e, { file: filepath, cwd });
    if (syntax) throw new ConfigError({ ...syntax, message: `config file ${filepath} cannot be compiled: ${syntax.message}` }, 'config file', { cause: e });
    throw new ConfigError(
      { message: `config file ${filepath} failed to load: ${describeError(e)}`, location: filepath, hint: 'the module threw while it was being imported; run it with node to see the full error' },
      'config file',
      { cause: e },
    );
  }
  let def: unknown = 'default' in mod ? mod.default : mod;
  // a CommonJS/TS module compiled to CJS may nest its default
  if (def && typeof def === 'object' && !Array.isArray(def) && Object.keys(def).length === 1 && 'default' in def) {
    def = (def as { default: unknown }).default;
  }
  if (typeof def === 'function') {
    try {
      def = await (def as () => unknown)();
    } catch (e) {
      throw new ConfigError({ message: `config file ${filepath}: its exported function threw: ${describeError(e)}`, location: filepath }, 'config file', { cause: e });
    }
  }
  return def;
}

export async function discoverConfig(opts: DiscoverOptions): Promise<DiscoveryResult> {
  const parsed = new Map<string, YamlSource>();
  const yamlLoader: Loader = (filepath, content) => {
    const p = parseYaml(content, { path: filepath, display: displayPath(filepath, opts.cwd), what: 'config file', error: (problems, what) => new ConfigError(problems, what) });
    parsed.set(filepath, p);
    return p.data as never;
  };
  const moduleLoader: Loader = (filepath) => importModuleConfig(filepath, opts.cwd) as never;
  const explorer = cosmiconfig(MODULE_NAME, {
    searchStrategy: 'project',
    searchPlaces: [...SEARCH_PLACES],
    cache: false,
    loaders: {
      '.json': yamlLoader,
      '.yaml': yamlLoader,
      '.yml': yamlLoader,
      noExt: yamlLoader,
      '.js': moduleLoader,
      '.mjs': moduleLoader,
      '.cjs': moduleLoader,
      '.ts': moduleLoader,
      '.mts': moduleLoader,
      '.cts': moduleLoader,
      // any other extension given with --config is read as YAML (which includes JSON)
      default: yamlLoader,
    },
  });

  let result: { filepath: string; config: unknown; isEmpty?: boolean } | null;
  let searched: string[] = [];
  let searchedDirs: string[] = [];
  try {
    if (opts.configPath !== undefined) {
      const abs = resolve(opts.cwd, opts.configPath);
      if (!existsSync(abs)) {
        throw new ConfigError({ message: `config file not found: ${opts.configPath}`, location: '--config', hint: `looked for ${abs}` }, 'config file');
      }
      if (statSync(abs).isDirectory()) {
        throw new ConfigError({ message: `--config names a directory, not a file: ${opts.configPath}`, location: '--config' }, 'config file');
      }
      result = await explorer.load(abs);
      if (result === null) result = { filepath: abs, config: undefined, isEmpty: true };
    } else {
      result = null;
      const starts = [...new Set([...(opts.searchFrom ?? []).map((d) => resolve(opts.cwd, d)), resolve(opts.cwd)])];
      for (const start of starts) {
        const dirs = projectSearchDirs(start).filter((d) => !searchedDirs.includes(d));
        if (dirs.length === 0) continue;
        searchedDirs.push(...dirs);
        searched.push(...dirs.flatMap((d) => SEARCH_PLACES.map((p) => join(d, p))));
        result = await explorer.search(start);
        if (result) break;
      }
    }
  } catch (e) {
    if (e instanceof ProblemError) throw e;
    const file = (e as { filepath?: string }).filepath;
    throw new ConfigError({ message: `config file ${file ?? opts.configPath ?? ''} could not be read: ${describeError(e)}`, ...(file ? { location: file } : {}) }, 'config file', { cause: e });
  }
  if (!result) return { searched, searchedDirs };
  const path = result.filepath;
  const isPackage = basename(path) === 'package.json';
  const src = parsed.get(path);
  const ext = extname(path);
  const kind: ConfigFileKind = isPackage ? 'package.json' : src || !/^\.(m|c)?[jt]s$/.test(ext) ? 'yaml' : 'module';
  const file: LoadedConfigFile = {
    path,
    kind,
    data: result.config === undefined || result.config === null ? {} : result.config,
    ...(src && { source: src }),
    prefix: isPackage ? [MODULE_NAME] : [],
  };
  return { file, searched, searchedDirs };
}

/** A compact description of the search, for "no config file found" notes. */
export function describeSearch(searchedDirs: readonly string[]): string {
  const places =
    `package.json ("${MODULE_NAME}" key), .${MODULE_NAME}rc, .${MODULE_NAME}rc.{json,yaml,yml,js,ts,cjs,mjs}, ` +
    `.config/${MODULE_NAME}rc{,.json,.yaml,.yml,.js,.ts,.cjs,.mjs}, ${MODULE_NAME}.config.{js,ts,cjs,mjs}`;
  return `searched ${searchedDirs.join(', ')} for: ${places}`;
}

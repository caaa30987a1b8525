/**
 * Finding and reading the config file: cosmiconfig 9 (module name "webapi-plugin"), with our own loaders
 * so that YAML/JSON keep source positions (src/source/yaml.ts), TypeScript configs load through tsx (a
 * runtime dependency, so no `typescript` needed), and a module that throws is reported naming its file.
 *
 * Search order (the first file found wins): --config when given; else from the directory of each task
 * file up to its project root (the first directory with a package.json), in the order the task files
 * were given; then from the current directory up to its project root.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cosmiconfig, getDefaultSearchPlaces, type Loader } from 'cosmiconfig';
import { ProblemError } from '../source/problem.js';
import { displayPath, MAX_INPUT_FILE_BYTES, notReadable } from '../source/read.js';
import { syntaxProblem } from '../source/syntax.js';
import { parseYaml, type SourcePath, type YamlSource } from '../source/yaml.js';
import { ConfigError } from './errors.js';
import { plainConfigData } from './module-data.js';

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
  /** Told before a config module (JS/TS) is imported (a command names it if the import never settles). */
  onLoadModule?: (path: string) => void;
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
  if (typeof def === 'function' || typeof (def as { then?: unknown } | null)?.then === 'function') {
    try {
      // a function's result, or a promise, is awaited (one that never settles is the command's stall guard's to report)
      def = await (typeof def === 'function' ? (def as () => unknown)() : def);
    } catch (e) {
      throw new ConfigError({ message: `config file ${filepath}: its default export ${typeof def === "function" ? "function threw" : "promise rejected"}: ${describeError(e)}`, location: filepath }, 'config file', { cause: e });
    }
  }
  return plainConfigData(def, filepath);
}

/** A package.json that is not valid JSON (cosmiconfig reads the one in the current directory for its own options). */
function brokenPackageJson(e: unknown, cwd: string): ConfigError | undefined {
  const m = /JSON Error in (\S*package\.json)/.exec(e instanceof Error ? e.message : '');
  if (!m) return undefined;
  const file = m[1]!;
  const display = displayPath(file, cwd);
  const hint = 'fix the JSON (a package.json is also where a "webapi-plugin" config key may live)';
  try {
    parseYaml(readFileSync(file, 'utf8'), { path: file, display, what: 'package.json', error: (problems, what) => new ConfigError(problems.map((p) => ({ ...p, message: p.message.replace('is not valid YAML', 'is not valid JSON'), hint })), what) });
  } catch (err) {
    if (err instanceof ConfigError) return err;
  }
  const detail = (e as Error).message.split('\n').find((l) => /JSON|position/.test(l) && !l.startsWith('JSON Error')) ?? '';
  return new ConfigError({ message: `${display} is not valid JSON${detail ? `: ${detail.trim()}` : ''}`, location: display, hint }, 'package.json');
}

export async function discoverConfig(opts: DiscoverOptions): Promise<DiscoveryResult> {
  const parsed = new Map<string, YamlSource>();
  const yamlLoader: Loader = (filepath, content) => {
    const p = parseYaml(content, { path: filepath, display: displayPath(filepath, opts.cwd), what: 'config file', error: (problems, what) => new ConfigError(problems, what) });
    parsed.set(filepath, p);
    return p.data as never;
  };
  const moduleLoader: Loader = (filepath) => {
    opts.onLoadModule?.(filepath);
    return importModuleConfig(filepath, opts.cwd) as never;
  };
  const explorer = () => cosmiconfig(MODULE_NAME, {
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
      const st = statSync(abs);
      if (st.isDirectory()) {
        throw new ConfigError({ message: `--config names a directory, not a file: ${opts.configPath}`, location: '--config' }, 'config file');
      }
      const why = notReadable(st) ?? (st.size > MAX_INPUT_FILE_BYTES ? `more than ${MAX_INPUT_FILE_BYTES / 1024 / 1024} MiB` : undefined);
      if (why) throw new ConfigError({ message: `config file ${opts.configPath} is ${why}: not read`, location: '--config' }, 'config file');
      result = await explorer().load(abs);
      if (result === null) result = { filepath: abs, config: undefined, isEmpty: true };
    } else {
      result = null;
      const starts = [...new Set([...(opts.searchFrom ?? []).map((d) => resolve(opts.cwd, d)), resolve(opts.cwd)])];
      for (const start of starts) {
        const dirs = projectSearchDirs(start).filter((d) => !searchedDirs.includes(d));
        if (dirs.length === 0) continue;
        searchedDirs.push(...dirs);
        searched.push(...dirs.flatMap((d) => SEARCH_PLACES.map((p) => join(d, p))));
        result = await explorer().search(start);
        if (result) break;
      }
    }
  } catch (e) {
    if (e instanceof ProblemError) throw e;
    const pkg = brokenPackageJson(e, opts.cwd);
    if (pkg) throw pkg;
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

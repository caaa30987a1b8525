/**
 * Which `webapi-plugin` the new project depends on, decided before anything is written.
 *
 * The published range (^<this version>) only works if a registry has that version. A checkout of this
 * repository is never published as it is, so from a checkout the project is linked to it (file:<path>),
 * and said so. An installed copy (npx, a global install) asks the configured registry (`npm view`); when
 * the version is not there, init stops with the command that works (or, interactively, offers the link).
 * `--link <path>` and `--no-link` decide without asking anything.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';

export interface OwnPackage {
  /** The installed webapi-plugin (or checkout) this CLI runs from. */
  root: string;
  version: string;
  /** A source checkout (it has .git or src/, and is not inside node_modules): never a published version. */
  checkout: boolean;
}

export function ownPackage(root = fileURLToPath(new URL('../../', import.meta.url))): OwnPackage {
  const clean = root.replace(/[\\/]+$/, '');
  const version = (JSON.parse(readFileSync(join(clean, 'package.json'), 'utf8')) as { version: string }).version;
  const insideNodeModules = clean.split(sep).includes('node_modules');
  const checkout = !insideNodeModules && (existsSync(join(clean, '.git')) || existsSync(join(clean, 'src')));
  return { root: clean, version, checkout };
}

export type RegistryCheck = { status: 'found'; version: string } | { status: 'missing'; where: string } | { status: 'unknown'; reason: string };

/** `npm view webapi-plugin@<range> version` against the configured registry (bounded: 20 s). */
export function checkRegistry(range: string, cwd: string, env: NodeJS.ProcessEnv): Promise<RegistryCheck> {
  return new Promise((done) => {
    execFile('npm', ['view', `webapi-plugin@${range}`, 'version', '--json'], { cwd, env, timeout: 20_000, encoding: 'utf8' }, (err, stdout) => {
      const text = String(stdout ?? '').trim();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      const error = (parsed as { error?: { code?: string; summary?: string } } | undefined)?.error;
      if (error?.code === 'E404') {
        const url = /GET (\S+)/.exec(error.summary ?? '')?.[1];
        return done({ status: 'missing', where: url ? `the registry (${url.replace(/\/webapi-plugin$/, '/')})` : 'the configured registry' });
      }
      if (!err && (typeof parsed === 'string' || (Array.isArray(parsed) && parsed.length > 0))) {
        return done({ status: 'found', version: String(Array.isArray(parsed) ? parsed[parsed.length - 1] : parsed) });
      }
      // npm answers an existing package without a matching version with nothing at all
      if (!err && parsed === undefined) return done({ status: 'missing', where: 'the configured registry' });
      const code = (err as NodeJS.ErrnoException | null)?.code;
      const reason = code === 'ENOENT' ? 'npm was not found on PATH' : (err as { killed?: boolean } | null)?.killed ? 'npm did not answer within 20s' : (error?.summary ?? 'the registry could not be reached');
      done({ status: 'unknown', reason });
    });
  });
}

export interface DependencyDecision {
  /** What package.json gets: "^0.1.0" or "file:/abs/path". */
  spec: string;
  /** Set when the project is linked to a local copy. */
  linkedTo?: string;
  /** Said to the user (stdout): why the project is linked. */
  note?: string;
  /** Said on stderr: the registry could not be checked. */
  warning?: string;
}

export interface DecideInput {
  /** `--link <path>` (string), `--no-link` (false), or neither. */
  link: string | false | undefined;
  cwd: string;
  env: NodeJS.ProcessEnv;
  own: OwnPackage;
  /** The command line as typed after `webapi-plugin`, for the command that works. */
  argv: readonly string[];
  /** Interactive only: offer the link; true = link. */
  confirm?: (message: string) => Promise<boolean>;
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** `--link <path>` → `file:<absolute path>`, checked to be a webapi-plugin package. */
export function linkDependency(link: string, cwd: string): string {
  const abs = resolve(cwd, link);
  let name: unknown;
  try {
    name = (JSON.parse(readFileSync(resolve(abs, 'package.json'), 'utf8')) as { name?: unknown }).name;
  } catch {
    throw new UsageError(`--link ${link}: no package.json in ${abs}`, { location: '--link', hint: 'give the path of a webapi-plugin checkout (the folder holding its package.json)' });
  }
  if (name !== 'webapi-plugin') throw new UsageError(`--link ${link}: ${abs} holds the package "${String(name)}", not webapi-plugin`, { location: '--link' });
  return `file:${abs}`;
}

export async function decideDependency(i: DecideInput): Promise<DependencyDecision> {
  const range = `^${i.own.version}`;
  if (typeof i.link === 'string') {
    const spec = linkDependency(i.link, i.cwd);
    return { spec, linkedTo: spec.slice('file:'.length) };
  }
  if (i.link === false) return { spec: range };
  const link = { spec: `file:${i.own.root}`, linkedTo: i.own.root };
  const withLink = `webapi-plugin ${[...i.argv.filter((a) => a !== '--link' && !a.startsWith('--link=')), '--link', i.own.root].map(shellQuote).join(' ')}`;

  if (i.own.checkout) {
    const why = `webapi-plugin runs from a checkout (${i.own.root}), which is not a published version`;
    if (i.confirm && !(await i.confirm(`${why}. Link the project to it (file:${i.own.root})?`))) {
      throw new UsageError(`${why}, and you chose not to link it; nothing was written`, {
        hint: `publish or install webapi-plugin ${i.own.version} first and re-run with --no-link, or link: ${withLink}`,
      });
    }
    return { ...link, note: `${why}: the project depends on it as file:${i.own.root} (--no-link to depend on ${range} instead)` };
  }

  const check = await checkRegistry(range, i.cwd, i.env);
  if (check.status === 'found') return { spec: range };
  if (check.status === 'unknown') {
    return { spec: range, warning: `could not check that webapi-plugin@${range} is on the registry (${check.reason}); if installing fails with E404, re-run with --link ${i.own.root}` };
  }
  const why = `webapi-plugin@${range} is not on ${check.where}, so installing the project would fail (E404)`;
  if (i.confirm && (await i.confirm(`${why}. Link the project to this installation (file:${i.own.root}) instead?`))) {
    return { ...link, note: `linked to this installation of webapi-plugin (file:${i.own.root}): ${range} is not on ${check.where}` };
  }
  throw new UsageError(`${why}; nothing was written`, {
    hint: `link this installation instead: ${withLink}\n  or publish webapi-plugin ${i.own.version} to that registry first (or pass --no-link to write ${range} anyway)`,
  });
}

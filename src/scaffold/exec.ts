/**
 * Running the package manager's install and git (init, add, commit) in the new project, through execa.
 * Imported only when one of them runs (execa is a heavy import).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { type PackageManager, installCommand } from './package-manager.js';

export interface InstallResult {
  ok: boolean;
  command: string;
  /** Exit code of the package manager, or undefined when it could not be started. */
  exitCode?: number;
  error?: string;
}

/**
 * Run the package manager's install in `cwd` with its output streamed to `out` as it comes.
 * `signal` aborts the child (Ctrl-C).
 */
export async function installDependencies(
  pm: PackageManager,
  cwd: string,
  out: NodeJS.WritableStream,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<InstallResult> {
  const [file, args] = installCommand(pm);
  const command = [file, ...args].join(' ');
  const child = execa(file, args, {
    cwd,
    env,
    extendEnv: false,
    stdin: 'ignore',
    stdout: 'pipe',
    stderr: 'pipe',
    reject: false,
    buffer: false,
    ...(signal && { cancelSignal: signal }),
  });
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  const r = await child;
  if (r.failed) {
    const notFound = (r as { code?: string }).code === 'ENOENT' || /ENOENT/.test(String(r.message));
    return {
      ok: false,
      command,
      ...(typeof r.exitCode === 'number' && { exitCode: r.exitCode }),
      error: notFound ? `${file} was not found on PATH` : r.isCanceled ? 'interrupted' : `${command} exited with ${r.exitCode ?? r.signal ?? 'an error'}`,
    };
  }
  return { ok: true, command };
}

export type GitOutcome =
  | { status: 'committed' }
  | { status: 'skipped'; reason: string }
  | { status: 'uncommitted'; reason: string; hint: string }
  | { status: 'failed'; reason: string };

const IDENTITY = /Please tell me who you are|user\.email|user\.name|empty ident|unable to auto-detect email/i;

/**
 * `git init`, `git add -A`, `git commit`. Skipped when git is missing, `cwd` has a `.git` or is already
 * inside a repository. A missing identity leaves an initialised repository with the files staged and a warning:
 * init never invents an identity for the user's history.
 */
export async function initGit(cwd: string, env: NodeJS.ProcessEnv): Promise<GitOutcome> {
  // A .git of any kind (even one git does not recognise) is the user's: never touch it.
  if (existsSync(join(cwd, '.git'))) return { status: 'skipped', reason: 'the directory already has a .git' };
  const git = (args: string[]) => execa('git', args, { cwd, env, extendEnv: false, stdin: 'ignore', reject: false });
  const inside = await git(['rev-parse', '--is-inside-work-tree']);
  if ((inside as { code?: string }).code === 'ENOENT') return { status: 'skipped', reason: 'git was not found on PATH' };
  if (inside.exitCode === 0 && String(inside.stdout).trim() === 'true') {
    return { status: 'skipped', reason: 'the directory is already inside a git repository' };
  }
  const init = await git(['init', '--quiet']);
  if (init.failed) return { status: 'failed', reason: `git init failed: ${String(init.stderr).trim() || init.message}` };
  const add = await git(['add', '-A']);
  if (add.failed) return { status: 'failed', reason: `git add failed: ${String(add.stderr).trim() || add.message}` };
  const commit = await git(['commit', '--quiet', '--no-verify', '-m', 'Initial commit from webapi-plugin init']);
  if (!commit.failed) return { status: 'committed' };
  const why = String(commit.stderr).trim() || commit.message || 'unknown error';
  if (IDENTITY.test(why)) {
    return {
      status: 'uncommitted',
      reason: 'git has no identity (user.name / user.email), so the first commit was not made; the files are staged',
      hint: 'git config --global user.name "Your Name" && git config --global user.email you@example.com, then git commit -m "Initial commit"',
    };
  }
  return { status: 'uncommitted', reason: `git commit failed: ${why.split('\n')[0]}`, hint: 'the repository is initialised and the files are staged; commit when ready' };
}

/**
 * Which package manager the user runs, which ones are installed, and how their commands are spelled.
 * Light: node built-ins only.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const PACKAGE_MANAGERS = ['npm', 'pnpm', 'yarn', 'bun'] as const;
export type PackageManager = (typeof PACKAGE_MANAGERS)[number];

/**
 * From `npm_config_user_agent` ("pnpm/9.1.0 npm/? node/v20.20.2 linux x64"), which every package
 * manager sets for the scripts and binaries it runs (npx, pnpm dlx, yarn dlx, bunx); npm otherwise.
 */
export function detectPackageManager(userAgent: string | undefined): PackageManager {
  const name = userAgent?.trim().split(/\s+/)[0]?.split('/')[0];
  return (PACKAGE_MANAGERS as readonly string[]).includes(name ?? '') ? (name as PackageManager) : 'npm';
}

/** The package managers found on PATH (an executable file of that name), in PACKAGE_MANAGERS order. */
export function installedPackageManagers(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): PackageManager[] {
  const dirs = (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean);
  const exts = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').concat('') : [''];
  const found = (name: string) =>
    dirs.some((d) =>
      exts.some((ext) => {
        try {
          accessSync(join(d, name + ext), platform === 'win32' ? constants.F_OK : constants.X_OK);
          return true;
        } catch {
          return false;
        }
      }),
    );
  return PACKAGE_MANAGERS.filter(found);
}

/** The install command as [file, args]. npm gets --no-audit --no-fund: less noise in a fresh project. */
export function installCommand(pm: PackageManager): [string, string[]] {
  return pm === 'npm' ? ['npm', ['install', '--no-audit', '--no-fund']] : [pm, ['install']];
}

/** The install command as the user would type it (without npm's noise flags). */
export function installCommandLine(pm: PackageManager): string {
  return `${pm} install`;
}

/** `npm test`, `pnpm run build`, ... as the user would type it. */
export function scriptCommand(pm: PackageManager, script: string): string {
  if (script === 'test') return `${pm} test`;
  return pm === 'yarn' ? `yarn ${script}` : `${pm} run ${script}`;
}

/** Run a binary installed in the project: `npx webapi-plugin ...`, `pnpm exec ...`, `yarn ...`, `bunx ...`. */
export function execCommand(pm: PackageManager, bin: string): string {
  switch (pm) {
    case 'npm':
      return `npx ${bin}`;
    case 'pnpm':
      return `pnpm exec ${bin}`;
    case 'yarn':
      return `yarn ${bin}`;
    case 'bun':
      return `bunx ${bin}`;
  }
}

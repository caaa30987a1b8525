/**
 * Secrets for local runs, resolved like Flyte propeller's FileEnvSecretManager:
 *
 *   key          env FLYTE_SECRET_<key> (no case change), then the file <secrets dir>/<key>
 *   group/key    env FLYTE_SECRET_<GROUP>_<KEY> (upper-cased, as Flyte's GetForSecret),
 *                then the file <secrets dir>/<group>/<key>
 *
 * A file's single trailing newline is dropped (`echo token > .secrets/x` works); secret files, like env
 * files, are read only when regular files or pipes of at most 16 MiB. Every value handed out is
 * registered with the redactor, so it never appears in anything the CLI shows (values shorter than
 * MIN_SECRET_LENGTH excepted, with a warning); stored run files keep what the plugin stored.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { PermanentError } from '../plugin/errors.js';
import type { SecretManager } from '../plugin/context.js';
import { readTextCapped, readTextCappedAsync, UnreadableInput } from '../source/read.js';
import type { Redactor } from '../util/redact.js';
import { TaskInputError } from './errors.js';

export const SECRET_ENV_PREFIX = 'FLYTE_SECRET_';

export interface SecretLookup {
  env: string;
  file: string;
}

/** Where a secret is looked for, in order. */
export function secretLookup(key: string, secretsDir: string): SecretLookup {
  const slash = key.indexOf('/');
  if (slash > 0 && slash < key.length - 1) {
    const group = key.slice(0, slash);
    const k = key.slice(slash + 1);
    return { env: `${SECRET_ENV_PREFIX}${group}_${k}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_'), file: join(secretsDir, group, k) };
  }
  return { env: `${SECRET_ENV_PREFIX}${key}`, file: join(secretsDir, key) };
}

/** Retrying will not make a missing secret appear: a permanent USER error (the engine fails the attempt at once). */
export class SecretNotFoundError extends PermanentError {
  constructor(
    readonly key: string,
    readonly tried: SecretLookup,
  ) {
    super(`secret "${key}" not found: tried environment variable ${tried.env} and file ${tried.file}`, { code: 'SecretNotFound', kind: 'USER' });
    this.name = 'SecretNotFoundError';
  }
}

export interface LocalSecretManagerOptions {
  env: NodeJS.ProcessEnv;
  secretsDir: string;
  redactor: Redactor;
}

export class LocalSecretManager implements SecretManager {
  constructor(private readonly opts: LocalSecretManagerOptions) {}

  get secretsDir(): string {
    return this.opts.secretsDir;
  }

  async get(key: string): Promise<string> {
    const where = secretLookup(String(key), this.opts.secretsDir);
    const fromEnv = this.opts.env[where.env];
    if (fromEnv !== undefined) {
      this.opts.redactor.add(fromEnv, `secret "${key}" (environment variable ${where.env})`);
      return fromEnv;
    }
    try {
      const raw = await readTextCappedAsync(where.file);
      const value = raw.endsWith('\r\n') ? raw.slice(0, -2) : raw.endsWith('\n') ? raw.slice(0, -1) : raw;
      this.opts.redactor.add(value, `secret "${key}" (file ${where.file})`);
      return value;
    } catch (err) {
      if (err instanceof UnreadableInput) throw new PermanentError(`secret "${key}": the file ${where.file} is ${err.message}: not read`, { code: 'SecretUnreadable', kind: 'USER' });
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') throw new SecretNotFoundError(key, where);
      throw err;
    }
  }

  /** Where a secret would come from, without reading it (for --dry-run). */
  async probe(key: string): Promise<{ key: string; found: 'env' | 'file' | false; tried: SecretLookup }> {
    const where = secretLookup(key, this.opts.secretsDir);
    if (this.opts.env[where.env] !== undefined) return { key, found: 'env', tried: where };
    try {
      await stat(where.file);
      return { key, found: 'file', tried: where };
    } catch {
      return { key, found: false, tried: where };
    }
  }
}

/** Every FLYTE_SECRET_* value in the environment is a secret by definition: redact them all upfront. */
export function registerEnvSecrets(env: NodeJS.ProcessEnv, redactor: Redactor): void {
  for (const [k, v] of Object.entries(env)) if (k.startsWith(SECRET_ENV_PREFIX) && v) redactor.add(v, `environment variable ${k}`);
}

/**
 * Load dotenv files into `env` without overriding variables already set (real environment wins; among
 * files, the first one that sets a name wins). Returns the names that were set.
 */
export function loadEnvFiles(files: readonly string[], cwd: string, env: NodeJS.ProcessEnv): string[] {
  const injected: string[] = [];
  for (const f of files) {
    const abs = resolve(cwd, f);
    let text: string;
    try {
      text = readTextCapped(abs);
    } catch (err) {
      throw new TaskInputError({ message: `env file not found or unreadable: ${f}`, location: `--env-file ${abs}`, hint: err instanceof UnreadableInput ? `it is ${err.message}` : (err as Error).message }, 'env file');
    }
    const parsed = parseEnv(text) as Record<string, string>;
    for (const [k, v] of Object.entries(parsed)) {
      if (env[k] !== undefined) continue;
      env[k] = v;
      injected.push(k);
    }
  }
  return injected;
}

/** Pairs from a task's securityContext.secrets as keys for SecretManager.get. */
export function declaredSecretKeys(secrets: readonly { group?: string | undefined; key?: string | undefined }[] | undefined): string[] {
  return (secrets ?? []).flatMap((s) => (s.group && s.key ? [`${s.group}/${s.key}`] : s.key ? [s.key] : s.group ? [s.group] : []));
}

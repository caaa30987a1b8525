/**
 * Secrets for local runs, resolved like Flyte propeller's FileEnvSecretManager:
 *
 *   key          env FLYTE_SECRET_<key> (no case change), then the file <secrets dir>/<key>
 *   group/key    env FLYTE_SECRET_<GROUP>_<KEY> (upper-cased, as Flyte's GetForSecret),
 *                then the file <secrets dir>/<group>/<key>
 *
 * A file's single trailing newline is dropped (`echo token > .secrets/x` works). Every value handed out
 * is registered with the redactor, so it never appears in anything the CLI prints or writes.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { PermanentError } from '../plugin/errors.js';
import type { SecretManager } from '../plugin/context.js';
import type { Redactor } from '../util/redact.js';
import { TaskInputError } from './errors.js';
import type { SecretCodec } from './store.js';

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
  /** Values handed out so far, by key (for the state file's secret references). */
  private readonly resolved = new Map<string, string>();

  constructor(private readonly opts: LocalSecretManagerOptions) {}

  get secretsDir(): string {
    return this.opts.secretsDir;
  }

  async get(key: string): Promise<string> {
    const where = secretLookup(String(key), this.opts.secretsDir);
    const fromEnv = this.opts.env[where.env];
    if (fromEnv !== undefined) {
      this.opts.redactor.add(fromEnv);
      this.resolved.set(key, fromEnv);
      return fromEnv;
    }
    try {
      const raw = await readFile(where.file, 'utf8');
      const value = raw.endsWith('\r\n') ? raw.slice(0, -2) : raw.endsWith('\n') ? raw.slice(0, -1) : raw;
      this.opts.redactor.add(raw);
      this.opts.redactor.add(value);
      this.resolved.set(key, value);
      return value;
    } catch (err) {
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
      await readFile(where.file);
      return { key, found: 'file', tried: where };
    } catch {
      return { key, found: false, tried: where };
    }
  }

  /**
   * A codec for persisted engine state: secret values become `[secret:<key>]` references on write and
   * are looked up again on read, so a plugin that keeps a token in its resourceMeta (as Flyte's
   * Databricks plugin does) still resumes, while no secret value is ever on disk.
   */
  codec(): SecretCodec {
    const mark = (k: string) => `[secret:${k}]`;
    return {
      encode: <T>(value: T): T => {
        const pairs = [...this.resolved].filter(([, v]) => v.length > 0).sort((a, b) => b[1].length - a[1].length);
        const replaced = walkStrings(value, (s) => pairs.reduce((acc, [k, v]) => acc.split(v).join(mark(k)), s));
        return this.opts.redactor.redactValue(replaced) as T;
      },
      decode: async <T>(value: T): Promise<T> => {
        const keys = new Set<string>();
        walkStrings(value, (s) => {
          for (const m of s.matchAll(SECRET_REF)) keys.add(m[1]!);
          return s;
        });
        const values = new Map<string, string>();
        for (const k of keys) values.set(k, await this.get(k));
        return walkStrings(value, (s) => s.replace(SECRET_REF, (_, k: string) => values.get(k) ?? _)) as T;
      },
    };
  }
}

const SECRET_REF = /\[secret:([^\]\s]+)\]/g;

function walkStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => walkStrings(v, fn));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walkStrings(v, fn)]));
  return value;
}

/** Every FLYTE_SECRET_* value in the environment is a secret by definition: redact them all upfront. */
export function registerEnvSecrets(env: NodeJS.ProcessEnv, redactor: Redactor): void {
  for (const [k, v] of Object.entries(env)) if (k.startsWith(SECRET_ENV_PREFIX) && v) redactor.add(v);
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
      text = readFileSync(abs, 'utf8');
    } catch (err) {
      throw new TaskInputError({ message: `env file not found or unreadable: ${f}`, location: `--env-file ${abs}`, hint: (err as Error).message }, 'env file');
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

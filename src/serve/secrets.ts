/**
 * Secrets for a served plugin, resolved like flytekit's connectors: the environment variable
 * `_FSEC_<KEY>` (upper-case), then the file `<secretsDir>/<key>` (lower-case; default /etc/secrets,
 * where the flyteconnector Helm chart mounts its Kubernetes Secret). `group/key` maps to
 * `_FSEC_<GROUP>_<KEY>` and `<secretsDir>/<group>/<key>`. Every value handed out is registered with the
 * redactor, so it never appears in logs or in error details sent to Flyte.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SecretManager } from '../plugin/context.js';
import type { Redactor } from '../util/redact.js';

export const DEFAULT_SECRETS_DIR = '/etc/secrets';
export const SECRET_ENV_PREFIX = '_FSEC_';

export interface ServeSecretOptions {
  env: NodeJS.ProcessEnv;
  secretsDir?: string;
  redactor: Redactor;
}

export function createServeSecretManager(opts: ServeSecretOptions): SecretManager {
  const dir = opts.secretsDir ?? DEFAULT_SECRETS_DIR;
  return {
    async get(key: string): Promise<string> {
      const parts = String(key).split('/').filter(Boolean);
      if (parts.length === 0 || parts.length > 2) throw new Error(`invalid secret key ${JSON.stringify(key)}: expected "key" or "group/key"`);
      const envName = SECRET_ENV_PREFIX + parts.join('_').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
      const fromEnv = opts.env[envName];
      if (fromEnv !== undefined && fromEnv !== '') {
        opts.redactor.add(fromEnv);
        return fromEnv;
      }
      const file = join(dir, ...parts.map((p) => p.toLowerCase()));
      try {
        const value = (await readFile(file, 'utf8')).replace(/\r?\n$/, '');
        opts.redactor.add(value);
        return value;
      } catch {
        throw new Error(`secret "${key}" not found: tried the environment variable ${envName} and the file ${file}`);
      }
    },
  };
}

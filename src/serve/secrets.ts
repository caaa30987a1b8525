/**
 * Secrets for a served plugin, resolved like flytekit's connectors: the environment variable
 * `_FSEC_<KEY>` (upper-case), then the file `<secretsDir>/<key>` (lower-case; default /etc/secrets,
 * where the flyteconnector Helm chart mounts its Kubernetes Secret). `group/key` maps to
 * `_FSEC_<GROUP>_<KEY>` and `<secretsDir>/<group>/<key>`. Values are stripped of surrounding whitespace,
 * as flytekit's `.strip()` does (a token saved with `echo` or a trailing newline in a Kubernetes Secret
 * still makes a valid header). A missing secret is a permanent failure: retrying will not create it.
 * Every value handed out is registered with the redactor, so it never leaves the server.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SecretManager } from '../plugin/context.js';
import { SecretNotFoundError } from '../task/secrets.js';
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
  const found = (value: string) => {
    opts.redactor.add(value);
    return value;
  };
  return {
    async get(key: string): Promise<string> {
      const parts = String(key).split('/').filter(Boolean);
      if (parts.length === 0 || parts.length > 2) throw new Error(`invalid secret key ${JSON.stringify(key)}: expected "key" or "group/key"`);
      const env = SECRET_ENV_PREFIX + parts.join('_').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
      const fromEnv = opts.env[env]?.trim();
      if (fromEnv) return found(fromEnv);
      const file = join(dir, ...parts.map((p) => p.toLowerCase()));
      let text: string | undefined;
      try {
        text = (await readFile(file, 'utf8')).trim();
      } catch {
        text = undefined;
      }
      if (text) return found(text);
      throw new SecretNotFoundError(key, { env, file });
    },
  };
}

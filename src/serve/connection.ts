/**
 * A task's connection: Flyte 2 sends `connection.secrets` (plaintext values) and `connection.configs` with
 * every CreateTask, GetTask and DeleteTask. While a call about that task runs, its connection is the
 * current one (an AsyncLocalStorage scope), so the plugin reads the secrets through the same
 * `secretManager.get(key)` as always — the task context's one and the setup context's one (what `get`
 * and `delete` use) — with the connection's secrets taking precedence over the process-level ones, and
 * the configs as `connectionConfigs` on its contexts. Neither is ever logged or echoed; the secrets are
 * registered with the redactor before the plugin sees them, so they are redacted like every secret.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SecretManager } from '../plugin/context.js';
import type { Redactor } from '../util/redact.js';

export interface TaskConnection {
  secrets: Readonly<Record<string, string>>;
  configs: Readonly<Record<string, string>>;
}

const current = new AsyncLocalStorage<TaskConnection>();

/** A connection as decoded (proto-loader maps), or undefined when it carries nothing. */
export function connectionOf(c: { secrets?: Record<string, string> | null; configs?: Record<string, string> | null } | null | undefined): TaskConnection | undefined {
  const secrets = c?.secrets ?? {};
  const configs = c?.configs ?? {};
  if (Object.keys(secrets).length === 0 && Object.keys(configs).length === 0) return undefined;
  return { secrets, configs };
}

/** Run `fn` with `connection` current (its secret values registered with the redactor first). */
export function withConnection<T>(connection: TaskConnection | undefined, redactor: Redactor, fn: () => Promise<T>): Promise<T> {
  if (!connection) return fn();
  for (const v of Object.values(connection.secrets)) redactor.add(v);
  return current.run(connection, fn);
}

/** `base`, with the current call's connection secrets first. */
export function connectionSecretManager(base: SecretManager): SecretManager {
  return {
    get(key: string): Promise<string> {
      const secrets = current.getStore()?.secrets;
      if (secrets && Object.hasOwn(secrets, key)) return Promise.resolve(secrets[key]!);
      return base.get(key);
    },
  };
}

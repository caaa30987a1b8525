/**
 * The `connection` `run --agent` sends to a Flyte 2 connector, built as the Flyte 2 backend builds it —
 * from the task template: `custom.secrets` (connection key → the name of a secret) and `custom.configs`
 * (plain strings; the backend reads `template.custom` as a core.Connection), plus each secret the
 * template's `securityContext.secrets` requests (sent under `key`, or `group/key`). Secret names are
 * resolved by the run's secret manager (FLYTE_SECRET_<key>, the secrets directory), where the backend
 * would ask its SecretManager. Only the names are kept in the run record; values are resolved per call.
 */
import type { SecretManager } from '../../plugin/context.js';
import { PermanentError } from '../../plugin/errors.js';
import type { TaskTemplate } from '../../plugin/template.js';
import type { AgentConnection } from '../agent-call.js';

/** What to send: secret names by connection key, and the configs. */
export interface ConnectionSpec {
  secretNames: Record<string, string>;
  configs: Record<string, string>;
}

function stringMap(v: unknown, path: string): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw invalid(path, 'must be a map of strings');
  for (const [k, x] of Object.entries(v)) if (typeof x !== 'string') throw invalid(`${path}.${k}`, `must be a string, got ${JSON.stringify(x)}`);
  return { ...(v as Record<string, string>) };
}

/** A template whose `custom` is no connection; `problem` says what is wrong ("custom.configs.region must be a string, got 5"). */
export class InvalidConnectionError extends PermanentError {
  constructor(readonly problem: string) {
    super(`the task's connection cannot be sent: ${problem}`, { code: 'InvalidConnection', kind: 'USER' });
  }
}

function invalid(path: string, what: string): InvalidConnectionError {
  return new InvalidConnectionError(`${path} ${what}`);
}

/** The connection a template asks for; undefined when it asks for none. Throws a PermanentError for a bad shape. */
export function connectionSpecOf(template: TaskTemplate): ConnectionSpec | undefined {
  const custom = (template.custom ?? {}) as Record<string, unknown>;
  const secretNames = stringMap(custom.secrets, 'custom.secrets');
  const configs = stringMap(custom.configs, 'custom.configs');
  for (const [i, s] of (template.securityContext?.secrets ?? []).entries()) {
    if (!s.key) throw invalid(`securityContext.secrets[${i}]`, 'has no key');
    const name = s.group ? `${s.group}/${s.key}` : s.key;
    secretNames[name] ??= name;
  }
  if (Object.keys(secretNames).length === 0 && Object.keys(configs).length === 0) return undefined;
  return { secretNames, configs };
}

/** The connection with its secret values (a missing secret rejects with the secret manager's permanent error). */
export async function resolveConnection(spec: ConnectionSpec | undefined, secrets: SecretManager): Promise<AgentConnection | undefined> {
  if (!spec) return undefined;
  const values = await Promise.all(Object.entries(spec.secretNames).map(async ([k, name]) => [k, await secrets.get(name)] as const));
  return { secrets: Object.fromEntries(values), configs: spec.configs };
}

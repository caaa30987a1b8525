/**
 * Flyte 2's connection in a local run, through the built bin: the backend builds it from the template
 * (`custom.configs`, `custom.secrets`: connection key → secret name) and the plugin sees the same thing
 * locally — `connectionConfigs` on the create, get, status and delete contexts, and the connection's
 * secrets under their connection key. A `custom` Flyte 2 could not read as a connection is a warning.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const PLUGIN = `
const seen = {};
export default {
  id: 'conn',
  supportedTaskTypes: ['conn'],
  pluginLoader: () => ({
    getConfig: () => ({ caching: { resyncInterval: '10ms' } }),
    async create(tCtx) {
      seen.create = tCtx.connectionConfigs?.region ?? 'none';
      seen.key = (await tCtx.secretManager.get('api_key')) === 'the-team-token' ? 'mapped' : 'not mapped';
      seen.plain = await tCtx.secretManager.get('plain');
      return { resourceMeta: { n: 0 } };
    },
    get(ctx) {
      seen.get = ctx.connectionConfigs?.region ?? 'none';
      return { done: true };
    },
    async status(tCtx) {
      seen.status = tCtx.connectionConfigs?.region ?? 'none';
      if (!tCtx.resource.done) return { phase: 'Running' };
      await tCtx.outputWriter.put({ ...seen });
      return { phase: 'Success' };
    },
    delete() {},
  }),
};
`;

function project(task: string): string {
  const dir = tempDir('webapi-connection-');
  writeFileSync(join(dir, 'plugin.mjs'), PLUGIN);
  writeFileSync(join(dir, 'task.yaml'), task);
  return dir;
}

const env = { FLYTE_SECRET_team_token: 'the-team-token', FLYTE_SECRET_plain: 'plain-value' };

describe("Flyte 2's connection in a local run", () => {
  it('configs reach every context; a connection secret is read by its connection key', async () => {
    const dir = project('plugin: ./plugin.mjs\ntype: conn\ncustom:\n  configs: {region: eu-west-1}\n  secrets: {api_key: team_token}\n');
    const r = await runCli(['run', 'task.yaml', '--json'], { cwd: dir, env });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).outputs).toEqual({ create: 'eu-west-1', get: 'eu-west-1', status: 'eu-west-1', key: 'mapped', plain: '[REDACTED]' });
  });

  it('a task without a connection: no connectionConfigs, secrets as always', async () => {
    const dir = project('plugin: ./plugin.mjs\ntype: conn\ncustom: {}\n');
    const r = await runCli(['run', 'task.yaml', '--json'], { cwd: dir, env: { ...env, FLYTE_SECRET_api_key: 'other' } });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).outputs).toMatchObject({ create: 'none', get: 'none', status: 'none', key: 'not mapped' });
  });

  it('a custom that is no connection (a list under secrets, a number under configs): a warning naming the field, the task runs without one', async () => {
    const dir = project('plugin: ./plugin.mjs\ntype: conn\ncustom:\n  configs: {region: 5}\n');
    const r = await runCli(['run', 'task.yaml', '--json'], { cwd: dir, env: { ...env, FLYTE_SECRET_api_key: 'other' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("task.yaml: Flyte 2 could not read the task's connection: custom.configs.region must be a string, got 5; it runs without one");
    expect(JSON.parse(r.stdout).outputs).toMatchObject({ create: 'none', get: 'none', status: 'none' });
    const list = project('plugin: ./plugin.mjs\ntype: conn\ncustom:\n  secrets: [a, b]\n');
    const l = await runCli(['run', 'task.yaml'], { cwd: list, env: { ...env, FLYTE_SECRET_api_key: 'other' } });
    expect(l.code, l.stderr).toBe(0);
    expect(l.stderr).toContain('custom.secrets must be a map of strings');
  });
});

/** Plugin modules as users get them wrong, and outputs that are too large: through the built CLI. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempDir } from '../helpers/cli.js';

const FIXTURE = join(REPO_ROOT, 'test', 'run', 'fixtures', 'remote-plugin.ts');

function project(files: Record<string, string>): string {
  const dir = tempDir('webapi-plugins-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const TASK = 'type: fixture\ncustom: {durationMs: 10}\n';

describe('run: plugin modules', () => {
  it('a module that throws while loading: exit 3, naming the module, no stack', async () => {
    const dir = project({ 'task.yaml': `plugin: ./broken.ts\n${TASK}`, 'broken.ts': "throw new Error('cannot reach the license server');\nexport default {};\n" });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('plugin module ./broken.ts failed to load: cannot reach the license server');
    expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    // --verbose shows where the plugin itself failed
    const v = await runCli(['--verbose', 'run', 'task.yaml'], { cwd: dir });
    expect(v.code).toBe(3);
    expect(v.stderr).toMatch(/caused by: Error: cannot reach the license server\n\s+at .*broken\.ts:1/);
  });

  it('a module whose default export is not a PluginEntry: exit 2, saying what is expected', async () => {
    const dir = project({ 'task.yaml': `plugin: ./wrong.mjs\n${TASK}`, 'wrong.mjs': "export default { id: 'x', pluginLoader: 'nope' };\n" });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plugin module ./wrong.mjs: default export is not a PluginEntry');
    expect(r.stderr).toContain('`supportedTaskTypes` must be a non-empty array of strings');
    expect(r.stderr).toContain('`pluginLoader` must be a function');
    expect(r.stderr).toContain('expected `export default` of a PluginEntry');
  });

  it('a module with no default export, and a missing module: exit 2', async () => {
    const dir = project({ 'task.yaml': `plugin: ./named.mjs\n${TASK}`, 'named.mjs': 'export const entry = {};\n' });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plugin module ./named.mjs has no default export');
    const missing = await runCli(['run', 'task.yaml', '--plugin', './nowhere.ts'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('plugin module not found: ./nowhere.ts');
  });

  it('plugin: in the task file is relative to the task file, not the current directory', async () => {
    const dir = project({});
    const sub = join(dir, 'tasks');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    writeFileSync(join(sub, 'task.yaml'), `plugin: ${JSON.stringify(FIXTURE)}\n${TASK}`);
    writeFileSync(join(sub, 'rel.yaml'), `plugin: ../tasks/missing.ts\n${TASK}`);
    expect((await runCli(['run', 'tasks/task.yaml'], { cwd: dir })).code).toBe(0);
    const rel = await runCli(['run', 'tasks/rel.yaml'], { cwd: dir });
    expect(rel.code).toBe(2);
    expect(rel.stderr).toContain(join(sub, 'missing.ts'));
  });
});

describe('run: outputs', () => {
  it('outputs larger than --max-dataset-size fail the task with OutputSizeExceeded (exit 1)', async () => {
    const dir = project({ 'task.yaml': `plugin: ${JSON.stringify(FIXTURE)}\n${TASK}` });
    const r = await runCli(['run', 'task.yaml', '--max-dataset-size', '4', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { error?: { code: string }; outputs?: unknown };
    expect(doc.error?.code).toContain('OutputSizeExceeded');
    expect(doc.outputs ?? null).toBeNull();
  });
});

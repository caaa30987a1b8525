/**
 * `webapi-plugin deploy` through the built bin, in generated projects (dependencies linked, no install):
 * it loads the project's plugins as the other commands do, prints schema-valid objects, writes a folder
 * without replacing a user's file unasked, and rejects bad flags with exit 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Service } from 'kubernetes-models/v1/Service';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { REPO_ROOT, runCli, tempDir } from '../helpers/cli.js';
import { linkedProject } from '../scaffold/linked-project.js';

type Obj = Record<string, any>;

describe('webapi-plugin deploy', () => {
  let asyncDir: string;
  let syncDir: string;
  beforeAll(async () => {
    [asyncDir, syncDir] = await Promise.all([linkedProject('async', ['--task-types', 'greet_job,greet_batch']), linkedProject('sync')]);
  });

  it('prints the Kubernetes objects of the project\'s plugins, valid against the schema', async () => {
    const r = await runCli(['deploy', '--image', 'ghcr.io/acme/my-async:0.1.0', '--namespace', 'flyte', '--replicas', '3'], { cwd: asyncDir });
    expect(r.code, r.stderr).toBe(0);
    const [d, s] = parseAllDocuments(r.stdout).map((x) => x.toJS() as Obj) as [Obj, Obj];
    new Deployment(d as never).validate();
    new Service(s as never).validate();
    expect(d.metadata).toMatchObject({ name: 'my-async', namespace: 'flyte', annotations: { 'webapi-plugin/task-types': 'greet_job,greet_batch' } });
    expect(d.spec.replicas).toBe(3);
    expect(d.spec.template.spec.containers[0].image).toBe('ghcr.io/acme/my-async:0.1.0');
    // linked to this checkout: the image build could not fetch it, and deploy says so
    expect(r.stderr).toContain(`note: package.json depends on webapi-plugin as file:${REPO_ROOT}: an image build cannot reach that path`);
  });

  it('--flyte prints one chart\'s values, routing the plugin\'s task types (sync: not pinned in Flyte 1)', async () => {
    const a = await runCli(['deploy', '--flyte', 'flyte-binary', '--namespace', 'flyte'], { cwd: asyncDir });
    expect(a.code, a.stderr).toBe(0);
    const cs = (parse(a.stdout) as Obj).configuration.inline.plugins['connector-service'];
    expect(cs.connectorForTaskTypes).toEqual({ greet_job: 'my-async', greet_batch: 'my-async' });
    const s = await runCli(['deploy', '--flyte', 'flyte-binary', '--namespace', 'flyte'], { cwd: syncDir });
    expect(s.code, s.stderr).toBe(0);
    const scs = (parse(s.stdout) as Obj).configuration.inline.plugins['connector-service'];
    expect(scs.connectorForTaskTypes).toBeUndefined();
    expect(scs.connectors['my-sync'].timeouts).toHaveProperty('ExecuteTaskSync');
    const v2 = await runCli(['deploy', '--flyte', 'flyte2'], { cwd: syncDir });
    expect(v2.code, v2.stderr).toBe(0);
    expect((parse(v2.stdout) as Obj).configuration.inline.plugins['connector-service'].supportedTaskTypes).toEqual(['my_sync']);
    expect(v2.stdout).toContain('# FILL IN: the namespace');
    expect(v2.stderr).toContain('note: no --namespace');
  });

  it('init wrote the same files deploy renders; --out never replaces a changed file without --force', async () => {
    // as init wrote them: rendering again without flags changes nothing
    const same = await runCli(['deploy', '--out', 'deploy'], { cwd: asyncDir });
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/^ {2}unchanged {2}Dockerfile$/m);
    expect(same.stdout).toMatch(/^ {2}unchanged {2}deploy\/kubernetes\.yaml$/m);
    // filled in: the placeholder files differ, so nothing is written without --force
    writeFileSync(join(asyncDir, 'Dockerfile'), '# mine\nFROM scratch\n');
    const refused = await runCli(['deploy', '--image', 'x/y:1', '--namespace', 'flyte', '--out', 'deploy'], { cwd: asyncDir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('error: 5 files already exist with other content; nothing was written:\n  Dockerfile\n  deploy/kubernetes.yaml\n');
    expect(refused.stderr).toContain('use --force to overwrite them');
    expect(readFileSync(join(asyncDir, 'Dockerfile'), 'utf8')).toBe('# mine\nFROM scratch\n');
    const forced = await runCli(['deploy', '--image', 'x/y:1', '--namespace', 'flyte', '--out', 'deploy', '--force'], { cwd: asyncDir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/^ {2}overwrite {2}Dockerfile$/m);
    expect(forced.stdout).toMatch(/^ {2}unchanged {2}\.dockerignore$/m);
    expect(readFileSync(join(asyncDir, 'deploy', 'kubernetes.yaml'), 'utf8')).toContain('image: x/y:1');
  });

  it('bad flags and no project: exit 2 with the flag named, no stack', async () => {
    const ns = await runCli(['deploy', '--namespace', 'Flyte_Prod'], { cwd: asyncDir });
    expect(ns.code).toBe(2);
    expect(ns.stderr).toMatch(/^error: invalid --namespace "Flyte_Prod": Kubernetes names are .*\n {2}at --namespace\n {2}did you mean --namespace flyte-prod\?\n$/);
    const rep = await runCli(['deploy', '--replicas', 'two'], { cwd: asyncDir });
    expect(rep.code).toBe(2);
    expect(rep.stderr).toContain('invalid --replicas "two"');
    const img = await runCli(['deploy', '--image', 'my image'], { cwd: asyncDir });
    expect(img.code).toBe(2);
    const force = await runCli(['deploy', '--force'], { cwd: asyncDir });
    expect(force.stderr).toContain('--force only applies with --out');
    const empty = await runCli(['deploy'], { cwd: tempDir() });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('error: no package.json in');
    for (const r of [ns, rep, img, force, empty]) expect(r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('--help documents the outputs', async () => {
    const r = await runCli(['deploy', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['--image <ref>', '--namespace <ns>', '--replicas <n>', '--flyte <chart>', '--out <dir>', '--force', 'kubectl apply -f -']) expect(r.stdout).toContain(s);
  });
});

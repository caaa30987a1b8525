/** What the README tells a newcomer holds: the clone commands work, the task example is a real quickstart task. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import quickstart from '../../examples/quickstart/plugin.js';
import { parseTaskText } from '../../src/task/parse.js';
import { REPO_ROOT, baseEnv } from '../helpers/cli.js';

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

describe('README', () => {
  it('its task example is a valid task file for the quickstart plugin (type: quickstart-job)', () => {
    const block = /```yaml\n(# yaml-language-server: \$schema=\.\.\/\.\.\/schema\/task\.schema\.json\n[\s\S]*?)```/.exec(README)?.[1];
    expect(block).toBeDefined();
    const { task } = parseTaskText(block!, join(REPO_ROOT, 'examples', 'quickstart', 'readme.yaml'), REPO_ROOT);
    expect(task.type).toBe('quickstart-job');
    expect(quickstart.supportedTaskTypes).toContain(task.type);
  });

  it('says how to call the CLI from a clone, and those commands work', () => {
    for (const line of ['node bin/webapi-plugin.js --help', 'npx webapi-plugin --help', 'npm link']) expect(README).toContain(line);
    const node = spawnSync(process.execPath, ['bin/webapi-plugin.js', '--version'], { cwd: REPO_ROOT, env: baseEnv(), encoding: 'utf8' });
    expect(node.stdout.trim()).toBe(pkg.version);
    const npx = spawnSync('npx', ['--no-install', 'webapi-plugin', '--version'], { cwd: join(REPO_ROOT, 'examples'), env: baseEnv(), encoding: 'utf8' });
    expect(npx.stdout.trim()).toBe(pkg.version);
  });

  it('pastes the Slurm commands as they work: eval of start.sh, no reference outside the repository', () => {
    expect(README).toContain('eval "$(scripts/slurm/start.sh)"');
    for (const f of ['README.md', 'scripts/slurm/start.sh', 'scripts/slurm/stop.sh', 'examples/slurm/README.md']) {
      expect(readFileSync(join(REPO_ROOT, f), 'utf8'), f).not.toMatch(/\/work\/shared|reference\/slurm\.md|pitfall \d/);
    }
  });
});

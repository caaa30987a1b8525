import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, taskJsonSchema } from '../../src/config/schema.js';
import { REPO_ROOT } from '../helpers/cli.js';

const FIX = 'run `npx tsc -p tsconfig.build.json && node scripts/gen-schema.mjs` and commit schema/';

function shipped(name: string): unknown {
  const p = join(REPO_ROOT, 'schema', name);
  expect(existsSync(p), `${p} is missing: ${FIX}`).toBe(true);
  return JSON.parse(readFileSync(p, 'utf8'));
}

describe('shipped JSON Schemas match the runtime schemas', () => {
  it('schema/config.schema.json', () => {
    expect(shipped('config.schema.json'), `schema/config.schema.json drifted: ${FIX}`).toEqual(configJsonSchema());
  });

  it('schema/task.schema.json (when the task schema exists)', async () => {
    const runtime = await taskJsonSchema();
    if (!runtime) {
      expect(existsSync(join(REPO_ROOT, 'schema', 'task.schema.json')), 'schema/task.schema.json exists but the runtime has no task schema').toBe(false);
      return;
    }
    expect(shipped('task.schema.json'), `schema/task.schema.json drifted: ${FIX}`).toEqual(runtime);
  });

  it('the config schema is draft-07 and describes every flag with its default', () => {
    const s = configJsonSchema() as { $schema: string; properties: { webApi: { properties: Record<string, { properties?: Record<string, { default?: unknown; description?: string }> }> } } };
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const caching = s.properties.webApi.properties.caching!.properties!;
    expect(caching.size).toMatchObject({ type: 'integer', minimum: 1, default: 100000, description: 'Defines the maximum number of items to cache.' });
    expect(caching.resyncInterval).toMatchObject({ type: 'string', default: '30s' });
  });
});

#!/usr/bin/env node
// Writes the shipped JSON Schemas (draft-07) from the runtime zod schemas in the BUILT dist:
//   schema/config.schema.json  (src/config/schema.ts: configFileSchema)
//   schema/task.schema.json    (src/task/schema.ts: taskFileSchema, when this build has it)
// Run after `npx tsc -p tsconfig.build.json`. test/config/schema-drift.test.ts fails when they drift.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { configJsonSchema, taskJsonSchema } = await import(join(root, 'dist', 'config', 'schema.js'));

export function serialize(schema) {
  return JSON.stringify(schema, null, 2) + '\n';
}

mkdirSync(join(root, 'schema'), { recursive: true });
const written = [];
writeFileSync(join(root, 'schema', 'config.schema.json'), serialize(configJsonSchema()));
written.push('schema/config.schema.json');
const task = await taskJsonSchema();
if (task) {
  writeFileSync(join(root, 'schema', 'task.schema.json'), serialize(task));
  written.push('schema/task.schema.json');
} else {
  process.stderr.write('gen-schema: this build has no task-file schema (src/task/schema.ts taskFileSchema); skipped schema/task.schema.json\n');
}
process.stdout.write(`gen-schema: wrote ${written.join(', ')}\n`);

/**
 * A stored run read back for `--resume`: run.json, task.json, inputs.json and state.json, each checked
 * for the shape the run needs. A truncated or hand-edited file is a TaskInputError naming the file, its
 * line and the field (exit 2), never a run that goes on with `undefined` (a `get(undefined)`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ExecutionSpec, TaskState } from '../engine/types.js';
import type { Inputs } from '../plugin/context.js';
import type { TaskTemplate } from '../plugin/template.js';
import { displayPath } from '../source/read.js';
import { TaskInputError } from './errors.js';
import { readRunFile } from './run-files.js';
import type { RunRecord } from './store.js';

const count = z.number().int().min(0);

const runRecordSchema = z.looseObject({
  version: z.literal(1),
  runId: z.string().min(1),
  label: z.string(),
  cwd: z.string().min(1),
  pluginModules: z.array(z.string()),
  secretsDir: z.string().min(1),
  status: z.string(),
  taskFile: z.string().optional(),
  agent: z.string().optional(),
  configPath: z.string().optional(),
  configFile: z.string().optional(),
  configSets: z.array(z.string()).optional(),
  envFiles: z.array(z.string()).optional(),
  timeoutMs: z.number().min(0).optional(),
  retries: count.optional(),
  maxDatasetSizeBytes: z.number().positive().optional(),
});

const storedTaskSchema = z.looseObject({
  template: z.looseObject({ type: z.string().min(1) }),
  execution: z.looseObject({ name: z.string().min(1), project: z.string(), domain: z.string(), namespace: z.string() }),
});

const inputsSchema = z.record(z.string(), z.unknown());

const stateSchema = z
  .looseObject({
    version: z.literal(1),
    taskId: z.string().min(1),
    attempt: count,
    systemRetriesUsed: count,
    userRetriesUsed: count,
    generatedName: z.string().min(1),
    stage: z.enum(['NotStarted', 'Creating', 'Created', 'Finished']),
    startedAt: z.number(),
    attemptStartedAt: z.number(),
    attempts: z.array(z.looseObject({ attempt: count, generatedName: z.string().min(1), startedAt: z.number() })),
    result: z.looseObject({ outcome: z.enum(['succeeded', 'failed', 'aborted', 'detached']), phase: z.string(), attempts: z.array(z.unknown()) }).optional(),
  })
  .refine((s) => s.stage !== 'Created' || s.resourceMeta !== undefined, { message: 'the stage is "Created" but no resourceMeta was saved', path: ['resourceMeta'] });

export interface StoredRun {
  record: RunRecord;
  template: TaskTemplate;
  execution: ExecutionSpec;
  inputs: Inputs;
}

/** Read and check a stored run (its state too, which the engine loads later). */
export function readStoredRun(dir: string, cwd: string, runsDir: string): StoredRun {
  const record = readRunFile(join(dir, 'run.json'), cwd, runRecordSchema) as RunRecord | undefined;
  const stored = readRunFile(join(dir, 'task.json'), cwd, storedTaskSchema);
  if (!record || !stored) {
    throw new TaskInputError(
      {
        message: existsSync(dir) ? `no run to resume at ${displayPath(dir, cwd)} (${record ? 'task.json' : 'run.json'} is missing)` : `no run to resume at ${displayPath(dir, cwd)}`,
        location: '--resume',
        hint: `give a run id from ${displayPath(runsDir, cwd)} or the path of a run directory`,
      },
      'run record',
    );
  }
  const state = readRunFile(join(dir, 'state.json'), cwd, stateSchema) as TaskState | undefined;
  if (state && state.taskId !== record.runId) {
    throw new TaskInputError({ message: `run record file ${displayPath(join(dir, 'state.json'), cwd)} belongs to task "${state.taskId}", not to run ${record.runId}`, location: displayPath(join(dir, 'state.json'), cwd) }, 'run record');
  }
  const inputs = (readRunFile(join(dir, 'inputs.json'), cwd, inputsSchema) ?? {}) as Inputs;
  return { record, template: stored.template as TaskTemplate, execution: stored.execution as ExecutionSpec, inputs };
}

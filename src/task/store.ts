/**
 * The local datastore of a run: `.webapi-plugin/runs/<run-id>/` (or `--out-dir`).
 *
 *   run.json       how the run was started (for --resume) and how it ended
 *   task.json      the task template and execution metadata as run
 *   inputs.json    the merged inputs
 *   outputs.json   the outputs (on success)
 *   error.json     the error document (on failure)
 *   events.jsonl   every engine event, one JSON object per line
 *   state.json     the engine's TaskState (what --resume continues from)
 *   attempts/<n>/  per-attempt output prefix and raw data the plugin may write
 *
 * RunDir writes the record (begin, resumed, finish, fail); FileStateStore is the engine's StateStore;
 * FileDataStore is the plugins' DataStore. Every file write is atomic (temp file + rename, ./run-files.ts)
 * and 0600 in a 0700 directory. What the run needs (run.json, task.json, inputs.json, state.json,
 * outputs.json, datastore files) keeps exact values, secrets included, like the state Flyte keeps; only
 * what is rendered for reading (events.jsonl, error.json) is redacted.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, appendFileSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AttemptPaths, ExecutionSpec, StateStore, TaskResult, TaskState } from '../engine/types.js';
import type { DataStore, Inputs } from '../plugin/context.js';
import type { TaskTemplate } from '../plugin/template.js';
import { stringifyExact } from '../util/exact-json.js';
import type { Redactor } from '../util/redact.js';
import { atomicWriteFile, atomicWriteFileSync, readRunFile, readRunFileAsync } from './run-files.js';

export const DEFAULT_RUNS_DIR = join('.webapi-plugin', 'runs');

/** A run id: a slug of the task's name plus a random suffix, e.g. "quickstart-k3f9x2". */
export function newRunId(base: string, exists: (id: string) => boolean = () => false): string {
  const slug =
    base
      .toLowerCase()
      .replace(/\.(ya?ml|json)$/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30)
      .replace(/-+$/, '') || 'run';
  for (;;) {
    const id = `${slug}-${randomBytes(4).readUInt32BE(0).toString(36).padStart(6, '0').slice(-6)}`;
    if (!exists(id)) return id;
  }
}

/** What run.json holds: enough to resume the run without the original command line. */
export interface RunRecord {
  version: 1;
  runId: string;
  /** The task file as given (absolute), for display. */
  taskFile?: string;
  label: string;
  createdAt: string;
  cwd: string;
  /** Absolute paths (or package specifiers) of the plugin modules, or the agent address. */
  pluginModules: string[];
  agent?: string;
  /** --config as given (absolute). */
  configPath?: string;
  /** The config file that was found and used (absolute). */
  configFile?: string;
  configSets?: string[];
  secretsDir: string;
  envFiles?: string[];
  timeoutMs?: number;
  retries?: number;
  maxDatasetSizeBytes?: number;
  status: 'running' | 'succeeded' | 'failed' | 'aborted' | 'detached' | 'error';
  exitCode?: number;
  finishedAt?: string;
}

/** What a new run records when it starts (run.json without the fields the store fills in). */
export type RunStart = Omit<RunRecord, 'version' | 'runId' | 'createdAt' | 'status' | 'exitCode' | 'finishedAt'>;

export class RunDir {
  constructor(
    readonly dir: string,
    readonly runId: string,
    private readonly redactor: Redactor,
  ) {}

  static create(runsDir: string, runId: string, redactor: Redactor): RunDir {
    const dir = join(runsDir, runId);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return new RunDir(dir, runId, redactor);
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  /** A file the run needs, with exact values (never redacted). */
  writeJson(name: string, value: unknown): void {
    atomicWriteFileSync(this.path(name), stringifyExact(value, 2) + '\n');
  }

  /** A file for reading only (the error document): secrets redacted, as on the terminal. */
  writeRendered(name: string, value: unknown): void {
    atomicWriteFileSync(this.path(name), stringifyExact(this.redactor.redactValue(value), 2) + '\n');
  }

  readJson<T>(name: string): T | undefined {
    return readRunFile<T>(this.path(name), process.cwd());
  }

  /**
   * Append one event line, redacted value by value before it is serialized (a secret holding `"` cannot
   * break the line). A single small O_APPEND write: a reader never sees half a line from us.
   */
  appendEvent(event: unknown): void {
    appendFileSync(this.path('events.jsonl'), stringifyExact(this.redactor.redactValue(event)) + '\n', { mode: 0o600 });
  }

  updateRecord(patch: Partial<RunRecord>): RunRecord {
    const cur = this.readJson<RunRecord>('run.json');
    const next = { ...(cur as RunRecord), ...patch };
    this.writeJson('run.json', next);
    return next;
  }

  /** A new run starts: run.json (how it was started, for --resume), task.json and inputs.json. */
  begin(start: RunStart, task: { template: TaskTemplate; execution: ExecutionSpec }, inputs: Inputs): void {
    const record: RunRecord = { version: 1, ...start, runId: this.runId, createdAt: new Date().toISOString(), status: 'running' };
    this.writeJson('run.json', record);
    this.writeJson('task.json', task);
    this.writeJson('inputs.json', inputs);
  }

  /** A stored run continues (--resume). */
  resumed(): void {
    this.updateRecord({ status: 'running' });
  }

  /** The task ended: outputs.json or error.json, and the outcome in run.json. */
  finish(result: TaskResult, exitCode: number): void {
    if (result.outcome === 'succeeded') this.writeJson('outputs.json', result.outputs ?? {});
    if (result.error) this.writeRendered('error.json', { error: { ...result.error, phase: result.phase } });
    this.updateRecord({ status: result.outcome, exitCode, finishedAt: new Date(result.finishedAt).toISOString() });
  }

  /** The task could not run at all (no plugin for its type, bad config, ...). */
  fail(error: { code: string; message: string }, exitCode: number): void {
    this.updateRecord({ status: 'error', exitCode, finishedAt: new Date().toISOString() });
    this.writeRendered('error.json', { error: { ...error, kind: 'SYSTEM' } });
  }

  /** The process ends before the task did (written from an exit hook: synchronous, never throws). */
  failIfRunning(error: { code: string; message: string }, exitCode: number): void {
    try {
      if (this.readJson<RunRecord>('run.json')?.status === 'running') this.fail(error, exitCode);
    } catch {
      /* the record cannot be read or written: nothing more can be done while exiting */
    }
  }

  /** Per-attempt storage paths handed to the plugin's OutputWriter. */
  attemptPaths = (attempt: number): AttemptPaths => ({
    outputPrefix: join(this.dir, 'attempts', String(attempt)),
    rawOutputPrefix: join(this.dir, 'attempts', String(attempt), 'raw'),
    previousCheckpointPrefix: attempt > 0 ? join(this.dir, 'attempts', String(attempt - 1), 'raw', '_flytecheckpoints') : '',
  });
}

/** The engine's StateStore on disk: `<run dir>/state.json`, written atomically at every step. */
export class FileStateStore implements StateStore {
  constructor(
    /** The run directory of a task id. */
    private readonly dirFor: (taskId: string) => string,
  ) {}

  private file(taskId: string): string {
    return join(this.dirFor(taskId), 'state.json');
  }

  async load(taskId: string): Promise<TaskState | undefined> {
    return (await readRunFileAsync(this.file(taskId), process.cwd())) as TaskState | undefined;
  }

  async save(state: TaskState): Promise<void> {
    await atomicWriteFile(this.file(state.taskId), stringifyExact(state, 2) + '\n');
  }
}

/** Storage for plugins that persist data: refs are paths relative to the run directory, absolute paths or file:// URIs. */
export class FileDataStore implements DataStore {
  constructor(private readonly root: string) {}

  private pathOf(ref: string): string {
    if (ref.startsWith('file://')) return fileURLToPath(ref);
    return isAbsolute(ref) ? ref : resolve(this.root, ref);
  }

  async read(ref: string): Promise<Uint8Array> {
    return readFile(this.pathOf(ref));
  }

  /** Written as given: datastore files are data the plugin reads back, never redacted. */
  async write(ref: string, data: Uint8Array | string): Promise<void> {
    await atomicWriteFile(this.pathOf(ref), data, true);
  }

  async exists(ref: string): Promise<boolean> {
    try {
      await stat(this.pathOf(ref));
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Make sure run records can be kept in `runsDir` (created, 0700, when `create`): undefined when they
 * can, else why not (`--out-dir /dev/null`: "/dev/null is not a directory").
 */
export function runsDirProblem(runsDir: string, create: boolean): string | undefined {
  try {
    if (create) mkdirSync(runsDir, { recursive: true, mode: 0o700 });
    else if (!existsSync(runsDir)) return undefined;
    const st = statSync(runsDir);
    if (!st.isDirectory()) return `${runsDir} is not a directory`;
    accessSync(runsDir, constants.W_OK | constants.X_OK);
    return undefined;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOTDIR' || e.code === 'EEXIST') return `${runsDir} is not a directory (or lies under a file)`;
    if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') return `${runsDir} cannot be written (${e.code})`;
    return e.message;
  }
}

/** `--resume <run-id|dir>`: a directory path, or a run id under the runs directory. */
export function resolveRunDir(value: string, runsDir: string, cwd: string): string {
  const asPath = resolve(cwd, value);
  if (value.includes('/') || value.includes('\\') || value === '.' || existsSync(join(asPath, 'run.json'))) return asPath;
  return join(runsDir, value);
}

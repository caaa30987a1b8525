/**
 * Read and validate a task file (YAML or JSON) through the located-YAML module (src/source/): every
 * problem names file:line:col and the key, shows the line, and an unknown key gets a "did you mean".
 */
import { resolve } from 'node:path';
import type { Problem } from '../source/problem.js';
import { displayPath, readSourceFile } from '../source/read.js';
import { issuesToProblems, placeIn } from '../source/schema-issues.js';
import { parseYaml, type YamlSource } from '../source/yaml.js';
import { TaskInputError } from './errors.js';
import { taskFileSchema, type TaskFile } from './schema.js';

export interface LoadedTaskFile {
  source: YamlSource;
  task: TaskFile;
}

const taskError = (problems: readonly Problem[], what: string) => new TaskInputError(problems, what);

/** Parse YAML or JSON text of one of the task layer's files ("task file", "inputs file"). */
export function parseTaskSource(text: string, absPath: string, cwd: string, what = 'task file'): YamlSource {
  return parseYaml(text, { path: absPath, display: displayPath(absPath, cwd), what, error: taskError });
}

/** Read one of the task layer's files; a missing one suggests the closest name beside it. */
export function readTaskSource(file: string, cwd: string, what = 'task file'): YamlSource {
  const abs = resolve(cwd, file);
  const display = displayPath(abs, cwd);
  return parseTaskSource(readSourceFile(abs, display, what, (p) => new TaskInputError(p, what)), abs, cwd, what);
}

/** Read, parse and validate a task file. */
export function loadTaskFile(file: string, cwd: string): LoadedTaskFile {
  return checkTask(readTaskSource(file, cwd));
}

export function parseTaskText(text: string, absPath: string, cwd: string): LoadedTaskFile {
  return checkTask(parseTaskSource(text, absPath, cwd));
}

function checkTask(source: YamlSource): LoadedTaskFile {
  const value = source.data;
  if (value === null || value === undefined) {
    throw new TaskInputError(source.problemAt({ line: 1, col: 1 }, 'the task file is empty', 'a task file needs at least `type: <task type>`'));
  }
  const parsed = taskFileSchema.safeParse(value);
  if (!parsed.success) {
    throw new TaskInputError(issuesToProblems(parsed.error.issues, { data: value, schema: taskFileSchema, place: placeIn(source) }));
  }
  return { source, task: parsed.data };
}

/**
 * The loader's errors. A plugin module that cannot be used as written (not found, a syntax error, no
 * default export, not a PluginEntry, a duplicate id) is the user's to fix: PluginModuleError, exit 2.
 * A module that throws while it is being imported (a failed connection at import time, a missing
 * dependency) is a system error: PluginImportError, exit 3; --verbose shows the plugin's own stack.
 */
import { ProblemError, type Problem } from '../source/problem.js';

export class PluginModuleError extends ProblemError {
  constructor(problems: Problem | readonly Problem[], options?: { cause?: unknown }) {
    super(problems, 'plugin modules', options);
    this.name = 'PluginModuleError';
  }
}

export class PluginImportError extends Error {
  readonly location?: string;
  readonly hint?: string;
  constructor(message: string, opts: { location?: string; hint?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'PluginImportError';
    if (opts.location !== undefined) this.location = opts.location;
    if (opts.hint !== undefined) this.hint = opts.hint;
  }
}

/**
 * The config layer's error: the config file, a WEBAPI_PLUGIN_* variable, a PluginConfig flag or --set,
 * or a plugin's getConfig() holds something unusable. Every problem found is listed at once (nothing is
 * half-applied); the CLI boundary shows them with locations and code frames and exits 2.
 */
import { ProblemError, type Problem } from '../source/problem.js';

export class ConfigError extends ProblemError {
  constructor(problems: Problem | readonly Problem[], what = 'configuration', options?: { cause?: unknown }) {
    super(problems, what, options);
    this.name = 'ConfigError';
  }
}

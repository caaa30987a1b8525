/**
 * What `init`'s pipeline takes, gives back and passes between its steps: the options the CLI action
 * hands over (`ScaffoldOptions`), the outcome it reports (`ScaffoldResult`, also `--json`'s shape), and
 * the narrow context the steps share (`InitContext`, each field set by one named step). Types only, apart
 * from the steps (steps.ts) and the runner (scaffold.ts), so both can import them without a cycle.
 */
import type { DependencyDecision, OwnPackage } from './dependency.js';
import type { GitOutcome, InstallResult } from './exec.js';
import type { paint } from './messages.js';
import type { InitAnswers } from './question-types.js';
import type { Prompter, ResolvedAnswers } from './resolve.js';
import type { RenderedFile, TemplateManifest } from './templates.js';
import type { PlannedFile } from './write.js';

export interface ScaffoldOptions {
  /** commander's option values for the table's questions, plus the command's own flags. */
  options: Record<string, unknown>;
  /** The directory argument as typed, if any. */
  directory?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  interactive: boolean;
  yes: boolean;
  force: boolean;
  dryRun: boolean;
  json: boolean;
  /** `--link <path>` (a checkout or installation of webapi-plugin), `--no-link` (false), or neither. */
  link?: string | false;
  /** The command line after `webapi-plugin`, to print a command that works. */
  argv?: readonly string[];
  /** Human output (stdout, or stderr with --json). */
  out: NodeJS.WritableStream;
  /** Warnings. */
  err: NodeJS.WritableStream;
  color: boolean;
  /** Builds the prompter when one is needed (lazy: inquirer is heavy). */
  prompter?: () => Promise<Prompter>;
  /** Aborted on Ctrl-C / SIGTERM while installing. */
  signal?: AbortSignal;
  /** Called once the prompts are over and the files are written, before install and git. */
  onBeforeSteps?: () => void;
  templatesRoot?: string;
  /** The webapi-plugin this runs from (tests give another). */
  own?: OwnPackage;
}

export interface ScaffoldResult {
  directory: string;
  dryRun: boolean;
  choices: InitAnswers;
  /** The `webapi-plugin` dependency written to package.json ("^0.1.0" or "file:/abs/path"). */
  webapiPluginDependency: string;
  /** Why the project is linked to a local webapi-plugin, when it is. */
  dependencyNote?: string;
  sources: ResolvedAnswers['sources'];
  files: PlannedFile[];
  install: (InstallResult & { ran: true }) | { ran: false; command: string };
  git: GitOutcome | { status: 'not-requested' };
  nextSteps: string[];
  warnings: string[];
}

/** What the steps share. Each field is set by one step (named beside it) and only read after. */
export interface InitContext {
  readonly o: ScaffoldOptions;
  readonly p: ReturnType<typeof paint>;
  /** Human output, collected and flushed in a few writes (one write per line costs start-up time). */
  say(line?: string): void;
  flush(): void;
  warn(message: string, hint?: string): void;
  warnings: string[];
  templates: TemplateManifest[]; // find templates
  directory?: string; // find templates
  prompter?: Prompter; // check a named directory
  resolved: ResolvedAnswers; // answer the questions
  dependency: DependencyDecision; // choose the webapi-plugin dependency
  template: TemplateManifest; // render
  target: string; // render
  files: RenderedFile[]; // render
  templateSteps: string[]; // render
  plan: PlannedFile[]; // inspect the target
  install: ScaffoldResult['install']; // install
  git: ScaffoldResult['git']; // git
  /** Set by a step that ends the run early (dry run). */
  stop?: boolean;
}

/** One named stage of the pipeline: reads the context, adds to it, or throws to refuse. */
export type Step = { name: string; run(c: InitContext): void | Promise<void> };

/**
 * The shapes behind `init`'s question table: the answers `init` needs (`InitAnswers`), what a question's
 * defaults, choices and validators may look at (`QuestionState`), and the three kinds of question
 * (input, select, confirm). Apart from the table (questions.ts) so that the modules that only handle
 * answers — templates, messages, deploy files, the pipeline — need not import the table itself.
 *
 * Types and one constant only; imported when the CLI registers its commands, so it stays light.
 */
import type { PackageManager } from './package-manager.js';

export const PLUGIN_KINDS = ['async', 'sync'] as const;
export type PluginKind = (typeof PLUGIN_KINDS)[number];

/** A template as listed by its manifest (see src/scaffold/templates.ts). */
export interface TemplateSummary {
  name: string;
  description: string;
  kinds: PluginKind[];
}

/** Every answer `init` needs. Keys are the commander attribute names of the flags. */
export interface InitAnswers {
  name: string;
  description: string;
  pluginId: string;
  taskTypes: string[];
  kind: PluginKind;
  template: string;
  packageManager: PackageManager;
  install: boolean;
  git: boolean;
}

export type AnswerKey = keyof InitAnswers;

/** What defaults, choices and validators may look at. */
export interface QuestionState {
  /** Answers so far (flags first, then prompts/defaults, in table order). */
  answers: Partial<InitAnswers>;
  /** Values given as flags (already parsed and validated). */
  flags: Partial<InitAnswers>;
  /** The directory argument, resolved to an absolute path, when one was given. */
  directory?: string;
  env: NodeJS.ProcessEnv;
  templates: readonly TemplateSummary[];
  /** Package managers found on PATH (undefined: not checked, every one is offered). */
  packageManagers?: readonly PackageManager[];
}

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

interface QuestionBase<K extends AnswerKey> {
  key: K;
  /** Commander flag spec, e.g. "--plugin-id <id>". Confirm questions get a `--no-` twin. */
  flag: string;
  /** The flag's name as users type it (for messages). */
  flagName: string;
  /** Prompt text. */
  message: string;
  /** Help text for the flag. */
  help: string;
  /** How the default is described in --help. */
  defaultHelp: string;
  default(s: QuestionState): InitAnswers[K];
  /** False: never asked, the default (or flag) is used. */
  ask?(s: QuestionState): boolean;
  /**
   * Required when nobody can be asked (non-interactive without --yes): then the flag must be given,
   * unless this returns true (the value is derived from something the user did give).
   */
  required?: boolean;
  derivedFrom?(s: QuestionState): boolean;
  /** A problem with the value (a sentence), or undefined when it is fine. */
  validate?(value: InitAnswers[K], s: QuestionState): string | undefined;
  /** A corrected value to suggest when validation fails. */
  suggest?(value: InitAnswers[K]): InitAnswers[K] | undefined;
}

export interface InputQuestion<K extends AnswerKey> extends QuestionBase<K> {
  type: 'input';
  /** Text (flag or prompt) → value. */
  parse(raw: string): InitAnswers[K];
  /** Value → text (prompt default, summaries). */
  format(value: InitAnswers[K]): string;
}

export interface SelectQuestion<K extends AnswerKey> extends QuestionBase<K> {
  type: 'select';
  choices(s: QuestionState): Choice<InitAnswers[K]>[];
  /** Every value accepted as a flag, regardless of the other answers (for --help). */
  allChoices?(s: QuestionState): string[];
}

export interface ConfirmQuestion<K extends AnswerKey> extends QuestionBase<K> {
  type: 'confirm';
}

export type Question<K extends AnswerKey = AnswerKey> = InputQuestion<K> | SelectQuestion<K> | ConfirmQuestion<K>;

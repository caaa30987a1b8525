/**
 * From flags, prompts and defaults to the final answers, walking the question table in order:
 *   explicit flag  →  prompt (interactive, not --yes, and the question is asked)  →  default.
 * When nobody can be asked and `--yes` was not given, a required value that is missing is a usage
 * error naming its flag: the command never waits for input.
 */
import { UsageError } from '../errors.js';
import type { PackageManager } from './package-manager.js';
import type { AnswerKey, Choice, InitAnswers, Question, QuestionState, TemplateSummary } from './question-types.js';
import { QUESTIONS, formatAnswer, parseFlag } from './questions.js';

/** How questions are put to the user. The real one is inquirer (prompt.ts); tests inject their own. */
export interface Prompter {
  input(q: {
    message: string;
    default: string;
    /** true, or the problem to show (blocks the answer). */
    validate: (text: string) => true | string;
    /** Feedback while typing: the problem with the text so far, if any. */
    live: (text: string) => string | undefined;
  }): Promise<string>;
  select<T>(q: { message: string; choices: Choice<T>[]; default: T }): Promise<T>;
  confirm(q: { message: string; default: boolean }): Promise<boolean>;
}

export interface ResolveInput {
  /** commander's option values (raw). */
  options: Record<string, unknown>;
  /** The directory argument resolved to an absolute path, if one was given. */
  directory?: string;
  env: NodeJS.ProcessEnv;
  templates: readonly TemplateSummary[];
  /** Package managers found on PATH (offered and accepted for installing). */
  packageManagers?: readonly PackageManager[];
  interactive: boolean;
  yes: boolean;
  /** Required when interactive and not --yes. */
  prompter?: Prompter;
}

export interface ResolvedAnswers {
  answers: InitAnswers;
  /** Where each answer came from. */
  sources: Record<AnswerKey, 'flag' | 'prompt' | 'default'>;
}

function problemWithHint<K extends AnswerKey>(q: Question<K>, value: InitAnswers[K], s: QuestionState): { problem: string; hint?: string } | undefined {
  const problem = q.validate?.(value, s);
  if (!problem) return undefined;
  const suggestion = q.suggest?.(value);
  if (suggestion === undefined) return { problem };
  const shown = formatAnswer(q, suggestion);
  return { problem, hint: `did you mean ${q.flagName} ${/[\s"']/.test(shown) ? JSON.stringify(shown) : shown}?` };
}

/** Parse and validate every flag the user gave. Throws UsageError naming the flag. */
export function flagsFrom(options: Record<string, unknown>, base: Omit<QuestionState, 'flags' | 'answers'>): Partial<InitAnswers> {
  const flags: Partial<InitAnswers> = {};
  for (const q of QUESTIONS) {
    const raw = options[q.key];
    if (raw === undefined) continue;
    (flags as Record<string, unknown>)[q.key] = parseFlag(q, raw);
  }
  // validate in table order, each with the flags before it known (e.g. --template against --kind)
  const answers: Partial<InitAnswers> = {};
  for (const q of QUESTIONS) {
    const value = flags[q.key];
    if (value === undefined) continue;
    const s: QuestionState = { ...base, flags, answers };
    const bad = problemWithHint(q, value as never, s);
    if (bad) throw new UsageError(`invalid ${q.flagName}: ${bad.problem}`, { location: q.flagName, ...(bad.hint && { hint: bad.hint }) });
    (answers as Record<string, unknown>)[q.key] = value;
  }
  return flags;
}

export async function resolveAnswers(input: ResolveInput): Promise<ResolvedAnswers> {
  const base = { directory: input.directory, env: input.env, templates: input.templates, ...(input.packageManagers && { packageManagers: input.packageManagers }) };
  const flags = flagsFrom(input.options, base);
  const answers: Partial<InitAnswers> = {};
  const sources = {} as ResolvedAnswers['sources'];
  const canAsk = input.interactive && !input.yes;

  // Fail fast, before any prompt or write: nobody can be asked for a required value.
  if (!input.interactive && !input.yes) {
    const s: QuestionState = { ...base, flags, answers: flags };
    for (const q of QUESTIONS) {
      if (q.required && flags[q.key] === undefined && !q.derivedFrom?.(s)) {
        throw new UsageError(`missing ${q.flagName}: ${q.help}`, {
          location: q.flagName,
          hint:
            `nobody can be asked (no terminal, CI is set, or --no-interactive): give ${q.flag}` +
            (q.key === 'name' ? ' or a directory (webapi-plugin init <directory>)' : '') +
            ', or --yes to accept the defaults',
        });
      }
    }
  }

  for (const q of QUESTIONS) {
    const s: QuestionState = { ...base, flags, answers };
    const given = flags[q.key];
    let value: unknown;
    if (given !== undefined) {
      value = given;
      sources[q.key] = 'flag';
    } else if (canAsk && (q.ask?.(s) ?? true)) {
      if (!input.prompter) throw new Error('interactive init needs a prompter');
      value = await ask(q, s, input.prompter);
      sources[q.key] = 'prompt';
    } else {
      value = q.default(s);
      sources[q.key] = 'default';
    }
    // Defaults and prompt answers are checked too (a default derived from a bad folder name, a
    // template that does not fit a kind given as a flag).
    const bad = problemWithHint(q, value as never, s);
    if (bad) {
      const from = sources[q.key] === 'default' ? ` (the default, ${q.defaultHelp})` : '';
      throw new UsageError(`invalid ${q.flagName}${from}: ${bad.problem}`, { location: q.flagName, ...(bad.hint && { hint: bad.hint }) });
    }
    (answers as Record<string, unknown>)[q.key] = value;
  }
  return { answers: answers as InitAnswers, sources };
}

async function ask(q: Question, s: QuestionState, prompter: Prompter): Promise<unknown> {
  if (q.type === 'input') {
    const check = (text: string) => q.validate?.(q.parse(text) as never, s);
    return q.parse(
      await prompter.input({
        message: q.message,
        default: q.format(q.default(s) as never),
        validate: (text) => {
          const problem = check(text);
          if (!problem) return true;
          const suggestion = q.suggest?.(q.parse(text) as never);
          return suggestion === undefined ? problem : `${problem} — try ${q.format(suggestion as never)}`;
        },
        live: (text) => (text ? check(text) : undefined),
      }),
    );
  }
  if (q.type === 'select') {
    const choices = q.choices(s) as Choice<unknown>[];
    const def = q.default(s);
    return prompter.select({ message: q.message, choices, default: choices.some((c) => c.value === def) ? def : choices[0]?.value });
  }
  return prompter.confirm({ message: q.message, default: Boolean(q.default(s)) });
}

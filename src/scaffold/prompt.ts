/**
 * The interactive Prompter, on @inquirer/prompts. Imported only when `init` really asks something.
 * Ctrl-C at a prompt rejects with inquirer's ExitPromptError; the caller turns it into exit 130.
 */
import { confirm, input, select } from '@inquirer/prompts';
import type { Prompter } from './resolve.js';

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
}

export function inquirerPrompter(streams: PromptStreams): Prompter {
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false };
  const dim = (s: string) => (streams.color ? `\u001b[2m${s}\u001b[22m` : s);
  const red = (s: string) => (streams.color ? `\u001b[31m${s}\u001b[39m` : s);
  return {
    input: (q) =>
      input(
        {
          message: q.message,
          default: q.default,
          validate: q.validate,
          // validation as the user types: the problem with the text so far, beside the text
          transformer: (text, { isFinal }) => {
            if (isFinal) return text;
            const problem = q.live(text);
            return problem ? `${text}  ${red('✖')} ${dim(problem)}` : text;
          },
        },
        context,
      ),
    select: (q) =>
      select(
        {
          message: q.message,
          choices: q.choices.map((c) => ({ value: c.value, name: c.name, ...(c.description && { description: c.description }) })),
          default: q.default,
        },
        context,
      ),
    confirm: (q) => confirm({ message: q.message, default: q.default }, context),
  };
}


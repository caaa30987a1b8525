import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { guardStall } from '../stall.js';

/** What a command module's action receives. */
export interface ActionInput<O = Record<string, unknown>> {
  args: string[];
  options: O;
  command: Command;
  ctx: CliContext;
}

export type CommandAction<O = Record<string, unknown>> = (input: ActionInput<O>) => Promise<number | void>;

/**
 * Wrap a lazily imported action: the module is imported only when the command runs, so startup
 * (and --help, --version) never pays for it; a command left waiting on a promise that never settles
 * fails (exit 3) instead of ending the process with exit 0 (../stall.ts).
 */
export function lazyAction<O>(ctx: CliContext, setExit: (code: number) => void, load: () => Promise<CommandAction<O>>) {
  return async (...raw: unknown[]) => {
    const command = raw[raw.length - 1] as Command;
    const options = command.opts() as O;
    const args = command.args;
    const action = await load();
    const code = await guardStall(() => action({ args, options, command, ctx }));
    setExit(typeof code === 'number' ? code : 0);
  };
}

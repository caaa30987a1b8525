import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { lazyAction } from './lazy.js';

export function registerServe(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('serve (not implemented yet)')
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .action(lazyAction(ctx, setExit, async () => (await import('../serve.js')).default));
}

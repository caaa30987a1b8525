import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { lazyAction } from './lazy.js';

export function registerInit(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('scaffold a new plugin project (not implemented yet)')
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .action(lazyAction(ctx, setExit, async () => (await import('../init.js')).default));
}

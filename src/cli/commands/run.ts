import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { lazyAction } from './lazy.js';

export function registerRun(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command('run')
    .description('run (not implemented yet)')
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .action(lazyAction(ctx, setExit, async () => (await import('../run.js')).default));
}

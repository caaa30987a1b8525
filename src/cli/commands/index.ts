import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerConfig } from './config.js';
import { registerDeploy } from './deploy.js';
import { registerInit } from './init.js';
import { registerRun } from './run.js';
import { registerServe } from './serve.js';

/** The command registry: declarations only; every action imports its module when it runs. */
export function registerCommands(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  registerInit(program, ctx, setExit);
  registerRun(program, ctx, setExit);
  registerConfig(program, ctx, setExit);
  registerServe(program, ctx, setExit);
  registerDeploy(program, ctx, setExit);
}

/**
 * Never a silent exit 0: Node ends a process whose event loop is empty even while a command still
 * awaits something — a config module's default export that never resolves, a plugin module's top-level
 * await that never settles. `guardStall` turns that into an error (exit 3) for the innermost command
 * step still waiting, which then reports it as any other error (on stderr, and in the `--json`
 * document). `waitingFor` names what the command is waiting for, for the message.
 */
import { SystemError } from '../errors.js';

const waiting: ((err: Error) => void)[] = [];
let step: string | undefined;
let installed = false;

/** Say what the command is about to wait for ("the config module ./webapi-plugin.config.mjs"). */
export function waitingFor(what: string | undefined): void {
  step = what;
}

function onBeforeExit(): void {
  const innermost = waiting.pop();
  if (!innermost) return;
  const what = step ?? 'something that never happened';
  innermost(
    new SystemError(`the command could not finish: Node had nothing left to run while it waited for ${what}`, {
      hint: "a promise that never settles: a config module's default export (or the promise its function returns) and a plugin module's top-level await must resolve or reject",
    }),
  );
}

/**
 * What `start` returns, rejected with a SystemError if the event loop empties while it is still pending.
 * Guards nest: the innermost one still pending (the last started) gets the error.
 */
export function guardStall<T>(start: () => Promise<T>): Promise<T> {
  if (!installed) {
    installed = true;
    process.on('beforeExit', onBeforeExit);
  }
  return new Promise<T>((resolve, reject) => {
    const entry = (err: Error) => reject(err);
    waiting.push(entry);
    let work: Promise<T>;
    try {
      work = start();
    } catch (e) {
      work = Promise.reject(e as Error);
    }
    const done = () => {
      const i = waiting.indexOf(entry);
      if (i >= 0) waiting.splice(i, 1);
    };
    work.then(
      (v) => {
        done();
        resolve(v);
      },
      (e: unknown) => {
        done();
        reject(e);
      },
    );
  });
}

/**
 * Where the API token comes from, and why it is never part of the resourceMeta.
 *
 * `create` receives the task context and reads the token from `tCtx.secretManager`. `get` and `delete`
 * receive only the resourceMeta (Flyte's design: it is what the engine persists between rounds — in
 * Flyte in the task's plugin state, locally in `.webapi-plugin/runs/…`), so a token put there would be
 * stored in plain text. Instead:
 *   1. `create` remembers the token in this process's memory (`TokenSource.remember`);
 *   2. `get`/`delete` use that remembered token;
 *   3. in a new process that never ran `create` (`webapi-plugin run --resume`, an agent restarted by
 *      Kubernetes), the token is read again from where the secret is mounted: the environment variable
 *      FLYTE_SECRET_<key>, else the file `.secrets/<key>` — the places `webapi-plugin run` reads
 *      secrets from by default (run from the project directory).
 * If your API offers token-free status URLs (pre-signed / capability URLs), storing such a URL in the
 * resourceMeta is the other safe option.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TOKEN_SECRET = 'job_api_token';

export class TokenSource {
  private remembered: string | undefined;

  constructor(
    private readonly key: string = TOKEN_SECRET,
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly secretsDir: string = '.secrets',
  ) {}

  remember(token: string): void {
    this.remembered = token;
  }

  /** The token for `get`/`delete`: remembered from `create`, else re-read from the environment. */
  current(): string {
    if (this.remembered !== undefined) return this.remembered;
    const envName = `FLYTE_SECRET_${this.key}`;
    const fromEnv = this.env[envName];
    if (fromEnv) return (this.remembered = fromEnv);
    const file = join(this.secretsDir, this.key);
    try {
      return (this.remembered = readFileSync(file, 'utf8').replace(/\r?\n$/, ''));
    } catch {
      throw new Error(
        `no token for the job API in this process: set ${envName} or create ${file} ` +
          '(the token is never stored with the job, so a resumed run needs it again)',
      );
    }
  }
}

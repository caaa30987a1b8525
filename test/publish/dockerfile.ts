/**
 * Runs a Dockerfile's steps without a container runtime (none is reachable here), to prove that what it
 * says works: each stage gets a directory standing for its file system; WORKDIR, COPY (from the build
 * context, minus .dockerignore, or --from another stage), ENV, RUN (through sh, in the working directory),
 * USER, EXPOSE and CMD are carried out or recorded. What it cannot do: pull the base image (this machine's
 * Node.js stands for node:20), and isolate RUN from the host (a cache mount is the host's npm cache).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exec } from '../helpers/exec.js';

export interface Stage {
  name?: string;
  image: string;
  /** Stands for the stage's "/". */
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  expose: number[];
  cmd?: string[];
}

export interface DockerRun {
  stages: Stage[];
  /** Every RUN, in order, with its exit code. */
  runs: { stage: number; command: string; code: number | null }[];
}

/** Instructions with continuation lines joined, comments and blank lines dropped. */
export function instructions(text: string): { op: string; args: string }[] {
  const out: { op: string; args: string }[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' ';
      continue;
    }
    const full = (pending + line).trim();
    pending = '';
    const m = /^(\w+)\s+(.*)$/.exec(full);
    if (!m) throw new Error(`cannot read Dockerfile line: ${full}`);
    out.push({ op: m[1]!.toUpperCase(), args: m[2]! });
  }
  return out;
}

/** .dockerignore patterns (root-relative; `*` within a segment), as Docker matches the build context. */
function ignoreMatcher(context: string): (rel: string) => boolean {
  const file = join(context, '.dockerignore');
  const patterns = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    : [];
  const res = patterns.map((p) => new RegExp(`^${p.replace(/^\.\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/.*)?$`));
  return (rel) => res.some((re) => re.test(rel));
}

function copyInto(from: string, to: string, filter?: (src: string) => boolean): void {
  if (statSync(from).isDirectory()) {
    mkdirSync(to, { recursive: true });
    for (const e of readdirSync(from)) {
      const src = join(from, e);
      if (filter && !filter(src)) continue;
      copyInto(src, join(to, e), filter);
    }
  } else {
    cpSync(from, to);
  }
}

/** Map an image path ("/app/dist", "./dist", "dist") into a stage's directory. */
function inStage(stage: Stage, p: string): string {
  const abs = p.startsWith('/') ? p : join(stage.workdir, p);
  return join(stage.root, abs);
}

export async function runDockerfile(text: string, o: { context: string; root: string; env: NodeJS.ProcessEnv }): Promise<DockerRun> {
  const stages: Stage[] = [];
  const runs: DockerRun['runs'] = [];
  const ignored = ignoreMatcher(o.context);
  const current = () => {
    const s = stages[stages.length - 1];
    if (!s) throw new Error('an instruction before FROM');
    return s;
  };
  for (const { op, args } of instructions(text)) {
    switch (op) {
      case 'FROM': {
        const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args)!;
        const root = join(o.root, `stage-${stages.length}`);
        mkdirSync(root, { recursive: true });
        stages.push({ image: m[1]!, ...(m[2] && { name: m[2] }), root, workdir: '/', env: {}, expose: [] });
        break;
      }
      case 'WORKDIR': {
        const s = current();
        s.workdir = args.startsWith('/') ? args : join(s.workdir, args);
        mkdirSync(join(s.root, s.workdir), { recursive: true });
        break;
      }
      case 'ENV': {
        const m = /^(\w+)[= ](.*)$/.exec(args)!;
        current().env[m[1]!] = m[2]!.replace(/^"(.*)"$/, '$1');
        break;
      }
      case 'COPY': {
        const s = current();
        const parts = args.split(/\s+/);
        const from = parts[0]!.startsWith('--from=') ? parts.shift()!.slice('--from='.length) : undefined;
        const dest = parts.pop()!;
        const target = inStage(s, dest);
        for (const src of parts) {
          if (from !== undefined) {
            const other = stages.find((x) => x.name === from) ?? stages[Number(from)];
            if (!other) throw new Error(`COPY --from=${from}: no such stage`);
            copyInto(inStage(other, src), dest.endsWith('/') ? join(target, src.split('/').pop()!) : target);
          } else if (src === '.') {
            copyInto(o.context, target, (p) => !ignored(relative(o.context, p)));
          } else {
            if (ignored(src)) throw new Error(`COPY ${src}: excluded by .dockerignore`);
            mkdirSync(target, { recursive: true });
            copyInto(join(o.context, src), join(target, src));
          }
        }
        break;
      }
      case 'RUN': {
        const s = current();
        const command = args.replace(/^(--\S+\s+)+/, ''); // --mount=type=cache: the host's cache stands for it
        const r = await exec('sh', ['-c', command], { cwd: join(s.root, s.workdir), env: { ...o.env, ...s.env }, timeoutMs: 300_000 });
        runs.push({ stage: stages.length - 1, command, code: r.code });
        if (r.code !== 0) throw new Error(`RUN ${command} exited with ${r.code}:\n${r.stdout}\n${r.stderr}`);
        break;
      }
      case 'USER':
        current().user = args;
        break;
      case 'EXPOSE':
        current().expose.push(...args.split(/\s+/).map(Number));
        break;
      case 'CMD':
        current().cmd = JSON.parse(args) as string[];
        break;
      default:
        throw new Error(`Dockerfile instruction ${op} is not supported by this runner`);
    }
  }
  return { stages, runs };
}

/**
 * The `midad` command, two ways. `midad` runs it in this process through cli/run.ts's `runCli`, with the
 * same output main.ts writes (one line per `out`/`err`): what nearly every case needs, at the cost of a
 * function call. `runMidad` runs it as a real process, as `npm run -s midad` does without npm's own start-up
 * (tests/integration/cli.test.ts covers that path): only for what needs a process, the exit code and
 * streams of the real binary, its standard input, a signal. A process costs seconds on a loaded machine
 * (Node, tsx, then the dictionaries), every time.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { runCli } from '../../cli/run';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface MidadResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `input`: what the command reads on standard input (a password for `--password-stdin`). Asynchronous, so
 * that a test can start two at once and its own servers go on answering meanwhile.
 */
export function runMidad(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<MidadResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(input);
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}

/** `env` is added to this process's environment for the command alone (MIDAD_DB, say). */
export async function midad(args: string[], env: NodeJS.ProcessEnv = {}): Promise<MidadResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) },
    { ...process.env, ...env },
  );
  return { code, stdout, stderr };
}

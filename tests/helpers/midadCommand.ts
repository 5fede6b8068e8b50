/**
 * The `midad` command as a person runs it, as a real process: what `npm run -s midad` does without npm's
 * own start-up, which adds seconds on a loaded machine (tests/integration/cli.test.ts covers that path).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** `input`: what the command reads on standard input (a password for `--password-stdin`). */
export function runMidad(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

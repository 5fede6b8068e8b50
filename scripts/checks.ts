/**
 * The checks `npm test` runs before the tests: the type check and the renderer build, and Prettier and ESLint.
 * Each tool is single-threaded, so the two chains run side by side (about 70 s instead of 90 on two cores).
 * Each chain's output is printed whole when it ends, so the two never interleave; the exit code is the first
 * failure's, or 0.
 */
import { spawn } from 'node:child_process';

const CHAINS: string[][][] = [
  [
    ['tsc', '--build'],
    ['vite', 'build'],
  ],
  [
    ['prettier', '--check', '.'],
    ['eslint', '--max-warnings', '0', '.'],
  ],
];

function run(command: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const [name, ...args] = command as [string, ...string[]];
    const child = spawn('npx', ['--no-install', name, ...args], { shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${String(error)}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function runChain(chain: string[][]): Promise<number> {
  for (const command of chain) {
    const started = Date.now();
    const { code, output } = await run(command);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`\n> ${command.join(' ')} (${seconds} s)\n${output}`);
    if (code !== 0) {
      process.stdout.write(`\n${command[0]} failed (exit ${code}).\n`);
      return code;
    }
  }
  return 0;
}

const codes = await Promise.all(CHAINS.map(runChain));
process.exit(codes.find((code) => code !== 0) ?? 0);

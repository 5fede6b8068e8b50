/**
 * `npm run web`: Midad in any browser on this machine. Builds the renderer, then serves it with the
 * loopback bridge over the archive (MIDAD_DB or the desktop app's file) and prints the address to open.
 */
import { spawn, spawnSync } from 'node:child_process';

for (const [command, args] of [
  ['npx', ['tsx', 'scripts/native-abi.ts', 'node']],
  ['npx', ['vite', 'build', '--logLevel', 'warn']],
] as const) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const bridge = spawn('npx', ['tsx', 'electron/bridge/main.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
const forward = (signal: NodeJS.Signals) => bridge.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
bridge.on('exit', (code) => process.exit(code ?? 0));

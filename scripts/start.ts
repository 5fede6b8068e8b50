/**
 * `npm start`: build, make the native module fit Electron, and open the desktop app. Where the Electron
 * binary is not installed, say so in one sentence and name the alternative.
 */
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electronBinary';

const electron = electronBinary();
if (!electron) {
  console.error(
    'Midad cannot open its desktop window here because the Electron binary is not installed (npm was run with ELECTRON_SKIP_BINARY_DOWNLOAD or without network); run `npm run web` to use Midad in a browser on this machine instead.',
  );
  process.exit(1);
}

function step(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step('npx', ['vite', 'build', '--logLevel', 'warn']);
step('npx', ['tsx', 'scripts/build-electron.ts']);
step('npx', ['tsx', 'scripts/native-abi.ts', 'electron']);
const app = spawnSync(electron, ['.'], { stdio: 'inherit' });
process.exit(app.status ?? 0);

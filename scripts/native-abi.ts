/**
 * better-sqlite3 is a native module: built for plain Node it will not load in Electron, and the other way
 * round. `native-abi.ts node` runs before tests, the CLI and the bridge; `native-abi.ts electron` before
 * `npm start` and packaging. Each loads the module in the target runtime and rebuilds only when that fails,
 * so the common case costs one quick process start.
 */
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electronBinary';

const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('usage: native-abi.ts node|electron');
  process.exit(2);
}

const probe = "const D=require('better-sqlite3'); new D(':memory:').prepare('select 1').get();";

function loadsIn(command: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync(command, ['-e', probe], { env, stdio: 'ignore' }).status === 0;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (target === 'node') {
  if (!loadsIn(process.execPath)) {
    console.log('better-sqlite3 is built for another runtime: rebuilding it for Node…');
    run('npm', ['rebuild', 'better-sqlite3']);
  }
} else {
  const electronPath = electronBinary();
  if (!electronPath) {
    console.error('The Electron binary is not installed, so better-sqlite3 cannot be built for it.');
    process.exit(1);
  }
  if (!loadsIn(electronPath, { ...process.env, ELECTRON_RUN_AS_NODE: '1' })) {
    console.log('better-sqlite3 is built for another runtime: rebuilding it for Electron…');
    run('npx', ['electron-rebuild', '--force', '--only', 'better-sqlite3']);
  }
}

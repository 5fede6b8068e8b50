/**
 * `npm run dist`: build the app, rebuild better-sqlite3 for Electron, and package it with electron-builder
 * (configuration in packaging/builderConfig.ts). Arguments pass through: `--dir` (unpacked folder, the
 * quick check), `--linux`, `--win`, `--mac` (default: the current platform's targets).
 *
 * Offline, with an unpacked Electron in a folder: MIDAD_ELECTRON_DIST=/path/to/electron npm run dist -- --dir
 * The native rebuild needs Electron's headers (downloaded once into ~/.electron-gyp); where they are not
 * available, MIDAD_SKIP_NATIVE_REBUILD=1 packages the module as already built (only right when it was
 * built for this Electron). Afterwards the module is made to fit Node again, so tests and the CLI still run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'electron-builder';
import { builderConfig } from './packaging/builderConfig';

function step(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const args = process.argv.slice(2);
const platforms = (['linux', 'win', 'mac'] as const).filter((p) => args.includes(`--${p}`));
const electronVersion = (
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

step('npx', ['tsc', '--build']);
step('npx', ['vite', 'build', '--logLevel', 'warn']);
step('npx', ['tsx', 'scripts/build-electron.ts']);
if (process.env.MIDAD_SKIP_NATIVE_REBUILD !== '1') {
  step('npx', ['electron-rebuild', '--force', '--only', 'better-sqlite3', '--version', electronVersion]);
}
try {
  const config = builderConfig();
  if (config.electronDist) console.log(`Packaging offline with the Electron in ${String(config.electronDist)}`);
  await build({
    config,
    publish: 'never',
    ...(args.includes('--dir') ? { dir: true } : {}),
    ...Object.fromEntries(platforms.map((p) => [p, args.includes('--dir') ? ['dir'] : []])),
  });
} finally {
  step('npx', ['tsx', 'scripts/native-abi.ts', 'node']);
}

/**
 * `npm start`: build, make the native module fit Electron, and open the desktop app.
 *
 * Electron's npm package no longer fetches its binary at install time; it fetches it on first use. So where
 * the binary is missing, start runs Electron's own installer (node_modules/electron/install.js, which honours
 * ELECTRON_MIRROR, electron_config_cache and the proxy settings, and shows its progress) before giving up.
 * Only when that fails, or when the person asked for no download, does it name the alternative and say why.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinary } from './electronBinary';

const WEB_INSTEAD = 'run `npm run web` to use Midad in a browser on this machine instead.';

function fetchElectron(): string | null {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.error(
      `Midad cannot open its desktop window: the Electron binary is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not fetched; unset it and run \`npm start\` again to fetch it, or ${WEB_INSTEAD}`,
    );
    return null;
  }
  const installer = join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'install.js');
  console.log('The Electron binary is not installed yet: fetching it with Electron’s installer…');
  const result = spawnSync(process.execPath, [installer], { stdio: 'inherit' });
  const binary = electronBinary();
  if (result.status === 0 && binary) return binary;
  const why =
    result.error?.message ??
    `its installer stopped with exit code ${result.status ?? 'unknown'} (see its message above)`;
  console.error(
    `Midad cannot open its desktop window because the Electron binary could not be fetched: ${why}. Check the network (or set ELECTRON_MIRROR to a mirror you can reach) and run \`npm start\` again, or ${WEB_INSTEAD}`,
  );
  return null;
}

const electron = electronBinary() ?? fetchElectron();
if (!electron) process.exit(1);

function step(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step('npx', ['vite', 'build', '--logLevel', 'warn']);
step('npx', ['tsx', 'scripts/build-electron.ts']);
step('npx', ['tsx', 'scripts/native-abi.ts', 'electron']);
const app = spawnSync(electron, ['.'], { stdio: 'inherit' });
process.exit(app.status ?? 0);

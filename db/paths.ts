/**
 * Where the archive lives: MIDAD_DB when set, otherwise `midad.sqlite` in the per-user data folder. On
 * plain Node (CLI, bridge) that folder is computed the way Electron's app.getPath('userData') computes it
 * for the app name "Midad", so the command line and the desktop app open the same file.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const ARCHIVE_FILE_NAME = 'midad.sqlite';

export function userDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Midad');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Midad');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Midad');
}

export function resolveArchivePath(dataDir: string, env = process.env): string {
  const override = env.MIDAD_DB?.trim();
  return override ? override : join(dataDir, ARCHIVE_FILE_NAME);
}

export function defaultArchivePath(env = process.env): string {
  return resolveArchivePath(userDataDir(process.platform, env), env);
}

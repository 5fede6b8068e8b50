/**
 * The archive's backup and restore behind the desktop dialogs (db/backup.ts, db/restore.ts do the work).
 * "Back Up…" writes a consistent snapshot wherever the person chose (another disk, a USB stick);
 * "Restore…" takes any backup file: one already in the backups folder is restored by name, any other is
 * first copied in under a backup's name, so it goes through the same integrity check, migration and safety
 * copy as every restore.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { requestRefused } from '../core/api/requestError';
import type { Archive } from '../db/archive';
import { writeSnapshot } from '../db/backup';
import { backupName, backupsDir, listBackups } from '../db/backupFiles';
import { restoreIntoOpenArchive } from '../db/restore';
import type { DesktopOperations } from './dialogs';

export function archiveOperations(
  archive: Archive,
  now: () => Date = () => new Date(),
): Required<Pick<DesktopOperations, 'backupTo' | 'restoreFrom'>> {
  const live = resolve(archive.name);
  return {
    // async although nothing in it waits: a refusal must reach the caller as a rejection, as the interface says.
    // eslint-disable-next-line @typescript-eslint/require-await
    async backupTo(path) {
      const target = resolve(path);
      if ([live, `${live}-wal`, `${live}-shm`].includes(target)) {
        throw requestRefused('A backup cannot be written over the archive itself.', { problem: 'backup_over_archive' });
      }
      // The save dialog has already asked before replacing an existing file.
      rmSync(target, { force: true });
      writeSnapshot(archive, target);
    },
    async restoreFrom(path) {
      const dir = backupsDir(archive.name);
      const chosen = basename(path);
      const inFolder =
        resolve(dirname(path)) === resolve(dir) && listBackups(archive.name).some((b) => b.name === chosen);
      if (inFolder) {
        await restoreIntoOpenArchive(archive, chosen);
        return;
      }
      mkdirSync(dir, { recursive: true });
      const name = backupName(archive.name, 'manual', now());
      copyFileSync(path, join(dir, name));
      try {
        await restoreIntoOpenArchive(archive, name);
      } catch (error) {
        // A file that could not be restored is not a backup worth keeping in the folder.
        rmSync(join(dir, name), { force: true });
        throw error;
      }
    },
  };
}

/**
 * Restoring a backup. Into an open archive: a safety backup of what is there now, then SQLite's backup
 * API copies the backup over the live file in one step, so every connection sees either the old contents
 * or the restored ones. Into a closed, damaged or missing archive: the backup is copied into place. Either
 * way the backup is checked first and brought up to the current schema on a working copy.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MidadError } from '../core/api/errors';
import type { BackupEntry } from '../core/backup/backupEntry';
import { openArchive } from './connection';
import type { Archive } from './archive';
import { createBackupInBackground } from './backup';
import { backupsDir, listBackups } from './backupFiles';
import { fileIsSound } from './integrity';

/** The backup's entry, after checking it exists and passes the full integrity check. */
function soundBackup(archivePath: string, name: string): { entry: BackupEntry; path: string } {
  const entry = listBackups(archivePath).find((b) => b.name === name);
  if (!entry) throw new MidadError('backup_not_found', `There is no backup named ${name}.`, { name });
  const path = join(backupsDir(archivePath), name);
  if (!fileIsSound(path))
    throw new MidadError('backup_damaged', `The backup ${name} is damaged and cannot be restored.`, { name });
  return { entry, path };
}

/** A working copy of the backup at the current schema (a backup taken before a migration has the old one). */
function migratedCopy(backupPath: string): string {
  const copy = `${backupPath}.restoring`;
  rmSync(copy, { force: true });
  copyFileSync(backupPath, copy);
  const migrated = openArchive(copy, { automaticBackups: false, cleanMark: false });
  // Back to a single self-contained file, so reading it needs (and leaves) no -wal or -shm beside it.
  migrated.pragma('journal_mode = DELETE');
  migrated.close();
  return copy;
}

export async function restoreIntoOpenArchive(
  archive: Archive,
  name: string,
  now = new Date(),
): Promise<{ restored: BackupEntry; safetyCopy: BackupEntry }> {
  const { entry, path } = soundBackup(archive.name, name);
  const copy = migratedCopy(path);
  try {
    const safetyCopy = await createBackupInBackground(archive, 'restore', now);
    const from = new Database(copy, { readonly: true, fileMustExist: true });
    try {
      // One step for the whole file: no reader ever sees half the backup.
      await from.backup(archive.name, { progress: () => 0x7fffffff });
    } finally {
      from.close();
    }
    return { restored: entry, safetyCopy };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  }
}

/**
 * Restores the archive at `archivePath` whatever its state: open and sound (restored in place, after a
 * safety backup), damaged (moved aside by the open, then replaced), or missing (the backup put in place).
 */
export async function restoreArchiveFile(
  archivePath: string,
  name: string,
  now = new Date(),
): Promise<{ restored: BackupEntry; safetyCopy: BackupEntry | null }> {
  if (existsSync(archivePath)) {
    let archive: Archive | null = null;
    try {
      archive = openArchive(archivePath, { now });
    } catch (error) {
      const moved =
        error instanceof MidadError && (error.code === 'archive_damaged' || error.code === 'archive_damaged_no_backup');
      if (!moved) throw error;
    }
    if (archive) {
      try {
        return await restoreIntoOpenArchive(archive, name, now);
      } finally {
        archive.close();
      }
    }
  }
  const { entry, path } = soundBackup(archivePath, name);
  // A journal left beside a missing file belongs to some other database: never let SQLite replay it.
  for (const suffix of ['-wal', '-shm']) rmSync(archivePath + suffix, { force: true });
  renameSync(migratedCopy(path), archivePath);
  return { restored: entry, safetyCopy: null };
}

/**
 * The sidecar beside the archive (`midad.sqlite.midad-settings.json`): the backups folder and how many
 * backups to keep. It is read from the file system alone, so the integrity check at open, `midad restore`
 * and the restore offer for a damaged archive all find the backups without opening the archive. Written
 * whole to a temporary name and renamed, so a reader never sees half of it.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { MidadError } from '../core/api/errors';
import { BackupFolderSchema, BackupKeepSchema, BackupSidecarSchema, type BackupSidecar } from '../core/settings/backupLocation';
import { writeAtomic } from './exchange/atomicWrite';

export function sidecarPathFor(archivePath: string): string {
  return `${resolve(archivePath)}.midad-settings.json`;
}

/**
 * The stored choices; a missing file is the defaults, and a field that no longer validates (hand-edited,
 * cut short) falls back to its default on its own rather than hiding the valid one.
 */
export function readBackupSidecar(archivePath: string): BackupSidecar {
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(sidecarPathFor(archivePath), 'utf8'));
  } catch {
    return BackupSidecarSchema.parse({});
  }
  const whole = BackupSidecarSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const fields = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const folder = BackupFolderSchema.safeParse(fields.folder);
  const keep = BackupKeepSchema.safeParse(fields.keep);
  return BackupSidecarSchema.parse({ ...(folder.success ? { folder: folder.data } : {}), ...(keep.success ? { keep: keep.data } : {}) });
}

export function writeBackupSidecar(archivePath: string, change: Partial<BackupSidecar>): BackupSidecar {
  const next = BackupSidecarSchema.parse({ ...readBackupSidecar(archivePath), ...change });
  writeAtomic(sidecarPathFor(archivePath), `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

/**
 * Makes sure a chosen folder can hold backups: created if missing, then a probe file written, synced and
 * removed. Refuses with a sentence naming the folder and what went wrong (the `field` says which setting).
 */
export function checkBackupFolder(folder: string): string {
  const path = resolve(folder);
  const probe = join(path, `.midad-probe-${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(path, { recursive: true });
    const fd = openSync(probe, 'wx');
    try {
      writeSync(fd, 'midad');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    rmSync(probe);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new MidadError('backup_folder_unusable', `Backups cannot be written to ${path} (${reason}). Choose a folder you can write to.`, {
      field: 'backups.folder',
      folder: path,
      reason,
    });
  }
  return path;
}

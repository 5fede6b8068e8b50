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
import { translate } from '../core/i18n/translate';
import {
  BackupFolderSchema,
  BackupKeepSchema,
  BackupSidecarSchema,
  type BackupFolderReason,
  type BackupSidecar,
} from '../core/settings/backupLocation';
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
  return BackupSidecarSchema.parse({
    ...(folder.success ? { folder: folder.data } : {}),
    ...(keep.success ? { keep: keep.data } : {}),
  });
}

export function writeBackupSidecar(archivePath: string, change: Partial<BackupSidecar>): BackupSidecar {
  const next = BackupSidecarSchema.parse({ ...readBackupSidecar(archivePath), ...change });
  writeAtomic(sidecarPathFor(archivePath), `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

/** Node's error codes as the reasons a person can act on; any other code is `other`. */
const REASON_OF_CODE: Partial<Record<string, BackupFolderReason>> = {
  EACCES: 'no_permission',
  EPERM: 'no_permission',
  EROFS: 'read_only',
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  // A path under a drive letter or a share that is not there, or a folder removed while it was being made.
  ENOENT: 'missing',
  // A file where a folder of the path should be (ENOTDIR), or where the chosen folder itself should be (EEXIST).
  ENOTDIR: 'not_a_folder',
  EEXIST: 'not_a_folder',
  ENAMETOOLONG: 'path_too_long',
  // A folder where a file was to be written: making a disk's root on macOS, or the probe's name taken by a
  // folder. Nothing more specific is true of both, so it reads as the general reason.
  EISDIR: 'other',
};

export function backupFolderReason(code: string | undefined): BackupFolderReason {
  return (code && REASON_OF_CODE[code]) || 'other';
}

/**
 * Makes sure a chosen folder can hold backups: created if missing, then a probe file written, synced and
 * removed. Refuses with the folder and a reason the person can act on (the `field` says which setting);
 * the system's own words go only into the English message, for the log.
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
    const reason = backupFolderReason((error as NodeJS.ErrnoException).code);
    const system = error instanceof Error ? error.message : String(error);
    throw new MidadError(
      'backup_folder_unusable',
      `Backups cannot be written to ${path}: ${translate('en', `backupFolder.reason.${reason}`)} (${system}). Choose a folder you can write to.`,
      { field: 'backups.folder', folder: path, reason },
    );
  }
  return path;
}

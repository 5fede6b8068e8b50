/**
 * Where backups go and how many are kept. These two live in a small file beside the archive (the sidecar,
 * db/backupSidecar.ts), not in the archive: the backups folder must be known when the archive cannot be
 * opened, which is exactly when a backup is needed.
 */
import { z } from 'zod';
import { BACKUP_KEEP } from '../backup/backupEntry';

/** A full path on any system Midad runs on: `/home/…`, `C:\…` or `\\server\share\…`. */
export function isAbsolutePath(path: string): boolean {
  return /^\//.test(path) || /^[a-zA-Z]:[\\/]/.test(path) || /^\\\\[^\\]+\\/.test(path);
}

/** Empty means the `backups` folder beside the archive. */
export const BackupFolderSchema = z
  .string()
  .trim()
  .max(1000)
  .refine(
    (path) => path === '' || isAbsolutePath(path),
    'the full path of a folder, or empty for backups beside the archive',
  );

export const BackupKeepSchema = z.number().int().min(BACKUP_KEEP.min).max(BACKUP_KEEP.max);

export const BackupSidecarSchema = z.object({
  folder: BackupFolderSchema.default(''),
  /** Absent in a sidecar written before the person chose a number (the archive's older setting applies). */
  keep: BackupKeepSchema.optional(),
});
export type BackupSidecar = z.infer<typeof BackupSidecarSchema>;

/**
 * Why a chosen folder cannot hold backups, in words a person can act on; the system's own code and text
 * stay in the English message, for the log (db/backupSidecar.ts maps one to the other).
 */
export const BACKUP_FOLDER_REASONS = [
  'no_permission',
  'read_only',
  'disk_full',
  'missing',
  'not_a_folder',
  'path_too_long',
  'other',
] as const;
export type BackupFolderReason = (typeof BACKUP_FOLDER_REASONS)[number];

export function isBackupFolderReason(reason: unknown): reason is BackupFolderReason {
  return (BACKUP_FOLDER_REASONS as readonly unknown[]).includes(reason);
}

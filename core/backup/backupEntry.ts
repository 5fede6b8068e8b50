/** A backup of the archive as the API describes it: the file's name inside the backups folder, and why it was made. */
import { z } from 'zod';

export const BACKUP_REASONS = ['manual', 'daily', 'migration', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** A bare file name (never a path), so a request cannot point outside the backups folder. */
export const BackupNameSchema = z
  .string()
  .regex(/^[\w.-]+\.sqlite$/, 'a backup file name such as midad.2026-01-01T000000Z.manual.sqlite');

export const BackupEntrySchema = z.object({
  name: BackupNameSchema,
  reason: z.enum(BACKUP_REASONS),
  createdAt: z.iso.datetime({ offset: true }),
  bytes: z.number().int().nonnegative(),
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

export const BACKUP_KEEP = { default: 10, min: 1, max: 100 } as const;

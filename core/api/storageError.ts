/**
 * Failures of the disk or of another program that a person can act on, recognised by their codes (Node's
 * `EROFS`, SQLite's `SQLITE_FULL`…), never by their English: a read-only folder, a full disk, a write lock
 * held by another program. Each becomes a typed error whose sentence says what happened and what to do
 * (core/i18n: `error.archive_read_only`, `error.disk_full`, `error.archive_write_locked`).
 */
import { MidadError } from './errors';

const READ_ONLY = new Set(['EROFS', 'SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_READONLY_DBMOVED']);
const FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
const LOCKED = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED']);

const MESSAGES = {
  archive_read_only:
    "The archive's folder is read-only: nothing was changed. Move the archive to a folder you can write in.",
  disk_full: 'The disk holding the archive is full: the last change was not saved. Free some space and try again.',
  archive_write_locked:
    'Another program is writing to the archive: this change was not saved. Close the other program and try again.',
} as const;

export function storageError(error: unknown): MidadError | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  const kind = READ_ONLY.has(code)
    ? 'archive_read_only'
    : FULL.has(code)
      ? 'disk_full'
      : LOCKED.has(code)
        ? 'archive_write_locked'
        : null;
  if (!kind) return null;
  const path = (error as { path?: unknown }).path;
  return new MidadError(kind, MESSAGES[kind], typeof path === 'string' ? { path } : {});
}

/**
 * Is the file sound? At open Midad runs `PRAGMA quick_check` (it reads every page and row but skips
 * matching index entries to rows, which `integrity_check` adds; see db/README.md for the measured cost).
 * A damaged file is never written to: it is renamed aside with its WAL, and the person is told where it
 * went and which backup to restore.
 */
import Database from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { MidadError } from '../core/api/errors';
import { backupsDir, fileStamp, listBackups } from './backupFiles';

/** The problems `PRAGMA quick_check` or `integrity_check` reports; empty when the file is sound. */
export function integrityProblems(db: Database.Database, full: boolean): string[] {
  const rows = db.pragma(full ? 'integrity_check' : 'quick_check') as Array<Record<string, string>>;
  const lines = rows.map((row) => Object.values(row)[0] ?? '');
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}

/** SQLite's own words for a damaged file, as opposed to a busy or missing one. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'SQLITE_CORRUPT' ||
    code === 'SQLITE_NOTADB' ||
    (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT_'))
  );
}

/** Opens a file only to read it and reports whether it passes the full check. */
export function fileIsSound(path: string): boolean {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return integrityProblems(db, true).length === 0;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** The newest backup of this archive that passes the full check, as a path, or null. */
export function newestSoundBackup(archivePath: string): string | null {
  for (const entry of listBackups(archivePath)) {
    const path = join(backupsDir(archivePath), entry.name);
    if (fileIsSound(path)) return path;
  }
  return null;
}

/**
 * Renames a damaged archive (and its -wal and -shm, which belong to it) to `NAME.damaged-TIME`, then
 * returns the error that tells the person where it went and what to restore.
 */
export function moveAside(archivePath: string, now = new Date()): MidadError {
  const moved = `${archivePath}.damaged-${fileStamp(now)}`;
  renameSync(archivePath, moved);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(archivePath + suffix)) renameSync(archivePath + suffix, moved + suffix);
  }
  const backup = newestSoundBackup(archivePath);
  return backup
    ? new MidadError(
        'archive_damaged',
        `The archive file is damaged; it was moved aside to ${moved} without being written to. The newest sound backup is ${backup}; restore it with "midad restore".`,
        { moved, backup },
      )
    : new MidadError(
        'archive_damaged_no_backup',
        `The archive file is damaged; it was moved aside to ${moved} without being written to. There is no sound backup to restore.`,
        { moved },
      );
}

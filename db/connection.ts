/**
 * Opening the archive file: the integrity check, pragmas, automatic backups and migrations. Everything
 * that touches the SQLite file goes through an Archive returned from here.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MidadError } from '../core/api/errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { createBackup, dailyBackupDue, startBackgroundBackup } from './backup';
import { integrityProblems, isDamageError, moveAside } from './integrity';

export type Archive = Database.Database;

export interface OpenOptions {
  /** Called before migrating an existing file; by default a backup is taken. */
  beforeMigrate?: (archive: Archive, fromVersion: number) => void;
  /** The daily backup at open and the backup before a migration (off only for scratch copies). Default true. */
  automaticBackups?: boolean;
  /**
   * How the daily backup runs: `blocking` before open returns (the command line, which exits right after),
   * or `background` while the archive is in use (the app and the bridge; a big archive takes seconds).
   */
  dailyBackup?: 'blocking' | 'background';
  /** Where a background backup's failure is reported. */
  onBackupError?: (error: unknown) => void;
  /** The clock, for tests. */
  now?: Date;
}

/**
 * Opens (creating if needed) the archive at `path`, checks it, and brings its schema up to date. A file
 * that fails the check is not written to: it is moved aside and the error names it and the backup to use.
 */
export function openArchive(path: string, options: OpenOptions = {}): Archive {
  const onDisk = path !== ':memory:';
  if (onDisk) mkdirSync(dirname(path), { recursive: true });
  const existed = onDisk && existsSync(path);
  const archive = new Database(path);
  let damaged = false;
  try {
    archive.pragma('busy_timeout = 5000');
    // First, before anything that could write: a damaged file must be left exactly as it was found.
    if (existed && integrityProblems(archive, false).length > 0) {
      damaged = true;
      throw new Error('integrity check failed');
    }
    archive.pragma('journal_mode = WAL');
    // FULL: a save the person saw reported as done survives a power cut, not only a crash.
    archive.pragma('synchronous = FULL');
    archive.pragma('foreign_keys = ON');
    const automatic = onDisk && options.automaticBackups !== false;
    const now = options.now ?? new Date();
    migrate(archive, {
      beforeMigrate: options.beforeMigrate ?? (automatic ? (a) => createBackup(a, 'migration', now) : undefined),
    });
    if (automatic && existed && dailyBackupDue(archive, now)) {
      if (options.dailyBackup === 'background') {
        startBackgroundBackup(archive, 'daily', now, options.onBackupError ?? ((error) => console.error('Midad: the daily backup failed:', error)));
      } else {
        createBackup(archive, 'daily', now);
      }
    }
    return archive;
  } catch (error) {
    archive.close();
    if (onDisk && (damaged || isDamageError(error))) throw moveAside(path, options.now);
    throw error;
  }
}

export function schemaVersion(archive: Archive): number {
  return archive.pragma('user_version', { simple: true }) as number;
}

function migrate(archive: Archive, options: Pick<OpenOptions, 'beforeMigrate'>): void {
  const from = schemaVersion(archive);
  if (from > SCHEMA_VERSION) {
    throw new MidadError(
      'archive_too_new',
      `This archive was written by a newer Midad (schema ${from}; this version reads up to ${SCHEMA_VERSION}). Update Midad to open it; the file was not changed.`,
      { found: from, supported: SCHEMA_VERSION },
    );
  }
  if (from === SCHEMA_VERSION) return;
  if (from > 0) options.beforeMigrate?.(archive, from);
  for (const step of MIGRATIONS) {
    if (step.version <= from) continue;
    archive.transaction(() => {
      archive.exec(step.sql);
      archive.pragma(`user_version = ${step.version}`);
    })();
  }
}

/**
 * Opening the archive file: the lock against a second program, the integrity check, pragmas, automatic
 * backups and migrations. Everything that touches the SQLite file goes through an Archive returned from here.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MidadError } from '../core/api/errors';
import { LOCK_PROGRAMS } from '../core/api/lockPrograms';
import { acquireArchiveLock, type LockInfo } from './archiveLock';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { createBackup, dailyBackupDue, startBackgroundBackup } from './backup';
import { integrityProblems, isDamageError, moveAside } from './integrity';
import { registerSearchFunctions } from './search/document';
import { takeCleanMark, writeCleanMark } from './cleanClose';

import type { Archive } from './archive';

export interface OpenOptions {
  /** Called before migrating an existing file; by default a backup is taken. */
  beforeMigrate?: (archive: Archive, fromVersion: number) => void;
  /**
   * Told, before the backup and the steps, that an existing file is about to be brought from schema `from`
   * to `to`: a step may rebuild something big (migration 8 re-indexes every article: 35–50 s at 100,000), so
   * a program says why it is busy.
   */
  onMigrating?: (from: number, to: number) => void;
  /** Named in the lock file, so a refused second program is told who holds the archive. */
  program?: string;
  /** The daily backup at open and the backup before a migration (off only for scratch copies). Default true. */
  automaticBackups?: boolean;
  /**
   * How the daily backup runs: `blocking` before open returns (the command line, which exits right after),
   * or `background` while the archive is in use (the app and the bridge; a big archive takes seconds).
   */
  dailyBackup?: 'blocking' | 'background';
  /** Where a background backup's failure is reported. */
  onBackupError?: (error: unknown) => void;
  /**
   * Whether a clean close leaves the mark that lets the next open skip the integrity check (cleanClose.ts).
   * Default true; off for scratch copies, which must leave nothing beside them.
   */
  cleanMark?: boolean;
  /** The clock, for tests. */
  now?: Date;
  /** Take over a lock left by another computer: only when the person chose to (see db/archiveLock.ts). */
  breakLock?: boolean;
  /** Told which lock was broken, so the person can be warned. */
  onLockBroken?: (info: LockInfo) => void;
}

/**
 * Opens (creating if needed) the archive at `path`, checks it, and brings its schema up to date. A file
 * that fails the check is not written to: it is moved aside and the error names it and the backup to use.
 * Another program holding the file is refused before SQLite touches it.
 */
export function openArchive(path: string, options: OpenOptions = {}): Archive {
  if (path === ':memory:') return prepare(path, false, options, false);
  mkdirSync(dirname(path), { recursive: true });
  const lock = acquireArchiveLock(path, {
    program: options.program ?? LOCK_PROGRAMS.app,
    breakLock: options.breakLock,
    onBroken: options.onLockBroken,
  });
  let archive: Archive;
  let checkedAt: string;
  try {
    // Before SQLite opens the file (which starts a write-ahead log): was it left as Midad closed it?
    const now = options.now ?? new Date();
    const vouchedAt = existsSync(path) ? takeCleanMark(path, now) : null;
    archive = prepare(path, true, options, vouchedAt !== null, () => lock.release());
    checkedAt = vouchedAt ?? now.toISOString();
    checkedAtOf.set(archive, checkedAt);
  } catch (error) {
    lock.release();
    throw error;
  }
  const close = archive.close.bind(archive);
  archive.close = () => {
    try {
      const closed = close();
      if (options.cleanMark !== false) markClosedCleanly(path, checkedAt);
      return closed;
    } finally {
      lock.release();
    }
  };
  return archive;
}

const checkedAtOf = new WeakMap<Archive, string>();

/** When the open archive's file last passed the integrity check (at this open, or before a clean close). */
export function integrityCheckedAt(archive: Archive): string | null {
  return checkedAtOf.get(archive) ?? null;
}

/** A mark that cannot be written only means the next open checks the file again. */
function markClosedCleanly(path: string, checkedAt: string): void {
  try {
    writeCleanMark(path, checkedAt);
  } catch {
    // nothing lost: see cleanClose.ts
  }
}

function prepare(
  path: string,
  onDisk: boolean,
  options: OpenOptions,
  vouched: boolean,
  releaseLock = () => {},
): Archive {
  const existed = onDisk && existsSync(path);
  const archive = new Database(path);
  let damaged = false;
  try {
    archive.pragma('busy_timeout = 5000');
    // First, before anything that could write: a damaged file must be left exactly as it was found. A file
    // Midad closed cleanly and nothing touched since is known to be as sound as it was (cleanClose.ts).
    if (existed && !vouched && integrityProblems(archive, false).length > 0) {
      damaged = true;
      throw new Error('integrity check failed');
    }
    archive.pragma('journal_mode = WAL');
    // FULL: a save the person saw reported as done survives a power cut, not only a crash.
    archive.pragma('synchronous = FULL');
    archive.pragma('foreign_keys = ON');
    // Before migrating: migration 3 builds the search index, and its triggers call these on every write.
    registerSearchFunctions(archive);
    const automatic = onDisk && options.automaticBackups !== false;
    const now = options.now ?? new Date();
    migrate(archive, {
      beforeMigrate: options.beforeMigrate ?? (automatic ? (a) => createBackup(a, 'migration', now) : undefined),
      ...(options.onMigrating ? { onMigrating: options.onMigrating } : {}),
    });
    if (automatic && existed && dailyBackupDue(archive, now)) {
      if (options.dailyBackup === 'background') {
        startBackgroundBackup(
          archive,
          'daily',
          now,
          options.onBackupError ?? ((error) => console.error('Midad: the daily backup failed:', error)),
        );
      } else {
        createBackup(archive, 'daily', now);
      }
    }
    return archive;
  } catch (error) {
    archive.close();
    if (onDisk && (damaged || isDamageError(error))) {
      // The lock file sits beside the archive; let go of it before the file is moved aside.
      releaseLock();
      throw moveAside(path, options.now);
    }
    throw error;
  }
}

export function schemaVersion(archive: Archive): number {
  return archive.pragma('user_version', { simple: true }) as number;
}

function migrate(archive: Archive, options: Pick<OpenOptions, 'beforeMigrate' | 'onMigrating'>): void {
  const from = schemaVersion(archive);
  if (from > SCHEMA_VERSION) {
    throw new MidadError(
      'archive_too_new',
      `This archive was written by a newer Midad (schema ${from}; this version reads up to ${SCHEMA_VERSION}). Update Midad to open it; the file was not changed.`,
      { found: from, supported: SCHEMA_VERSION },
    );
  }
  if (from === SCHEMA_VERSION) return;
  if (from > 0) {
    options.onMigrating?.(from, SCHEMA_VERSION);
    options.beforeMigrate?.(archive, from);
  }
  for (const step of MIGRATIONS) {
    if (step.version <= from) continue;
    archive.transaction(() => {
      archive.exec(step.sql);
      archive.pragma(`user_version = ${step.version}`);
    })();
  }
}

/**
 * The schema steps opening `path` would run, as `{ from, to }`, or null when there are none (no file yet, a
 * current file, or one Midad cannot read: the open itself will say so). Read without taking the lock or
 * writing, so a program can tell the person before a long update starts.
 */
export function pendingMigration(path: string): { from: number; to: number } | null {
  if (!existsSync(path)) return null;
  try {
    const file = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const from = schemaVersion(file);
      return from > 0 && from < SCHEMA_VERSION ? { from, to: SCHEMA_VERSION } : null;
    } finally {
      file.close();
    }
  } catch {
    return null;
  }
}

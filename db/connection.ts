/**
 * Opening the archive file: pragmas, the integrity check and migrations. Everything that touches the
 * SQLite file goes through an Archive returned from here.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MidadError } from '../core/api/errors';
import { acquireArchiveLock } from './archiveLock';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

export type Archive = Database.Database;

export interface OpenOptions {
  /** Called before migrating an existing file, so a backup can be taken first. */
  beforeMigrate?: (archive: Archive, fromVersion: number) => void;
  /** Named in the lock file, so a refused second program is told who holds the archive. */
  program?: string;
}

/** Opens (creating if needed) the archive at `path`, checks it, and brings its schema up to date. */
export function openArchive(path: string, options: OpenOptions = {}): Archive {
  if (path === ':memory:') return prepare(new Database(path), options);
  mkdirSync(dirname(path), { recursive: true });
  // Refuse before SQLite touches the file: another program holding it must not see it change.
  const lock = acquireArchiveLock(path, { program: options.program ?? 'Midad' });
  let archive: Archive;
  try {
    archive = prepare(new Database(path), options);
  } catch (error) {
    lock.release();
    throw error;
  }
  const close = archive.close.bind(archive);
  archive.close = () => {
    try {
      return close();
    } finally {
      lock.release();
    }
  };
  return archive;
}

function prepare(archive: Archive, options: OpenOptions): Archive {
  try {
    archive.pragma('journal_mode = WAL');
    // FULL: a save the person saw reported as done survives a power cut, not only a crash.
    archive.pragma('synchronous = FULL');
    archive.pragma('foreign_keys = ON');
    archive.pragma('busy_timeout = 5000');
    migrate(archive, options);
    return archive;
  } catch (error) {
    archive.close();
    throw error;
  }
}

export function schemaVersion(archive: Archive): number {
  return archive.pragma('user_version', { simple: true }) as number;
}

function migrate(archive: Archive, options: OpenOptions): void {
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

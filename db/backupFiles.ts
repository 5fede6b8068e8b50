/**
 * The backups folder (by default `backups/` beside the archive; the person may choose another, kept in the
 * sidecar): how backup files are named, listed and rotated. A name carries
 * the archive's own name, the time and the reason (`midad.2026-01-31T09-15-00-000Z.daily.sqlite`), so two
 * archives sharing a folder keep separate backups and a listing needs no database.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { BACKUP_REASONS, type BackupEntry, type BackupReason } from '../core/backup/backupEntry';
import { readBackupSidecar } from './backupSidecar';

export const BACKUPS_FOLDER = 'backups';

/** The folder this archive's backups go to, read from the sidecar each time (no archive needed). */
export function backupsDir(archivePath: string): string {
  return readBackupSidecar(archivePath).folder || join(dirname(archivePath), BACKUPS_FOLDER);
}

function archiveStem(archivePath: string): string {
  return basename(archivePath, extname(archivePath));
}

/** An ISO time usable in a file name on every system (no colons). */
export function fileStamp(time: Date): string {
  return time.toISOString().replace(/[:.]/g, '-');
}

function timeFromStamp(stamp: string): string {
  const [date, clock] = stamp.split('T') as [string, string];
  const [h, m, s, ms] = clock.replace('Z', '').split('-');
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

export function backupName(archivePath: string, reason: BackupReason, time: Date): string {
  return `${archiveStem(archivePath)}.${fileStamp(time)}.${reason}.sqlite`;
}

const NAME = new RegExp(
  `^(.*)\\.(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z)\\.(${BACKUP_REASONS.join('|')})\\.sqlite$`,
);

/** This archive's backups, newest first. */
export function listBackups(archivePath: string): BackupEntry[] {
  const dir = backupsDir(archivePath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stem = archiveStem(archivePath);
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const match = NAME.exec(name);
    if (!match || match[1] !== stem) continue;
    entries.push({
      name,
      reason: match[3] as BackupReason,
      createdAt: timeFromStamp(match[2]!),
      bytes: statSync(join(dir, name)).size,
    });
  }
  return entries.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

const STALE_PARTIAL_MS = 60 * 60 * 1000;

/**
 * Deletes all but the newest `keep` backups of this archive, and partial files an interrupted backup left
 * behind (an hour old, so a backup another process is writing right now is not touched).
 */
export function rotateBackups(archivePath: string, keep: number, now = Date.now()): void {
  const dir = backupsDir(archivePath);
  if (!existsSync(dir)) return;
  for (const old of listBackups(archivePath).slice(keep)) rmSync(join(dir, old.name), { force: true });
  const prefix = `.${archiveStem(archivePath)}.`; // see writeSnapshot in backup.ts
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix) || !name.endsWith('.partial')) continue;
    const path = join(dir, name);
    if (now - statSync(path).mtimeMs > STALE_PARTIAL_MS) rmSync(path, { force: true });
  }
}

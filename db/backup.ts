/**
 * Backups of the archive into `backups/` beside it: on demand, once a day at open, and before every
 * migration; the newest N are kept (setting `backups.keep`, default 10). A backup is written with
 * `VACUUM INTO` (a consistent, compact snapshot, synchronous so it can run inside open before migrating),
 * to a hidden partial name, synced, and only then renamed into place: a listed backup is always whole.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BACKUP_KEEP, type BackupEntry, type BackupReason } from '../core/backup/backupEntry';
import type { Archive } from './connection';
import { backupName, backupsDir, listBackups, rotateBackups } from './backupFiles';

const KEEP_KEY = 'backups.keep';
export const DAILY_MS = 24 * 60 * 60 * 1000;

export function backupKeep(archive: Archive): number {
  const row = archive.prepare('SELECT value FROM settings WHERE key = ?').get(KEEP_KEY) as { value: string } | undefined;
  const keep = Number(row?.value);
  return Number.isInteger(keep) && keep >= BACKUP_KEEP.min && keep <= BACKUP_KEEP.max ? keep : BACKUP_KEEP.default;
}

export function setBackupKeep(archive: Archive, keep: number): number {
  archive
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(KEEP_KEY, String(keep));
  rotateBackups(archive.name, keep);
  return keep;
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a consistent snapshot of the open archive to `destination`, which must not exist: first to a
 * hidden partial file beside it, synced, then renamed, so the destination is either whole or absent.
 */
export function writeSnapshot(archive: Archive, destination: string): void {
  if (existsSync(destination)) throw new Error(`${destination} already exists`);
  const partial = join(dirname(destination), `.${basename(destination)}.partial`);
  rmSync(partial, { force: true });
  try {
    archive.prepare('VACUUM INTO ?').run(partial);
    syncFile(partial);
    renameSync(partial, destination);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Writes a backup of the open archive into its backups folder and rotates the folder. */
export function createBackup(archive: Archive, reason: BackupReason, now = new Date()): BackupEntry {
  const dir = backupsDir(archive.name);
  mkdirSync(dir, { recursive: true });
  let time = now;
  while (existsSync(join(dir, backupName(archive.name, reason, time)))) time = new Date(time.getTime() + 1);
  const name = backupName(archive.name, reason, time);
  writeSnapshot(archive, join(dir, name));
  // The settings table exists from schema 1 on; a pre-migration backup of an older file may lack it.
  const keep = archive.prepare("SELECT 1 FROM sqlite_master WHERE name = 'settings'").get() ? backupKeep(archive) : BACKUP_KEEP.default;
  rotateBackups(archive.name, keep);
  const entry = listBackups(archive.name).find((b) => b.name === name);
  if (!entry) throw new Error(`backup ${name} vanished after writing`);
  return entry;
}

/** The daily backup: taken at open when the newest backup is a day old or there is none. */
export function backupIfDue(archive: Archive, now = new Date()): BackupEntry | null {
  const newest = listBackups(archive.name)[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAILY_MS) return null;
  return createBackup(archive, 'daily', now);
}

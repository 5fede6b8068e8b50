/**
 * Backups of the archive into its backups folder (db/backupFiles.ts): on demand, once a day at open, and
 * before every migration; the newest N are kept (kept in the sidecar, db/backupSidecar.ts; default 10). A backup is written to a hidden
 * partial name, synced, and only then renamed into place: a listed backup is always whole.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BACKUP_KEEP, type BackupEntry, type BackupReason } from '../core/backup/backupEntry';
import { BackupKeepSchema } from '../core/settings/backupLocation';
import type { Archive } from './archive';
import { backupName, backupsDir, listBackups, rotateBackups } from './backupFiles';
import { readBackupSidecar, writeBackupSidecar } from './backupSidecar';

/** Where archives before the sidecar kept the number, still read when the sidecar has none. */
const LEGACY_KEEP_KEY = 'backups.keep';
export const DAILY_MS = 24 * 60 * 60 * 1000;

function legacyKeep(archive: Archive): number | null {
  // The settings table exists from schema 1 on; a pre-migration backup of an older file may lack it.
  if (!archive.prepare("SELECT 1 FROM sqlite_master WHERE name = 'settings'").get()) return null;
  const row = archive.prepare('SELECT value FROM settings WHERE key = ?').get(LEGACY_KEEP_KEY) as
    { value: string } | undefined;
  const keep = Number(row?.value);
  return BackupKeepSchema.safeParse(keep).success ? keep : null;
}

export function backupKeep(archive: Archive): number {
  return readBackupSidecar(archive.name).keep ?? legacyKeep(archive) ?? BACKUP_KEEP.default;
}

export function setBackupKeep(archive: Archive, keep: number): number {
  writeBackupSidecar(archive.name, { keep });
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

/** The hidden name a snapshot is written under until it is whole (rotation clears stale ones). */
function partialFor(destination: string): string {
  return join(dirname(destination), `.${basename(destination)}.partial`);
}

/**
 * Writes a consistent snapshot of the open archive to `destination`, which must not exist: first to a
 * hidden partial file beside it, synced, then renamed, so the destination is either whole or absent.
 * Synchronous (`VACUUM INTO`): for the command line and for the backup taken inside open before migrating.
 */
export function writeSnapshot(archive: Archive, destination: string): void {
  if (existsSync(destination)) throw new Error(`${destination} already exists`);
  const partial = partialFor(destination);
  rmSync(partial, { force: true });
  try {
    archive.prepare('VACUUM INTO ?').run(partial);
    syncFile(partial);
    renameSync(partial, destination);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * The same, without holding up the process: SQLite's online backup API copies a hundred pages at a time
 * between turns of the event loop (85 MB: about 1 s, the longest pause 55 ms, against 1.1 s blocked for
 * `VACUUM INTO`). The copy inherits the archive's WAL mode; it is switched back to a single self-contained
 * file so a backup never needs companions to be read.
 */
export async function writeSnapshotInBackground(archive: Archive, destination: string): Promise<void> {
  if (existsSync(destination)) throw new Error(`${destination} already exists`);
  const partial = partialFor(destination);
  rmSync(partial, { force: true });
  try {
    await archive.backup(partial);
    const copy = new Database(partial, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
    copy.close();
    syncFile(partial);
    renameSync(partial, destination);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  }
}

/** A free name in the backups folder for a backup made now. */
function reserveName(archive: Archive, reason: BackupReason, now: Date): string {
  const dir = backupsDir(archive.name);
  mkdirSync(dir, { recursive: true });
  let time = now;
  while (existsSync(join(dir, backupName(archive.name, reason, time)))) time = new Date(time.getTime() + 1);
  return join(dir, backupName(archive.name, reason, time));
}

function rotateAndDescribe(archive: Archive, path: string): BackupEntry {
  rotateBackups(archive.name, backupKeep(archive));
  const entry = listBackups(archive.name).find((b) => b.name === basename(path));
  if (!entry) throw new Error(`backup ${path} vanished after writing`);
  return entry;
}

/** Writes a backup of the open archive into its backups folder and rotates the folder, blocking until done. */
export function createBackup(archive: Archive, reason: BackupReason, now = new Date()): BackupEntry {
  const path = reserveName(archive, reason, now);
  writeSnapshot(archive, path);
  return rotateAndDescribe(archive, path);
}

/** The same without blocking: what the long-running app and bridge use. */
export async function createBackupInBackground(
  archive: Archive,
  reason: BackupReason,
  now = new Date(),
): Promise<BackupEntry> {
  const path = reserveName(archive, reason, now);
  await writeSnapshotInBackground(archive, path);
  return rotateAndDescribe(archive, path);
}

/** Whether the daily backup is due: the newest backup is a day old, or there is none. */
export function dailyBackupDue(archive: Archive, now = new Date()): boolean {
  const newest = listBackups(archive.name)[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAILY_MS;
}

const running = new WeakMap<Archive, Promise<unknown>>();

/** Starts a background backup of the archive; failures go to `onError` (the archive itself is unaffected). */
export function startBackgroundBackup(
  archive: Archive,
  reason: BackupReason,
  now: Date,
  onError: (error: unknown) => void,
): void {
  running.set(archive, createBackupInBackground(archive, reason, now).catch(onError));
}

/** Resolves when the archive's background backup, if any, has finished (before closing it, in tests). */
export async function backgroundBackupSettled(archive: Archive): Promise<void> {
  await running.get(archive);
}

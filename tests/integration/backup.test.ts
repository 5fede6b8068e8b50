import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, schemaVersion } from '../../db/connection';
import { SCHEMA_VERSION } from '../../db/migrations';
import { backgroundBackupSettled, createBackup, DAILY_MS, setBackupKeep } from '../../db/backup';
import { backupsDir, listBackups } from '../../db/backupFiles';
import { createArticle, listArticles, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { restoreArchiveFile, restoreIntoOpenArchive } from '../../db/restore';
import { fileIsSound } from '../../db/integrity';
import { MidadError } from '../../core/api/errors';
import { dispatch } from '../../core/api/envelope';
import { createArchiveService } from '../../db/service/archiveService';
import { useTempDir } from '../helpers/tempDir';
import { damageFile, fillArchive, firstSchemaArchive, headlines } from '../helpers/archiveFiles';

const tempDir = useTempDir();
const T0 = new Date('2025-03-01T08:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

function openError(path: string): MidadError {
  try {
    openArchive(path).close();
  } catch (error) {
    if (error instanceof MidadError) return error;
    throw error;
  }
  throw new Error('the archive opened');
}

describe('backups on demand', () => {
  it('writes a sound copy of the archive into backups/ beside it', () => {
    const path = join(tempDir(), 'midad.sqlite');
    fillArchive(path, 3);
    const archive = openArchive(path, { automaticBackups: false });
    const entry = createBackup(archive, 'manual', T0);
    archive.close();
    expect(entry).toMatchObject({
      name: 'midad.2025-03-01T08-00-00-000Z.manual.sqlite',
      reason: 'manual',
      createdAt: T0.toISOString(),
    });
    const file = join(backupsDir(path), entry.name);
    expect(fileIsSound(file)).toBe(true);
    expect(headlines(file)).toEqual(['خبر 0', 'خبر 1', 'خبر 2']);
    expect(readdirSync(backupsDir(path)).filter((n) => n.includes('partial'))).toEqual([]);
  });

  it('keeps only the newest N, N being the archive’s setting', () => {
    const path = join(tempDir(), 'midad.sqlite');
    const archive = openArchive(path, { automaticBackups: false });
    setBackupKeep(archive, 3);
    for (let i = 0; i < 5; i++) createBackup(archive, 'manual', later(i * 1000));
    expect(listBackups(path).map((b) => b.createdAt)).toEqual(
      [later(4000), later(3000), later(2000)].map((d) => d.toISOString()),
    );
    setBackupKeep(archive, 1);
    expect(listBackups(path)).toHaveLength(1);
    archive.close();
  });

  it('keeps ten by default', () => {
    const path = join(tempDir(), 'midad.sqlite');
    const archive = openArchive(path, { automaticBackups: false });
    for (let i = 0; i < 12; i++) createBackup(archive, 'manual', later(i));
    expect(listBackups(path)).toHaveLength(10);
    archive.close();
  });
});

describe('automatic backups', () => {
  it('takes one a day when an existing archive is opened', () => {
    const path = join(tempDir(), 'midad.sqlite');
    fillArchive(path, 1, T0);
    expect(listBackups(path)).toEqual([]);
    openArchive(path, { now: later(1000) }).close();
    openArchive(path, { now: later(DAILY_MS / 2) }).close();
    expect(listBackups(path).map((b) => b.reason)).toEqual(['daily']);
    openArchive(path, { now: later(DAILY_MS + 1000) }).close();
    expect(listBackups(path).map((b) => b.reason)).toEqual(['daily', 'daily']);
  });

  it('takes the daily one in the background for the app, as a single self-contained file', async () => {
    const path = join(tempDir(), 'midad.sqlite');
    fillArchive(path, 50, T0);
    const archive = openArchive(path, { now: later(1000), dailyBackup: 'background' });
    await backgroundBackupSettled(archive);
    archive.close();
    const [daily] = listBackups(path);
    expect(daily).toMatchObject({ reason: 'daily', createdAt: later(1000).toISOString() });
    const file = join(backupsDir(path), daily!.name);
    expect(readFileSync(file).subarray(18, 20)).toEqual(Buffer.from([1, 1])); // rollback journal, not WAL
    expect(fileIsSound(file)).toBe(true);
    expect(headlines(file)).toHaveLength(50);
    expect(readdirSync(backupsDir(path))).toEqual([daily!.name]);
  });

  it('takes one before migrating, holding the file as it was', () => {
    const path = join(tempDir(), 'midad.sqlite');
    firstSchemaArchive(path);
    openArchive(path, { now: T0 }).close();
    const migration = listBackups(path).find((b) => b.reason === 'migration');
    expect(migration).toBeDefined();
    const copy = new Database(join(backupsDir(path), migration!.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });
});

describe('a damaged archive', () => {
  it('is refused at open, moved aside unwritten, and the newest sound backup is named', () => {
    const path = join(tempDir(), 'midad.sqlite');
    fillArchive(path, 200);
    const archive = openArchive(path, { automaticBackups: false });
    const good = createBackup(archive, 'manual', T0);
    archive.close();
    damageFile(path);
    const damagedBytes = readFileSync(path);

    const error = openError(path);
    expect(error.code).toBe('archive_damaged');
    expect(error.message).toMatch(/moved aside/);
    const moved = String(error.params.moved);
    expect(moved).toMatch(/midad\.sqlite\.damaged-/);
    expect(readFileSync(moved).equals(damagedBytes)).toBe(true);
    expect(existsSync(path)).toBe(false);
    expect(error.params.backup).toBe(join(backupsDir(path), good.name));
  });

  it('skips a damaged backup when naming the one to restore', () => {
    const path = join(tempDir(), 'midad.sqlite');
    fillArchive(path, 200);
    const archive = openArchive(path, { automaticBackups: false });
    const older = createBackup(archive, 'manual', T0);
    const newer = createBackup(archive, 'manual', later(1000));
    archive.close();
    damageFile(join(backupsDir(path), newer.name));
    damageFile(path);
    expect(openError(path).params.backup).toBe(join(backupsDir(path), older.name));
  });

  it('says plainly when there is no backup to restore', () => {
    const path = join(tempDir(), 'midad.sqlite');
    fillArchive(path, 200);
    damageFile(path);
    const error = openError(path);
    expect(error.code).toBe('archive_damaged_no_backup');
    expect(existsSync(String(error.params.moved))).toBe(true);
  });

  it('is refused when it is not a database at all', () => {
    const path = join(tempDir(), 'midad.sqlite');
    fillArchive(path, 1);
    damageFile(path);
    const bytes = readFileSync(path);
    bytes.write('this is not sqlite', 0);
    writeFileSync(path, bytes);
    expect(openError(path).code).toBe('archive_damaged_no_backup');
  });
});

describe('restoring a backup', () => {
  it('replaces an open archive’s contents in place, after a safety copy of what was there', async () => {
    const path = join(tempDir(), 'midad.sqlite');
    fillArchive(path, 2);
    const archive = openArchive(path, { automaticBackups: false });
    const backup = createBackup(archive, 'manual', T0);
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'بعد النسخة' });
    const { restored, safetyCopy } = await restoreIntoOpenArchive(archive, backup.name, later(1000));
    expect(restored.name).toBe(backup.name);
    expect(
      listArticles(archive, 10, 0)
        .items.map((a) => a.headline)
        .sort(),
    ).toEqual(['خبر 0', 'خبر 1']);
    expect(headlines(join(backupsDir(path), safetyCopy.name))).toContain('بعد النسخة');
    expect(readdirSync(backupsDir(path)).sort()).toEqual([backup.name, safetyCopy.name].sort());
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'بعد الاستعادة' });
    archive.close();
    expect(headlines(path)).toEqual(['بعد الاستعادة', 'خبر 0', 'خبر 1']);
    expect(fileIsSound(path)).toBe(true);
  });

  it('puts a backup in place of an archive that was moved aside as damaged', async () => {
    const path = join(tempDir(), 'midad.sqlite');
    fillArchive(path, 200);
    const archive = openArchive(path, { automaticBackups: false });
    const backup = createBackup(archive, 'manual', T0);
    archive.close();
    damageFile(path);
    openError(path);
    const result = await restoreArchiveFile(path, backup.name, later(1000));
    expect(result.safetyCopy).toBeNull();
    const reopened = openArchive(path);
    expect(listArticles(reopened, 1, 0).total).toBe(200);
    reopened.close();
  });

  it('brings a backup from before a migration up to the current schema', async () => {
    const path = join(tempDir(), 'midad.sqlite');
    firstSchemaArchive(path);
    openArchive(path, { now: T0 }).close();
    const migration = listBackups(path).find((b) => b.reason === 'migration')!;
    await restoreArchiveFile(path, migration.name, later(1000));
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
    const reopened = openArchive(path);
    expect(schemaVersion(reopened)).toBe(SCHEMA_VERSION);
    reopened.close();
  });

  it('refuses an unknown or damaged backup and leaves the archive as it was', async () => {
    const path = join(tempDir(), 'midad.sqlite');
    fillArchive(path, 200);
    const archive = openArchive(path, { automaticBackups: false });
    const backup = createBackup(archive, 'manual', T0);
    damageFile(join(backupsDir(path), backup.name));
    await expect(restoreIntoOpenArchive(archive, 'midad.2020-01-01T00-00-00-000Z.manual.sqlite')).rejects.toMatchObject(
      { code: 'backup_not_found' },
    );
    await expect(restoreIntoOpenArchive(archive, backup.name)).rejects.toMatchObject({ code: 'backup_damaged' });
    expect(listArticles(archive, 1, 0).total).toBe(200);
    archive.close();
  });
});

describe('backups through the API', () => {
  it('creates, lists, configures and restores with the same service both transports call', async () => {
    const path = join(tempDir(), 'midad.sqlite');
    fillArchive(path, 2);
    const archive = openArchive(path, { automaticBackups: false });
    const service = createArchiveService(archive);
    const call = (method: string, payload: unknown) =>
      dispatch(service, method, payload, (e) => {
        throw e;
      });
    const made = await call('backups.create', {});
    expect(made).toMatchObject({ ok: true, value: { reason: 'manual' } });
    const name = (made as { value: { name: string } }).value.name;
    expect(await call('backups.configure', { keep: 4 })).toEqual({ ok: true, value: { keep: 4 } });
    expect(await call('backups.list', {})).toMatchObject({ ok: true, value: { keep: 4, items: [{ name }] } });
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'يُمحى بالاستعادة' });
    expect(await call('backups.restore', { name })).toMatchObject({
      ok: true,
      value: { restored: { name }, safetyCopy: { reason: 'restore' } },
    });
    expect(listArticles(archive, 10, 0).total).toBe(2);
    expect(await call('backups.restore', { name: '../midad.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(await call('backups.configure', { keep: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    archive.close();
  });
});

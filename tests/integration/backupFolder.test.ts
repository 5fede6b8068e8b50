/**
 * The backups folder and how many to keep are chosen on the settings screen and kept in a sidecar file
 * beside the archive, so every backup (daily, before a migration, `midad backup`) goes there and a
 * damaged archive's restore finds them without opening the archive. Real files in temp folders.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MidadError, type ApiError } from '../../core/api/errors';
import { dispatch } from '../../core/api/envelope';
import { errorText } from '../../core/i18n/errorText';
import { DAILY_MS } from '../../db/backup';
import { backupsDir, listBackups } from '../../db/backupFiles';
import { backupFolderReason, readBackupSidecar, sidecarPathFor } from '../../db/backupSidecar';
import { openArchive } from '../../db/connection';
import { restoreArchiveFile } from '../../db/restore';
import { readSettings, updateSettings } from '../../db/settings';
import { createArchiveService } from '../../db/service/archiveService';
import { useTempDir } from '../helpers/tempDir';
import { startBridgeProcess } from '../helpers/bridgeProcess';
import { damageFile, fillArchive, firstSchemaArchive, headlines } from '../helpers/archiveFiles';
import { midad } from '../helpers/midadCommand';

const tempDir = useTempDir();
const T0 = new Date('2025-03-01T08:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
// One case starts a real bridge process: seconds on a loaded machine.
vi.setConfig({ testTimeout: 90_000 });

/** An archive with a few articles whose sidecar sends backups to a folder elsewhere. */
function archiveWithFolder(): { path: string; folder: string } {
  const dir = tempDir();
  const path = join(dir, 'archive', 'midad.sqlite');
  const folder = join(dir, 'elsewhere', 'Midad backups');
  fillArchive(path, 3, T0);
  const archive = openArchive(path, { automaticBackups: false });
  updateSettings(archive, { backups: { folder, keep: 2 } });
  archive.close();
  return { path, folder };
}

const sqliteFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.sqlite')) : []);

describe('the backups folder setting', () => {
  it('is backups/ beside the archive until the person chooses another', () => {
    const path = join(tempDir(), 'midad.sqlite');
    const archive = openArchive(path, { automaticBackups: false });
    expect(readSettings(archive).backups).toEqual({ folder: '', keep: 10 });
    expect(backupsDir(path)).toBe(join(resolve(path, '..'), 'backups'));
    expect(existsSync(sidecarPathFor(path))).toBe(false);
    archive.close();
  });

  it('is kept in a sidecar beside the archive, created if missing, written whole', async () => {
    const { path, folder } = archiveWithFolder();
    expect(existsSync(folder)).toBe(true);
    expect(JSON.parse(readFileSync(sidecarPathFor(path), 'utf8'))).toEqual({ folder, keep: 2 });
    // Nothing half-written or probing is left beside it or in the folder (the clean-close mark is db/cleanClose.ts's).
    expect(readdirSync(resolve(path, '..')).sort()).toEqual([
      'midad.sqlite',
      'midad.sqlite.midad-clean',
      'midad.sqlite.midad-settings.json',
    ]);
    expect(readdirSync(folder)).toEqual([]);
    const archive = openArchive(path, { automaticBackups: false });
    expect(await dispatch(createArchiveService(archive), 'settings.get', {})).toMatchObject({
      ok: true,
      value: { backups: { folder, keep: 2 } },
    });
    archive.close();
  });

  it('receives the daily backup, rotated to the number kept, and the archive’s own folder stays empty', () => {
    const { path, folder } = archiveWithFolder();
    for (let day = 1; day <= 3; day++) openArchive(path, { now: later(day * DAILY_MS) }).close();
    expect(sqliteFiles(folder).sort()).toEqual(
      listBackups(path)
        .map((b) => b.name)
        .sort(),
    );
    expect(listBackups(path).map((b) => b.createdAt)).toEqual(
      [later(3 * DAILY_MS), later(2 * DAILY_MS)].map((d) => d.toISOString()),
    );
    expect(existsSync(join(resolve(path, '..'), 'backups'))).toBe(false);
  });

  it('receives the backup taken before a migration, read before the old archive is touched', () => {
    const dir = tempDir();
    const path = join(dir, 'midad.sqlite');
    const folder = join(dir, 'chosen');
    firstSchemaArchive(path);
    // The sidecar of an archive written by an older Midad, or copied by hand.
    writeFileSync(sidecarPathFor(path), JSON.stringify({ folder }));
    openArchive(path, { now: T0 }).close();
    expect(listBackups(path).map((b) => b.reason)).toContain('migration');
    expect(sqliteFiles(folder)).toHaveLength(listBackups(path).length);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('is where a damaged archive’s restore looks: named at open, restored from there', async () => {
    const { path, folder } = archiveWithFolder();
    const archive = openArchive(path, { automaticBackups: false });
    const { name } = await createArchiveService(archive)['backups.create']({});
    archive.close();
    damageFile(path);

    let refused: unknown;
    try {
      openArchive(path).close();
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(MidadError);
    expect((refused as MidadError).params.backup).toBe(join(folder, name));

    const { restored } = await restoreArchiveFile(path, name);
    expect(restored.name).toBe(name);
    expect(headlines(path)).toEqual(['خبر 0', 'خبر 1', 'خبر 2']);
  });

  it('is used by `midad backup` without a destination and listed by `midad restore --list`', async () => {
    const { path, folder } = archiveWithFolder();
    const backedUp = await midad(['--db', path, 'backup']);
    expect(backedUp.stderr).toBe('');
    expect(backedUp.code).toBe(0);
    const written = backedUp.stdout.trim();
    expect(resolve(written, '..')).toBe(folder);
    expect(headlines(written)).toEqual(['خبر 0', 'خبر 1', 'خبر 2']);
    const listed = await midad(['--db', path, 'restore', '--list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`${written.split('/').at(-1)}\tmanual`);
    // The daily backup the command's own open took, and the manual one: within the two kept.
    expect(sqliteFiles(folder).length).toBeLessThanOrEqual(2);
  });
});

describe('a backups folder that cannot be used', () => {
  it('is refused when the path is not a full one, and nothing else in the change is kept', async () => {
    const path = join(tempDir(), 'midad.sqlite');
    const archive = openArchive(path, { automaticBackups: false });
    const refused = await dispatch(createArchiveService(archive), 'settings.update', {
      theme: 'dark',
      backups: { folder: 'relative/backups' },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', params: { field: 'backups.folder' } },
    });
    expect(readSettings(archive).theme).toBe('system');
    expect(existsSync(sidecarPathFor(path))).toBe(false);
    archive.close();
  });

  it('is refused when a file stands in its path, with the folder and the reason in the person’s words', async () => {
    const dir = tempDir();
    const path = join(dir, 'midad.sqlite');
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const archive = openArchive(path, { automaticBackups: false });
    updateSettings(archive, { backups: { folder: join(dir, 'good') } });
    const unusable = join(dir, 'a-file', 'backups');
    const refused = await dispatch(createArchiveService(archive), 'settings.update', {
      theme: 'dark',
      backups: { folder: unusable },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'backup_folder_unusable',
        params: { field: 'backups.folder', folder: unusable, reason: 'not_a_folder' },
      },
    });
    const error = (refused as { error: ApiError }).error;
    expect(errorText('ar', error)).toBe(
      `لا يمكن كتابة النسخ الاحتياطية في المجلد \u2066${unusable}\u2069: في مساره ملف حيث ينبغي أن يكون مجلد. اختر مجلداً يمكنك الكتابة فيه.`,
    );
    expect(errorText('en', error)).toBe(
      `Backups cannot be written to \u2066${unusable}\u2069: a file stands in its path where a folder should be. Choose a folder you can write to.`,
    );
    // The log and the command line keep the system's own words.
    expect(error.message).toBe(
      `Backups cannot be written to ${unusable}: a file stands in its path where a folder should be (ENOTDIR: not a directory, mkdir '${unusable}'). Choose a folder you can write to.`,
    );
    expect(readSettings(archive)).toMatchObject({ theme: 'system', backups: { folder: join(dir, 'good') } });
    archive.close();
  });

  it('is refused when the folder chosen is a file, in the same words', async () => {
    const dir = tempDir();
    const archive = openArchive(join(dir, 'نسخة الأرشيف.sqlite'), { automaticBackups: false });
    const unusable = join(dir, 'نسخ احتياطية');
    writeFileSync(unusable, 'a file with the folder’s name');
    const refused = await dispatch(createArchiveService(archive), 'settings.update', { backups: { folder: unusable } });
    const error = (refused as { error: ApiError }).error;
    expect(error.params).toEqual({ field: 'backups.folder', folder: unusable, reason: 'not_a_folder' });
    expect(errorText('ar', error)).toBe(
      `لا يمكن كتابة النسخ الاحتياطية في المجلد \u2066${unusable}\u2069: في مساره ملف حيث ينبغي أن يكون مجلد. اختر مجلداً يمكنك الكتابة فيه.`,
    );
    expect(error.message).toContain('(EEXIST: file already exists');
    expect(readSettings(archive).backups.folder).toBe('');
    archive.close();
  });

  it('is refused when the person may not write there, through the archive service of a real bridge process', async () => {
    const dir = tempDir();
    // Root may write anywhere: as root, the bridge runs as nobody, who may write only in the open temp folder.
    const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    chmodSync(dir, 0o777);
    const locked = join(dir, 'Midad backups');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const bridge = await startBridgeProcess(join(dir, 'midad.sqlite'), as);
    try {
      const response = await fetch(`${bridge.origin}/api/settings.update`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-midad-token': bridge.token },
        body: JSON.stringify({ theme: 'dark', backups: { folder: locked } }),
      });
      const envelope = (await response.json()) as { ok: false; error: ApiError };
      expect(envelope.error.params).toEqual({ field: 'backups.folder', folder: locked, reason: 'no_permission' });
      expect(errorText('ar', envelope.error)).toBe(
        `لا يمكن كتابة النسخ الاحتياطية في المجلد \u2066${locked}\u2069: ليست لديك صلاحية الكتابة فيه. اختر مجلداً يمكنك الكتابة فيه.`,
      );
      expect(errorText('en', envelope.error)).toBe(
        `Backups cannot be written to \u2066${locked}\u2069: you do not have permission to write there. Choose a folder you can write to.`,
      );
      expect(envelope.error.message).toMatch(
        new RegExp(
          `^Backups cannot be written to ${locked}: you do not have permission to write there \\(EACCES: permission denied, open '${locked}/\\.midad-probe-[0-9a-f]{8}'\\)\\. Choose a folder you can write to\\.$`,
        ),
      );
      const settings = await fetch(`${bridge.origin}/api/settings.get`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-midad-token': bridge.token },
        body: '{}',
      });
      expect(await settings.json()).toMatchObject({ ok: true, value: { theme: 'system', backups: { folder: '' } } });
    } finally {
      await bridge.stop();
    }
  }, 120_000); // a bridge process started in the case: up to 90 s on a loaded machine (helpers/bridgeProcess.ts)

  it('says why in words of its own for each of the system’s error codes, and the general reason for any other', () => {
    const reasons = Object.fromEntries(
      [
        'EACCES',
        'EPERM',
        'EROFS',
        'ENOSPC',
        'EDQUOT',
        'ENOENT',
        'ENOTDIR',
        'EEXIST',
        'ENAMETOOLONG',
        'EISDIR',
        'EIO',
        'EBUSY',
        undefined,
      ].map((code) => [String(code), backupFolderReason(code)]),
    );
    expect(reasons).toEqual({
      EACCES: 'no_permission',
      EPERM: 'no_permission',
      EROFS: 'read_only',
      ENOSPC: 'disk_full',
      EDQUOT: 'disk_full',
      ENOENT: 'missing',
      ENOTDIR: 'not_a_folder',
      EEXIST: 'not_a_folder',
      ENAMETOOLONG: 'path_too_long',
      EISDIR: 'other',
      EIO: 'other',
      EBUSY: 'other',
      undefined: 'other',
    });
  });

  it('already chosen is not probed again, so an unplugged backup disk does not block other settings', () => {
    const { path, folder } = archiveWithFolder();
    // The disk is gone and a file stands where its mount point was: the folder cannot be made again.
    rmSync(resolve(folder, '..'), { recursive: true });
    writeFileSync(resolve(folder, '..'), 'in the way');
    const archive = openArchive(path, { automaticBackups: false });
    expect(updateSettings(archive, { theme: 'dark', backups: { folder, keep: 2 } })).toMatchObject({
      theme: 'dark',
      backups: { folder },
    });
    expect(() => updateSettings(archive, { backups: { folder: `${folder} 2` } })).toThrow(/cannot be written/);
    archive.close();
  });

  it('read from a damaged sidecar falls back field by field and never blocks the archive', () => {
    const dir = tempDir();
    const path = join(dir, 'midad.sqlite');
    mkdirSync(dir, { recursive: true });
    writeFileSync(sidecarPathFor(path), JSON.stringify({ folder: 'not/absolute', keep: 3 }));
    expect(readBackupSidecar(path)).toEqual({ folder: '', keep: 3 });
    writeFileSync(sidecarPathFor(path), '{"folder": "/tr');
    expect(readBackupSidecar(path)).toEqual({ folder: '' });
    const archive = openArchive(path, { now: T0 });
    expect(readSettings(archive).backups).toEqual({ folder: '', keep: 10 });
    archive.close();
  });

  it('an archive from before the sidecar keeps the number it had in its settings table', () => {
    const path = join(tempDir(), 'midad.sqlite');
    const archive = openArchive(path, { automaticBackups: false });
    archive.prepare("INSERT INTO settings (key, value) VALUES ('backups.keep', '4')").run();
    expect(readSettings(archive).backups.keep).toBe(4);
    updateSettings(archive, { backups: { keep: 6 } });
    expect(readBackupSidecar(path).keep).toBe(6);
    expect(readSettings(archive).backups.keep).toBe(6);
    archive.close();
  });
});

/** Back Up… and Restore… from the desktop dialogs, on real archive files. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { createArticle, listArticles, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { backupsDir } from '../../db/backupFiles';
import { archiveOperations } from '../../electron/archiveOperations';
import { MidadError } from '../../core/api/errors';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();
const headlines = (archive: ReturnType<typeof openArchive>) =>
  listArticles(archive, 100, 0)
    .items.map((a) => a.headline)
    .sort();

describe('backup and restore from the desktop', () => {
  it('backs up to a chosen file and restores from it, even from outside the backups folder', async () => {
    const dir = tempDir();
    const archive = openArchive(join(dir, 'midad.sqlite'), { automaticBackups: false });
    const ops = archiveOperations(archive);
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'قبل النسخة' });
    const usb = join(tempDir(), 'midad-copy.sqlite');
    writeFileSync(usb, 'an older file the person agreed to replace');
    await ops.backupTo(usb);
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'بعد النسخة' });

    await ops.restoreFrom(usb);
    expect(headlines(archive)).toEqual(['قبل النسخة']);
    // The restore went through the backups folder: the copied-in file and a safety copy of what was there.
    expect(
      readdirSync(backupsDir(archive.name))
        .filter((n) => n.endsWith('.sqlite'))
        .map((n) => n.split('.').at(-2))
        .sort(),
    ).toEqual(['manual', 'restore']);
    archive.close();
  });

  it('refuses to write a backup over the archive itself', async () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'), { automaticBackups: false });
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'باقٍ' });
    await expect(archiveOperations(archive).backupTo(archive.name)).rejects.toBeInstanceOf(MidadError);
    expect(headlines(archive)).toEqual(['باقٍ']);
    archive.close();
  });

  it('refuses a damaged file, leaving the archive and the backups folder as they were', async () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'), { automaticBackups: false });
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'سليم' });
    const bad = join(tempDir(), 'broken.sqlite');
    writeFileSync(bad, 'not a database at all');
    const refused = await archiveOperations(archive)
      .restoreFrom(bad)
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'backup_damaged' });
    expect(headlines(archive)).toEqual(['سليم']);
    expect(
      existsSync(backupsDir(archive.name))
        ? readdirSync(backupsDir(archive.name)).filter((n) => n.endsWith('.sqlite'))
        : [],
    ).toEqual([]);
    archive.close();
  });
});

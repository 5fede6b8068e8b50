import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { createArticle, getArticle, listArticles, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { emptyTrash, restoreFromTrash, trashArticle } from '../../db/trash';
import { duplicateArticle } from '../../db/duplicate';
import { addMedia } from '../../db/media';
import { listRevisions } from '../../db/revisionStore';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { useTempDir } from '../helpers/tempDir';
import { png } from '../helpers/images';

const tempDir = useTempDir();
const T = (minute: number) => new Date(Date.UTC(2025, 0, 1, 9, minute));

function archiveWithTwo() {
  const archive = openArchive(join(tempDir(), 'midad.sqlite'));
  const kept = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'باقٍ' }, T(0));
  const binned = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'إلى السلة' }, T(1));
  return { archive, kept, binned };
}

describe('the trash', () => {
  it('takes an article out of the archive list and into the trash list, without changing it', () => {
    const { archive, kept, binned } = archiveWithTwo();
    const trashed = trashArticle(archive, binned.id, T(5));
    expect(trashed.trashedAt).toBe(T(5).toISOString());
    expect(trashed.version).toBe(binned.version);
    expect(trashed.updatedAt).toBe(binned.updatedAt);
    expect(listArticles(archive, 10, 0)).toMatchObject({ total: 1, items: [{ id: kept.id, trashedAt: null }] });
    expect(listArticles(archive, 10, 0, true)).toMatchObject({
      total: 1,
      items: [{ id: binned.id, trashedAt: T(5).toISOString() }],
    });
    archive.close();
  });

  it('keeps the first trashing time when an article is trashed twice', () => {
    const { archive, binned } = archiveWithTwo();
    trashArticle(archive, binned.id, T(5));
    expect(trashArticle(archive, binned.id, T(9)).trashedAt).toBe(T(5).toISOString());
    archive.close();
  });

  it('restores an article to the archive list with everything it had', () => {
    const { archive, binned } = archiveWithTwo();
    trashArticle(archive, binned.id, T(5));
    const restored = restoreFromTrash(archive, binned.id);
    expect(restored).toMatchObject({ id: binned.id, headline: 'إلى السلة', trashedAt: null });
    expect(listArticles(archive, 10, 0).total).toBe(2);
    archive.close();
  });

  it('empties the trash for good, media and revisions included, and leaves the rest', () => {
    const { archive, kept, binned } = archiveWithTwo();
    addMedia(archive, { articleId: binned.id, data: png(2, 2).toString('base64') });
    saveArticle(archive, binned.id, 1, { headline: 'نسخة' }, T(3), { kind: 'explicit' });
    trashArticle(archive, binned.id, T(5));
    expect(emptyTrash(archive)).toBe(1);
    expect(() => getArticle(archive, binned.id)).toThrow(/No article/);
    expect(archive.prepare('SELECT count(*) AS n FROM media').get()).toEqual({ n: 0 });
    expect(archive.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 0 });
    expect(getArticle(archive, kept.id).headline).toBe('باقٍ');
    expect(emptyTrash(archive)).toBe(0);
    archive.close();
  });

  it('answers not_found when trashing or restoring an unknown article', () => {
    const { archive } = archiveWithTwo();
    expect(() => trashArticle(archive, '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11')).toThrow(/No article/);
    expect(() => restoreFromTrash(archive, '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11')).toThrow(/No article/);
    archive.close();
  });
});

describe('duplicating an article', () => {
  it('makes a new draft with the same fields and its own copies of the pictures', () => {
    const { archive, kept } = archiveWithTwo();
    const source = saveArticle(
      archive,
      kept.id,
      1,
      {
        status: 'published',
        tags: ['العراق'],
        dateline: { city: 'بغداد', agency: 'REUTERS' },
        body: stateFromParagraphs(['نص الخبر.']),
      },
      T(2),
    );
    addMedia(archive, { articleId: kept.id, data: png(4, 3).toString('base64'), caption: 'تعليق' });
    addMedia(archive, { articleId: kept.id, caption: 'بانتظار الصورة' });
    const copy = duplicateArticle(archive, kept.id, T(10));
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({
      status: 'draft',
      version: 1,
      tags: ['العراق'],
      dateline: { city: 'بغداد', agency: 'REUTERS' },
    });
    expect(copy.bodyText).toBe('نص الخبر.');
    expect(copy.media.map((m) => [m.caption, m.width, m.isLead])).toEqual([
      ['تعليق', 4, true],
      ['بانتظار الصورة', null, false],
    ]);
    expect(copy.media.map((m) => m.id)).not.toContain(getArticle(archive, kept.id).media[0]!.id);
    expect(listRevisions(archive, copy.id, 10, 0).total).toBe(0);
    expect(getArticle(archive, kept.id).status).toBe('published');
    archive.close();
  });
});

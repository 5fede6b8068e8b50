import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { createArticle, listArticles, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { createArchiveService } from '../../db/service/archiveService';
import { dispatch } from '../../core/api/envelope';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();
const day = (d: number) => new Date(Date.UTC(2025, 0, d, 9));

function archiveOfThree() {
  const archive = openArchive(join(tempDir(), 'midad.sqlite'));
  createArticle(
    archive,
    { ...NEW_ARTICLE_FIELDS, headline: 'أ', section: 'اقتصاد', byline: 'سارة علي', status: 'draft' },
    day(1),
  );
  createArticle(
    archive,
    { ...NEW_ARTICLE_FIELDS, headline: 'ب', section: 'سياسة', byline: 'Omar Khaled', status: 'approved' },
    day(5),
  );
  createArticle(
    archive,
    { ...NEW_ARTICLE_FIELDS, headline: 'ج', section: 'سياسة دولية', byline: 'سارة محمود', status: 'draft' },
    day(9),
  );
  return archive;
}

const headlines = (page: { items: Array<{ headline: string }> }) => page.items.map((i) => i.headline);

describe('filtering the archive list', () => {
  it('narrows by status, section and byline (contained, any case), and counts only what matches', () => {
    const archive = archiveOfThree();
    expect(listArticles(archive, 10, 0, false, { status: 'draft' })).toMatchObject({ total: 2 });
    expect(headlines(listArticles(archive, 10, 0, false, { section: 'سياسة' }))).toEqual(['ج', 'ب']);
    expect(headlines(listArticles(archive, 10, 0, false, { byline: 'omar' }))).toEqual(['ب']);
    expect(headlines(listArticles(archive, 10, 0, false, { byline: 'سارة', status: 'draft' }))).toEqual(['ج', 'أ']);
    archive.close();
  });

  it('narrows by the day of the last update, both ends included', () => {
    const archive = archiveOfThree();
    expect(
      headlines(listArticles(archive, 10, 0, false, { updatedFrom: '2025-01-05', updatedTo: '2025-01-09' })),
    ).toEqual(['ج', 'ب']);
    expect(headlines(listArticles(archive, 10, 0, false, { updatedTo: '2025-01-01' }))).toEqual(['أ']);
    archive.close();
  });

  it('treats a filter value as text, never as SQL, and refuses a malformed day', async () => {
    const archive = archiveOfThree();
    expect(listArticles(archive, 10, 0, false, { byline: "' OR 1=1 --" }).total).toBe(0);
    const service = createArchiveService(archive);
    const refused = await dispatch(service, 'articles.list', { filter: { updatedFrom: 'yesterday' } }, () => {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    archive.close();
  });
});

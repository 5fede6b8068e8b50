/**
 * The agency's people, organisations and places are searchable as subjects are: indexed with the tags, so a
 * person's name typed in search finds the article, and the index follows when they change. No migration:
 * no article held them before this version, so no article's index entry changes on opening.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { createArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { searchArticles } from '../../db/search/search';
import { verifySearchIndex } from '../../db/search/verify';
import { SearchRequestSchema } from '../../core/search/schema';
import type { Entities } from '../../core/article/entities';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

const ENTITIES: Entities = {
  people: [
    { name: 'مصطفى الكاظمي', rel: 'about' },
    { name: 'Nancy Pelosi', literal: '850c8ab4' },
  ],
  organisations: [{ name: '', literal: 'WADA' }],
  places: [{ name: 'Grossetto', rel: 'mentions', geo: { longitude: 11.1, latitude: 42.76 } }],
};

const found = (archive: Archive, query: string) =>
  searchArticles(archive, SearchRequestSchema.parse({ query, limit: 100 })).items.map((i) => i.headline);

describe('search over the agency’s people, organisations and places', () => {
  it('finds an article by a person’s, organisation’s or place’s name, and follows a change', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    const at = new Date('2024-05-01T10:00:00.000Z');
    const article = createArticle(
      archive,
      { ...NEW_ARTICLE_FIELDS, headline: 'لقاء في البيت الأبيض', entities: ENTITIES },
      at,
    );
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'خبر آخر', tags: ['رياضة'] }, at);
    // Arabic without its article, English in any case, an organisation known only by its identifier.
    for (const query of ['الكاظمي', 'كاظمي', 'pelosi', 'Grossetto', 'wada'])
      expect(found(archive, query), query).toEqual(['لقاء في البيت الأبيض']);
    // An identifier beside a name is not a word of the article.
    expect(found(archive, '850c8ab4')).toEqual([]);
    saveArticle(archive, article.id, article.version, { entities: { people: ENTITIES.people } });
    expect(found(archive, 'Grossetto')).toEqual([]);
    expect(found(archive, 'pelosi')).toEqual(['لقاء في البيت الأبيض']);
    expect(verifySearchIndex(archive).ok).toBe(true);
    archive.close();
  });
});

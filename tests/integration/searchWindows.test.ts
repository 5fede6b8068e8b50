/**
 * How relevance is ranked on real archive files: bm25 over every match when they fit in one ranking window,
 * window by window (newest matches first) when they do not; and queries that need both index tables (a
 * quoted phrase beside a stemmed word, the byline filter) find what both conditions allow.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { searchArticles } from '../../db/search/search';
import { BM25_WEIGHTS } from '../../db/search/ftsQuery';
import { SearchRequestSchema } from '../../core/search/schema';
import type { ArticleFields } from '../../core/article/schema';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

function add(archive: Archive, fields: Partial<ArticleFields>, minute: number) {
  return createArticle(archive, { ...NEW_ARTICLE_FIELDS, ...fields }, new Date(Date.UTC(2024, 4, 1, 0, minute)));
}

function search(archive: Archive, query: string, rankWindow: number, rest: Record<string, unknown> = {}) {
  return searchArticles(archive, SearchRequestSchema.parse({ query, limit: 100, ...rest }), { rankWindow });
}

/** The articles found by a bm25 ranking of every match at once, straight from FTS5: what one window must equal. */
function bm25OverAll(archive: Archive, word: string): string[] {
  return archive
    .prepare(
      `SELECT d.article_id FROM search_exact f JOIN search_docs d ON d.docid = f.rowid WHERE search_exact MATCH ?
       ORDER BY bm25(search_exact, ${BM25_WEIGHTS.join(', ')}), f.rowid DESC`,
    )
    .pluck()
    .all(`"${word}"`) as string[];
}

/** `count` articles mentioning المفاوضات once to five times, in the body, the standfirst or the headline. */
function varied(archive: Archive, count: number): void {
  for (let i = 0; i < count; i += 1) {
    const times = 1 + ((i * 7) % 5);
    add(
      archive,
      {
        headline: i % 6 === 0 ? `المفاوضات في يومها ${i}` : `خبر ${i}`,
        standfirst: i % 4 === 0 ? 'جولة جديدة من المفاوضات' : '',
        body: stateFromParagraphs([`${'المفاوضات '.repeat(times)}${'كلام '.repeat(i % 9)}`]),
      },
      i,
    );
  }
}

describe('ranking windows', () => {
  it('ranks every match by bm25 when they all fit in one window', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    varied(archive, 60);
    const ids = search(archive, 'المفاوضات', 60).items.map((i) => i.id);
    expect(ids).toHaveLength(60);
    expect(ids).toEqual(bm25OverAll(archive, 'المفاوضات'));
    archive.close();
  });

  it('ranks a broad search window by window, newest first: a strong old match waits for its window', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    const old = add(
      archive,
      { headline: 'المفاوضات المفاوضات', standfirst: 'المفاوضات', body: stateFromParagraphs(['المفاوضات']) },
      0,
    );
    for (let i = 1; i <= 7; i += 1)
      add(archive, { headline: `خبر ${i}`, body: stateFromParagraphs([`نص فيه المفاوضات ${'كلام '.repeat(i)}`]) }, i);
    const strongNew = add(archive, { headline: 'المفاوضات تتعثر', body: stateFromParagraphs(['المفاوضات']) }, 8);

    // One window holds all nine: the old article's four mentions rank it first.
    expect(search(archive, 'المفاوضات', 9).items[0]?.id).toBe(old.id);
    // Windows of four: the newest four (the strong new one among them) come first, each window by bm25;
    // the old article, the first to enter the archive, is alone in the third window.
    const windowed = search(archive, 'المفاوضات', 4);
    expect(windowed.items).toHaveLength(9);
    expect(windowed.items[0]?.id).toBe(strongNew.id);
    expect(windowed.items.at(-1)?.id).toBe(old.id);
    expect(windowed.total).toBe(9);
    archive.close();
  });

  it('finds a quoted phrase together with a stemmed word, from both tables, and counts them', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    const both = add(archive, { headline: 'قرار الأمم المتحدة بشأن الوقود' }, 1);
    const stemOnly = add(archive, { headline: 'الأمم المتحدة تبحث أزمة وقود' }, 2);
    add(archive, { headline: 'المتحدة تقول إن الأمم بحثت الوقود' }, 3);
    add(archive, { headline: 'الأمم المتحدة تجتمع' }, 4);
    for (const window of [1, 100]) {
      const result = search(archive, '"الأمم المتحدة" الوقود', window);
      expect(result.items.map((i) => i.id)).toEqual([both.id, stemOnly.id]);
      expect(result.items.map((i) => i.match)).toEqual(['exact', 'stemmed']);
      expect(result.total).toBe(2);
    }
    archive.close();
  });

  it('applies the byline filter from the exact table beside a stemmed word, in both orders', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    const hers = add(archive, { headline: 'أزمة الوقود', byline: 'سارة منصور' }, 1);
    const hersStemmed = add(archive, { headline: 'محطة وقود', byline: 'سارة منصور' }, 2);
    add(archive, { headline: 'أزمة الوقود', byline: 'عمر فاروق' }, 3);
    for (const sort of ['relevance', 'date']) {
      const result = search(archive, 'الوقود', 100, { sort, filters: { byline: 'منصور' } });
      expect(result.items.map((i) => i.id).sort()).toEqual([hers.id, hersStemmed.id].sort());
      expect(result.items.find((i) => i.id === hers.id)?.match).toBe('exact');
      expect(result.items.find((i) => i.id === hersStemmed.id)?.match).toBe('stemmed');
      expect(result.total).toBe(2);
    }
    archive.close();
  });
});

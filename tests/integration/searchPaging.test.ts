/**
 * Paging through search results on real archive files: whichever way a search is ranked (FTS5 alone, or the
 * index joined with filters; in one ranking window or in many), the pages laid end to end are the one long
 * list, exact matches come before stemmed ones across page boundaries, trashed articles never appear, and
 * the total counts what can be paged to.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { searchArticles } from '../../db/search/search';
import { RANK_WINDOW } from '../../core/search/schema';
import { trashArticle } from '../../db/trash';
import { SearchRequestSchema, type SearchHit } from '../../core/search/schema';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';

const dir = mkdtempSync(join(tmpdir(), 'midad-paging-'));

/**
 * Articles where الوقود (the exact word) or only a stemmed form of it (وقود, بالوقود) occurs, once to four
 * times, in the headline or the body, in two statuses, at distinct times; every `trashEvery`-th is trashed.
 */
function newsroom(count: number, trashEvery: number): { archive: Archive; trashed: Set<string> } {
  const archive = openArchive(join(dir, `midad-${count}-${trashEvery}.sqlite`));
  const trashed = new Set<string>();
  const forms = ['الوقود', 'وقود', 'بالوقود'];
  for (let i = 0; i < count; i += 1) {
    const word = forms[i % 3] as string;
    const repeated = Array.from({ length: 1 + (i % 4) }, () => word).join(' و');
    const article = createArticle(
      archive,
      {
        ...NEW_ARTICLE_FIELDS,
        headline: i % 5 === 0 ? `أزمة ${word} رقم ${i}` : `خبر رقم ${i}`,
        status: i % 2 === 0 ? 'draft' : 'submitted',
        body: stateFromParagraphs([`نص الخبر ${repeated} في الأسواق.`]),
      },
      new Date(Date.UTC(2024, 0, 1, 0, i)),
    );
    if (i % trashEvery === trashEvery - 1) {
      trashArticle(archive, article.id);
      trashed.add(article.id);
    }
  }
  return { archive, trashed };
}

/**
 * Each newsroom is built once for the file (the 450-article one took most of the file's time, built for six
 * cases): the cases only search it, none changes it.
 */
const built = new Map<string, { archive: Archive; trashed: Set<string> }>();
function sharedNewsroom(count: number, trashEvery: number): { archive: Archive; trashed: Set<string> } {
  const key = `${count}/${trashEvery}`;
  let made = built.get(key);
  if (!made) built.set(key, (made = newsroom(count, trashEvery)));
  return made;
}
afterAll(() => {
  for (const { archive } of built.values()) archive.close();
  rmSync(dir, { recursive: true, force: true });
});

function page(
  archive: Archive,
  request: Record<string, unknown>,
  limit: number,
  offset: number,
  rankWindow = RANK_WINDOW,
) {
  return searchArticles(archive, SearchRequestSchema.parse({ query: 'الوقود', ...request, limit, offset }), {
    rankWindow,
  });
}

/** Every page of `limit` results, laid end to end, and the totals each page reported. */
function allPages(archive: Archive, request: Record<string, unknown>, limit: number, rankWindow = RANK_WINDOW) {
  const items: SearchHit[] = [];
  const totals = new Set<number>();
  for (let offset = 0; ; offset += limit) {
    const result = page(archive, request, limit, offset, rankWindow);
    totals.add(result.total);
    items.push(...result.items);
    if (result.items.length < limit) return { items, totals };
  }
}

const SEARCHES: Array<[string, Record<string, unknown>]> = [
  ['relevance', {}],
  ['relevance with a status filter', { filters: { status: ['draft'] } }],
  ['date order', { sort: 'date' }],
];

describe.each([
  ['40 articles, a few trashed, ranked in one window', 40, 7, RANK_WINDOW],
  ['450 articles, half trashed, ranked in one window', 450, 2, RANK_WINDOW],
  ['40 articles ranked in windows of 4 (pages of 7 cross them)', 40, 7, 4],
  ['450 articles ranked in windows of 30', 450, 2, 30],
])('with %s', (_name, count, trashEvery, rankWindow) => {
  it.each(SEARCHES)(
    '%s: the pages are the one list, exact first, no trashed article, one total',
    (_search, request) => {
      const { archive, trashed } = sharedNewsroom(count, trashEvery);
      const whole = page(archive, request, 100, 0, rankWindow);
      const everything = whole.total <= 100 ? whole.items : allPages(archive, request, 100, rankWindow).items;
      const paged = allPages(archive, request, 7, rankWindow);

      expect(paged.items.map((i) => i.id)).toEqual(everything.map((i) => i.id));
      expect([...paged.totals]).toEqual([everything.length]);
      expect(everything.filter((i) => trashed.has(i.id))).toEqual([]);
      expect(new Set(everything.map((i) => i.id)).size).toBe(everything.length);

      const live = count - trashed.size;
      const drafts = (request.filters as { status?: string[] } | undefined)?.status !== undefined;
      expect(everything.length).toBe(drafts ? everything.filter((i) => i.status === 'draft').length : live);
      if (request.sort === 'date') {
        const times = everything.map((i) => i.updatedAt);
        expect(times).toEqual([...times].sort().reverse());
      } else {
        const firstStemmed = everything.findIndex((i) => i.match === 'stemmed');
        expect(firstStemmed).toBeGreaterThan(0);
        expect(everything.slice(firstStemmed).every((i) => i.match === 'stemmed')).toBe(true);
      }
    },
  );
});

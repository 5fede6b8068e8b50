/**
 * Relevance order: exact matches first, then articles found only by a stem, each tier ranked by bm25.
 *
 * Ranking is where a search on a big archive spends its time: FTS5 computes bm25 for every article it ranks,
 * about half a microsecond each, and a common word matches most of a 100,000-article archive (50 ms). So a
 * tier is ranked in windows: FTS5 hands out matches newest first (by docid, the order articles entered the
 * archive), each window is the next `rankWindow` (RANK_WINDOW) of them, ranked by bm25 within itself. A
 * tier that fits in one window, as nearly every precise search does, is ranked exactly as bm25 over all its
 * matches; a search for a word found in tens of thousands of articles shows the most relevant of its newest
 * `rankWindow` first, then the next window's, and so on, so the cost of a page does not grow with the
 * archive. Real-time search engines read their postings newest first and stop after a bounded number the
 * same way (Twitter's Earlybird), and a newsroom wants recent stories first from a broad search anyway; each
 * page is one slice of the same list, whatever its size.
 */
import type { Archive } from '../archive';
import { cachedStatement } from '../statements';
import { BM25_WEIGHTS, type FtsExpressions } from './ftsQuery';
import { countOf, excluding, matchSource, type Filters, type Source } from './sources';

export interface RankedDocid {
  docid: number;
  exact: boolean;
}

export interface RankOptions {
  /**
   * Matches ranked together; RANK_WINDOW (core/search/schema.ts) but in tests. Ranking costs about 0.5–1 µs
   * an article here (2 cores), so a window of 5,000 ranks a page in under 5 ms while covering every match of
   * any but the broadest searches.
   */
  rankWindow: number;
}

/** `take` docids of window `window` of `source`, in bm25 order, starting at its `start`-th. */
function rankedWindow(
  archive: Archive,
  source: Source,
  size: number,
  window: number,
  start: number,
  take: number,
): number[] {
  const sql = `SELECT docid FROM (
      SELECT f.rowid AS docid, bm25(${source.table}, ${BM25_WEIGHTS.join(', ')}) AS score
      FROM ${source.from} WHERE ${source.where.join(' AND ')}
      ORDER BY f.rowid DESC LIMIT @size OFFSET @skip)
    ORDER BY score, docid DESC LIMIT @take OFFSET @start`;
  const rows = cachedStatement(archive, sql).all({
    ...source.params,
    size,
    skip: window * size,
    take,
    start,
  }) as Array<{ docid: number }>;
  return rows.map((r) => r.docid);
}

/** Positions [from, from + take) of `source`'s ranked list, window by window. */
function rankedSlice(archive: Archive, source: Source, from: number, take: number, size: number): number[] {
  const docids: number[] = [];
  for (let window = Math.floor(from / size); docids.length < take; window += 1) {
    const start = Math.max(0, from - window * size);
    const rows = rankedWindow(archive, source, size, window, start, take - docids.length);
    docids.push(...rows);
    // Every window but the last is full: a short one is the end of the list.
    if (start + rows.length < size) break;
  }
  return docids;
}

/** The page `offset`…`offset + limit` of the relevance order, and how many articles match in all. */
export function rankByRelevance(
  archive: Archive,
  expressions: FtsExpressions,
  filters: Filters,
  page: { offset: number; limit: number },
  options: RankOptions,
): { docids: RankedDocid[]; total: number } {
  const everything = matchSource(expressions.match, filters);
  const tiers: Array<{ source: Source; exact: boolean }> =
    expressions.exact === null
      ? [{ source: everything, exact: true }]
      : [
          { source: matchSource({ stem: null, exact: expressions.exact }, filters), exact: true },
          { source: excluding(everything, expressions.exact), exact: false },
        ];
  const docids: RankedDocid[] = [];
  let from = page.offset;
  for (const tier of tiers) {
    const rows = rankedSlice(archive, tier.source, from, page.limit - docids.length, options.rankWindow);
    docids.push(...rows.map((docid) => ({ docid, exact: tier.exact })));
    if (docids.length === page.limit) break;
    // The next tier starts where this one ends: at its beginning if this page began inside this tier.
    from = rows.length > 0 ? 0 : Math.max(0, from - countOf(archive, tier.source));
  }
  return { docids, total: countOf(archive, everything) };
}

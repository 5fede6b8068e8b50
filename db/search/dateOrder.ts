/**
 * Date order, newest first. The dates live in search_docs, so there are two ways to a page, and the count
 * (needed anyway) picks the cheaper:
 *   few matches  join each with its search_docs row and sort them, keeping only the page;
 *   many         walk search_docs by date (search_docs_updated) and keep the rows that match, stopping once
 *                the page is full: a word in half the archive fills a page within forty rows, where sorting
 *                would join all fifty thousand.
 * The walk first gathers the matching docids into SQLite's in-memory set, which costs about what a join of
 * the same rows would; past SORT_MAX matches the walk's short scan wins, below it the sort's small join does.
 */
import type { Archive } from '../archive';
import { cachedStatement } from '../statements';
import type { FtsExpressions } from './ftsQuery';
import type { RankedDocid } from './relevance';
import { countOf, exactAmong, matchSource, type Filters } from './sources';

/** Measured on 100,000 articles: at 2,000 matches both take about 2 ms; at 25,000 the sort takes 18, the walk 10. */
const SORT_MAX = 2_000;

const ORDER = 'ORDER BY d.updated_at DESC, d.docid DESC LIMIT @limit OFFSET @offset';

function sortedPage(
  archive: Archive,
  expressions: FtsExpressions,
  filters: Filters,
  page: { offset: number; limit: number },
): number[] {
  const source = matchSource(expressions.match, filters, true);
  const sql = `SELECT d.docid FROM ${source.from} WHERE ${source.where.join(' AND ')} ${ORDER}`;
  return (cachedStatement(archive, sql).all({ ...source.params, ...page }) as Array<{ docid: number }>).map(
    (r) => r.docid,
  );
}

function walkedPage(
  archive: Archive,
  expressions: FtsExpressions,
  filters: Filters,
  page: { offset: number; limit: number },
): number[] {
  const source = matchSource(expressions.match, { conditions: [], params: {} });
  // `+d.docid` keeps SQLite from driving the query by the docid set (then it would sort), so it walks the dates.
  const sql = `SELECT d.docid FROM search_docs d INDEXED BY search_docs_updated
    WHERE +d.docid IN (SELECT f.rowid FROM ${source.from} WHERE ${source.where.join(' AND ')})
      ${filters.conditions.map((c) => `AND ${c}`).join(' ')}
    ${ORDER}`;
  return (
    cachedStatement(archive, sql).all({ ...source.params, ...filters.params, ...page }) as Array<{ docid: number }>
  ).map((r) => r.docid);
}

export function rankByDate(
  archive: Archive,
  expressions: FtsExpressions,
  filters: Filters,
  page: { offset: number; limit: number },
): { docids: RankedDocid[]; total: number } {
  const total = countOf(archive, matchSource(expressions.match, filters));
  if (page.offset >= total) return { docids: [], total };
  const docids = (total <= SORT_MAX ? sortedPage : walkedPage)(archive, expressions, filters, page);
  // Whether a hit matched exactly is asked only of the page's articles.
  const exact = expressions.exact === null ? null : exactAmong(archive, expressions.exact, docids);
  return { docids: docids.map((docid) => ({ docid, exact: exact === null || exact.has(docid) })), total };
}

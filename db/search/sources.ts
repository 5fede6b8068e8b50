/**
 * The FROM and WHERE of every search statement: which FTS table a set of articles is read from, the other
 * table's condition when a query needs both (ftsQuery.ts), and the date range, the one filter the FTS tables
 * cannot answer, on search_docs. Ranking (relevance.ts), date order (dateOrder.ts) and counting all build on
 * the same source, so they agree on what matches.
 */
import type { SearchRequest } from '../../core/search/schema';
import type { Archive } from '../archive';
import { cachedStatement } from '../statements';
import type { IndexMatch } from './ftsQuery';

export type SearchTable = 'search_stem' | 'search_exact';

export interface Source {
  /** The FTS table the rows come from, as `f`: bm25 is computed on it. */
  table: SearchTable;
  from: string;
  where: string[];
  params: Record<string, unknown>;
}

/** Conditions on the index row `d` (search_docs); none when the request has no date range. */
export interface Filters {
  conditions: string[];
  params: Record<string, unknown>;
}

/** The request's date range. Status, section and byline are FTS5 conditions (ftsQuery.ts). */
export function dateFilters(request: SearchRequest): Filters {
  const { updatedFrom, updatedTo } = request.filters;
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  // updated_at is stored as toISOString(); a bound given with another offset is brought to the same form.
  if (updatedFrom) {
    params.updatedFrom = new Date(updatedFrom).toISOString();
    conditions.push('d.updated_at >= @updatedFrom');
  }
  if (updatedTo) {
    params.updatedTo = new Date(updatedTo).toISOString();
    conditions.push('d.updated_at <= @updatedTo');
  }
  return { conditions, params };
}

/**
 * The articles matching `match` and the filters. With no filters the statement touches the FTS tables alone
 * (unless `join` asks for search_docs anyway, for its dates); with filters each match is joined with its
 * search_docs row `d`.
 */
export function matchSource(match: IndexMatch, filters: Filters, join = filters.conditions.length > 0): Source {
  const where: string[] = [];
  const params: Record<string, unknown> = { ...filters.params };
  let table: SearchTable;
  if (match.stem !== null) {
    table = 'search_stem';
    where.push('search_stem MATCH @stem');
    params.stem = match.stem;
    if (match.exact !== null) {
      where.push('f.rowid IN (SELECT rowid FROM search_exact WHERE search_exact MATCH @exactSide)');
      params.exactSide = match.exact;
    }
  } else {
    table = 'search_exact';
    where.push('search_exact MATCH @exactSide');
    params.exactSide = match.exact;
  }
  return {
    table,
    from: join ? `${table} f JOIN search_docs d ON d.docid = f.rowid` : `${table} f`,
    where: [...where, ...filters.conditions],
    params,
  };
}

/** `source` without the articles that match `exact` (an expression over search_exact). */
export function excluding(source: Source, exact: string): Source {
  return {
    ...source,
    where: [...source.where, 'f.rowid NOT IN (SELECT rowid FROM search_exact WHERE search_exact MATCH @notExact)'],
    params: { ...source.params, notExact: exact },
  };
}

export function countOf(archive: Archive, source: Source): number {
  const sql = `SELECT count(*) AS n FROM ${source.from} WHERE ${source.where.join(' AND ')}`;
  return (cachedStatement(archive, sql).get(source.params) as { n: number }).n;
}

/** Which of `docids` match the expression `exact` over search_exact. */
export function exactAmong(archive: Archive, exact: string, docids: readonly number[]): Set<number> {
  if (docids.length === 0) return new Set();
  const rows = cachedStatement(
    archive,
    'SELECT rowid FROM search_exact WHERE search_exact MATCH ? AND rowid IN (SELECT value FROM json_each(?))',
  ).all(exact, JSON.stringify(docids)) as Array<{ rowid: number }>;
  return new Set(rows.map((r) => r.rowid));
}

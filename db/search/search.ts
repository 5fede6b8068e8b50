/**
 * Running a search: the index ranks (or dates) every matching article and counts them, then the page's
 * articles are read and their snippets highlighted on the original text.
 */
import { parseSearchQuery, type ParsedQuery } from '../../core/search/query';
import { Highlighter } from '../../core/search/highlight';
import { SNIPPET_FIELDS, type SearchHit, type SearchRequest, type SearchResult } from '../../core/search/schema';
import type { Status } from '../../core/article/status';
import type { Archive } from '../connection';
import { cachedStatement } from '../statements';
import { BM25_WEIGHTS, EXACT_WEIGHTS, ftsExpressions, type FtsExpressions } from './ftsQuery';
import { CAPTIONS } from './indexSql';

interface RankedRow {
  id: string;
  exact: number;
}

interface PageRow {
  id: string;
  headline: string;
  standfirst: string;
  section: string;
  status: string;
  byline: string;
  updated_at: string;
  version: number;
  body_text: string;
  tags: string;
  captions: string | null;
}

type SnippetField = (typeof SNIPPET_FIELDS)[number];

/** The WHERE conditions on the index row `d` (search_docs) for the request's filters. */
function filterConditions(request: SearchRequest, params: Record<string, unknown>): string[] {
  const { status, section, updatedFrom, updatedTo } = request.filters;
  const conditions: string[] = [];
  if (status) {
    status.forEach((s, i) => (params[`status${i}`] = s));
    conditions.push(`d.status IN (${status.map((_, i) => `@status${i}`).join(', ')})`);
  }
  if (section !== undefined) {
    params.section = section;
    conditions.push('d.section = @section');
  }
  // updated_at is stored as toISOString(); a bound given with another offset is brought to the same form.
  if (updatedFrom) {
    params.updatedFrom = new Date(updatedFrom).toISOString();
    conditions.push('d.updated_at >= @updatedFrom');
  }
  if (updatedTo) {
    params.updatedTo = new Date(updatedTo).toISOString();
    conditions.push('d.updated_at <= @updatedTo');
  }
  return conditions;
}

/** Ranks (or dates) every match and returns the requested page's articles, with how many match in all. */
function rankPage(archive: Archive, query: ParsedQuery, request: SearchRequest): { ids: RankedRow[]; total: number } {
  const expressions = ftsExpressions(query, request.filters.byline);
  if (request.sort === 'date') return rankByDate(archive, expressions, request);
  const params: Record<string, unknown> = {};
  const conditions = filterConditions(request, params);
  const trashed = trashedDocids(archive);
  // The common case, no filters and a small trash, is asked of FTS5 alone (see rankByRelevance).
  const indexOnly = conditions.length === 0 && trashed.size <= MAX_TRASHED_OVERFETCH;
  return rankByRelevance(archive, expressions, request, indexOnly ? { trashed } : { conditions: [TRASH_CONDITION, ...conditions], params });
}

/** How a ranking leaves out trashed and filtered articles: by dropping the few trashed ones, or in SQL. */
type Exclusion = { trashed: Set<number> } | { conditions: string[]; params: Record<string, unknown> };

/** Trashed articles are never found; the set comes from the small partial index on trashed rows. */
const TRASH_CONDITION = 'd.article_id NOT IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL)';

/**
 * Past this many articles in the trash, leaving them in the ranking and dropping them afterwards costs more
 * than filtering every match through the trash in SQL.
 */
const MAX_TRASHED_OVERFETCH = 200;

function trashedDocids(archive: Archive): Set<number> {
  const rows = cachedStatement(
    archive,
    'SELECT d.docid FROM articles a JOIN search_docs d ON d.article_id = a.id WHERE a.trashed_at IS NOT NULL',
  ).all() as Array<{ docid: number }>;
  return new Set(rows.map((r) => r.docid));
}

/**
 * Relevance order. Ranking is the whole cost of a search on a big archive (bm25 is computed for every
 * matching article), so each ranking query asks as little as it can beside it. Exact matches form the first
 * tier and articles found only by a stem the second ("(match) NOT (exact)"), each tier ranked by its own
 * bm25: cheaper than ranking everything on both kinds of column, and no per-row "is it exact" test. With no
 * filters the queries touch FTS5 alone: trashed articles (few; see MAX_TRASHED_OVERFETCH) are fetched beyond
 * the page and dropped, which keeps the page exact. With filters, the index is joined with their columns.
 */
function rankByRelevance(archive: Archive, expressions: FtsExpressions, request: SearchRequest, exclusion: Exclusion) {
  const need = request.offset + request.limit;
  const tiers = expressions.exact
    ? [
        { match: expressions.exact, weights: EXACT_WEIGHTS, exact: 1 },
        { match: `(${expressions.match}) NOT (${expressions.exact})`, weights: BM25_WEIGHTS, exact: 0 },
      ]
    : [{ match: expressions.match, weights: BM25_WEIGHTS, exact: 1 }];
  const ranked: Array<{ docid: number; exact: number }> = [];
  for (const tier of tiers) {
    const rank = `ORDER BY bm25(search_fts, ${tier.weights.join(', ')}), f.rowid DESC LIMIT @n`;
    let rows: Array<{ docid: number }>;
    if ('trashed' in exclusion) {
      rows = cachedStatement(archive, `SELECT f.rowid AS docid FROM search_fts f WHERE search_fts MATCH @match ${rank}`).all({
        match: tier.match,
        n: need - ranked.length + exclusion.trashed.size,
      }) as Array<{ docid: number }>;
      rows = rows.filter((r) => !exclusion.trashed.has(r.docid));
    } else {
      rows = cachedStatement(
        archive,
        `SELECT d.docid FROM search_fts f JOIN search_docs d ON d.docid = f.rowid
         WHERE search_fts MATCH @match AND ${exclusion.conditions.join(' AND ')} ${rank}`,
      ).all({ ...exclusion.params, match: tier.match, n: need - ranked.length }) as Array<{ docid: number }>;
    }
    for (const { docid } of rows) ranked.push({ docid, exact: tier.exact });
    if (ranked.length >= need) break;
  }
  return { ids: articleIds(archive, ranked.slice(request.offset, need)), total: countMatches(archive, expressions.match, exclusion) };
}

function countMatches(archive: Archive, match: string, exclusion: Exclusion): number {
  if ('conditions' in exclusion) {
    const sql = `SELECT count(*) AS n FROM search_fts f JOIN search_docs d ON d.docid = f.rowid
      WHERE search_fts MATCH @match AND ${exclusion.conditions.join(' AND ')}`;
    return (cachedStatement(archive, sql).get({ ...exclusion.params, match }) as { n: number }).n;
  }
  const { n } = cachedStatement(archive, 'SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?').get(match) as { n: number };
  return exclusion.trashed.size === 0 ? n : n - matchingAmong(archive, match, [...exclusion.trashed]).length;
}

/** Which of `docids` match the FTS5 expression `match`. */
function matchingAmong(archive: Archive, match: string, docids: readonly number[]): number[] {
  if (docids.length === 0) return [];
  const rows = cachedStatement(
    archive,
    'SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))',
  ).all(match, JSON.stringify(docids)) as Array<{ rowid: number }>;
  return rows.map((r) => r.rowid);
}

/** The articles behind index rows, in the rows' order. */
function articleIds(archive: Archive, rows: ReadonlyArray<{ docid: number; exact: number }>): RankedRow[] {
  if (rows.length === 0) return [];
  const found = cachedStatement(
    archive,
    'SELECT docid, article_id AS id FROM search_docs WHERE docid IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(rows.map((r) => r.docid))) as Array<{ docid: number; id: string }>;
  const ids = new Map(found.map((r) => [r.docid, r.id]));
  return rows.flatMap((r) => {
    const id = ids.get(r.docid);
    return id === undefined ? [] : [{ id, exact: r.exact }];
  });
}

/** Date order, newest first, in one pass over the index joined with the filter columns. */
function rankByDate(archive: Archive, expressions: FtsExpressions, request: SearchRequest): { ids: RankedRow[]; total: number } {
  const params: Record<string, unknown> = {};
  const conditions = [TRASH_CONDITION, ...filterConditions(request, params)];
  const rows = cachedStatement(
    archive,
    `SELECT d.docid, count(*) OVER () AS total FROM search_fts f JOIN search_docs d ON d.docid = f.rowid
     WHERE search_fts MATCH @match AND ${conditions.join(' AND ')}
     ORDER BY d.updated_at DESC, d.docid DESC LIMIT @limit OFFSET @offset`,
  ).all({ ...params, match: expressions.match, limit: request.limit, offset: request.offset }) as Array<{ docid: number; total: number }>;
  // A page past the end still reports how many there are.
  const total = rows[0]?.total ?? countMatches(archive, expressions.match, { conditions, params });
  // Whether a hit matched exactly is asked only of the page's articles.
  const docids = rows.map((r) => r.docid);
  const exact = expressions.exact === null ? null : new Set(matchingAmong(archive, expressions.exact, docids));
  return { ids: articleIds(archive, docids.map((docid) => ({ docid, exact: exact === null || exact.has(docid) ? 1 : 0 }))), total };
}

function readPage(archive: Archive, ids: readonly string[]): Map<string, PageRow> {
  if (ids.length === 0) return new Map();
  const rows = cachedStatement(
    archive,
    `SELECT a.id, a.headline, a.standfirst, a.section, a.status, a.byline, a.updated_at, a.version, a.body_text,
       a.tags, ${CAPTIONS} AS captions
     FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as PageRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

function snippetFor(row: PageRow, highlighter: Highlighter): SearchHit['snippet'] {
  const texts: Record<SnippetField, string> = {
    body: row.body_text,
    standfirst: row.standfirst,
    captions: row.captions ?? '',
    tags: (JSON.parse(row.tags) as string[]).join('، '),
    byline: row.byline,
  };
  return highlighter.snippet(SNIPPET_FIELDS.map((field) => ({ field, text: texts[field] }))) ?? { field: 'body', segments: [] };
}

export function searchArticles(archive: Archive, request: SearchRequest): SearchResult {
  const query = parseSearchQuery(request.query);
  const { ids, total } = rankPage(archive, query, request);
  const rows = readPage(archive, ids.map((r) => r.id));
  const highlighter = new Highlighter(query);
  const items: SearchHit[] = [];
  for (const ranked of ids) {
    const row = rows.get(ranked.id);
    if (!row) continue;
    items.push({
      id: row.id,
      headline: row.headline,
      section: row.section,
      status: row.status as Status,
      byline: row.byline,
      updatedAt: row.updated_at,
      version: row.version,
      match: ranked.exact ? 'exact' : 'stemmed',
      headlineSegments: highlighter.highlight(row.headline),
      snippet: snippetFor(row, highlighter),
    });
  }
  return { items, total };
}

/**
 * Running a search: one pass over the index ranks (or dates) every matching article and counts them, then
 * the page's articles are read and their snippets highlighted on the original text.
 */
import { parseSearchQuery, type ParsedQuery } from '../../core/search/query';
import { Highlighter } from '../../core/search/highlight';
import { SNIPPET_FIELDS, type SearchHit, type SearchRequest, type SearchResult } from '../../core/search/schema';
import type { Status } from '../../core/article/status';
import type { Archive } from '../connection';
import { cachedStatement } from '../statements';
import { BM25_WEIGHTS, ftsExpressions } from './ftsQuery';
import { CAPTIONS } from './indexSql';

interface RankedRow {
  id: string;
  exact: number;
  total: number;
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

/**
 * The WHERE conditions on the index row `d` (search_docs) for the request's filters. Articles in the trash
 * are never found (the set comes from the small partial index on trashed rows).
 */
function filterConditions(request: SearchRequest, params: Record<string, unknown>): string[] {
  const { status, section, updatedFrom, updatedTo } = request.filters;
  const conditions: string[] = ['d.article_id NOT IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL)'];
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

function rankPage(archive: Archive, query: ParsedQuery, request: SearchRequest): { ids: RankedRow[]; total: number } {
  const { match, exact } = ftsExpressions(query, request.filters.byline);
  const params: Record<string, unknown> = { match, limit: request.limit, offset: request.offset };
  const where = ['search_fts MATCH @match', ...filterConditions(request, params)].join(' AND ');
  let exactColumn = '1';
  if (exact) {
    params.exact = exact;
    exactColumn = 'f.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH @exact)';
  }
  const order = request.sort === 'date' ? 'updated_at DESC, docid DESC' : 'exact DESC, score, updated_at DESC, docid DESC';
  // bm25 is only available in the query that does the MATCH, so it is computed there and ranked outside.
  const ids = cachedStatement(
    archive,
    `SELECT id, exact, count(*) OVER () AS total FROM (
         SELECT d.article_id AS id, d.docid, d.updated_at, ${exactColumn} AS exact,
           ${request.sort === 'date' ? '0' : `bm25(search_fts, ${BM25_WEIGHTS.join(', ')})`} AS score
         FROM search_fts f JOIN search_docs d ON d.docid = f.rowid WHERE ${where})
       ORDER BY ${order} LIMIT @limit OFFSET @offset`,
  ).all(params) as RankedRow[];
  if (ids.length > 0) return { ids, total: (ids[0] as RankedRow).total };
  // A page past the end still reports how many there are.
  const { n } = cachedStatement(archive, `SELECT count(*) AS n FROM search_fts f JOIN search_docs d ON d.docid = f.rowid WHERE ${where}`).get(
    params,
  ) as { n: number };
  return { ids, total: n };
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

/**
 * Running a search: the index ranks (relevance.ts) or dates (dateOrder.ts) the matching articles and counts
 * them, then the page's articles are read and their snippets highlighted on the original text.
 */
import { parseSearchQuery } from '../../core/search/query';
import { Highlighter } from '../../core/search/highlight';
import {
  RANK_WINDOW,
  SNIPPET_FIELDS,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
} from '../../core/search/schema';
import type { Status } from '../../core/article/status';
import type { Archive } from '../archive';
import { cachedStatement } from '../statements';
import { rankByDate } from './dateOrder';
import { ftsExpressions } from './ftsQuery';
import { CAPTIONS } from './indexSql';
import { allMetadataNames } from '../metadataNames';
import { rankByRelevance, type RankedDocid, type RankOptions } from './relevance';
import { searchStemmer } from './stemmer';
import { dateFilters } from './sources';

interface PageRow {
  docid: number;
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
  metadata: string;
  captions: string | null;
}

type SnippetField = (typeof SNIPPET_FIELDS)[number];

/** The page's articles, by docid. */
function readPage(archive: Archive, docids: readonly RankedDocid[]): Map<number, PageRow> {
  if (docids.length === 0) return new Map();
  const rows = cachedStatement(
    archive,
    `SELECT d.docid, a.id, a.headline, a.standfirst, a.section, a.status, a.byline, a.updated_at, a.version,
       a.body_text, a.tags, a.metadata, ${CAPTIONS} AS captions
     FROM search_docs d JOIN articles a ON a.id = d.article_id
     WHERE d.docid IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(docids.map((r) => r.docid))) as PageRow[];
  return new Map(rows.map((r) => [r.docid, r]));
}

function snippetFor(row: PageRow, highlighter: Highlighter): SearchHit['snippet'] {
  const texts: Record<SnippetField, string> = {
    body: row.body_text,
    standfirst: row.standfirst,
    captions: row.captions ?? '',
    // import: subjects and genres are indexed with the tags, so a match there shows with them.
    tags: [...(JSON.parse(row.tags) as string[]), ...allMetadataNames(row.metadata)].join('، '),
    byline: row.byline,
  };
  return (
    highlighter.snippet(SNIPPET_FIELDS.map((field) => ({ field, text: texts[field] }))) ?? {
      field: 'body',
      segments: [],
    }
  );
}

export function searchArticles(
  archive: Archive,
  request: SearchRequest,
  options: RankOptions = { rankWindow: RANK_WINDOW },
): SearchResult {
  const stemmer = searchStemmer();
  const query = parseSearchQuery(request.query, stemmer);
  const expressions = ftsExpressions(query, request.filters);
  const filters = dateFilters(request);
  const page = { offset: request.offset, limit: request.limit };
  const { docids, total } =
    request.sort === 'date'
      ? rankByDate(archive, expressions, filters, page)
      : rankByRelevance(archive, expressions, filters, page, options);
  const rows = readPage(archive, docids);
  const highlighter = new Highlighter(query, stemmer);
  const items: SearchHit[] = [];
  for (const ranked of docids) {
    const row = rows.get(ranked.docid);
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

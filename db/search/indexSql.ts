/**
 * The search index since migration 8, and the SQL that keeps it in step with `articles` and `media`.
 * Triggers written into a file are frozen there: changing what they do later needs a new migration that drops
 * and recreates them (as migration 8 did to migration 3's, indexSqlV3.ts).
 *
 * Tables:
 *   search_docs   one row per article, trashed ones too: a stable integer docid (an article's own rowid may
 *                 change on VACUUM), the columns search filters on (status, section, updated_at), and the
 *                 document fingerprint.
 *   search_exact  FTS5 over each live article's normalised text, one column per field, and `facets`;
 *                 rowid = docid.
 *   search_stem   FTS5 over the same text light-stemmed word for word, the same columns; rowid = docid.
 *   facets        (a column of both) the article's status and section as one token each (FACET_MARK, a kind
 *                 letter, the value's UTF-8 in hex), so the status and section filters are FTS5 conditions
 *                 like the words: a filtered search or count never joins every match with search_docs.
 * Both are contentless (the text lives in `articles`; snippets are built from it), with contentless_delete so
 * a row can be replaced. A trashed article keeps its search_docs row (and so its docid) but has no text in
 * either table: search never finds it, and no query has to leave it out.
 *
 * Why two tables rather than migration 3's one table of twelve columns: a query on one table needs no column
 * filter, and FTS5 answers an unfiltered query from its doclists, where a column filter makes it read every
 * matching row's positions. Measured on 100,000 articles: counting a word found in 90% of them 8.7 → 3.6 ms,
 * ranking them 53 → 41 ms.
 */
import { SEARCH_DOCUMENT_FUNCTION, SEARCH_FIELDS } from './document';

/**
 * Starts every facet token: a private-use character, which FTS5's tokenizer keeps inside a token like a
 * letter and which text does not contain, so a facet token never matches a word.
 */
export const FACET_MARK = '\uE000';

/** The stemmed values follow the normalised ones in the search function's result; the fingerprint is last. */
const EXACT_VALUES = SEARCH_FIELDS.map((_, i) => `doc ->> '$[${i}]'`).join(', ');
const STEM_VALUES = SEARCH_FIELDS.map((_, i) => `doc ->> '$[${i + SEARCH_FIELDS.length}]'`).join(', ');
const FINGERPRINT = `doc ->> '$[${2 * SEARCH_FIELDS.length}]'`;
const COLUMNS = [...SEARCH_FIELDS, 'facets'].join(', ');
/** The facets column's text for article `a`; ftsQuery.ts writes the same tokens into a filter. */
const FACETS = `char(${FACET_MARK.codePointAt(0)}) || 's' || hex(a.status) || ' ' || char(${FACET_MARK.codePointAt(0)}) || 'c' || hex(a.section)`;

/** Media captions and credits of article `a`, in figure order. */
export const CAPTIONS = `(SELECT group_concat(m.caption || char(10) || m.credit, char(10) ORDER BY m.position)
    FROM media m WHERE m.article_id = a.id)`;
/** Migrations 8, 9 and 17 embed this six-field call in their SQL, so it stays as they were released. */
const DOCUMENT_V8 = `${SEARCH_DOCUMENT_FUNCTION}(a.headline, a.standfirst, a.body_text, ${CAPTIONS}, a.tags, a.byline)`;
// import: since migration 21 the article's subjects and genres (in `metadata`) are indexed with its tags.
export const DOCUMENT = `${SEARCH_DOCUMENT_FUNCTION}(a.headline, a.standfirst, a.body_text, ${CAPTIONS}, a.tags, a.byline, a.metadata)`;

const UPSERT_DOC = `ON CONFLICT (article_id) DO UPDATE SET status = excluded.status, section = excluded.section,
  updated_at = excluded.updated_at, fingerprint = excluded.fingerprint`;

/**
 * Drop article `id`'s index entry, then index it again if it still exists. The search function runs three
 * times for one article here, with the same arguments each time; it remembers its last answer, so the text is
 * normalised and stemmed once.
 */
export function reindexArticleSql(id: string): string {
  return reindexSqlWith(DOCUMENT, id);
}

/** reindexArticleSql as migrations 8 and 9 wrote it into their triggers (frozen). */
export function reindexArticleSqlV8(id: string): string {
  return reindexSqlWith(DOCUMENT_V8, id);
}

function reindexSqlWith(document: string, id: string): string {
  const live = `SELECT d.docid, ${document} AS doc, ${FACETS} AS facets FROM search_docs d JOIN articles a ON a.id = d.article_id
    WHERE a.id = ${id} AND a.trashed_at IS NULL`;
  return `
    DELETE FROM search_exact WHERE rowid = (SELECT docid FROM search_docs WHERE article_id = ${id});
    DELETE FROM search_stem WHERE rowid = (SELECT docid FROM search_docs WHERE article_id = ${id});
    DELETE FROM search_docs WHERE article_id = ${id} AND NOT EXISTS (SELECT 1 FROM articles WHERE id = ${id});
    INSERT INTO search_docs (article_id, status, section, updated_at, fingerprint)
      SELECT a.id, a.status, a.section, a.updated_at, ${document} ->> '$[${2 * SEARCH_FIELDS.length}]'
      FROM articles a WHERE a.id = ${id} ${UPSERT_DOC};
    INSERT INTO search_exact (rowid, ${COLUMNS}) SELECT docid, ${EXACT_VALUES}, facets FROM (${live});
    INSERT INTO search_stem (rowid, ${COLUMNS}) SELECT docid, ${STEM_VALUES}, facets FROM (${live});`;
}

/**
 * Index every article, into empty FTS tables. Each article's text goes through the search function once,
 * into a temporary table that both FTS tables and the fingerprints are filled from.
 */
export const INDEX_ALL_ARTICLES_SQL = indexAllSql(DOCUMENT);

function indexAllSql(document: string): string {
  return `
  CREATE TEMP TABLE search_index_load AS
    SELECT a.id AS article_id, a.status, a.section, a.updated_at, a.trashed_at IS NULL AS live, ${document} AS doc,
      ${FACETS} AS facets
    FROM articles a;
  INSERT INTO search_docs (article_id, status, section, updated_at, fingerprint)
    SELECT article_id, status, section, updated_at, ${FINGERPRINT} FROM temp.search_index_load WHERE true ${UPSERT_DOC};
  INSERT INTO search_exact (rowid, ${COLUMNS})
    SELECT d.docid, ${EXACT_VALUES}, l.facets FROM temp.search_index_load l JOIN search_docs d USING (article_id)
    WHERE l.live ORDER BY d.docid;
  INSERT INTO search_stem (rowid, ${COLUMNS})
    SELECT d.docid, ${STEM_VALUES}, l.facets FROM temp.search_index_load l JOIN search_docs d USING (article_id)
    WHERE l.live ORDER BY d.docid;
  DROP TABLE temp.search_index_load;`;
}

/** Merge each FTS table into one segment: after a bulk load, queries read one b-tree instead of many. */
export const OPTIMIZE_SEARCH_INDEX_SQL = `
  INSERT INTO search_exact (search_exact) VALUES ('optimize');
  INSERT INTO search_stem (search_stem) VALUES ('optimize');`;

const FTS_OPTIONS = `content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'`;

const ARTICLE_TRIGGERS = ['insert', 'update', 'rekey', 'delete'].map((t) => `search_article_${t}`);
const MEDIA_TRIGGERS = ['insert', 'update', 'move', 'delete'].map((t) => `search_media_${t}`);

export const SEARCH_INDEX_SPLIT_MIGRATION_SQL = `
  ${[...ARTICLE_TRIGGERS, ...MEDIA_TRIGGERS].map((t) => `DROP TRIGGER ${t};`).join('\n  ')}
  DROP TABLE search_fts;

  CREATE VIRTUAL TABLE search_exact USING fts5(${COLUMNS}, ${FTS_OPTIONS});
  CREATE VIRTUAL TABLE search_stem USING fts5(${COLUMNS}, ${FTS_OPTIONS});
  -- Date order walks this index newest first and stops once a page is full (dateOrder.ts).
  CREATE INDEX search_docs_updated ON search_docs (updated_at DESC, docid DESC);

  CREATE TRIGGER search_article_insert AFTER INSERT ON articles BEGIN ${reindexArticleSqlV8('NEW.id')} END;
  CREATE TRIGGER search_article_update
    AFTER UPDATE OF id, headline, standfirst, body_text, tags, byline, status, section, updated_at, trashed_at ON articles
    BEGIN ${reindexArticleSqlV8('NEW.id')} END;
  CREATE TRIGGER search_article_rekey AFTER UPDATE OF id ON articles WHEN OLD.id IS NOT NEW.id
    BEGIN ${reindexArticleSqlV8('OLD.id')} END;
  CREATE TRIGGER search_article_delete AFTER DELETE ON articles BEGIN ${reindexArticleSqlV8('OLD.id')} END;

  CREATE TRIGGER search_media_insert AFTER INSERT ON media BEGIN ${reindexArticleSqlV8('NEW.article_id')} END;
  CREATE TRIGGER search_media_update AFTER UPDATE OF article_id, position, caption, credit ON media
    BEGIN ${reindexArticleSqlV8('NEW.article_id')} END;
  CREATE TRIGGER search_media_move AFTER UPDATE OF article_id ON media WHEN OLD.article_id IS NOT NEW.article_id
    BEGIN ${reindexArticleSqlV8('OLD.article_id')} END;
  CREATE TRIGGER search_media_delete AFTER DELETE ON media BEGIN ${reindexArticleSqlV8('OLD.article_id')} END;

  ${indexAllSql(DOCUMENT_V8)}
  ${OPTIMIZE_SEARCH_INDEX_SQL}
`;

// stemming: the stemmed table rebuilt with the lexicon-guarded stemmer (db/search/stemmer.ts).
/**
 * Migration 17: every article's stemmed text again, with the stemmer of the day, and the fingerprints that
 * cover it; search_exact and the triggers are unchanged. Each article's document is computed once, into a
 * temporary table keyed by docid.
 */
export const SEARCH_RESTEM_MIGRATION_SQL = `
  CREATE TEMP TABLE search_restem (docid INTEGER PRIMARY KEY, live INTEGER, doc TEXT, facets TEXT);
  INSERT INTO temp.search_restem (docid, live, doc, facets)
    SELECT d.docid, a.trashed_at IS NULL, ${DOCUMENT_V8}, ${FACETS}
    FROM search_docs d JOIN articles a ON a.id = d.article_id;
  INSERT INTO search_stem (search_stem) VALUES ('delete-all');
  UPDATE search_docs SET fingerprint = (SELECT ${FINGERPRINT} FROM temp.search_restem r WHERE r.docid = search_docs.docid)
    WHERE docid IN (SELECT docid FROM temp.search_restem);
  INSERT INTO search_stem (rowid, ${COLUMNS})
    SELECT docid, ${STEM_VALUES}, facets FROM temp.search_restem WHERE live ORDER BY docid;
  DROP TABLE temp.search_restem;
  INSERT INTO search_stem (search_stem) VALUES ('optimize');`;

// import: the articles with subjects or genres indexed again once their names join the document.
/**
 * Index again the articles `condition` (over `a`, articles) selects, with the current document: each one's
 * document computed once into a temporary table keyed by docid, then its rows in both FTS tables and its
 * fingerprint replaced. A trashed article gets a fingerprint and no text, as everywhere else.
 */
export function reindexArticlesWhereSql(condition: string): string {
  return `
  CREATE TEMP TABLE search_reindex (docid INTEGER PRIMARY KEY, live INTEGER, doc TEXT, facets TEXT);
  INSERT INTO temp.search_reindex (docid, live, doc, facets)
    SELECT d.docid, a.trashed_at IS NULL, ${DOCUMENT}, ${FACETS}
    FROM search_docs d JOIN articles a ON a.id = d.article_id WHERE ${condition};
  DELETE FROM search_exact WHERE rowid IN (SELECT docid FROM temp.search_reindex);
  DELETE FROM search_stem WHERE rowid IN (SELECT docid FROM temp.search_reindex);
  UPDATE search_docs SET fingerprint = (SELECT ${FINGERPRINT} FROM temp.search_reindex r WHERE r.docid = search_docs.docid)
    WHERE docid IN (SELECT docid FROM temp.search_reindex);
  INSERT INTO search_exact (rowid, ${COLUMNS})
    SELECT docid, ${EXACT_VALUES}, facets FROM temp.search_reindex WHERE live ORDER BY docid;
  INSERT INTO search_stem (rowid, ${COLUMNS})
    SELECT docid, ${STEM_VALUES}, facets FROM temp.search_reindex WHERE live ORDER BY docid;
  DROP TABLE temp.search_reindex;`;
}

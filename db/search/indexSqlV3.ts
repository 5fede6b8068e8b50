/**
 * Migration 3's search index, frozen as released: one FTS5 table, search_fts, holding the normalised and the
 * stemmed columns side by side. Migration 8 replaces it (indexSql.ts); this file stays so that a file older
 * than version 3 still takes every step in order. Never edit it: a change is a new migration.
 *
 * Tables:
 *   search_docs  one row per article: a stable integer docid (an article's own rowid may change on VACUUM),
 *                the columns search filters on (status, section, updated_at), and the document fingerprint.
 *   search_fts   FTS5, contentless (the text lives in `articles`; snippets are built from it), with
 *                contentless_delete so a row can be replaced; rowid = search_docs.docid.
 */
import { SEARCH_DOCUMENT_FUNCTION } from './document';

// The column names as released; the search function's first twelve values fill them in this order.
const FIELDS = ['headline', 'standfirst', 'body', 'captions', 'tags', 'byline'];
const FTS_COLUMNS = [...FIELDS, ...FIELDS.map((f) => `${f}_stem`)];

/** Media captions and credits of article `a`, in figure order. */
const CAPTIONS = `(SELECT group_concat(m.caption || char(10) || m.credit, char(10) ORDER BY m.position)
    FROM media m WHERE m.article_id = a.id)`;
const DOCUMENT = `${SEARCH_DOCUMENT_FUNCTION}(a.headline, a.standfirst, a.body_text, ${CAPTIONS}, a.tags, a.byline)`;

/** Index (or re-index) the articles `a` selected by `where`; `where` may be empty for all of them. */
function indexArticlesSql(where: string): string {
  const columns = FTS_COLUMNS.map((_, i) => `doc ->> '$[${i}]'`).join(', ');
  return `
    INSERT INTO search_docs (article_id, status, section, updated_at, fingerprint)
      SELECT a.id, a.status, a.section, a.updated_at, ${DOCUMENT} ->> '$[${FTS_COLUMNS.length}]'
      FROM articles a WHERE ${where || 'true'}
      ON CONFLICT (article_id) DO UPDATE SET status = excluded.status, section = excluded.section,
        updated_at = excluded.updated_at, fingerprint = excluded.fingerprint;
    INSERT INTO search_fts (rowid, ${FTS_COLUMNS.join(', ')})
      SELECT docid, ${columns}
      FROM (SELECT d.docid, ${DOCUMENT} AS doc FROM search_docs d JOIN articles a ON a.id = d.article_id
            WHERE ${where || 'true'});`;
}

/** Drop article `id`'s index entry, then index it again if it still exists. */
function reindexArticleSql(id: string): string {
  return `
    DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_docs WHERE article_id = ${id});
    DELETE FROM search_docs WHERE article_id = ${id} AND NOT EXISTS (SELECT 1 FROM articles WHERE id = ${id});
    ${indexArticlesSql(`a.id = ${id}`)}`;
}

const INDEX_ALL_ARTICLES_SQL = indexArticlesSql('');

export const SEARCH_INDEX_V3_SQL = `
  CREATE TABLE search_docs (
    docid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    section TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    fingerprint TEXT NOT NULL
  ) STRICT;

  CREATE VIRTUAL TABLE search_fts USING fts5(
    ${FTS_COLUMNS.join(', ')},
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
  );

  CREATE TRIGGER search_article_insert AFTER INSERT ON articles BEGIN ${reindexArticleSql('NEW.id')} END;
  CREATE TRIGGER search_article_update
    AFTER UPDATE OF id, headline, standfirst, body_text, tags, byline, status, section, updated_at ON articles
    BEGIN ${reindexArticleSql('NEW.id')} END;
  CREATE TRIGGER search_article_rekey AFTER UPDATE OF id ON articles WHEN OLD.id IS NOT NEW.id
    BEGIN ${reindexArticleSql('OLD.id')} END;
  CREATE TRIGGER search_article_delete AFTER DELETE ON articles BEGIN ${reindexArticleSql('OLD.id')} END;

  CREATE TRIGGER search_media_insert AFTER INSERT ON media BEGIN ${reindexArticleSql('NEW.article_id')} END;
  CREATE TRIGGER search_media_update AFTER UPDATE OF article_id, position, caption, credit ON media
    BEGIN ${reindexArticleSql('NEW.article_id')} END;
  CREATE TRIGGER search_media_move AFTER UPDATE OF article_id ON media WHEN OLD.article_id IS NOT NEW.article_id
    BEGIN ${reindexArticleSql('OLD.article_id')} END;
  CREATE TRIGGER search_media_delete AFTER DELETE ON media BEGIN ${reindexArticleSql('OLD.article_id')} END;

  ${INDEX_ALL_ARTICLES_SQL}
`;

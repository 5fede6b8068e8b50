/**
 * Migration 21: an article's subjects and genres are searchable. Their names (or a code that has
 * no name) are indexed with the article's tags, so a search for «اقتصاد» or "economy" finds an article an
 * agency classified so, with the same folding and stemming as every other word; the FTS tables keep their
 * columns, so no query changes and search costs what it did.
 *
 * The triggers embed the document call (indexSql.ts), so all eight are written again with the call that
 * passes `metadata`, and the article trigger now fires when `metadata` changes (a subject edited in the
 * metadata panel). Only the articles that have a subject or genre are indexed again: every other article's
 * document, and so its fingerprint, is what it was. The SQL is frozen in the migration like migration 8's.
 */
import { pausedMediaTriggersSql } from './indexPause';
import { reindexArticleSql, reindexArticlesWhereSql } from './indexSql';

const ARTICLE_TRIGGERS = ['insert', 'update', 'rekey', 'delete'].map((t) => `search_article_${t}`);
const MEDIA_TRIGGERS = ['insert', 'update', 'move', 'delete'].map((t) => `search_media_${t}`);

/** Articles whose metadata lists at least one subject or genre (db/articleMetadata.ts). */
export const CLASSIFIED = `json_array_length(a.metadata, '$.classification') > 0`;

export const SEARCH_CLASSIFICATION_MIGRATION_SQL = `
  ${[...ARTICLE_TRIGGERS, ...MEDIA_TRIGGERS].map((t) => `DROP TRIGGER ${t};`).join('\n  ')}

  CREATE TRIGGER search_article_insert AFTER INSERT ON articles BEGIN ${reindexArticleSql('NEW.id')} END;
  CREATE TRIGGER search_article_update
    AFTER UPDATE OF id, headline, standfirst, body_text, tags, byline, status, section, updated_at, trashed_at, metadata
    ON articles
    BEGIN ${reindexArticleSql('NEW.id')} END;
  CREATE TRIGGER search_article_rekey AFTER UPDATE OF id ON articles WHEN OLD.id IS NOT NEW.id
    BEGIN ${reindexArticleSql('OLD.id')} END;
  CREATE TRIGGER search_article_delete AFTER DELETE ON articles BEGIN ${reindexArticleSql('OLD.id')} END;
${pausedMediaTriggersSql(reindexArticleSql)}
  ${reindexArticlesWhereSql(CLASSIFIED)}
`;

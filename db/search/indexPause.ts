/**
 * Migration 9: one index pass per article when many pictures arrive at once. Migration 8's media triggers
 * re-index the whole article (captions included) at every picture inserted, so an import of 10,000
 * caption-only pictures re-read every caption 10,000 times (268 s). The triggers now skip an article named in
 * `search_paused`; an import names it, inserts the pictures, and indexes the article once
 * (`withSearchPaused`). The SQL below is frozen in the migration like migration 8's.
 */
import type { Archive } from '../archive';
import { reindexArticleSql, reindexArticleSqlV8 } from './indexSql';

const notPaused = (id: string) => `NOT EXISTS (SELECT 1 FROM search_paused WHERE article_id = ${id})`;

export const SEARCH_PAUSE_MIGRATION_SQL = `
  CREATE TABLE search_paused (article_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
  DROP TRIGGER search_media_insert;
  DROP TRIGGER search_media_update;
  DROP TRIGGER search_media_move;
  DROP TRIGGER search_media_delete;
${pausedMediaTriggersSql(reindexArticleSqlV8)}`;

/**
 * The media triggers that skip a paused article, each re-indexing with `reindex`: migration 9 wrote them with
 * migration 8's document, migration 21 (classificationIndex.ts) again with the current one.
 */
export function pausedMediaTriggersSql(reindex: (id: string) => string): string {
  return `  CREATE TRIGGER search_media_insert AFTER INSERT ON media WHEN ${notPaused('NEW.article_id')}
    BEGIN ${reindex('NEW.article_id')} END;
  CREATE TRIGGER search_media_update AFTER UPDATE OF article_id, position, caption, credit ON media
    WHEN ${notPaused('NEW.article_id')}
    BEGIN ${reindex('NEW.article_id')} END;
  CREATE TRIGGER search_media_move AFTER UPDATE OF article_id ON media
    WHEN OLD.article_id IS NOT NEW.article_id AND ${notPaused('OLD.article_id')}
    BEGIN ${reindex('OLD.article_id')} END;
  CREATE TRIGGER search_media_delete AFTER DELETE ON media WHEN ${notPaused('OLD.article_id')}
    BEGIN ${reindex('OLD.article_id')} END;
`;
}

/**
 * Runs `work` (inside the caller's transaction) with the media triggers quiet for `articleId`, then indexes
 * that article once. A failure rolls the pause back with everything else.
 */
export function withSearchPaused<T>(archive: Archive, articleId: string, work: () => T): T {
  archive.prepare('INSERT OR IGNORE INTO search_paused (article_id) VALUES (?)').run(articleId);
  const result = work();
  archive.prepare('DELETE FROM search_paused WHERE article_id = ?').run(articleId);
  for (const sql of reindexArticleSql('@id').split(';')) {
    if (sql.trim()) archive.prepare(sql).run({ id: articleId });
  }
  return result;
}

/**
 * Migration 18 (newsroom sync): the trash travels. Moving an article to the trash or restoring it
 * is a decision recorded in `sync_trash` (the latest one per article, with its time) and queued in the
 * outbox as an `event:` document of kind `trash`; a pulled decision applies only when it is later than the
 * one recorded here, so every workstation ends with the same, latest, decision. Nothing is deleted: the
 * article and its revisions stay on the server whatever the trash says. Frozen once released.
 */

/** True while sync itself writes (see migrationSql.ts). */
const NOT_APPLYING = 'NOT EXISTS (SELECT 1 FROM sync_applying)';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

const QUEUE = `INSERT OR IGNORE INTO sync_outbox (kind, ref, payload)
      SELECT 'trash', article_id || '@' || at, json_object('articleId', article_id, 'trashed', trashed, 'at', at)
        FROM sync_trash`;

export const SYNC_TRASH_MIGRATION_SQL = `
  CREATE TABLE sync_trash (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    -- 1 in the trash, 0 restored
    trashed INTEGER NOT NULL,
    at TEXT NOT NULL
  ) STRICT;

  CREATE TRIGGER sync_outbox_trash AFTER UPDATE OF trashed_at ON articles
    WHEN ${NOT_APPLYING} AND OLD.trashed_at IS NOT NEW.trashed_at
    BEGIN
      INSERT INTO sync_trash (article_id, trashed, at)
        VALUES (NEW.id, NEW.trashed_at IS NOT NULL, coalesce(NEW.trashed_at, ${NOW}))
        ON CONFLICT (article_id) DO UPDATE SET trashed = excluded.trashed, at = excluded.at;
      ${QUEUE} WHERE article_id = NEW.id;
    END;

  -- What is in the trash already travels at the next sync.
  INSERT INTO sync_trash (article_id, trashed, at) SELECT id, 1, trashed_at FROM articles WHERE trashed_at IS NOT NULL;
  ${QUEUE};
`;

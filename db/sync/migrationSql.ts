/**
 * Migration 12 (newsroom sync): the outbox, the revision graph, the heads with the server's
 * `_rev`, the checkpoint, the pictures the server holds, and the conflicted flag. Frozen once released:
 * a change is a new migration. See docs/sync.md, "The local side".
 */

/** The article columns whose change is a change of the article that must travel. */
const ARTICLE_CONTENT_COLUMNS =
  'slug, headline, standfirst, section, tags, byline, dateline_city, dateline_agency, language, status, urgency, embargo_until, ed_note, body, updated_at';

/** True while sync itself writes (a row there only inside sync's own transaction). */
const NOT_APPLYING = 'NOT EXISTS (SELECT 1 FROM sync_applying)';

export const SYNC_MIGRATION_SQL = `
  ALTER TABLE articles ADD COLUMN conflicted INTEGER NOT NULL DEFAULT 0;

  CREATE TABLE sync_applying (one INTEGER PRIMARY KEY) STRICT;

  CREATE TABLE sync_revisions (
    seq INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    rev_id TEXT NOT NULL,
    parents TEXT NOT NULL,
    author TEXT NOT NULL,
    author_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    label TEXT NOT NULL,
    headline TEXT NOT NULL,
    doc TEXT NOT NULL,
    -- 0 waiting to be sent, 1 on the server, 2 refused by it (kept, reported, not sent again)
    sent INTEGER NOT NULL DEFAULT 0
  ) STRICT;
  CREATE UNIQUE INDEX sync_revisions_id ON sync_revisions (article_id, rev_id);
  CREATE INDEX sync_revisions_unsent ON sync_revisions (seq) WHERE sent = 0;

  CREATE TABLE sync_heads (
    article_id TEXT PRIMARY KEY,
    heads TEXT NOT NULL,
    base TEXT,
    remote_rev TEXT,
    -- the status the server's article: document holds (a conflicted article's head keeps it: see push.ts)
    remote_status TEXT,
    -- 0 the server has these heads, 1 its article: document must be updated, 2 it refused the update
    dirty INTEGER NOT NULL DEFAULT 0
  ) STRICT;
  CREATE INDEX sync_heads_dirty ON sync_heads (article_id) WHERE dirty = 1;

  CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    payload TEXT,
    refused TEXT,
    UNIQUE (kind, ref)
  ) STRICT;

  -- Comments and events that arrived before their article or thread, applied as soon as it is here.
  CREATE TABLE sync_parked (doc_id TEXT PRIMARY KEY, doc TEXT NOT NULL) STRICT;

  CREATE TABLE sync_checkpoint (remote TEXT PRIMARY KEY, since TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
  CREATE TABLE sync_pictures (sha256 TEXT PRIMARY KEY) STRICT;
  CREATE TABLE sync_media_sha (media_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL) STRICT;
  CREATE INDEX sync_media_sha_sha ON sync_media_sha (sha256);

  CREATE TRIGGER sync_outbox_article_insert AFTER INSERT ON articles WHEN ${NOT_APPLYING}
    BEGIN INSERT INTO sync_outbox (kind, ref) VALUES ('article', NEW.id)
      ON CONFLICT (kind, ref) DO UPDATE SET refused = NULL; END;
  CREATE TRIGGER sync_outbox_article_update AFTER UPDATE OF ${ARTICLE_CONTENT_COLUMNS} ON articles WHEN ${NOT_APPLYING}
    BEGIN INSERT INTO sync_outbox (kind, ref) VALUES ('article', NEW.id)
      ON CONFLICT (kind, ref) DO UPDATE SET refused = NULL; END;
  CREATE TRIGGER sync_outbox_comment AFTER INSERT ON comments WHEN ${NOT_APPLYING}
    BEGIN INSERT OR IGNORE INTO sync_outbox (kind, ref) VALUES ('comment', NEW.id); END;
  CREATE TRIGGER sync_outbox_status AFTER INSERT ON review_status_changes WHEN ${NOT_APPLYING}
    BEGIN INSERT OR IGNORE INTO sync_outbox (kind, ref) VALUES ('event', NEW.id); END;
  CREATE TRIGGER sync_outbox_thread AFTER UPDATE OF resolved ON comment_threads
    WHEN ${NOT_APPLYING} AND OLD.resolved IS NOT NEW.resolved AND NEW.status_at IS NOT NULL
    BEGIN INSERT OR IGNORE INTO sync_outbox (kind, ref, payload) VALUES ('thread', NEW.id || '@' || NEW.status_at,
      json_object('threadId', NEW.id, 'articleId', NEW.article_id, 'resolved', NEW.resolved,
        'name', NEW.status_by_name, 'role', NEW.status_by_role, 'at', NEW.status_at)); END;

  -- What the archive holds already travels at the first sync.
  INSERT OR IGNORE INTO sync_outbox (kind, ref) SELECT 'article', id FROM articles ORDER BY created_at;
  INSERT OR IGNORE INTO sync_outbox (kind, ref) SELECT 'comment', id FROM comments ORDER BY created_at;
  INSERT OR IGNORE INTO sync_outbox (kind, ref) SELECT 'event', id FROM review_status_changes ORDER BY at;
`;

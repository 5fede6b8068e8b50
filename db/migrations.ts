/**
 * The archive's schema history: an ordered list, one step per schema version (PRAGMA user_version). A step
 * is never edited once released; a change is a new step at the end. Each runs in its own transaction.
 */
import { SEARCH_INDEX_SPLIT_MIGRATION_SQL, SEARCH_RESTEM_MIGRATION_SQL } from './search/indexSql';
import { SEARCH_INDEX_V3_SQL } from './search/indexSqlV3';
import { SYNC_MIGRATION_SQL } from './sync/migrationSql';
import { SEARCH_PAUSE_MIGRATION_SQL } from './search/indexPause';
// newsroom sync: the trash travels
import { SYNC_TRASH_MIGRATION_SQL } from './sync/trashSql';
import { SYNC_SERVER_MARK_MIGRATION_SQL } from './sync/serverMarkSql';
// import: subjects and genres searchable
import { SEARCH_CLASSIFICATION_MIGRATION_SQL } from './search/classificationIndex';
// agency entities: pulled articles get the metadata sync never applied
import { SYNC_METADATA_REPAIR_MIGRATION_SQL } from './sync/metadataRepairSql';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, media, revisions and settings',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL DEFAULT '',
        headline TEXT NOT NULL DEFAULT '',
        standfirst TEXT NOT NULL DEFAULT '',
        section TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        byline TEXT NOT NULL DEFAULT '',
        dateline_city TEXT NOT NULL DEFAULT '',
        dateline_agency TEXT,
        language TEXT NOT NULL DEFAULT 'ar',
        status TEXT NOT NULL DEFAULT 'draft',
        urgency INTEGER NOT NULL DEFAULT 5 CHECK (urgency BETWEEN 1 AND 9),
        embargo_until TEXT,
        ed_note TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        body_text TEXT NOT NULL DEFAULT '',
        word_count INTEGER NOT NULL DEFAULT 0,
        char_count INTEGER NOT NULL DEFAULT 0,
        char_count_with_harakat INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX articles_updated ON articles (updated_at DESC);

      CREATE TABLE media (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        mime TEXT,
        width INTEGER,
        height INTEGER,
        bytes BLOB,
        caption TEXT NOT NULL DEFAULT '',
        credit TEXT NOT NULL DEFAULT '',
        alt TEXT NOT NULL DEFAULT '',
        is_lead INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX media_article ON media (article_id, position);

      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        snapshot TEXT NOT NULL
      ) STRICT;
      CREATE INDEX revisions_article ON revisions (article_id, id);

      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    `,
  },
  // --- archive area ---
  {
    version: 2,
    description: 'trash, one lead picture per article, indexes for the live list and the trash',
    sql: `
      ALTER TABLE articles ADD COLUMN trashed_at TEXT;
      -- The archive list reads only live articles, newest first; the trash reads the others.
      DROP INDEX articles_updated;
      CREATE INDEX articles_live ON articles (updated_at DESC, id) WHERE trashed_at IS NULL;
      CREATE INDEX articles_trash ON articles (trashed_at DESC, id) WHERE trashed_at IS NOT NULL;

      -- At most one lead picture per article, enforced by the file itself (the code keeps exactly one).
      UPDATE media SET is_lead = 0
        WHERE is_lead = 1 AND rowid NOT IN (SELECT min(rowid) FROM media WHERE is_lead = 1 GROUP BY article_id);
      CREATE UNIQUE INDEX media_one_lead ON media (article_id) WHERE is_lead = 1;
    `,
  },
  // search: the FTS5 index over normalised and stemmed text, kept in step by triggers
  {
    version: 3,
    description: 'search index: search_docs, search_fts and the triggers that keep them in step',
    sql: SEARCH_INDEX_V3_SQL,
  },
  // review: status history, comment threads, the suggestion ledger, the hand-off base
  {
    version: 6,
    description: 'review: status changes, comment threads and comments, suggestion ledger, review hand-off base',
    sql: `
      CREATE TABLE review_status_changes (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        by_name TEXT NOT NULL,
        by_role TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX review_status_changes_article ON review_status_changes (article_id, at);

      CREATE TABLE comment_threads (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        mark_id TEXT NOT NULL,
        quote TEXT NOT NULL DEFAULT '',
        resolved INTEGER NOT NULL DEFAULT 0,
        status_by_name TEXT,
        status_by_role TEXT,
        status_at TEXT
      ) STRICT;
      CREATE INDEX comment_threads_article ON comment_threads (article_id);

      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES comment_threads (id) ON DELETE CASCADE,
        author_name TEXT NOT NULL,
        author_role TEXT NOT NULL,
        created_at TEXT NOT NULL,
        text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX comments_thread ON comments (thread_id, created_at);

      CREATE TABLE suggestion_ledger (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        author_name TEXT NOT NULL,
        author_role TEXT NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL,
        decided_by_name TEXT,
        decided_by_role TEXT,
        decided_at TEXT
      ) STRICT;
      CREATE INDEX suggestion_ledger_article ON suggestion_ledger (article_id, created_at);

      CREATE TABLE review_sync (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        base_updated_at TEXT NOT NULL,
        base TEXT NOT NULL
      ) STRICT;
    `,
  },
  // review: where a plain field's commented words started
  {
    version: 7,
    description: 'review: the offset of a headline, standfirst or caption comment’s quote',
    sql: `ALTER TABLE comment_threads ADD COLUMN quote_offset INTEGER;`,
  },
  // search: normalised and stemmed text in two FTS5 tables, trashed articles left out of both
  {
    version: 8,
    description: 'search index: search_exact and search_stem replace search_fts; the trash is not indexed',
    sql: SEARCH_INDEX_SPLIT_MIGRATION_SQL,
  },
  // hostile inputs: an article's pictures inserted together are indexed once, not once each
  {
    version: 9,
    description: 'search index: media triggers skip an article whose pictures are being inserted together',
    sql: SEARCH_PAUSE_MIGRATION_SQL,
  },
  // import: what agencies' files carry besides the editable fields, and pictures' renditions
  {
    version: 10,
    description: 'import: rights, classification, source dates, media references, dateline parts; renditions',
    sql: `
      -- One JSON object of the optional fields (rights, classification, source, references, the dateline's
      -- country, date, credit and written form); '{}' for an article that has none of them.
      ALTER TABLE articles ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}';
      -- A picture's files at the agency (address, size, type), kept when its bytes were not in the file.
      ALTER TABLE media ADD COLUMN renditions TEXT NOT NULL DEFAULT '[]';
    `,
  },
  // proofing: words a person added to the dictionary or chose to ignore
  {
    version: 11,
    description: 'proofing: words added to the dictionary or ignored, kept in the archive',
    sql: `
      CREATE TABLE proofing_words (
        word TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('add', 'ignore')),
        added_at TEXT NOT NULL
      ) STRICT;
    `,
  },
  // newsroom sync: outbox, revision graph, heads, checkpoint, conflicted flag
  {
    version: 12,
    description: 'newsroom sync: outbox, revision graph, heads and remote revisions, checkpoint, conflicted flag',
    sql: SYNC_MIGRATION_SQL,
  },
  // stemming: the stemmed index rebuilt with stacked clitics, endings and broken plurals
  {
    version: 17,
    description: 'search index: search_stem rebuilt by the lexicon-guarded stemmer',
    sql: SEARCH_RESTEM_MIGRATION_SQL,
  },
  // newsroom sync: moving to the trash and restoring travel as events
  {
    version: 18,
    description: 'newsroom sync: the latest trash decision per article, queued for the server',
    sql: SYNC_TRASH_MIGRATION_SQL,
  },
  // import: subjects' and genres' names indexed with the tags; the triggers follow `metadata`
  {
    version: 21,
    description: 'search index: subjects and genres searchable; classified articles indexed again',
    sql: SEARCH_CLASSIFICATION_MIGRATION_SQL,
  },
  // newsroom sync: each archive's mark on the server, to notice a database restored or made again
  {
    version: 25,
    description: 'newsroom sync: the mark this archive leaves on the server, to notice a restored database',
    sql: SYNC_SERVER_MARK_MIGRATION_SQL,
  },
  // agency entities: an article pulled before sync applied metadata takes it from its revisions
  {
    version: 26,
    description:
      'newsroom sync: pulled articles take the rights, subjects, source dates and media their revisions hold',
    sql: SYNC_METADATA_REPAIR_MIGRATION_SQL,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

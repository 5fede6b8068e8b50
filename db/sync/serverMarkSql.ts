/**
 * Migration 25 (newsroom sync): the mark each archive leaves on the server, so it notices when the newsroom
 * database was restored from a backup or deleted and made again (serverMark.ts). Frozen once released.
 */
export const SYNC_SERVER_MARK_MIGRATION_SQL = `
  CREATE TABLE sync_server_mark (
    remote TEXT PRIMARY KEY,
    -- this archive's own _local document on that database (never replicated, never in a backup by replication)
    doc_id TEXT NOT NULL,
    -- the mark last known to be written there, and the one being written (a kill between them leaves either)
    confirmed TEXT,
    pending TEXT,
    -- when this archive last found the database restored or made again, and started over with it
    restarted_at TEXT
  ) STRICT;
`;

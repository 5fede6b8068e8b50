/**
 * The sync tables of migration 12, read and written: the revision graph, each article's heads, the outbox,
 * the checkpoint. Callers hold the transaction; nothing here deletes a revision.
 */
import type { RevDoc } from '../../core/sync/documents';
import type { RevLookup, RevNode } from '../../core/sync/merge';
import type { Archive } from '../archive';
import { cachedStatement } from '../statements';

export interface Heads {
  heads: string[];
  /** The revision the local article's content is (the one it was last saved as or took from the server). */
  base: string | null;
  remoteRev: string | null;
  remoteStatus: string | null;
  dirty: 0 | 1 | 2;
}

export function getHeads(archive: Archive, articleId: string): Heads | null {
  const row = cachedStatement(
    archive,
    'SELECT heads, base, remote_rev, remote_status, dirty FROM sync_heads WHERE article_id = ?',
  ).get(articleId) as
    | {
        heads: string;
        base: string | null;
        remote_rev: string | null;
        remote_status: string | null;
        dirty: 0 | 1 | 2;
      }
    | undefined;
  if (!row) return null;
  return {
    heads: JSON.parse(row.heads) as string[],
    base: row.base,
    remoteRev: row.remote_rev,
    remoteStatus: row.remote_status,
    dirty: row.dirty,
  };
}

export function setHeads(archive: Archive, articleId: string, heads: Heads): void {
  cachedStatement(
    archive,
    `INSERT INTO sync_heads (article_id, heads, base, remote_rev, remote_status, dirty) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET heads = excluded.heads, base = excluded.base,
         remote_rev = excluded.remote_rev, remote_status = excluded.remote_status, dirty = excluded.dirty`,
  ).run(articleId, JSON.stringify(heads.heads), heads.base, heads.remoteRev, heads.remoteStatus, heads.dirty);
}

/** Adds a revision this archive lacks; true when it was new. A known one is never rewritten. */
export function insertRevision(archive: Archive, doc: RevDoc, sent: boolean): boolean {
  // A revision made here (not yet sent) says it carries the whole metadata column: receivers then never fill
  // its gaps from the parent (olderRevisions.ts), so a subject or rights removed here stay removed. Set here,
  // once, so no builder of a revision can forget it; a pulled revision (sent) keeps what its author wrote.
  const { _id, _rev: _r, ...stored } = sent ? doc : { ...doc, metadataKept: true as const };
  const result = cachedStatement(
    archive,
    `INSERT INTO sync_revisions (article_id, rev_id, parents, author, author_name, created_at, label, headline, doc, sent)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, rev_id) DO NOTHING`,
  ).run(
    doc.articleId,
    doc.revId,
    JSON.stringify(doc.parents),
    doc.author,
    doc.authorName,
    doc.createdAt,
    doc.label,
    doc.fields.headline,
    JSON.stringify({ _id, ...stored }),
    sent ? 1 : 0,
  );
  if (result.changes === 0 && sent) markRevisionSent(archive, doc.articleId, doc.revId, 1);
  return result.changes === 1;
}

export function markRevisionSent(archive: Archive, articleId: string, revId: string, sent: 1 | 2): void {
  cachedStatement(archive, 'UPDATE sync_revisions SET sent = ? WHERE article_id = ? AND rev_id = ? AND sent = 0').run(
    sent,
    articleId,
    revId,
  );
}

export function getRevision(archive: Archive, articleId: string, revId: string): RevDoc | null {
  const row = cachedStatement(archive, 'SELECT doc FROM sync_revisions WHERE article_id = ? AND rev_id = ?').get(
    articleId,
    revId,
  ) as { doc: string } | undefined;
  // Stored only after validation (pulled) or built here (made), so the shape is known.
  return row ? (JSON.parse(row.doc) as RevDoc) : null;
}

export function hasRevision(archive: Archive, articleId: string, revId: string): boolean {
  return !!cachedStatement(archive, 'SELECT 1 FROM sync_revisions WHERE article_id = ? AND rev_id = ?').get(
    articleId,
    revId,
  );
}

/** The article's revision graph as core/sync/merge walks it, read on demand. */
export function revisionLookup(archive: Archive, articleId: string): RevLookup {
  const cache = new Map<string, RevNode | undefined>();
  const statement = cachedStatement(
    archive,
    'SELECT parents, created_at FROM sync_revisions WHERE article_id = ? AND rev_id = ?',
  );
  return (revId) => {
    if (!cache.has(revId)) {
      const row = statement.get(articleId, revId) as { parents: string; created_at: string } | undefined;
      cache.set(revId, row && { revId, parents: JSON.parse(row.parents) as string[], createdAt: row.created_at });
    }
    return cache.get(revId);
  };
}

/** Runs `write` with the outbox triggers quiet: what sync applies came from the server and must not go back. */
export function whileApplying<T>(archive: Archive, write: () => T): T {
  return archive
    .transaction(() => {
      cachedStatement(archive, 'INSERT INTO sync_applying (one) VALUES (1)').run();
      try {
        return write();
      } finally {
        cachedStatement(archive, 'DELETE FROM sync_applying').run();
      }
    })
    .immediate();
}

export function readCheckpoint(archive: Archive, remote: string): string {
  const row = cachedStatement(archive, 'SELECT since FROM sync_checkpoint WHERE remote = ?').get(remote) as
    { since: string } | undefined;
  return row?.since ?? '0';
}

export function writeCheckpoint(archive: Archive, remote: string, since: string, now: Date): void {
  cachedStatement(
    archive,
    `INSERT INTO sync_checkpoint (remote, since, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (remote) DO UPDATE SET since = excluded.since, updated_at = excluded.updated_at`,
  ).run(remote, since, now.toISOString());
}

/** What is waiting to go to the server: outbox entries not refused, revisions not sent, heads not sent. */
export function pendingCount(archive: Archive): number {
  const row = cachedStatement(
    archive,
    `SELECT (SELECT count(*) FROM sync_outbox WHERE refused IS NULL)
          + (SELECT count(*) FROM sync_revisions WHERE sent = 0)
          + (SELECT count(*) FROM sync_heads WHERE dirty = 1) AS n`,
  ).get() as { n: number };
  return row.n;
}

export function refusedCount(archive: Archive): number {
  const row = cachedStatement(
    archive,
    `SELECT (SELECT count(*) FROM sync_outbox WHERE refused IS NOT NULL)
          + (SELECT count(*) FROM sync_revisions WHERE sent = 2)
          + (SELECT count(*) FROM sync_heads WHERE dirty = 2) AS n`,
  ).get() as { n: number };
  return row.n;
}

export function conflictedCount(archive: Archive): number {
  return (cachedStatement(archive, 'SELECT count(*) AS n FROM articles WHERE conflicted = 1').get() as { n: number }).n;
}

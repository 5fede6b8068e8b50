/**
 * Noticing that the newsroom database is not the one this archive synced with: restored from a backup, or
 * deleted and made again. The saved checkpoint then means nothing (pouchdb-server counts sequences from 1
 * again, so `since=57` on a new database skips its first 57 changes), and documents this archive sent may be
 * gone from the server while they are marked sent here.
 *
 * Each archive keeps a mark in a `_local` document of its own on the database (never replicated, never in
 * `_changes`, so a database restored by replication or made again has none, and one restored from a copy of
 * its files has an older one) and writes a new mark each time the server learns something from it or it
 * learns something from the server. Before reading or sending, the mark on the server must be the last one
 * written (or the one being written when a kill came). When it is not, the archive starts over: the pull from
 * the start, and everything of its own sent again (ids make that harmless: what is still there is a 409).
 */
import { randomBytes } from 'node:crypto';
import { MidadError } from '../../core/api/errors';
import type { Archive } from '../archive';
import { cachedStatement } from '../statements';
import type { CouchClient } from './couch';

/** `first`: no mark yet (a first sync, or an archive from before marks); `restarted`: the archive started over. */
export type ServerCheck = 'same' | 'first' | 'restarted';

/** The outbox payload of a status event queued again after a restore (push.ts drops it if refused). */
export const RESTORE_PAYLOAD = '{"restore":true}';

interface MarkRow {
  doc_id: string;
  confirmed: string | null;
  pending: string | null;
}

export interface ServerMark {
  /**
   * Compares the server's mark with this archive's; starts over when they differ. Writes nothing to the
   * server: after `first` or `restarted` the caller writes a mark (and says so first, should that fail).
   */
  check(now: Date): Promise<ServerCheck>;
  /**
   * Leaves a new mark: call after the server learnt something from here or the checkpoint moved. Only over a
   * mark of this archive's: when the one there is not (the database was restored or made again since the
   * last check, as a long-poll waited on it), the archive starts over first and says `restarted`.
   */
  write(now: Date): Promise<'written' | 'restarted'>;
}

export function createServerMark(archive: Archive, client: CouchClient, user: () => string): ServerMark {
  const remote = client.remote;
  /** The `_rev` of the `_local` document as last read or written (CouchDB asks for it on every update). */
  let rev: string | null = null;

  function row(): MarkRow {
    const read = () =>
      cachedStatement(archive, 'SELECT doc_id, confirmed, pending FROM sync_server_mark WHERE remote = ?').get(
        remote,
      ) as MarkRow | undefined;
    const found = read();
    if (found) return found;
    cachedStatement(archive, 'INSERT OR IGNORE INTO sync_server_mark (remote, doc_id) VALUES (?, ?)').run(
      remote,
      `midad-sync-${randomBytes(12).toString('hex')}`,
    );
    return read() as MarkRow;
  }

  /** The `_local` document there now; its `_rev` becomes the one the next put gives. */
  async function readThere(docId: string): Promise<Record<string, unknown> | null> {
    const there = await client.getLocal(docId);
    rev = typeof there?._rev === 'string' ? there._rev : null;
    return there;
  }

  /** Whether the mark read on the server is one this archive wrote: the last confirmed, or one being written. */
  function ours(there: Record<string, unknown> | null, known: MarkRow): boolean {
    const mark = there?.mark;
    return typeof mark === 'string' && (mark === known.confirmed || mark === known.pending);
  }

  const body = (r: string | null, docId: string, mark: string) => ({ ...(r ? { _rev: r } : {}), mark, archive: docId });

  /**
   * Puts the mark over the one there if that one is this archive's (`known`); answers false, writing
   * nothing, when it is not. CouchDB refuses a `_local` update whose `_rev` is not the stored one (409), a
   * document gone with its database included: so a mark is never laid on a database this archive did not see.
   */
  async function putOver(docId: string, mark: string, known: MarkRow): Promise<boolean> {
    try {
      rev = await client.putLocal(docId, body(rev, docId, mark));
      return true;
    } catch (error) {
      if (!(error instanceof MidadError && error.params.status === 409)) throw error;
      // Our _rev was stale: a write whose answer never came, or another database under the same name.
      const there = await readThere(docId);
      if (!ours(there, known)) return false;
      rev = await client.putLocal(docId, body(rev, docId, mark));
      return true;
    }
  }

  /** The mark being written is on the server after all: it becomes the one known to be there. */
  function confirm(mark: string): void {
    cachedStatement(archive, 'UPDATE sync_server_mark SET confirmed = ?, pending = NULL WHERE remote = ?').run(
      mark,
      remote,
    );
  }

  async function write(now: Date): Promise<'written' | 'restarted'> {
    const known = row();
    const docId = known.doc_id;
    let foreign = false;
    if (known.pending !== null) {
      // The last write's answer never came: learn whether the server took it before this one replaces it
      // as pending, or a second lost answer would leave a mark on the server this archive no longer knows.
      const there = await readThere(docId);
      if (there?.mark === known.pending) confirm(known.pending);
      else foreign = !ours(there, known);
    }
    const next = randomBytes(16).toString('hex');
    // Kept as pending before it is sent: a kill after the server took it leaves a mark this archive knows.
    cachedStatement(archive, 'UPDATE sync_server_mark SET pending = ? WHERE remote = ?').run(next, remote);
    if (!foreign && (await putOver(docId, next, known))) {
      confirm(next);
      return 'written';
    }
    // Not the database this archive last saw: start over, then lay the first mark on this one.
    startOver(archive, remote, user(), now);
    await readThere(docId);
    rev = await client.putLocal(docId, body(rev, docId, next));
    confirm(next);
    return 'restarted';
  }

  return {
    async check(now) {
      const mine = row();
      const there = await readThere(mine.doc_id);
      if (mine.confirmed === null && mine.pending === null) return 'first';
      const mark = typeof there?.mark === 'string' ? there.mark : null;
      if (mark !== null && mark === mine.confirmed) return 'same';
      if (mark !== null && mark === mine.pending) {
        confirm(mark);
        return 'same';
      }
      startOver(archive, remote, user(), now);
      return 'restarted';
    },
    write,
  };
}

/**
 * The database is not the one this archive knew: read it from the start, and send again everything this
 * archive may send (its person's revisions, every comment, status change, thread decision and trash
 * decision; pictures with them), and every article's heads, without a `_rev` the server may not know.
 * Others' revisions cannot be sent in their name (the server checks the author): their own workstations
 * send them. Nothing local is deleted. One transaction: a kill leaves all of it or none.
 */
export function startOver(archive: Archive, remote: string, user: string, now: Date): void {
  archive
    .transaction(() => {
      cachedStatement(archive, 'DELETE FROM sync_checkpoint WHERE remote = ?').run(remote);
      cachedStatement(archive, 'UPDATE sync_revisions SET sent = 0 WHERE sent = 1 AND author = ?').run(user);
      cachedStatement(archive, 'DELETE FROM sync_pictures').run();
      cachedStatement(
        archive,
        'UPDATE sync_heads SET remote_rev = NULL, remote_status = NULL, dirty = CASE dirty WHEN 0 THEN 1 ELSE dirty END',
      ).run();
      cachedStatement(
        archive,
        "INSERT OR IGNORE INTO sync_outbox (kind, ref) SELECT 'comment', id FROM comments",
      ).run();
      cachedStatement(
        archive,
        "INSERT OR IGNORE INTO sync_outbox (kind, ref, payload) SELECT 'event', id, ? FROM review_status_changes",
      ).run(RESTORE_PAYLOAD);
      // The same rows migration 12's and 18's triggers queue for a thread decision and a trash decision.
      cachedStatement(
        archive,
        `INSERT OR IGNORE INTO sync_outbox (kind, ref, payload)
           SELECT 'thread', id || '@' || status_at, json_object('threadId', id, 'articleId', article_id,
             'resolved', resolved, 'name', status_by_name, 'role', status_by_role, 'at', status_at)
             FROM comment_threads WHERE status_at IS NOT NULL`,
      ).run();
      cachedStatement(
        archive,
        `INSERT OR IGNORE INTO sync_outbox (kind, ref, payload)
           SELECT 'trash', article_id || '@' || at, json_object('articleId', article_id, 'trashed', trashed, 'at', at)
             FROM sync_trash`,
      ).run();
      cachedStatement(archive, 'UPDATE sync_server_mark SET restarted_at = ? WHERE remote = ?').run(
        now.toISOString(),
        remote,
      );
    })
    .immediate();
}

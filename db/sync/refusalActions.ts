/**
 * What a person can do with a change the newsroom server refused (refusals.ts counts them): see what was
 * refused and why, take the server's version instead, or send it again (after an editor changed their role,
 * or an administrator raised the size limit). Taking the server's version loses nothing: the local text is
 * kept first as a revision in the article's history (restorable), and the refused revisions stay in the
 * revision graph, set aside (`sent = 3`) so they are neither sent again nor counted as refused.
 */
import { MidadError } from '../../core/api/errors';
import type { Status } from '../../core/article/status';
import { articleDocId } from '../../core/sync/documents';
import type { ArticleRefusal } from '../../core/sync/newsroomContract';
import type { Archive } from '../archive';
import { getArticle } from '../articles';
import { insertRevision as keepInHistory, snapshotOf } from '../revisionStore';
import { cachedStatement } from '../statements';
import { parseDocs, prefetch } from './apply';
import type { CouchClient } from './couch';
import { mergeHeads, type SyncActor } from './heads';
import { getHeads, insertRevision, setHeads, whileApplying } from './store';

/** Outbox rows (comments, status, thread and trash events, the article's own) of the article `@id`. */
const OUTBOX_OF_ARTICLE = `(
     (kind = 'event' AND ref IN (SELECT id FROM review_status_changes WHERE article_id = @id))
  OR (kind = 'comment' AND ref IN (SELECT c.id FROM comments c JOIN comment_threads t ON t.id = c.thread_id
                                    WHERE t.article_id = @id))
  OR (kind IN ('thread', 'trash') AND json_extract(payload, '$.articleId') = @id)
  OR (kind = 'article' AND ref = @id))`;

export function articleRefusal(archive: Archive, articleId: string): ArticleRefusal {
  const tooLarge = !!cachedStatement(
    archive,
    'SELECT 1 FROM sync_revisions WHERE article_id = ? AND sent = 2 LIMIT 1',
  ).get(articleId);
  const heads = getHeads(archive, articleId);
  const refusedEvent = cachedStatement(
    archive,
    `SELECT s.from_status, s.to_status FROM sync_outbox o JOIN review_status_changes s ON s.id = o.ref
       WHERE o.kind = 'event' AND o.refused IS NOT NULL AND s.article_id = ? ORDER BY s.at DESC LIMIT 1`,
  ).get(articleId) as { from_status: Status; to_status: Status } | undefined;
  const otherRows = !!cachedStatement(
    archive,
    `SELECT 1 FROM sync_outbox WHERE refused IS NOT NULL AND ${OUTBOX_OF_ARTICLE} LIMIT 1`,
  ).get({ id: articleId });
  const current = cachedStatement(archive, 'SELECT status FROM articles WHERE id = ?').get(articleId) as
    { status: Status } | undefined;
  // A refused head is a refused move (the only rule an article: document can break from this client); the
  // status event names it exactly, else the server's status and the local one do.
  const move = refusedEvent
    ? { from: refusedEvent.from_status, to: refusedEvent.to_status }
    : heads?.dirty === 2 && heads.remoteStatus && current && heads.remoteStatus !== current.status
      ? { from: heads.remoteStatus as Status, to: current.status }
      : null;
  return {
    refused: tooLarge || heads?.dirty === 2 || otherRows,
    // A revision document breaks no rule this client can break (its author is the person signed in, its
    // id its own, and it is never rewritten): the server refuses one only for its size.
    tooLarge,
    move,
    serverStatus: heads?.remoteRev ? ((heads.remoteStatus as Status | null) ?? null) : null,
  };
}

/** Sends the article's refused changes again at the next round. Returns how many were waiting. */
export function retryRefused(archive: Archive, articleId: string): number {
  return archive.transaction(() => {
    let n = cachedStatement(archive, 'UPDATE sync_revisions SET sent = 0 WHERE article_id = ? AND sent = 2').run(
      articleId,
    ).changes;
    n += cachedStatement(archive, 'UPDATE sync_heads SET dirty = 1 WHERE article_id = ? AND dirty = 2').run(
      articleId,
    ).changes;
    n += cachedStatement(
      archive,
      `UPDATE sync_outbox SET refused = NULL WHERE refused IS NOT NULL AND ${OUTBOX_OF_ARTICLE}`,
    ).run({ id: articleId }).changes;
    return n;
  })();
}

/**
 * Makes the article the server's version again. The local text is kept first as a `copy` revision labelled
 * `label` (in the person's language); the refused revisions and review posts stay here, never sent.
 * Refused with `sync_no_server_version` when the server has no version of this article (it refused the
 * article itself): then there is nothing to take, and the article stays as it is.
 */
export async function discardRefused(
  archive: Archive,
  client: CouchClient,
  actor: SyncActor,
  articleId: string,
  label: string,
  now: Date,
): Promise<void> {
  const parsed = parseDocs(await client.getDocs([articleDocId(articleId)]));
  const remote = parsed.articles.get(articleId);
  if (!remote)
    throw new MidadError(
      'sync_no_server_version',
      `The newsroom server has no version of article ${articleId}; it stays as it is here.`,
      { id: articleId },
    );
  const fetched = await prefetch(archive, client, parsed);
  whileApplying(archive, () => {
    const article = getArticle(archive, articleId);
    keepInHistory(
      archive,
      { articleId, version: article.version, kind: 'copy', label, snapshot: snapshotOf(article) },
      now,
    );
    for (const rev of parsed.revs) insertRevision(archive, rev, true);
    cachedStatement(archive, 'UPDATE sync_revisions SET sent = 3 WHERE article_id = ? AND sent IN (0, 2)').run(
      articleId,
    );
    cachedStatement(
      archive,
      `DELETE FROM sync_outbox WHERE (refused IS NOT NULL OR kind = 'article') AND ${OUTBOX_OF_ARTICLE}`,
    ).run({ id: articleId });
    // Forget the local heads: the server's become the article's, and its content is written over the
    // local one (a new version, which the open editor reloads).
    setHeads(archive, articleId, { heads: [], base: null, remoteRev: null, remoteStatus: null, dirty: 0 });
    mergeHeads(archive, articleId, remote, actor, fetched, now, new Map(parsed.revs.map((r) => [r.revId, r])));
  });
}

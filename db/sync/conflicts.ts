/**
 * A conflicted article's competing versions, and resolving them: the chosen text becomes a new revision
 * whose parents are every head, the flag is cleared, and the resolution then travels like any save.
 */
import { MidadError } from '../../core/api/errors';
import { ArticleFieldsSchema, type ArticleFields } from '../../core/article/schema';
import { STATUSES, type Status } from '../../core/article/status';
import { resolvedStatus } from '../../core/sync/resolvedStatus';
import { revDocId, type RevDoc, type RevMedia } from '../../core/sync/documents';
import { sameHeads } from '../../core/sync/merge';
import type { Archive } from '../archive';
import { getArticle } from '../articles';
import { readSettings } from '../settings';
import { contentOfArticle, writeRevisionContent } from './content';
import { materialise, newRevId } from './heads';
import { cachedStatement } from '../statements';
import { getHeads, getRevision, insertRevision, setHeads, whileApplying } from './store';

export interface ConflictVersion {
  revId: string;
  fields: ArticleFields;
  media: RevMedia[];
  author: string;
  authorName: string;
  createdAt: string;
  /** The status keeping this version leaves the article in (statusOnResolving): its own, or the server's. */
  resolvedStatus: Status;
}

/**
 * The heads of the article, newest first; one (or none) when it is not conflicted. Given the signed-in
 * newsroom user, a save made here since the last push first becomes the revision it will be (replacing the
 * head it was saved over), so the person's own latest text is one of the versions they choose among: offline,
 * it would otherwise be missing from the list, and keeping another version would drop it unseen.
 */
export function conflictVersions(archive: Archive, articleId: string, author?: string): ConflictVersion[] {
  getArticle(archive, articleId);
  if (author !== undefined) whileApplying(archive, () => materialisePending(archive, articleId, author, new Date()));
  const heads = getHeads(archive, articleId)?.heads ?? [];
  return heads
    .flatMap((h) => getRevision(archive, articleId, h) ?? [])
    .map((r) => ({
      revId: r.revId,
      fields: r.fields,
      media: r.media,
      author: r.author,
      authorName: r.authorName,
      createdAt: r.createdAt,
      resolvedStatus: statusOnResolving(archive, articleId, r.fields.status),
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * The status a resolution keeping a version of status `chosen` gives the article: `chosen` when the person's
 * role may move the server's head there (core/sync/resolvedStatus.ts), else the server's status, so the
 * resolution is never a move the server refuses. The role is the profile's: the server's own while signed
 * in (newsroomService adopts it). The server's status is the one this archive last saw on its `article:`
 * document, which a conflicted head keeps; before any, the article's own.
 */
export function statusOnResolving(archive: Archive, articleId: string, chosen: Status): Status {
  const role = readSettings(archive).profile?.role ?? 'journalist';
  const seen = getHeads(archive, articleId)?.remoteStatus;
  const server = (STATUSES as readonly string[]).includes(seen ?? '')
    ? (seen as Status)
    : getArticle(archive, articleId).status;
  return resolvedStatus(chosen, server, role);
}

/** The article's unsent save made a revision now, as the next push would (materialise). Inside whileApplying. */
function materialisePending(archive: Archive, articleId: string, author: string, now: Date): void {
  const pending = cachedStatement(
    archive,
    "SELECT 1 FROM sync_outbox WHERE kind = 'article' AND ref = ? AND refused IS NULL",
  ).get(articleId);
  if (pending)
    materialise(archive, articleId, { user: author, authorName: readSettings(archive).profile?.name ?? author }, now);
}

/**
 * Saves `fields` (with the article's current pictures) as the revision that ends the conflict: parents are
 * all the heads, however many; `author` is the signed-in newsroom user. The article moves to the next version.
 * The status is the chosen version's only when the person's role may move the server's head there; otherwise
 * the server's stays (statusOnResolving), as the conflict view says beside that version.
 * `seen` is the heads the person compared: when a pull brought another version since, nothing is written and
 * the refusal asks them to look again (their choice would otherwise end a version they never saw). A save
 * made here since the last push counts as such a version (materialisePending).
 */
export function resolveConflict(
  archive: Archive,
  articleId: string,
  fields: ArticleFields,
  author: string,
  now = new Date(),
  seen?: readonly string[],
): RevDoc {
  const checked = ArticleFieldsSchema.parse(fields);
  return whileApplying(archive, () => {
    // A save made since the versions were listed is a version the person has not compared: it becomes a
    // head first, so `seen` no longer matches and the resolution is refused rather than dropping it.
    materialisePending(archive, articleId, author, now);
    const article = getArticle(archive, articleId);
    const heads = getHeads(archive, articleId);
    if (!heads || !article.conflicted)
      throw new MidadError('conflict', `Article ${articleId} has no conflict to resolve.`, {
        id: articleId,
        baseVersion: article.version,
        currentVersion: article.version,
      });
    if (seen && !sameHeads(seen, heads.heads))
      throw new MidadError(
        'sync_conflict_moved',
        `Article ${articleId} received another version while its versions were compared; compare again.`,
        { id: articleId, versions: heads.heads.length },
      );
    const revId = newRevId();
    const doc: RevDoc = {
      _id: revDocId(articleId, revId),
      type: 'rev',
      author,
      authorName: readSettings(archive).profile?.name ?? author,
      articleId,
      revId,
      parents: [...heads.heads].sort(),
      createdAt: now.toISOString(),
      label: 'resolved',
      // The chosen text; its status only where the person's role may make that move on the server.
      fields: { ...checked, status: statusOnResolving(archive, articleId, checked.status) },
      media: contentOfArticle(archive, article).media,
    };
    insertRevision(archive, doc, false);
    writeRevisionContent(archive, doc, article.createdAt, false, new Map());
    setHeads(archive, articleId, { ...heads, heads: [revId], base: revId, dirty: 1 });
    return doc;
  });
}

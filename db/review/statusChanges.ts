/** The article's status history and the one way to move its status: through the workflow table. */
import { randomUUID } from 'node:crypto';
import { conflictError } from '../../core/api/errors';
import type { Article } from '../../core/article/schema';
import type { Status } from '../../core/article/status';
import {
  allowedTransitions,
  checkTransition,
  transitionNeedsNote,
  type StatusChange,
} from '../../core/review/workflow';
import type { Role } from '../../core/settings/schema';
import type { Archive } from '../archive';
import { getArticle, saveArticle } from '../articles';
import { requireProfile } from './profile';
import { readSettings } from '../settings';
import { encodeLabel } from '../../core/review/revisionLabel';

interface StatusChangeRow {
  id: string;
  article_id: string;
  from_status: string;
  to_status: string;
  by_name: string;
  by_role: string;
  at: string;
  note: string;
}

export function listStatusChanges(archive: Archive, articleId: string): StatusChange[] {
  const rows = archive
    .prepare('SELECT * FROM review_status_changes WHERE article_id = ? ORDER BY at, id')
    .all(articleId) as StatusChangeRow[];
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    from: r.from_status as Status,
    to: r.to_status as Status,
    by: { name: r.by_name, role: r.by_role as Role },
    at: r.at,
    note: r.note,
  }));
}

/** Adds changes this archive does not have yet (by id); known ones are never rewritten. */
export function insertStatusChanges(archive: Archive, changes: readonly StatusChange[]): void {
  const insert = archive.prepare(
    `INSERT OR IGNORE INTO review_status_changes (id, article_id, from_status, to_status, by_name, by_role, at, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of changes) insert.run(c.id, c.articleId, c.from, c.to, c.by.name, c.by.role, c.at, c.note);
}

/** What the article header shows: the status, where the person's role may move it, and the history. */
export function workflowState(archive: Archive, articleId: string) {
  const article = getArticle(archive, articleId);
  const role = readSettings(archive).profile?.role ?? null;
  const allowed = role ? allowedTransitions(article.status, role) : [];
  return {
    status: article.status,
    allowed: allowed.map((to) => ({ to, needsNote: transitionNeedsNote(article.status, to) })),
    history: listStatusChanges(archive, articleId),
  };
}

/**
 * Moves the article to `to` if the table lets the person's role do so, recording who, when and why; the
 * save keeps the moved version as a revision. Refusals leave the archive untouched.
 */
export function transitionArticle(
  archive: Archive,
  request: { id: string; baseVersion: number; to: Status; note: string },
  now = new Date(),
): { article: Article; change: StatusChange } {
  return archive
    .transaction(() => {
      const by = requireProfile(archive);
      const current = getArticle(archive, request.id);
      if (current.version !== request.baseVersion)
        throw conflictError(request.id, request.baseVersion, current.version);
      checkTransition(current.status, request.to, by.role, request.note);
      // The archive keeps every status change as a revision of kind `status`.
      const label = encodeLabel({ code: 'status', from: current.status, to: request.to });
      const article = saveArticle(archive, request.id, request.baseVersion, { status: request.to }, now, {
        label,
        author: by.name,
      });
      const change: StatusChange = {
        id: randomUUID(),
        articleId: request.id,
        from: current.status,
        to: request.to,
        by,
        at: now.toISOString(),
        note: request.note.trim(),
      };
      insertStatusChanges(archive, [change]);
      return { article, change };
    })
    .immediate();
}

/**
 * Keeping a version of an article as a revision when a review step changes it (a status move, a decided
 * suggestion, a hand-off). Revision storage belongs to the archive area; until its revision function lands
 * this writes the same `revisions` rows (migration 1) with the article as the snapshot.
 */
import type { Article } from '../../core/article/schema';
import type { Profile } from '../../core/settings/schema';
import type { Archive } from '../connection';

export type ReviewRevisionKind = 'status' | 'suggestions' | 'handoff';

export function recordReviewRevision(
  archive: Archive,
  article: Article,
  kind: ReviewRevisionKind,
  label: string,
  author: Profile | null,
  now = new Date(),
): number {
  const result = archive
    .prepare(
      'INSERT INTO revisions (article_id, version, kind, label, author, created_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(article.id, article.version, kind, label, author?.name ?? '', now.toISOString(), JSON.stringify(article));
  return Number(result.lastInsertRowid);
}

/**
 * Keeping a version of an article aside as a revision during a hand-off, through the archive's revision
 * store: a `copy` (kept, not current), labelled with which side it came from.
 */
import type { Article } from '../../core/article/schema';
import type { Archive } from '../archive';
import { insertRevision, snapshotOf } from '../revisionStore';

export function keepVersionAside(archive: Archive, article: Article, label: string, author: string, now: Date): number {
  return insertRevision(
    archive,
    { articleId: article.id, version: article.version, kind: 'copy', label, author, snapshot: snapshotOf(article) },
    now,
  ).id;
}

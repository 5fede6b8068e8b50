/**
 * The trash: a trashed article leaves the archive list but keeps everything (fields, media, revisions)
 * until the trash is emptied. Trashing is not an edit, so it changes neither the version nor updatedAt.
 */
import type { Article } from '../core/article/schema';
import { notFoundError } from '../core/api/errors';
import type { Archive } from './archive';
import { getArticle } from './articles';

function setTrashedAt(archive: Archive, id: string, assignment: string, value: string | null): Article {
  return archive
    .transaction(() => {
      const result = archive.prepare(`UPDATE articles SET trashed_at = ${assignment} WHERE id = ?`).run(value, id);
      if (result.changes !== 1) throw notFoundError(id);
      return getArticle(archive, id);
    })
    .immediate();
}

/** Moves the article to the trash; trashing it again keeps the first time it was trashed. */
export function trashArticle(archive: Archive, id: string, now = new Date()): Article {
  return setTrashedAt(archive, id, 'coalesce(trashed_at, ?)', now.toISOString());
}

export function restoreFromTrash(archive: Archive, id: string): Article {
  return setTrashedAt(archive, id, '?', null);
}

/** Deletes every trashed article for good, with its media and revisions (foreign keys cascade). */
export function emptyTrash(archive: Archive): number {
  return archive
    .transaction(() => archive.prepare('DELETE FROM articles WHERE trashed_at IS NOT NULL').run().changes)
    .immediate();
}

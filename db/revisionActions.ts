/**
 * What a person does with history: restore an old revision (a new version and a new revision; nothing
 * earlier is changed or dropped), and keep a set of fields aside as a revision without making it current
 * (the losing side of a conflict, so no one's text is ever thrown away).
 */
import { conflictError } from '../core/api/errors';
import { requestRefused } from '../core/api/requestError';
import type { Article, ArticleFields } from '../core/article/schema';
import type { RevisionSummary } from '../core/article/revision';
import type { Archive } from './archive';
import { deriveBody, getArticle, pickFields, writeFields } from './articles';
import { getRevision, insertRevision, snapshotOf, versionIsKept } from './revisionStore';

export function restoreRevision(
  archive: Archive,
  revisionId: number,
  baseVersion: number,
  author = '',
  now = new Date(),
): Article {
  return archive
    .transaction(() => {
      const revision = getRevision(archive, revisionId);
      const current = getArticle(archive, revision.articleId);
      if (current.version !== baseVersion) throw conflictError(current.id, baseVersion, current.version);
      // The state being replaced may exist only as the current row (autosaves between checkpoints): keep it first.
      if (!versionIsKept(archive, current.id, current.version)) {
        insertRevision(
          archive,
          { articleId: current.id, version: current.version, kind: 'autosave', author, snapshot: snapshotOf(current) },
          now,
        );
      }
      writeFields(archive, current, revision.fields, now);
      restoreMediaText(archive, current.id, revision.media);
      const restored = getArticle(archive, current.id);
      insertRevision(
        archive,
        {
          articleId: current.id,
          version: restored.version,
          kind: 'restore',
          label: revision.label,
          author,
          snapshot: snapshotOf(restored),
        },
        now,
      );
      return restored;
    })
    .immediate();
}

/**
 * Captions, credits and alt text come back for pictures the article still has; pictures removed since are
 * not brought back (their bytes are gone) and pictures added since stay.
 */
function restoreMediaText(archive: Archive, articleId: string, media: Article['media']): void {
  const update = archive.prepare('UPDATE media SET caption = ?, credit = ?, alt = ? WHERE id = ? AND article_id = ?');
  for (const item of media) update.run(item.caption, item.credit, item.alt, item.id, articleId);
}

/** Keeps `fields` (laid over the article's current fields) as a revision of kind `copy`; the article is not changed. */
export function keepCopy(
  archive: Archive,
  articleId: string,
  baseVersion: number,
  fields: Partial<ArticleFields>,
  options: { label?: string; author?: string } = {},
  now = new Date(),
): RevisionSummary {
  return archive
    .transaction(() => {
      const current = getArticle(archive, articleId);
      const merged: ArticleFields = { ...pickFields(current), ...fields };
      if (baseVersion > current.version) {
        throw requestRefused(
          `Article ${articleId} has no version ${baseVersion} yet.`,
          { problem: 'number_at_most', limit: current.version },
          'baseVersion',
        );
      }
      const { words } = deriveBody(merged);
      return insertRevision(
        archive,
        {
          articleId,
          version: baseVersion,
          kind: 'copy',
          ...options,
          snapshot: { fields: merged, media: current.media, words },
        },
        now,
      );
    })
    .immediate();
}

/**
 * Merging a review package into the archive. The merge itself is pure (core/review/merge.ts); this reads
 * what the archive holds, applies the result in one transaction, and remembers the version both sides now share.
 */
import type { Article } from '../../core/article/schema';
import { mergeReview, type MergeOutcome } from '../../core/review/merge';
import { canonicalJson, type ReviewContent, type ReviewPackage } from '../../core/review/package';
import type { FieldDiff } from '../../core/review/compare';
import { encodeLabel } from '../../core/review/revisionLabel';
import type { Archive } from '../archive';
import { createArticle, deriveBody, getArticle, pickFields, saveArticle } from '../articles';
import { threadsOfArticle, upsertThreads } from './comments';
import { listSuggestions, upsertLedger } from './suggestions';
import { insertStatusChanges, listStatusChanges } from './statusChanges';
import { keepVersionAside } from './revisions';
import { contentOf, writeBase } from './handoffBase';

export interface ImportResult {
  articleId: string;
  outcome: MergeOutcome;
  /** Revisions keeping both versions when both sides changed the words (older first). */
  revisionIds: number[];
  diff: FieldDiff[] | null;
  comments: number;
  suggestions: number;
}

export function importReviewPackage(archive: Archive, pkg: ReviewPackage, now = new Date()): ImportResult {
  return archive
    .transaction(() => {
      const id = pkg.article.id;
      const exists = archive.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
      const before = exists ? getArticle(archive, id) : null;
      const merged = mergeReview(
        before && {
          updatedAt: before.updatedAt,
          content: contentOf(before),
          comments: threadsOfArticle(archive, id),
          suggestions: listSuggestions(archive, id),
          statusChanges: listStatusChanges(archive, id),
        },
        pkg,
      );
      const { captions, ...fields } = merged.content;
      const revisionIds: number[] = [];
      if (!before) {
        createArticle(archive, fields, now, { id });
      } else {
        if (merged.outcome === 'both-changed') {
          // Both versions kept as they were, older first, before the newer becomes current.
          for (const version of merged.versions) {
            const local = version.side === 'local';
            const snapshot = local ? before : asArticle(before, version.content, version.updatedAt);
            const label = encodeLabel(
              local ? { code: 'package-local' } : { code: 'package-theirs', from: pkg.exportedBy?.name ?? '' },
            );
            revisionIds.push(
              keepVersionAside(archive, snapshot, label, local ? '' : (pkg.exportedBy?.name ?? ''), now),
            );
          }
        }
        const changed = canonicalJson(fields) !== canonicalJson(pickFields(before));
        const label = encodeLabel({ code: 'package', from: pkg.exportedBy?.name ?? '' });
        if (changed)
          saveArticle(archive, id, before.version, fields, now, {
            kind: 'explicit',
            label,
            author: pkg.exportedBy?.name ?? '',
          });
      }
      applyCaptions(archive, id, captions);
      upsertThreads(archive, merged.comments);
      upsertLedger(archive, merged.suggestions);
      insertStatusChanges(archive, merged.statusChanges);
      writeBase(archive, id, pkg.article.updatedAt, pkg.article.content);
      return {
        articleId: id,
        outcome: merged.outcome,
        revisionIds,
        diff: merged.diff,
        comments: merged.comments.length,
        suggestions: merged.suggestions.length,
      };
    })
    .immediate();
}

/** The other side's version as an article snapshot, for keeping it as a revision. */
function asArticle(here: Article, content: ReviewContent, updatedAt: string): Article {
  const { captions, ...fields } = content;
  const { bodyText, ...counts } = deriveBody(fields);
  const caption = new Map(captions.map((c) => [c.mediaId, c.caption]));
  const media = here.media.map((m) => ({ ...m, caption: caption.get(m.id) ?? m.caption }));
  return { ...here, ...fields, bodyText, counts, updatedAt, media };
}

/**
 * Captions travel in the package; pictures' bytes do not. A caption for a picture this archive lacks is
 * kept as a caption waiting for its picture (a media row without bytes).
 */
function applyCaptions(archive: Archive, articleId: string, captions: ReviewContent['captions']): void {
  const update = archive.prepare('UPDATE media SET caption = ? WHERE id = ? AND article_id = ?');
  const insert = archive.prepare(
    `INSERT INTO media (id, article_id, position, caption)
     VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM media WHERE article_id = ?), ?)`,
  );
  for (const c of captions) {
    if (update.run(c.caption, c.mediaId, articleId).changes === 0)
      insert.run(c.mediaId, articleId, articleId, c.caption);
  }
}

/** Writing an article's review package for the other side of an offline hand-off. */
import { REVIEW_PACKAGE_FORMAT, REVIEW_PACKAGE_VERSION, type ReviewPackage } from '../../core/review/package';
import { readSettings } from '../settings';
import type { Archive } from '../archive';
import { getArticle } from '../articles';
import { threadsOfArticle } from './comments';
import { listSuggestions } from './suggestions';
import { listStatusChanges } from './statusChanges';
import { contentOf, readBase, writeBase } from './handoffBase';

/**
 * The package for one article: its words now, the version last shared with the other side (or now, the
 * first time), and all its comments, suggestions and status history.
 */
export function exportReviewPackage(archive: Archive, articleId: string, now = new Date()): ReviewPackage {
  return archive
    .transaction(() => {
      const article = getArticle(archive, articleId);
      const base = readBase(archive, articleId) ?? { updatedAt: article.updatedAt, content: contentOf(article) };
      const pkg: ReviewPackage = {
        format: REVIEW_PACKAGE_FORMAT,
        formatVersion: REVIEW_PACKAGE_VERSION,
        exportedAt: now.toISOString(),
        exportedBy: readSettings(archive).profile,
        article: {
          id: article.id,
          createdAt: article.createdAt,
          updatedAt: article.updatedAt,
          content: contentOf(article),
        },
        base,
        comments: threadsOfArticle(archive, articleId),
        suggestions: listSuggestions(archive, articleId),
        statusChanges: listStatusChanges(archive, articleId),
      };
      writeBase(archive, article.id, article.updatedAt, pkg.article.content);
      return pkg;
    })
    .immediate();
}

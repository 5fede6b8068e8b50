/**
 * The version of an article both sides of an offline hand-off last shared (table review_sync): a package
 * coming back is measured against it, and each export or import moves it on.
 */
import type { Article } from '../../core/article/schema';
import { ReviewContentSchema, type ReviewContent } from '../../core/review/package';
import type { Archive } from '../archive';
import { pickFields } from '../articles';

/** What a package carries of an article: its fields and its captions. */
export function contentOf(article: Article): ReviewContent {
  return { ...pickFields(article), captions: article.media.map((m) => ({ mediaId: m.id, caption: m.caption })) };
}

export function readBase(archive: Archive, articleId: string): { updatedAt: string; content: ReviewContent } | null {
  const row = archive.prepare('SELECT base_updated_at, base FROM review_sync WHERE article_id = ?').get(articleId) as
    { base_updated_at: string; base: string } | undefined;
  if (!row) return null;
  const content = ReviewContentSchema.safeParse(JSON.parse(row.base));
  return content.success ? { updatedAt: row.base_updated_at, content: content.data } : null;
}

/** Remembers the version the other side now holds: the next package back is measured against it. */
export function writeBase(archive: Archive, articleId: string, updatedAt: string, content: ReviewContent): void {
  archive
    .prepare(
      `INSERT INTO review_sync (article_id, base_updated_at, base) VALUES (?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET base_updated_at = excluded.base_updated_at, base = excluded.base`,
    )
    .run(articleId, updatedAt, JSON.stringify(content));
}

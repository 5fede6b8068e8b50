/**
 * Duplicating an article: a new article with the same fields and copies of its media (bytes included), as
 * a draft with a history of its own. The original is not touched.
 */
import { randomUUID } from 'node:crypto';
import type { Article } from '../core/article/schema';
import type { Archive } from './archive';
import { createArticle, getArticle, pickFields } from './articles';
import { renameFigures } from '../core/article/figures';

export function duplicateArticle(archive: Archive, id: string, now = new Date()): Article {
  return archive
    .transaction(() => {
      const source = getArticle(archive, id);
      // The copy's pictures are new rows: its figures must name them, not the original's.
      const ids = new Map(source.media.map((m) => [m.id, randomUUID()]));
      const fields = pickFields(source);
      const copy = createArticle(archive, { ...fields, body: renameFigures(fields.body, ids), status: 'draft' }, now);
      const copyMedia = archive.prepare(
        `INSERT INTO media (id, article_id, position, mime, width, height, bytes, caption, credit, alt, is_lead, renditions)
       SELECT ?, ?, position, mime, width, height, bytes, caption, credit, alt, is_lead, renditions FROM media WHERE id = ?`,
      );
      for (const item of source.media) copyMedia.run(ids.get(item.id), copy.id, item.id);
      return getArticle(archive, copy.id);
    })
    .immediate();
}

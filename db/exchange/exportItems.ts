/** An article with its pictures' bytes (and, when asked, its comments and history), as core/exchange's exporters take it. */
import type { ExportItem } from '../../core/exchange/types';
import { getArticle } from '../articles';
import type { Archive } from '../archive';
import { getRevision } from '../revisionStore';
import { threadsOfArticle } from '../review/comments';

/** What Midad JSON may carry besides the article itself; other formats never show either. */
export interface ExportExtras {
  comments?: boolean;
  history?: boolean;
}

export function loadExportItem(archive: Archive, id: string, extras: ExportExtras = {}): ExportItem {
  const article = getArticle(archive, id);
  const rows = archive
    .prepare('SELECT id, bytes FROM media WHERE article_id = ? AND bytes IS NOT NULL')
    .all(id) as Array<{ id: string; bytes: Buffer }>;
  const item: ExportItem = {
    article,
    media: new Map(rows.map((r) => [r.id, new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.length)])),
  };
  if (extras.comments) item.comments = threadsOfArticle(archive, id);
  if (extras.history) {
    const ids = archive
      .prepare('SELECT id FROM revisions WHERE article_id = ? ORDER BY id')
      .pluck()
      .all(id) as number[];
    item.revisions = ids.map((revisionId) => getRevision(archive, revisionId));
  }
  return item;
}

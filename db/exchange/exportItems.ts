/** An article with its pictures' bytes, as the exporters in core/exchange take it. */
import type { ExportItem } from '../../core/exchange/types';
import { getArticle } from '../articles';
import type { Archive } from '../connection';

export function loadExportItem(archive: Archive, id: string): ExportItem {
  const article = getArticle(archive, id);
  const rows = archive
    .prepare('SELECT id, bytes FROM media WHERE article_id = ? AND bytes IS NOT NULL')
    .all(id) as Array<{ id: string; bytes: Buffer }>;
  return { article, media: new Map(rows.map((r) => [r.id, new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.length)])) };
}

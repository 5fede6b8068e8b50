/**
 * An article's history as `midad history` lists it: the revisions of the sync graph (made here or pulled,
 * with their parents), and the archive's own revisions that never became one (made before sync, or
 * autosave checkpoints), ids prefixed `local:`. Newest first.
 */
import { notFoundError } from '../../core/api/errors';
import type { Archive } from '../archive';

export interface HistoryItem {
  id: string;
  createdAt: string;
  author: string;
  label: string;
  headline: string;
  parents: string[];
}

export function articleHistory(archive: Archive, articleId: string): HistoryItem[] {
  if (!archive.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) throw notFoundError(articleId);
  const synced = archive
    .prepare(
      'SELECT rev_id, created_at, author, label, headline, parents FROM sync_revisions WHERE article_id = ? ORDER BY created_at DESC, seq DESC',
    )
    .all(articleId) as Array<{
    rev_id: string;
    created_at: string;
    author: string;
    label: string;
    headline: string;
    parents: string;
  }>;
  const local = archive
    .prepare(
      `SELECT id, created_at, author, label, json_extract(snapshot, '$.fields.headline') AS headline
         FROM revisions WHERE article_id = ? ORDER BY id DESC`,
    )
    .all(articleId) as Array<{ id: number; created_at: string; author: string; label: string; headline: string }>;
  const items: HistoryItem[] = [
    ...synced.map((r) => ({
      id: r.rev_id,
      createdAt: r.created_at,
      author: r.author,
      label: r.label,
      headline: r.headline,
      parents: JSON.parse(r.parents) as string[],
    })),
    ...local.map((r) => ({
      id: `local:${r.id}`,
      createdAt: r.created_at,
      author: r.author,
      label: r.label,
      headline: r.headline,
      parents: [],
    })),
  ];
  return items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

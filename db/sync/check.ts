/**
 * `midad check`'s sync check: every head names a revision this archive holds, the local text is one of the
 * heads, and an article is flagged conflicted exactly when it has more than one head.
 */
import type { Archive } from '../archive';

export function syncProblems(archive: Archive): string[] {
  const problems: string[] = [];
  const missing = archive
    .prepare(
      `SELECT h.article_id, j.value AS rev FROM sync_heads h, json_each(h.heads) j
         WHERE NOT EXISTS (SELECT 1 FROM sync_revisions r WHERE r.article_id = h.article_id AND r.rev_id = j.value)
         LIMIT 20`,
    )
    .all() as Array<{ article_id: string; rev: string }>;
  for (const m of missing) problems.push(`article ${m.article_id}: head ${m.rev} is not among its revisions`);
  const stray = archive
    .prepare(
      `SELECT article_id FROM sync_heads h
         WHERE h.base IS NOT NULL AND NOT EXISTS (SELECT 1 FROM json_each(h.heads) j WHERE j.value = h.base) LIMIT 20`,
    )
    .all() as Array<{ article_id: string }>;
  for (const s of stray) problems.push(`article ${s.article_id}: its text is not one of its heads`);
  const flags = archive
    .prepare(
      `SELECT a.id FROM articles a JOIN sync_heads h ON h.article_id = a.id
         WHERE a.conflicted <> (json_array_length(h.heads) > 1) LIMIT 20`,
    )
    .all() as Array<{ id: string }>;
  for (const f of flags) problems.push(`article ${f.id}: conflicted flag does not match its heads`);
  return problems;
}

/**
 * How many articles hold a change the newsroom server refused (a journalist's publish, a role taken away while
 * offline): what the header says, counted in articles a person recognises rather than in documents (one
 * refused publish is a revision, a head and several status events). The changes stay here, never resent.
 */
import type { Archive } from '../archive';
import { cachedStatement } from '../statements';

export function refusedArticles(archive: Archive): number {
  const row = cachedStatement(
    archive,
    `SELECT count(*) AS n FROM (
       SELECT article_id FROM sync_revisions WHERE sent = 2
       UNION SELECT article_id FROM sync_heads WHERE dirty = 2
       UNION SELECT s.article_id FROM sync_outbox o JOIN review_status_changes s ON s.id = o.ref
         WHERE o.refused IS NOT NULL AND o.kind = 'event'
       UNION SELECT t.article_id FROM sync_outbox o JOIN comments c ON c.id = o.ref
         JOIN comment_threads t ON t.id = c.thread_id
         WHERE o.refused IS NOT NULL AND o.kind = 'comment'
       UNION SELECT json_extract(payload, '$.articleId') FROM sync_outbox
         WHERE refused IS NOT NULL AND kind = 'thread'
       UNION SELECT ref FROM sync_outbox WHERE refused IS NOT NULL AND kind = 'article'
     )`,
  ).get() as { n: number };
  return row.n;
}

/**
 * The comments and history a Midad JSON file may carry, merged into the article they came with. Threads and
 * comments merge by id (every reply from both sides, the later resolve/reopen decision); revisions are
 * added unless the archive holds the same one already. Nothing already in the archive is changed or lost.
 */
import { importFailed } from '../../core/exchange/importError';
import { jsonPlace } from '../../core/exchange/jsonText';
import type { NativeRevision, NativeThread } from '../../core/exchange/nativeFormat';
import type { RevisionSnapshot } from '../../core/article/revision';
import { mergeThreads } from '../../core/review/merge';
import { canonicalJson } from '../../core/review/package';
import { deriveBody } from '../articles';
import type { Archive } from '../archive';
import { threadsOfArticle, upsertThreads } from '../review/comments';
import { insertRevision } from '../revisionStore';

/** `position` is the article's place in the file's `articles`, so a refusal points at the thread in the file. */
export function mergeImportedThreads(
  archive: Archive,
  articleId: string,
  threads: readonly NativeThread[],
  source: string,
  position: number,
): void {
  if (threads.length === 0) return;
  const owner = archive.prepare('SELECT article_id FROM comment_threads WHERE id = ?').pluck();
  threads.forEach((thread, i) => {
    const holder = owner.get(thread.id) as string | undefined;
    if (holder !== undefined && holder !== articleId) {
      throw importFailed(source, jsonPlace(['articles', position, 'comments', i, 'id']), {
        problem: 'thread_id_taken',
      });
    }
  });
  const incoming = threads.map((t) => ({ ...t, articleId }));
  const ids = new Set(incoming.map((t) => t.id));
  upsertThreads(
    archive,
    mergeThreads(threadsOfArticle(archive, articleId), incoming).filter((t) => ids.has(t.id)),
  );
}

function revisionKey(r: Omit<NativeRevision, 'createdAt'>, createdAt: string): string {
  return canonicalJson([r.version, r.kind, r.label, r.author, createdAt, r.fields, r.media]);
}

/**
 * Adds the file's revisions the archive lacks, at their own times, and returns the highest version number
 * among those added (0 when none): the caller moves the article past it, so no revision from elsewhere is
 * ever taken for a version this archive holds (which would let a later import skip keeping that version).
 */
export function addImportedRevisions(
  archive: Archive,
  articleId: string,
  revisions: readonly NativeRevision[],
): number {
  if (revisions.length === 0) return 0;
  const rows = archive
    .prepare(
      'SELECT version, kind, label, author, created_at AS createdAt, snapshot FROM revisions WHERE article_id = ?',
    )
    .all(articleId) as Array<Omit<NativeRevision, 'fields' | 'media'> & { snapshot: string }>;
  const held = new Set(
    rows.map(({ snapshot, createdAt, ...r }) =>
      revisionKey({ ...r, ...(JSON.parse(snapshot) as RevisionSnapshot) }, createdAt),
    ),
  );
  let highest = 0;
  for (const revision of revisions) {
    const at = new Date(revision.createdAt);
    const key = revisionKey(revision, at.toISOString());
    if (held.has(key)) continue;
    held.add(key);
    const { version, kind, label, author, fields, media } = revision;
    insertRevision(
      archive,
      { articleId, version, kind, label, author, snapshot: { fields, media, words: deriveBody(fields).words } },
      at,
    );
    highest = Math.max(highest, version);
  }
  return highest;
}

/** Moves the article's version number to at least `version` (the caller holds the transaction). */
export function raiseVersion(archive: Archive, articleId: string, version: number): void {
  archive.prepare('UPDATE articles SET version = ? WHERE id = ? AND version < ?').run(version, articleId, version);
}

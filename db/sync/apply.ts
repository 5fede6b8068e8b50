/**
 * Pulled documents into the archive: validated (a document of another shape is skipped and counted, never
 * applied), what they need fetched first (head revisions not in the batch, picture bytes not here), then
 * applied in one transaction together with the checkpoint, so a kill leaves all of a batch or none of it.
 */
import {
  ArticleDocSchema,
  CommentDocSchema,
  EventDocSchema,
  PictureDocSchema,
  RevDocSchema,
  docTypeOfId,
  revDocId,
  type ArticleDoc,
  type CommentDoc,
  type EventDoc,
  type RevDoc,
  type TrashEventDoc,
} from '../../core/sync/documents';
import type { Archive } from '../archive';
import { cachedStatement } from '../statements';
import type { CouchClient } from './couch';
import { mergeHeads, type SyncActor } from './heads';
import { hasRevision, insertRevision, whileApplying, writeCheckpoint } from './store';
import { completeOlderRevisions } from './olderRevisions';

export interface ParsedDocs {
  revs: RevDoc[];
  /** The newest article: document of each article in the batch. */
  articles: Map<string, ArticleDoc>;
  review: Array<CommentDoc | EventDoc>;
  pictures: string[];
  skipped: number;
}

export function parseDocs(raw: ReadonlyArray<Record<string, unknown>>): ParsedDocs {
  const parsed: ParsedDocs = { revs: [], articles: new Map(), review: [], pictures: [], skipped: 0 };
  for (const doc of raw) {
    const id = typeof doc._id === 'string' ? doc._id : '';
    const type = docTypeOfId(id);
    if (!type || doc._deleted === true) continue;
    const schema = {
      article: ArticleDocSchema,
      rev: RevDocSchema,
      comment: CommentDocSchema,
      event: EventDocSchema,
      picture: PictureDocSchema,
    }[type];
    const result = schema.safeParse(doc);
    if (!result.success) {
      parsed.skipped += 1;
      continue;
    }
    const value = result.data;
    if (value.type === 'rev') parsed.revs.push(value);
    else if (value.type === 'article') parsed.articles.set(value.articleId, value);
    else if (value.type === 'picture') parsed.pictures.push(value.sha256);
    else parsed.review.push(value);
  }
  return parsed;
}

/** Fetches the head revisions the batch names but neither carries nor finds here. */
export async function prefetch(
  archive: Archive,
  client: CouchClient,
  parsed: ParsedDocs,
): Promise<Map<string, Buffer>> {
  const inBatch = new Set(parsed.revs.map((r) => revDocId(r.articleId, r.revId)));
  const missing: string[] = [];
  for (const article of parsed.articles.values()) {
    for (const head of article.heads) {
      const id = revDocId(article.articleId, head);
      if (!inBatch.has(id) && !hasRevision(archive, article.articleId, head)) missing.push(id);
    }
  }
  for (const doc of await client.getDocs(missing)) {
    const result = RevDocSchema.safeParse(doc);
    if (result.success) parsed.revs.push(result.data);
    else parsed.skipped += 1;
  }
  // Picture bytes are not fetched here: a pulled article keeps each picture's sha256 and the bytes come
  // when the picture is first shown (pictures.ts). Only bytes this archive already holds are used.
  return new Map<string, Buffer>();
}

function articleExists(archive: Archive, id: string): boolean {
  return !!cachedStatement(archive, 'SELECT 1 FROM articles WHERE id = ?').get(id);
}

/** Applies one comment or event; false when its article or thread is not here yet (it is parked). */
function applyReviewDoc(archive: Archive, doc: CommentDoc | EventDoc): boolean | 'new' {
  if (!articleExists(archive, doc.articleId)) return false;
  if (doc.type === 'comment') {
    cachedStatement(
      archive,
      `INSERT OR IGNORE INTO comment_threads (id, article_id, field, mark_id, quote, quote_offset, resolved)
         VALUES (?, ?, ?, ?, ?, ?, 0)`,
    ).run(
      doc.threadId,
      doc.articleId,
      doc.anchor.field,
      doc.anchor.markId,
      doc.anchor.quote,
      doc.anchor.offset ?? null,
    );
    const added = cachedStatement(
      archive,
      'INSERT OR IGNORE INTO comments (id, thread_id, author_name, author_role, created_at, text) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(doc.commentId, doc.threadId, doc.by.name, doc.by.role, doc.createdAt, doc.text);
    return added.changes === 1 ? 'new' : true;
  }
  if (doc.kind === 'status') {
    const added = cachedStatement(
      archive,
      `INSERT OR IGNORE INTO review_status_changes (id, article_id, from_status, to_status, by_name, by_role, at, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(doc.eventId, doc.articleId, doc.from, doc.to, doc.by.name, doc.by.role, doc.at, doc.note);
    return added.changes === 1 ? 'new' : true;
  }
  if (doc.kind === 'trash') return applyTrash(archive, doc);
  if (!cachedStatement(archive, 'SELECT 1 FROM comment_threads WHERE id = ?').get(doc.threadId)) return false;
  // The later of two decisions on a thread wins, whichever arrives last.
  const changed = cachedStatement(
    archive,
    `UPDATE comment_threads SET resolved = ?, status_by_name = ?, status_by_role = ?, status_at = ?
       WHERE id = ? AND (status_at IS NULL OR status_at < ?)`,
  ).run(doc.resolved ? 1 : 0, doc.by.name, doc.by.role, doc.at, doc.threadId, doc.at);
  return changed.changes === 1 ? 'new' : true;
}

/** A trash decision from elsewhere: taken only when it is later than the last one known here. */
function applyTrash(archive: Archive, doc: TrashEventDoc): boolean | 'new' {
  const later = cachedStatement(
    archive,
    `INSERT INTO sync_trash (article_id, trashed, at) VALUES (?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET trashed = excluded.trashed, at = excluded.at
         WHERE excluded.at > sync_trash.at`,
  ).run(doc.articleId, doc.trashed ? 1 : 0, doc.at);
  if (later.changes === 0) return true;
  // Moving to the trash keeps an earlier local time; the article itself, its text and revisions, stay.
  cachedStatement(
    archive,
    'UPDATE articles SET trashed_at = CASE WHEN ? THEN coalesce(trashed_at, ?) ELSE NULL END WHERE id = ?',
  ).run(doc.trashed ? 1 : 0, doc.at, doc.articleId);
  return 'new';
}

/** Applies a validated batch and moves the checkpoint to `since`, all in one transaction. Returns what was new. */
export function applyBatch(
  archive: Archive,
  remote: string,
  parsed: ParsedDocs,
  since: string,
  actor: SyncActor,
  fetched: ReadonlyMap<string, Buffer>,
  now: Date,
  /** Whether to try the parked comments and events again (once a page, not every slice of it). */
  retryParkedDocs = true,
): number {
  return whileApplying(archive, () => {
    let pulled = 0;
    const batch = new Map<string, RevDoc>();
    // agency entities: an older Midad's revisions keep the metadata it could not (olderRevisions.ts)
    for (const rev of completeOlderRevisions(archive, parsed.revs)) {
      if (insertRevision(archive, rev, true)) pulled += 1;
      batch.set(rev.revId, rev);
    }
    for (const article of parsed.articles.values()) {
      if (mergeHeads(archive, article.articleId, article, actor, fetched, now, batch)) pulled += 1;
    }
    const known = cachedStatement(archive, 'INSERT OR IGNORE INTO sync_pictures (sha256) VALUES (?)');
    for (const sha of parsed.pictures) known.run(sha);
    const park = cachedStatement(archive, 'INSERT OR IGNORE INTO sync_parked (doc_id, doc) VALUES (?, ?)');
    for (const doc of parsed.review) {
      const applied = applyReviewDoc(archive, doc);
      if (applied === 'new') pulled += 1;
      else if (!applied) park.run(doc._id, JSON.stringify(doc));
    }
    if (retryParkedDocs) pulled += retryParked(archive);
    writeCheckpoint(archive, remote, since, now);
    return pulled;
  });
}

function retryParked(archive: Archive): number {
  const rows = cachedStatement(archive, 'SELECT doc_id, doc FROM sync_parked').all() as Array<{
    doc_id: string;
    doc: string;
  }>;
  let applied = 0;
  for (const row of rows) {
    const parsed = parseDocs([JSON.parse(row.doc) as Record<string, unknown>]).review[0];
    const result = parsed ? applyReviewDoc(archive, parsed) : true;
    if (result) {
      cachedStatement(archive, 'DELETE FROM sync_parked WHERE doc_id = ?').run(row.doc_id);
      if (result === 'new') applied += 1;
    }
  }
  return applied;
}

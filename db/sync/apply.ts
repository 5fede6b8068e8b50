/**
 * Pulled documents into the archive: validated (a document of another shape is skipped and counted, never
 * applied), what they need fetched first (head revisions not in the batch, picture bytes not here), then
 * applied in one transaction together with the checkpoint, so a kill leaves all of a batch or none of it.
 */
import {
  ArticleDocSchema,
  CommentDocSchema,
  EventDocSchema,
  PICTURE_ATTACHMENT,
  PictureDocSchema,
  RevDocSchema,
  docTypeOfId,
  pictureDocId,
  revDocId,
  type ArticleDoc,
  type CommentDoc,
  type EventDoc,
  type RevDoc,
} from '../../core/sync/documents';
import { readImageInfo } from '../../core/media/imageInfo';
import { MidadError } from '../../core/api/errors';
import type { Archive } from '../archive';
import { cachedStatement } from '../statements';
import type { CouchClient } from './couch';
import { localPicture, sha256Hex } from './content';
import { mergeHeads, type SyncActor } from './heads';
import { getRevision, hasRevision, insertRevision, whileApplying, writeCheckpoint } from './store';

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

/** Fetches the head revisions the batch names but neither carries nor finds here, then the pictures they show. */
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
  const byId = new Map(parsed.revs.map((r) => [revDocId(r.articleId, r.revId), r]));
  const wanted = new Set<string>();
  for (const article of parsed.articles.values()) {
    for (const head of article.heads) {
      const rev = byId.get(revDocId(article.articleId, head)) ?? getRevision(archive, article.articleId, head);
      for (const m of rev?.media ?? []) if (m.sha256 && !localPicture(archive, m.sha256)) wanted.add(m.sha256);
    }
  }
  const fetched = new Map<string, Buffer>();
  for (const sha of wanted) {
    try {
      const bytes = await client.getAttachment(pictureDocId(sha), PICTURE_ATTACHMENT);
      // Only bytes that are what their name says and a picture Midad reads are kept.
      if (sha256Hex(bytes) === sha && readImageInfo(bytes)) fetched.set(sha, bytes);
    } catch (error) {
      // A picture not (yet) on the server leaves its caption waiting; anything else stops the round.
      if (!(error instanceof MidadError && error.code === 'sync_server' && error.params.status === 404)) throw error;
    }
  }
  return fetched;
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
  if (!cachedStatement(archive, 'SELECT 1 FROM comment_threads WHERE id = ?').get(doc.threadId)) return false;
  // The later of two decisions on a thread wins, whichever arrives last.
  const changed = cachedStatement(
    archive,
    `UPDATE comment_threads SET resolved = ?, status_by_name = ?, status_by_role = ?, status_at = ?
       WHERE id = ? AND (status_at IS NULL OR status_at < ?)`,
  ).run(doc.resolved ? 1 : 0, doc.by.name, doc.by.role, doc.at, doc.threadId, doc.at);
  return changed.changes === 1 ? 'new' : true;
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
): number {
  return whileApplying(archive, () => {
    let pulled = 0;
    const batch = new Map<string, RevDoc>();
    for (const rev of parsed.revs) {
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
    pulled += retryParked(archive);
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

/**
 * Putting imported drafts into the archive: all of one file's articles in one transaction, or none. An id
 * the archive already holds becomes a new version of that article, its previous state kept as a revision,
 * so an import never silently overwrites and never duplicates.
 */
import { randomUUID } from 'node:crypto';
import type { ArticleDraft, DraftMedia } from '../../core/exchange/types';
import type { Article } from '../../core/article/schema';
import { createArticle, getArticle, saveArticle } from '../articles';
import type { Archive } from '../connection';
import { insertRevision, snapshotOf, versionIsKept } from '../revisionStore';

export interface ImportedArticle {
  id: string;
  headline: string;
  version: number;
  /** False when the import made a new version of an article already in the archive. */
  created: boolean;
}

function insertMedia(archive: Archive, articleId: string, media: readonly DraftMedia[]): void {
  const taken = archive.prepare('SELECT 1 FROM media WHERE id = ?');
  const insert = archive.prepare(
    `INSERT INTO media (id, article_id, position, mime, width, height, bytes, caption, credit, alt, is_lead)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  media.forEach((m, position) => {
    const id = m.id && !taken.get(m.id) ? m.id : randomUUID();
    const bytes = m.bytes ? Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.length) : null;
    insert.run(id, articleId, position, m.mime, m.width, m.height, bytes, m.caption, m.credit, m.alt, m.isLead ? 1 : 0);
  });
}

/**
 * Keeps `article` as a revision of the given kind unless one already holds that version (a status change
 * in the import is recorded by the save itself).
 */
function keepRevision(archive: Archive, article: Article, kind: 'copy' | 'import', now: Date): void {
  if (versionIsKept(archive, article.id, article.version)) return;
  insertRevision(archive, { articleId: article.id, version: article.version, kind, snapshot: snapshotOf(article) }, now);
}

function importOne(archive: Archive, draft: ArticleDraft, now: Date): ImportedArticle {
  const existing = draft.id ? (archive.prepare('SELECT version FROM articles WHERE id = ?').get(draft.id) as { version: number } | undefined) : undefined;
  let article: Article;
  if (draft.id && existing) {
    const previous = getArticle(archive, draft.id);
    // The state being replaced stays in the history, and so does the imported one.
    keepRevision(archive, previous, 'copy', now);
    archive.prepare('DELETE FROM media WHERE article_id = ?').run(draft.id);
    insertMedia(archive, draft.id, draft.media);
    article = saveArticle(archive, draft.id, existing.version, draft.fields, now);
    keepRevision(archive, article, 'import', now);
  } else {
    article = createArticle(archive, draft.fields, now, {
      ...(draft.id ? { id: draft.id } : {}),
      ...(draft.createdAt ? { createdAt: draft.createdAt } : {}),
      ...(draft.updatedAt ? { updatedAt: draft.updatedAt } : {}),
    });
    insertMedia(archive, article.id, draft.media);
  }
  return { id: article.id, headline: article.headline, version: article.version, created: !existing };
}

export function importDrafts(archive: Archive, drafts: readonly ArticleDraft[], now = new Date()): ImportedArticle[] {
  return archive.transaction(() => drafts.map((d) => importOne(archive, d, now))).immediate();
}

/**
 * Putting imported drafts into the archive: all of one file's articles in one transaction, or none. An id
 * the archive already holds becomes a new version of that article: the state it replaces stays in the history
 * (a copy, unless a revision held that version already) and so does the imported one (an `import` revision
 * labelled with the file's name), so an import never silently overwrites and never duplicates. Comments
 * and history the file carries are merged in (importReview.ts).
 */
import { randomUUID } from 'node:crypto';
import type { ArticleDraft, DraftMedia } from '../../core/exchange/types';
import type { ImportNote } from '../../core/exchange/importNotes';
import { LIMITS, type Article } from '../../core/article/schema';
import { importFailed } from '../../core/exchange/importError';
import { createArticle, getArticle, saveArticle } from '../articles';
import type { Archive } from '../connection';
import { insertRevision, snapshotOf, versionIsKept } from '../revisionStore';
import { addImportedRevisions, mergeImportedThreads, raiseVersion } from './importReview';

export interface ImportedArticle {
  id: string;
  headline: string;
  version: number;
  /** False when the import made a new version of an article already in the archive. */
  created: boolean;
  /** What the import kept and, as warnings, what it did not (issue 14). */
  notes: ImportNote[];
}

function insertMedia(archive: Archive, articleId: string, media: readonly DraftMedia[], source: string): void {
  const taken = archive.prepare('SELECT 1 FROM media WHERE id = ?');
  const insert = archive.prepare(
    `INSERT INTO media (id, article_id, position, mime, width, height, bytes, caption, credit, alt, is_lead, renditions)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // The archive keeps one lead picture per article: the first the file marks as lead.
  const lead = media.findIndex((m) => m.isLead);
  media.forEach((m, position) => {
    if (m.bytes && m.bytes.length > LIMITS.mediaBytes) {
      throw importFailed(
        source,
        { at: 'picture', picture: position + 1 },
        { problem: 'picture_too_large', limitMb: LIMITS.mediaBytes / 1024 / 1024 },
      );
    }
    const id = m.id && !taken.get(m.id) ? m.id : randomUUID();
    const bytes = m.bytes ? Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.length) : null;
    insert.run(
      id,
      articleId,
      position,
      m.mime,
      m.width,
      m.height,
      bytes,
      m.caption,
      m.credit,
      m.alt,
      position === lead ? 1 : 0,
      JSON.stringify(m.renditions ?? []),
    );
  });
}

/** Keeps the state an import is about to replace, unless a revision already holds that version. */
function keepReplaced(archive: Archive, previous: Article, now: Date): void {
  if (versionIsKept(archive, previous.id, previous.version)) return;
  insertRevision(
    archive,
    { articleId: previous.id, version: previous.version, kind: 'copy', snapshot: snapshotOf(previous) },
    now,
  );
}

/** An importer that reads the source's dates leaves `importedAt` to be stamped here, when it happens. */
function stampImport(draft: ArticleDraft, now: Date): ArticleDraft {
  const dates = draft.fields.source;
  if (!dates || dates.importedAt) return draft;
  return { ...draft, fields: { ...draft.fields, source: { ...dates, importedAt: now.toISOString() } } };
}

function importOne(
  archive: Archive,
  given: ArticleDraft,
  source: string,
  now: Date,
  position: number,
): ImportedArticle {
  const draft = stampImport(given, now);
  const existing = draft.id
    ? (archive.prepare('SELECT version FROM articles WHERE id = ?').get(draft.id) as { version: number } | undefined)
    : undefined;
  let article: Article;
  if (draft.id && existing) {
    const previous = getArticle(archive, draft.id);
    keepReplaced(archive, previous, now);
    archive.prepare('DELETE FROM media WHERE article_id = ?').run(draft.id);
    insertMedia(archive, draft.id, draft.media, source);
    // The import itself is saved as the version after every one the file's history names.
    const base = Math.max(existing.version, addImportedRevisions(archive, draft.id, draft.revisions ?? []));
    raiseVersion(archive, draft.id, base);
    article = saveArticle(archive, draft.id, base, draft.fields, now, {
      kind: 'explicit',
      label: source.slice(0, LIMITS.shortText),
    });
  } else {
    article = createArticle(archive, draft.fields, now, {
      ...(draft.id ? { id: draft.id } : {}),
      ...(draft.createdAt ? { createdAt: draft.createdAt } : {}),
      ...(draft.updatedAt ? { updatedAt: draft.updatedAt } : {}),
    });
    insertMedia(archive, article.id, draft.media, source);
    const highest = addImportedRevisions(archive, article.id, draft.revisions ?? []);
    if (highest >= article.version) {
      raiseVersion(archive, article.id, highest + 1);
      article = getArticle(archive, article.id);
    }
  }
  mergeImportedThreads(archive, article.id, draft.comments ?? [], source, position);
  return {
    id: article.id,
    headline: article.headline,
    version: article.version,
    created: !existing,
    notes: draft.notes ?? [],
  };
}

/** `source` names the file in messages and in the revision an import makes. */
export function importDrafts(
  archive: Archive,
  drafts: readonly ArticleDraft[],
  source: string,
  now = new Date(),
): ImportedArticle[] {
  return archive
    .transaction(() => drafts.map((d, position) => importOne(archive, d, source, now, position)))
    .immediate();
}

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
import { IMPORT_LIMITS } from '../../core/exchange/limits';
import { withSearchPaused } from '../search/indexPause';
import { createArticle, getArticle, saveArticle } from '../articles';
import type { Archive } from '../archive';
import { insertRevision, snapshotOf, versionIsKept } from '../revisionStore';
import { addImportedRevisions, mergeImportedThreads, raiseVersion } from './importReview';
import { placeFigures, renameFigures } from '../../core/article/figures';

export interface ImportedArticle {
  id: string;
  headline: string;
  version: number;
  /** False when the import made a new version of an article already in the archive. */
  created: boolean;
  /** What the import kept and, as warnings, what it did not. */
  notes: ImportNote[];
}

/** Refuses an article with more pictures than the archive takes, before any is written. */
export function checkPictureCount(media: readonly unknown[], source: string): void {
  const limit = IMPORT_LIMITS.picturesPerArticle;
  if (media.length > limit)
    throw importFailed(source, { at: 'picture', picture: limit + 1 }, { problem: 'too_many_pictures', limit });
}

/**
 * Puts the draft's pictures in the article, under the ids `mediaIds` chose, indexing the article for
 * search once at the end rather than once per picture (db/search/indexPause.ts).
 */
function replaceMedia(
  archive: Archive,
  articleId: string,
  media: readonly DraftMedia[],
  ids: readonly string[],
  source: string,
): void {
  checkPictureCount(media, source);
  withSearchPaused(archive, articleId, () => insertMedia(archive, articleId, media, ids, source));
}

/**
 * The archive id of each of the draft's pictures: its own unless another article's picture has it. The body
 * is then made to name those ids and to place every picture (editor: a picture is in an article
 * where its figure stands, so an imported one without a place goes where the file showed it, lead first).
 */
function mediaIds(archive: Archive, draft: ArticleDraft): { ids: string[]; fields: ArticleDraft['fields'] } {
  const taken = archive.prepare('SELECT 1 FROM media WHERE id = ?');
  const ids = draft.media.map((m) => (m.id && !taken.get(m.id) ? m.id : randomUUID()));
  const renamed = new Map(draft.media.flatMap((m, i) => (m.id && m.id !== ids[i] ? [[m.id, ids[i]!]] : [])));
  const body = placeFigures(
    renameFigures(draft.fields.body, renamed),
    draft.media.map((m, i) => ({ id: ids[i]!, isLead: m.isLead })),
  );
  return { ids, fields: { ...draft.fields, body } };
}

function insertMedia(
  archive: Archive,
  articleId: string,
  media: readonly DraftMedia[],
  ids: readonly string[],
  source: string,
): void {
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
    const id = ids[position]!;
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
    // The old pictures go first, so that their ids are free for the file's own (mediaIds).
    withSearchPaused(archive, draft.id, () => archive.prepare('DELETE FROM media WHERE article_id = ?').run(draft.id));
    const { ids, fields } = mediaIds(archive, draft);
    replaceMedia(archive, draft.id, draft.media, ids, source);
    // The import itself is saved as the version after every one the file's history names.
    const base = Math.max(existing.version, addImportedRevisions(archive, draft.id, draft.revisions ?? []));
    raiseVersion(archive, draft.id, base);
    article = saveArticle(archive, draft.id, base, fields, now, {
      kind: 'explicit',
      label: source.slice(0, LIMITS.shortText),
    });
  } else {
    const { ids, fields } = mediaIds(archive, draft);
    article = createArticle(archive, fields, now, {
      ...(draft.id ? { id: draft.id } : {}),
      ...(draft.createdAt ? { createdAt: draft.createdAt } : {}),
      ...(draft.updatedAt ? { updatedAt: draft.updatedAt } : {}),
    });
    replaceMedia(archive, article.id, draft.media, ids, source);
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

/**
 * The revisions table: appending snapshots and reading them back. Rows are only ever inserted (and removed
 * with their article when the trash is emptied); nothing here updates one.
 */
import { MidadError, notFoundError } from '../core/api/errors';
import type { Article } from '../core/article/schema';
import type { Revision, RevisionKind, RevisionSnapshot, RevisionSummary } from '../core/article/revision';
import type { Archive } from './archive';
import { cachedStatement } from './statements';

/** How a save asks to be kept: see recordSave. */
export interface SaveRecord {
  kind?: 'autosave' | 'explicit';
  label?: string;
  author?: string;
}

/**
 * Continuous typing autosaves every few seconds; keeping each would bury the history. An autosave becomes
 * a checkpoint only when the article's newest revision is at least this old.
 */
export const CHECKPOINT_INTERVAL_MS = 5 * 60 * 1000;

interface RevisionRow {
  id: number;
  article_id: string;
  version: number;
  kind: string;
  label: string;
  author: string;
  created_at: string;
  headline: string;
  words: number;
}

const SUMMARY_COLUMNS = `id, article_id, version, kind, label, author, created_at,
  json_extract(snapshot, '$.fields.headline') AS headline, json_extract(snapshot, '$.words') AS words`;

function summaryFromRow(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    articleId: row.article_id,
    version: row.version,
    kind: row.kind as RevisionKind,
    label: row.label,
    author: row.author,
    createdAt: row.created_at,
    headline: row.headline,
    words: row.words,
  };
}

export interface NewRevision {
  articleId: string;
  version: number;
  kind: RevisionKind;
  label?: string;
  author?: string;
  snapshot: RevisionSnapshot & { words: number };
}

export function insertRevision(archive: Archive, revision: NewRevision, now: Date): RevisionSummary {
  const { lastInsertRowid } = cachedStatement(
    archive,
    `INSERT INTO revisions (article_id, version, kind, label, author, created_at, snapshot)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    revision.articleId,
    revision.version,
    revision.kind,
    revision.label ?? '',
    revision.author ?? '',
    now.toISOString(),
    JSON.stringify(revision.snapshot),
  );
  return getRevisionSummary(archive, Number(lastInsertRowid));
}

/** The snapshot of an article as it stands: every field, and the media's metadata (never the bytes). */
export function snapshotOf(article: Article): NewRevision['snapshot'] {
  const {
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    version: _v,
    trashedAt: _t,
    conflicted: _x,
    bodyText: _b,
    counts,
    media,
    ...fields
  } = article;
  return { fields, media, words: counts.words };
}

/**
 * Decides whether a save that moved `before` to `after` is kept as a revision, and as which kind: a status
 * change always is (the workflow's history), an explicit save always is, an autosave only as a coalesced
 * checkpoint. A save that asks for neither (older callers) keeps only status changes.
 */
export function recordSave(archive: Archive, before: Article, after: Article, record: SaveRecord, now: Date): void {
  const kind: RevisionKind | null =
    before.status !== after.status
      ? 'status'
      : record.kind === 'explicit'
        ? 'explicit'
        : record.kind === 'autosave' && checkpointDue(archive, after.id, now)
          ? 'autosave'
          : null;
  if (!kind) return;
  insertRevision(
    archive,
    {
      articleId: after.id,
      version: after.version,
      kind,
      label: record.label,
      author: record.author,
      snapshot: snapshotOf(after),
    },
    now,
  );
}

/** True when the article has no revision made within CHECKPOINT_INTERVAL_MS before `now`. */
export function checkpointDue(archive: Archive, articleId: string, now: Date): boolean {
  const newest = cachedStatement(
    archive,
    'SELECT created_at FROM revisions WHERE article_id = ? ORDER BY id DESC LIMIT 1',
  ).get(articleId) as { created_at: string } | undefined;
  return !newest || now.getTime() - Date.parse(newest.created_at) >= CHECKPOINT_INTERVAL_MS;
}

/** Whether some revision (other than a copy kept aside) already holds this version of the article. */
export function versionIsKept(archive: Archive, articleId: string, version: number): boolean {
  return !!archive
    .prepare("SELECT 1 FROM revisions WHERE article_id = ? AND version = ? AND kind <> 'copy' LIMIT 1")
    .get(articleId, version);
}

export function listRevisions(
  archive: Archive,
  articleId: string,
  limit: number,
  offset: number,
): { items: RevisionSummary[]; total: number } {
  if (!archive.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) throw notFoundError(articleId);
  const rows = archive
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM revisions WHERE article_id = ? ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(articleId, limit, offset) as RevisionRow[];
  const total = (
    archive.prepare('SELECT count(*) AS n FROM revisions WHERE article_id = ?').get(articleId) as { n: number }
  ).n;
  return { items: rows.map(summaryFromRow), total };
}

function revisionNotFound(id: number): MidadError {
  return new MidadError('revision_not_found', `No revision ${id} in this archive.`, { id });
}

function getRevisionSummary(archive: Archive, id: number): RevisionSummary {
  const row = archive.prepare(`SELECT ${SUMMARY_COLUMNS} FROM revisions WHERE id = ?`).get(id) as
    RevisionRow | undefined;
  if (!row) throw revisionNotFound(id);
  return summaryFromRow(row);
}

export function getRevision(archive: Archive, id: number): Revision {
  const row = archive.prepare(`SELECT ${SUMMARY_COLUMNS}, snapshot FROM revisions WHERE id = ?`).get(id) as
    (RevisionRow & { snapshot: string }) | undefined;
  if (!row) throw revisionNotFound(id);
  const snapshot = JSON.parse(row.snapshot) as RevisionSnapshot;
  return { ...summaryFromRow(row), fields: snapshot.fields, media: snapshot.media };
}

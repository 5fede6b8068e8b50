/**
 * The article repository: create, read, list and save articles, with the derived text and counts kept in
 * step on every write and a version check that refuses stale saves.
 */
import { randomUUID } from 'node:crypto';
import type { Article, ArticleFields, ArticleSummary } from '../core/article/schema';
import type { ListFilter } from '../core/article/listFilter';
import { countText } from '../core/arabic/count';
import { lexicalToPlainText } from '../core/richtext/lexicalState';
import { conflictError, notFoundError } from '../core/api/errors';
import type { Archive } from './archive';
import { cachedStatement } from './statements';
import { memoCount } from './memoCount';
import { NEW_ARTICLE_FIELDS } from '../core/article/newArticle';
import { recordSave, type SaveRecord } from './revisionStore';
import { articleFromRow, MEDIA_COLUMNS, mediaFromRow, rowParams, type ArticleRow, type MediaRow } from './articleRows';

export { NEW_ARTICLE_FIELDS };

/** Plain text and counts derived from the body: what search and the archive list read. */
export function deriveBody(fields: Pick<ArticleFields, 'body'>) {
  const bodyText = lexicalToPlainText(fields.body);
  return { bodyText, ...countText(bodyText) };
}

export function getArticle(archive: Archive, id: string): Article {
  const row = cachedStatement(archive, 'SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
  if (!row) throw notFoundError(id);
  const media = cachedStatement(
    archive,
    `SELECT ${MEDIA_COLUMNS} FROM media WHERE article_id = ? ORDER BY position`,
  ).all(id) as MediaRow[];
  return articleFromRow(row, media.map(mediaFromRow));
}

/** Who a new article is and when it was made; an import keeps the id and dates its file gave. */
export interface NewArticleIdentity {
  id?: string;
  createdAt?: string;
  updatedAt?: string;
}

export function createArticle(
  archive: Archive,
  fields: ArticleFields,
  now = new Date(),
  identity: NewArticleIdentity = {},
): Article {
  const id = identity.id ?? randomUUID();
  const stamp = identity.createdAt ?? now.toISOString();
  const updated = identity.updatedAt ?? stamp;
  cachedStatement(
    archive,
    `INSERT INTO articles (id, slug, headline, standfirst, section, tags, byline, dateline_city, dateline_agency,
         language, status, urgency, embargo_until, ed_note, body, body_text, word_count, char_count,
         char_count_with_harakat, created_at, updated_at, version, metadata)
       VALUES (@id, @slug, @headline, @standfirst, @section, @tags, @byline, @dateline_city, @dateline_agency,
         @language, @status, @urgency, @embargo_until, @ed_note, @body, @body_text, @word_count, @char_count,
         @char_count_with_harakat, @stamp, @updated, 1, @metadata)`,
  ).run({ id, stamp, updated, ...rowParams(fields, deriveBody(fields)) });
  return getArticle(archive, id);
}

/**
 * Applies `changes` to the article if it is still at `baseVersion`; otherwise refuses with a conflict that
 * names both versions, so two windows on one article never overwrite each other silently. `record` says
 * whether the save is kept as a revision (see recordSave).
 */
export function saveArticle(
  archive: Archive,
  id: string,
  baseVersion: number,
  changes: Partial<ArticleFields>,
  now = new Date(),
  record: SaveRecord = {},
): Article {
  return archive
    .transaction(() => {
      const current = getArticle(archive, id);
      if (current.version !== baseVersion) throw conflictError(id, baseVersion, current.version);
      const saved = writeFields(archive, current, changes, now);
      recordSave(archive, current, saved, record, now);
      return saved;
    })
    .immediate();
}

/** Writes `changes` over `current` as the next version. The caller holds the transaction and checked the version. */
export function writeFields(archive: Archive, current: Article, changes: Partial<ArticleFields>, now: Date): Article {
  const fields: ArticleFields = { ...pickFields(current), ...changes };
  const result = cachedStatement(
    archive,
    `UPDATE articles SET slug = @slug, headline = @headline, standfirst = @standfirst, section = @section,
         tags = @tags, byline = @byline, dateline_city = @dateline_city, dateline_agency = @dateline_agency,
         language = @language, status = @status, urgency = @urgency, embargo_until = @embargo_until,
         ed_note = @ed_note, body = @body, body_text = @body_text, word_count = @word_count,
         char_count = @char_count, char_count_with_harakat = @char_count_with_harakat, metadata = @metadata,
         updated_at = @stamp, version = version + 1
       WHERE id = @id AND version = @baseVersion`,
  ).run({
    id: current.id,
    baseVersion: current.version,
    stamp: now.toISOString(),
    ...rowParams(fields, deriveBody(fields)),
  });
  if (result.changes !== 1) throw conflictError(current.id, current.version, current.version + 1);
  return getArticle(archive, current.id);
}

export function pickFields(article: Article): ArticleFields {
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    version: _v,
    trashedAt: _t,
    conflicted: _x,
    bodyText: _b,
    counts: _n,
    media: _m,
    ...fields
  } = article;
  return fields;
}

/** A page of the archive (live articles, newest first) or of the trash (most recently trashed first). */
/** The WHERE clause for a list: fixed SQL with `?` parameters, never the person's text spliced in. */
function filterClause(trash: boolean, filter: ListFilter): { where: string; params: string[] } {
  const parts = [trash ? 'trashed_at IS NOT NULL' : 'trashed_at IS NULL'];
  const params: string[] = [];
  const add = (sql: string, value: string | undefined) => {
    if (value === undefined) return;
    parts.push(sql);
    params.push(value);
  };
  add('status = ?', filter.status);
  add('instr(lower(section), lower(?)) > 0', filter.section);
  add('instr(lower(byline), lower(?)) > 0', filter.byline);
  add('substr(updated_at, 1, 10) >= ?', filter.updatedFrom);
  add('substr(updated_at, 1, 10) <= ?', filter.updatedTo);
  return { where: parts.join(' AND '), params };
}

export function listArticles(
  archive: Archive,
  limit: number,
  offset: number,
  trash = false,
  filter: ListFilter = {},
): { items: ArticleSummary[]; total: number } {
  const { where, params } = filterClause(trash, filter);
  const order = trash ? 'trashed_at DESC, id' : 'updated_at DESC, id';
  const rows = cachedStatement(
    archive,
    `SELECT id, headline, section, status, byline, language, updated_at, version, word_count, trashed_at, conflicted
       FROM articles WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(...params, limit, offset) as Array<
    Pick<
      ArticleRow,
      | 'id'
      | 'headline'
      | 'section'
      | 'status'
      | 'byline'
      | 'language'
      | 'updated_at'
      | 'version'
      | 'word_count'
      | 'trashed_at'
      | 'conflicted'
    >
  >;
  const total = memoCount(archive, `SELECT count(*) AS n FROM articles WHERE ${where}`, params);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      headline: r.headline,
      section: r.section,
      status: r.status as ArticleSummary['status'],
      byline: r.byline,
      language: r.language,
      updatedAt: r.updated_at,
      version: r.version,
      trashedAt: r.trashed_at,
      conflicted: r.conflicted === 1,
      words: r.word_count,
    })),
  };
}
